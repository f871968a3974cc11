package perfdecl.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import perfdecl.audit.AuditSettings;
import perfdecl.audit.Auditor;
import perfdecl.audit.MultiYearFilings;
import perfdecl.model.AuditFinding;
import perfdecl.model.AuditReport;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.FindingCode;

class FindingMessagesTest {

    private static final FindingMessages ZH = FindingMessages.of(Language.ZH);
    private static final FindingMessages EN = FindingMessages.of(Language.EN);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");

    private static Set<String> placeholders(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void bothLanguagesHaveTheSameEntriesWithTheSamePlaceholders() {
        Map<String, String> zh = ZH.entries("");
        Map<String, String> en = EN.entries("");
        assertThat(en.keySet()).isEqualTo(zh.keySet());
        zh.forEach((key, template) -> assertThat(placeholders(en.get(key))).as(key).isEqualTo(placeholders(template)));
    }

    @Test
    void everyCodeHasASentenceAndNoSentenceNamesAnUnknownCode() {
        Set<String> keys = ZH.entries("").keySet();
        for (FindingCode code : FindingCode.values()) {
            assertThat(keys).as(code.name()).anyMatch(k -> k.equals(code.name()) || k.startsWith(code.name() + "."));
        }
        keys.stream().filter(k -> k.matches("[A-Z][A-Z0-9_]+(\\..*)?"))
                .forEach(k -> assertThat(FindingCode.of(k.replaceFirst("\\..*", ""))).as(k).isPresent());
    }

    @Test
    void theChineseSentencesAreChineseApartFromTheFindingsOwnValues() {
        ZH.entries("").forEach((key, template) -> {
            if (key.matches("[A-Z][A-Z0-9_]+(\\..*)?")) {
                String words = PLACEHOLDER.matcher(template).replaceAll("").replace("OCR", "").replace("Unicode", "")
                        .replace("tesseract", "").replace("PDF", "");
                assertThat(LATIN_WORD.matcher(words).find()).as(key + ": " + template).isFalse();
            }
        });
    }

    @Test
    void everyFindingTheProductWroteForTheSamplesFillsItsSentence() throws Exception {
        List<Declaration> declarations;
        try (Reader r = Files.newBufferedReader(Path.of("output/declarations.jsonl"), StandardCharsets.UTF_8)) {
            declarations = new DeclarationJsonReader().readAll(r);
        }
        List<Finding> findings = new ArrayList<>();
        declarations.forEach(d -> findings.addAll(d.findings()));
        assertThat(findings).hasSizeGreaterThan(20);
        for (Finding f : findings) {
            FindingArgs args = FindingArgs.of(f);
            assertThat(ZH.complete(args)).as(f.toString()).isTrue();
            assertThat(ZH.message(f)).doesNotContain("{").isNotEqualTo(f.message());
            assertThat(EN.message(f)).doesNotContain("{");
        }
    }

    @Test
    void everyAuditFindingFillsItsSentence() {
        AuditReport report = new Auditor().audit(MultiYearFilings.load(), AuditSettings.DEFAULTS);
        Set<String> codes = new TreeSet<>();
        for (AuditFinding f : report.findings()) {
            codes.add(f.code());
            assertThat(ZH.complete(FindingArgs.of(f))).as(f.toString()).isTrue();
            assertThat(EN.message(f)).doesNotContain("{");
        }
        assertThat(codes).contains("PRIOR_YEAR_BUDGET_MISMATCH", "EXECUTION_BELOW_DECLARED_TARGET", "TARGET_LOWERED",
                "INDICATOR_DROPPED", "BUDGET_CHANGE");
    }

    @Test
    void aCrossYearMismatchReadsAsOneSentenceWithBothYearsAndAmounts() {
        AuditFinding f = new AuditFinding("PRIOR_YEAR_BUDGET_MISMATCH", "warning", AuditFinding.CROSS_YEAR, "u/p",
                "2020年同名项目上年预算额 1,200,000 元 ≠ 2019年项目当年预算 1,000,000 元", 1_000_000L, 1_200_000L,
                List.of(2019, 2020), List.of("a.pdf", "b.pdf"), List.of("a-0", "b-0"),
                List.of("budget.currentYear", "budget.priorYearBudget"));
        assertThat(ZH.message(f)).isEqualTo("2020年填报的同名项目上年预算额 1,200,000 元，与2019年填报的项目当年预算 1,000,000 元不一致。");
        assertThat(EN.message(f)).isEqualTo("The prior-year budget of 1,200,000 yuan filed in 2020 differs from the "
                + "current-year budget of 1,000,000 yuan filed in 2019.");
    }

    @Test
    void detailsOnlyTheProducersMessageHeldAreKept() {
        Finding uncertain = new Finding("VALUE_UNCERTAIN", "warning", "budget.items[2].amount",
                "read from a scan with confidence 0.42; check it against page 2", null, "12,5OO");
        assertThat(ZH.message(uncertain)).isEqualTo("第 3 项预算明细的金额的值“12,5OO”从扫描件识别，置信度仅 0.42，请对照第 2 页图像核对。");
        Finding extra = new Finding("CHOICE_EXTRA_MARK", "warning", "fundUse.options[1]",
                "2 marks stand beside \"设备购置\"; taken as ticked because one of them is ticked", "one mark", "☑ ☐");
        assertThat(EN.message(extra)).isEqualTo("2 boxes stand beside option “设备购置”; one of them is ticked, so it is "
                + "taken as ticked (marks: ☑ ☐).");
        Finding repaired = new Finding("OCR_REPAIRED", "warning", "budget.total",
                "read \"1O0\" as \"100\" (the sign's shape in the image)", null, null);
        assertThat(ZH.message(repaired)).isEqualTo("扫描件中的“1O0”已按图像修正为“100”。");
    }

    /** Messages in the producers' formats (pdf, parse, validate) that the product's samples do not show. */
    @Test
    void theProducersOtherMessageFormatsFillTheirSentencesCompletely() {
        List<Finding> findings = List.of(
                new Finding("GLYPH_UNMAPPED", "warning", "projectName", "3 glyph(s) of font F1+SimSun have no Unicode "
                        + "mapping (codes 0x1a2b, 0x1a2c); dropped from the text, read the page image to recover them", null, null),
                new Finding("OCR_PAGES", "warning", "form", "the PDF's own text could not be used (fonts without a "
                        + "Unicode map): every page was read from its image by OCR, so check the values marked uncertain", null, null),
                new Finding("OCR_FAILED", "warning", "form", "tesseract could not read the page image; the scan's own "
                        + "text layer was used", null, null),
                new Finding("OCR_REREAD", "info", "budget.total", "a bar in \"—100\" may be a dash or 一 (thin)", null, null),
                new Finding("OCR_TEXT_LAYER", "info", "form", "read from the scan's own OCR text layer", null, null),
                new Finding("BUDGET_ITEM_AMOUNT_MISSING", "info", "budget.items[4].amount",
                        "项目当年投入资金构成 item 5 \"应急抢险备用金\" has no readable 预算金额（元）; the items were not summed.", null, null),
                new Finding("CELL_UNPLACED", "warning", "indicators", "an indicator row has more cells than columns; the "
                        + "middle ones were dropped", null, List.of("a", "b")),
                new Finding("DATE_UNREADABLE", "error", "period", "项目起止时间 does not hold a start and an end date", null, "全年"),
                new Finding("PERIOD_END_BEFORE_START", "error", "period.end", "结束时间 (period.end) 2021-01-01 is before "
                        + "开始时间 (period.start) 2021-12-31.", "2021-12-31", "2021-01-01"),
                new Finding("PERIOD_OUTSIDE_YEAR", "info", "period", "The project period ...", 2021, "2019-01-01/2019-12-31"),
                new Finding("VALUE_UNCERTAIN", "warning", "budget.total", "39600003960000 has 14 digits, twice the 7 of "
                        + "the form's largest other amount (3960000): two amounts read as one? Check it against the page",
                        null, 39600003960000L));
        for (Finding f : findings) {
            assertThat(ZH.complete(FindingArgs.of(f))).as(f.code()).isTrue();
            assertThat(EN.complete(FindingArgs.of(f))).as(f.code()).isTrue();
        }
        assertThat(ZH.message(findings.get(0))).isEqualTo("项目名称处有 3 个字形（字体 F1+SimSun，编码 0x1a2b, 0x1a2c）没有 "
                + "Unicode 映射，已从文本中去除，请对照页面图像补录。");
        assertThat(EN.message(findings.get(2))).isEqualTo("The OCR engine tesseract could not read the page image; the"
                + " scan's own text layer was used.");
        assertThat(ZH.message(findings.get(9))).isEqualTo("项目期间 2019-01-01/2019-12-31 与申报年度 2021 年不相交。");
        assertThat(ZH.message(findings.get(10))).startsWith("项目总预算的值“39,600,003,960,000”可能识别有误，请对照页面图像核对（"
                + "39600003960000 has 14 digits");
    }

    @Test
    void aBudgetSumMismatchSaysHowManyItemsAndWhichWay() {
        Finding f = new Finding("BUDGET_ITEMS_SUM_MISMATCH", "warning", "budget.items", "The 3 items of 项目当年投入资金构成 "
                + "add up to 2700000 yuan, but 项目当年预算（元） (budget.currentYear) is 2750000 yuan: short by 50000 yuan.",
                2_750_000L, 2_700_000L);
        assertThat(ZH.message(f)).isEqualTo("3 项预算明细合计 2,700,000 元，比项目当年预算 2,750,000 元少 50,000 元。");
        assertThat(EN.message(f)).isEqualTo("The 3 budget items add up to 2,700,000 yuan, 50,000 yuan short of the "
                + "current-year budget of 2,750,000 yuan.");
    }

    @Test
    void anUnknownCodeKeepsItsOwnMessage() {
        Finding f = new Finding("SOMETHING_NEW", "info", "year", "a newer producer's words", null, null);
        assertThat(ZH.message(f)).isEqualTo("a newer producer's words");
    }

    @Test
    void fieldsAreNamedAndPositionsCountFromOne() {
        assertThat(ZH.field("indicators[4].target")).isEqualTo("第 5 项指标的目标值");
        assertThat(EN.field("projectType.options[0]")).isEqualTo("project type option 1");
        assertThat(ZH.field("somewhere.new")).isEqualTo("somewhere.new");
    }
}
