package perfdecl.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import perfdecl.model.Finding;

/**
 * Tells a value that the grid put out of place, where rows or columns were found shifted (a scan whose rulings
 * were broken or cut, text laid out across a missing line): a field's value cell that holds nothing but the form's
 * own labels (a label row read as the row above's value), or an amount field given two numbers where one stands
 * (two columns' amounts run together). Such a value is not read; a {@code GRID_UNTRUSTED} finding says why.
 */
final class ShiftedValues {

    private static final Pattern NUMBER = Pattern.compile("[-+]?[¥￥]?\\d[\\d,，]*([.．]\\d+)?(万元|元|万)?");
    private static final Pattern GROUP = Pattern.compile("\\d{3}([.．]\\d+)?(万元|元|万)?");

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
        String why = null;
        if (label.isAmount() && amountsIn(text) >= 2) {
            why = "two amounts where one belongs";
        } else if (isLabelText(text)) {
            why = "the text of the form's own labels";
        }
        if (why == null) {
            return false;
        }
        findings.add(new Finding("GRID_UNTRUSTED", Finding.WARNING, label.fieldPath(), "the value cell of "
                + labels.canonical(label) + " holds " + why + ": the grid's rows or columns are shifted here, so it"
                + " was not read", null, text.strip()));
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

    /**
     * How many numbers stand on their own in the text: one a line, and on a line numbers apart unless the parts
     * after the first are groups of three digits ("3 511 500.00" is one number, "860000 860000" two).
     */
    static int amountsIn(String text) {
        int n = 0;
        for (String line : text.split("\n")) {
            String[] parts = line.strip().split("[\\s\\u3000]+");
            int numbers = 0;
            boolean grouped = parts.length > 1 && NUMBER.matcher(parts[0]).matches() && parts[0].length() <= 3;
            for (int i = 0; i < parts.length; i++) {
                if (NUMBER.matcher(parts[i]).matches()) {
                    numbers++;
                }
                if (i > 0 && !GROUP.matcher(parts[i]).matches()) {
                    grouped = false;
                }
            }
            n += grouped ? 1 : numbers;
        }
        return n;
    }
}
