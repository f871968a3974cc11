package perfdecl.write;

import perfdecl.fixtures.Fixtures;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.Indicator;
import perfdecl.model.Provenance;
import perfdecl.model.Target;

/**
 * Declarations built from the shared fixtures under {@code filings/<case>/}: the truth's values, with id and
 * source taken from the real input file. Parsed here with a plain Jackson mapper, independent of the reader
 * under test.
 */
final class Filings {

    /** pdf-form-3: sealed unit, contact person and phone, comma amounts, two-column indicator table. */
    static final String FORM_3 = "pdf-form-3";
    /** pdf-form-4: texts with line breaks, the 40万左右 target. */
    static final String FORM_4 = "pdf-form-4";

    private static final ObjectMapper PLAIN = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // keep 98.0 as 98.0 (not 98), 100.0 as 100.0 (not 1E+2): the values as the truth files hold them
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    private Filings() {
    }

    static byte[] resource(String path) {
        return Fixtures.bytes(path);
    }

    /** The truth file as it stands, extra keys included. */
    static ObjectNode expectedJson(String filing) {
        try {
            return (ObjectNode) PLAIN.readTree(resource("filings/" + filing + "/expected.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The truth's declaration as the pipeline would emit it for the input as form 0: real id, sha256 and page
     * range, the truth's extra keys dropped, no findings and no provenance.
     */
    static Declaration declaration(String filing, int lastPage) {
        ObjectNode json = contractJson(filing, lastPage);
        json.putObject("provenance");
        try {
            return PLAIN.treeToValue(json, Declaration.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the writer must produce for {@link #declaration}: the truth file with id and source filled in. */
    static ObjectNode contractJson(String filing, int lastPage) {
        ObjectNode json = expectedJson(filing);
        json.remove(List.of("expectedFindings", "render"));
        String sha256 = sha256(resource("filings/" + filing + "/input.pdf"));
        json.put("id", sha256.substring(0, 12) + "-0");
        ObjectNode source = json.putObject("source");
        source.put("file", "input.pdf");
        source.put("sha256", sha256);
        source.put("formIndex", 0);
        source.putArray("pages").add(1).add(lastPage);
        source.put("inputKind", "pdf");
        return extended(json);
    }

    /**
     * The contract's JSON with the fields schema 1.1 added, in their places: {@code template}, {@code department},
     * {@code projectNature}, {@code projectCategory}, the fund split and {@code fen} of the budget, each null when
     * the input (here a truth file of the 2019 form) has none.
     */
    static ObjectNode extended(ObjectNode json) {
        ObjectNode out = PLAIN.createObjectNode();
        json.fields().forEachRemaining(e -> {
            if (!out.has(e.getKey())) {
                out.set(e.getKey(), e.getValue());
            }
            switch (e.getKey()) {
                case "schemaVersion" -> out.set("template", json.has("template") ? json.get("template") : null);
                case "unit" -> out.putNull("department");
                case "fundUse" -> out.putNull("projectNature").putNull("projectCategory");
                case "budget" -> {
                    ObjectNode b = PLAIN.createObjectNode();
                    e.getValue().fields().forEachRemaining(f -> {
                        if (f.getKey().equals("priorYearBudget")) {
                            b.putNull("fiscalFunds").putNull("currentYearAppropriation").putNull("otherFunds");
                        }
                        b.set(f.getKey(), f.getValue());
                    });
                    b.putNull("fen");
                    out.set("budget", b);
                }
                default -> {
                }
            }
        });
        out.remove("template");
        ObjectNode ordered = PLAIN.createObjectNode();
        out.fields().forEachRemaining(e -> {
            ordered.set(e.getKey(), e.getValue());
            if (e.getKey().equals("schemaVersion")) {
                ordered.putNull("template");
            }
        });
        return ordered;
    }

    /**
     * Form 3 with the two findings its truth expects and the place its 项目总预算 stands on page 1: items sum to
     * 18,372,647 against a total of 18,372,648, and no 资金用途 box is ticked.
     */
    static Declaration form3WithFindings() {
        Declaration form = declaration(FORM_3, 3);
        var findings = List.of(
                new Finding("BUDGET_ITEMS_SUM_MISMATCH", Finding.ERROR, "budget.items",
                        "items \"项目当年投入资金构成\" sum to 18,372,647, not 18,372,648\n(difference 1)",
                        18_372_648L, 18_372_647L),
                new Finding("CHOICE_NONE_SELECTED", Finding.WARNING, "fundUse", "资金用途 has no ticked box",
                        null, Map.of("status", "none", "selected", List.of())));
        return withProvenance(form.withFindings(findings),
                Map.of("budget.total", new Provenance(1, 187.5, 650.125764, 52.6455, 13.65, null)));
    }

    /**
     * Form 3 with targets as the parser keeps them: 预算执行率 ≥98.00% with value 98.00, and form 4's 40万左右
     * appended as 40 scaled by 万 (4E+5 as a BigDecimal).
     */
    static Declaration form3WithFiledTargets() {
        Declaration form3 = declaration(FORM_3, 3);
        var indicators = new ArrayList<>(form3.indicators());
        indicators.set(2, new Indicator("投入和管理目标", null, "预算执行率",
                new Target("≥98.00%", "≥", new BigDecimal("98.00"), "%", null)));
        indicators.add(new Indicator("产出目标", "数量目标", null, new Target("排除政策变动因素，完成鉴定人数40万左右", "≈",
                new BigDecimal("40").scaleByPowerOfTen(4), null, null)));
        return withIndicators(form3, indicators);
    }

    static Declaration withProvenance(Declaration d, Map<String, Provenance> provenance) {
        return new Declaration(d.schemaVersion(), d.id(), d.source(), d.title(), d.year(), d.unit(), d.projectName(),
                d.projectLead(), d.contactPerson(), d.contactPhone(), d.projectType(), d.fundUse(), d.period(),
                d.texts(), d.budget(), d.indicators(), d.findings(), provenance);
    }

    static Declaration withIndicators(Declaration d, List<Indicator> indicators) {
        return new Declaration(d.schemaVersion(), d.id(), d.source(), d.title(), d.year(), d.unit(), d.projectName(),
                d.projectLead(), d.contactPerson(), d.contactPhone(), d.projectType(), d.fundUse(), d.period(),
                d.texts(), d.budget(), indicators, d.findings(), d.provenance());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
