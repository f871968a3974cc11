package perfdecl.correct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import perfdecl.model.ChoiceGroup;
import perfdecl.model.Correction;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.Provenance;
import perfdecl.model.Target;

/**
 * Declaration and the corrections in force for it → corrected declaration. Each correction replaces one field
 * (an amount as whole yuan, a choice by the label of its one selected option, a target re-parsed from its text,
 * a text); the value's provenance then says {@code corrected} with before, after, reviewer and time. Findings:
 * <ul>
 *   <li>extraction's own findings about a corrected or accepted field stay, marked resolved by its reviewer;</li>
 *   <li>validation runs again on the corrected form: a rule finding that no longer holds (the items add up
 *       now) stays, marked resolved by the reviewer of the latest correction, so that what was filed remains on
 *       record; one that still holds is the new one, live (a sum with new figures); a new one appears;</li>
 *   <li>a rule finding a person accepted as filed (an acceptance on its own field) is marked resolved.</li>
 * </ul>
 * A correction whose {@code sourceSha256} is not the form's source's, or that names an unknown field or a value
 * that does not parse, is not applied and is returned with its reason. Thread-safe.
 */
public final class CorrectionApplier {

    /** The corrected declaration and what was not applied. */
    public record Result(Declaration declaration, List<Correction> applied, List<Rejection> rejected) {
    }

    /** A correction left out, and why. */
    public record Rejection(Correction correction, String reason) {
    }

    private final FieldEdits edits;
    private final CorrectedFindings findings;

    /**
     * @param amounts    whole yuan from a typed amount, throwing {@link IllegalArgumentException} with the reason
     *                   when it does not parse (extraction's amount parser)
     * @param targets    a target from its text (extraction's target parser)
     * @param validation every rule's findings for a declaration (the validator extraction runs)
     */
    public CorrectionApplier(Function<String, Long> amounts, Function<String, Target> targets,
                             Function<Declaration, List<Finding>> validation) {
        this.edits = new FieldEdits(amounts, targets);
        this.findings = new CorrectedFindings(validation);
    }

    /** Applies {@code inForce} (one per field, as {@link CorrectionReplay#inForce} gives them) to {@code d}. */
    public Result apply(Declaration d, List<Correction> inForce) {
        String sha = d.source() == null ? null : d.source().sha256();
        Declaration current = d;
        Map<String, Provenance> provenance = new LinkedHashMap<>(d.provenance());
        List<Correction> applied = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (Correction c : inForce) {
            if (!Objects.equals(c.id(), d.id())) {
                rejected.add(new Rejection(c, "is about form " + c.id() + ", not " + d.id()));
                continue;
            }
            if (c.sourceSha256() != null && sha != null && !c.sourceSha256().equals(sha)) {
                rejected.add(new Rejection(c, "its source " + (c.file() == null ? "" : c.file() + " ")
                        + "now has another SHA-256 (" + sha + ", was " + c.sourceSha256() + ")"));
                continue;
            }
            if (Correction.REVIEWED.equals(c.kindOrDefault()) || c.field() == null) {
                continue;
            }
            try {
                if (Correction.CORRECT.equals(c.kindOrDefault())) {
                    Object before = FieldValues.valueOf(current, c.field());
                    current = edits.set(current, c.field(), c.after());
                    Object after = FieldValues.valueOf(current, c.field());
                    provenance.put(c.field(), where(d, c.field(), c.after())
                            .correctedBy(before, after, c.reviewer(), c.at()));
                }
                // an acceptance may name any finding's field, "page 1" included: it answers, it changes nothing
                applied.add(c);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                rejected.add(new Rejection(c, e.getMessage()));
            }
        }
        if (applied.isEmpty()) {
            return new Result(d, applied, rejected);
        }
        List<Finding> findings = this.findings.findings(d, current, applied);
        Declaration corrected = new Declaration(current.schemaVersion(), current.template(), current.id(),
                current.source(), current.title(), current.year(), current.unit(), current.department(),
                current.projectName(), current.projectLead(), current.contactPerson(), current.contactPhone(),
                current.projectType(), current.fundUse(), current.projectNature(), current.projectCategory(),
                current.period(), current.texts(), current.budget(), current.indicators(), findings, provenance);
        return new Result(corrected, applied, rejected);
    }

    /** Where the corrected value stood: its own position, its list element's, its chosen option's, or nowhere. */
    private static Provenance where(Declaration d, String field, Object after) {
        Provenance p = d.provenance().get(field);
        if (p == null) {
            p = d.provenance().get(FieldPath.of(field).element());
        }
        if (p == null && (field.equals("projectType") || field.equals("fundUse"))) {
            ChoiceGroup g = field.equals("projectType") ? d.projectType() : d.fundUse();
            int k = g == null ? -1 : FieldValues.labels(g).indexOf(after);
            p = d.provenance().get(field + ".options[" + Math.max(k, 0) + "]");
        }
        if (p == null) {
            return new Provenance(0, 0, 0, 0, 0, null);
        }
        return new Provenance(p.page(), p.x(), p.y(), p.width(), p.height(), p.confidence());
    }
}
