package perfdecl.parse;

import java.util.List;
import java.util.Optional;

import perfdecl.model.Finding;

/**
 * Tells a value that the grid put out of place, where rows or columns were found shifted (a scan whose rulings
 * were broken or cut, text laid out across a missing line): a field's value cell that holds nothing but the form's
 * own labels (a label row read as the row above's value). Such a value is not read; a {@code GRID_UNTRUSTED}
 * finding says why.
 */
final class ShiftedValues {

    private final LabelMatcher labels;
    private final List<Finding> findings;

    ShiftedValues(LabelMatcher labels, List<Finding> findings) {
        this.labels = labels;
        this.findings = findings;
    }

    /**
     * Whether the value of {@code label} in {@code p} comes from a shifted grid; if so a finding is added and the
     * value is to be left unread.
     */
    boolean shifted(Label label, LabelPair p) {
        String text = p.text();
        if (text == null || text.isBlank()) {
            return false;
        }
        if (!isLabelText(text)) {
            return false;
        }
        findings.add(new Finding("GRID_UNTRUSTED", Finding.WARNING, label.fieldPath(), "the value cell of "
                + labels.canonical(label) + " holds the text of the form's own labels: the grid's rows or columns are"
                + " shifted here, so it was not read", null, text.strip()));
        return true;
    }

    /** Whether the text is nothing but one or more of the form's labels, run together or on lines of their own. */
    boolean isLabelText(String text) {
        String rest = text.strip();
        for (int guard = 0; guard < 8 && !rest.isEmpty(); guard++) {
            if (labels.whole(rest).isPresent()) {
                return true;
            }
            Optional<LabelMatch> m = labels.prefix(rest);
            if (m.isEmpty()) {
                return false;
            }
            rest = m.get().rest().strip();
            if (rest.isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
