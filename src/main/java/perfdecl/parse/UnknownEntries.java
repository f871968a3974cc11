package perfdecl.parse;

import java.util.List;
import java.util.regex.Pattern;

import perfdecl.grid.Cell;
import perfdecl.model.Finding;

/**
 * What a form files under labels its template does not know (项目编码 2022-001, 其中：政府性基金 30.00): never taken
 * into a field, always reported, one finding per label with the label and its value, so that the user sees what
 * was not extracted. An amount filed in the budget block, or under a label that names money, is an amount row the
 * template lacks (a warning: the budget may be incomplete); anything else an unknown label (information).
 * Never shared.
 */
final class UnknownEntries {

    /** Longest label taken for one: the forms' longest printed labels are about a dozen characters. */
    private static final int LABEL_MAX = 16;
    private static final Pattern SENTENCE_MARK = Pattern.compile("[。，,；;！？!?、]");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern MONEY_WORD = Pattern.compile("资金|拨款|结转|经费|预算|基金|收入|金额|万元");

    private final String template;
    private final List<Finding> findings;

    UnknownEntries(String template, List<Finding> findings) {
        this.template = template;
        this.findings = findings;
    }

    /** A short printed name, not a value: Chinese, without digits or sentence marks. */
    static boolean labelLike(String text) {
        String key = LabelKey.of(text);
        return key.length() >= 2 && key.length() <= LABEL_MAX && HAN.matcher(key).find()
                && key.chars().noneMatch(Character::isDigit) && !SENTENCE_MARK.matcher(key).find();
    }

    /** A label-like cell with a value after it: whether {@link #report} would take these cells. */
    static boolean entries(List<Cell> cells) {
        return cells.size() >= 2 && labelLike(cells.get(0).text());
    }

    /** Whether these cells are one unknown label and an amount (上年结转资金 7.00). */
    static boolean amountRow(List<Cell> cells) {
        return cells.size() == 2 && labelLike(cells.get(0).text()) && Cells.looksLikeAmount(cells.get(1).text());
    }

    /**
     * Reports {@code cells} as unknown labels each followed by its value: label–value pairs when the cells come in
     * twos, else the first cell the label and the rest its value. False (nothing reported) unless they start with a
     * label-like cell and hold a value.
     */
    boolean report(List<Cell> cells, boolean inBudget) {
        if (!entries(cells)) {
            return false;
        }
        if (cells.size() % 2 == 0 && pairs(cells)) {
            for (int i = 0; i < cells.size(); i += 2) {
                one(cells.get(i).text(), cells.get(i + 1).text(), inBudget);
            }
        } else {
            one(cells.get(0).text(), Cells.joined(cells.subList(1, cells.size())), inBudget);
        }
        return true;
    }

    private static boolean pairs(List<Cell> cells) {
        for (int i = 0; i < cells.size(); i += 2) {
            if (!labelLike(cells.get(i).text())) {
                return false;
            }
        }
        return true;
    }

    private void one(String label, String value, boolean inBudget) {
        String name = label.strip().replaceAll("\\s+", "");
        String filed = value.strip();
        if (Cells.looksLikeAmount(filed) && (inBudget || MONEY_WORD.matcher(name).find())) {
            findings.add(new Finding("AMOUNT_ROW_UNKNOWN", Finding.WARNING, "budget",
                    "amount row \"" + name + "\" (" + filed + ") is not a field of the " + template
                            + " form; its amount was not extracted", name, filed));
        } else {
            findings.add(new Finding("LABEL_UNKNOWN", Finding.INFO, "form",
                    "label \"" + name + "\" is not one of the " + template + " form's; its value \"" + filed
                            + "\" was not extracted", name, filed));
        }
    }
}
