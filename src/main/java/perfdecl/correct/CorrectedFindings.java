package perfdecl.correct;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import perfdecl.model.Correction;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;

/**
 * The findings of a corrected declaration: extraction's own answered by the corrections and acceptances that
 * concern them, validation's run again and set against what it found before (see {@link CorrectionApplier}).
 */
final class CorrectedFindings {

    private final Function<Declaration, List<Finding>> validation;

    CorrectedFindings(Function<Declaration, List<Finding>> validation) {
        this.validation = validation;
    }

    List<Finding> findings(Declaration original, Declaration corrected, List<Correction> applied) {
        List<Finding> ruleBefore = validation.apply(original);
        List<Finding> ruleAfter = new ArrayList<>(validation.apply(corrected));
        List<Finding> own = new ArrayList<>(original.findings());
        for (Finding f : ruleBefore) {
            own.remove(f);
        }
        String lastReviewer = null;
        String lastAt = null;
        for (Correction c : applied) {
            if (Correction.CORRECT.equals(c.kindOrDefault()) && (lastAt == null
                    || (c.at() != null && c.at().compareTo(lastAt) >= 0))) {
                lastAt = c.at() == null ? "" : c.at();
                lastReviewer = c.reviewer();
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Finding f : own) {
            out.add(answer(f, applied, false));
        }
        for (Finding f : ruleBefore) {
            int same = ruleAfter.indexOf(f);
            if (same >= 0) {
                out.add(answer(ruleAfter.remove(same), applied, true));
            } else if (lastReviewer != null || lastAt != null) {
                out.add(f.resolvedBy(lastReviewer));
            } else {
                out.add(f);
            }
        }
        for (Finding f : ruleAfter) {
            out.add(answer(f, applied, true));
        }
        return out;
    }

    /**
     * {@code f} resolved by whoever accepted its very field or (unless {@code exact}: a rule's finding, which
     * validation answers itself) corrected a field it concerns; otherwise as is.
     */
    private static Finding answer(Finding f, List<Correction> applied, boolean exact) {
        for (int i = applied.size() - 1; i >= 0; i--) {
            Correction c = applied.get(i);
            boolean accept = Correction.ACCEPT.equals(c.kindOrDefault());
            // an acceptance answers the findings on its own field; a correction also those on the parts it replaced
            boolean hit = accept || exact ? accept && Objects.equals(f.field(), c.field())
                    : FieldPath.concerns(f.field(), c.field());
            if (hit) {
                return f.resolvedBy(c.reviewer());
            }
        }
        return f;
    }
}
