package perfdecl.pdf.scan.repair;

import java.util.regex.Pattern;

/**
 * Repairs the characters OCR confuses with digits in a cell that holds nothing but a number: O/o for 0, l/I/| for
 * 1, 。 for the decimal point and ， for the thousands comma. Only a cell that is all digits and separators apart
 * from such characters is touched, so a word that happens to contain an O is left as read. A thousands comma whose
 * tail a copy's toner dropout took is read as a point ({@link #pointsAsCommas}).
 */
final class ScanAmounts {

    private static final Pattern NUMBER = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");
    private static final String CONFUSABLE = "OolI|。，";
    private static final String SEPARATORS = ",.-";

    private ScanAmounts() {
    }

    /** Whether the text, spaces ignored, is a number as printed in an amount cell. */
    static boolean isNumber(String text) {
        return NUMBER.matcher(text.replaceAll("\\s+", "")).matches();
    }

    private static final Pattern DATE_OR_TARGET = Pattern.compile(
            "\\d{4}[-./年]\\d{1,2}月?([-./]?\\d{1,2}日?)?|.*[%％‰].?|[<>≤≥=＝≈约].*");

    /** Whether most of the text is digits and it is no date or target value: an amount cell, read well or not. */
    static boolean isDigitLike(String text) {
        String s = text.replaceAll("\\s+", "");
        long digits = s.chars().filter(Character::isDigit).count();
        return digits >= 3 && digits >= 0.6 * s.length() && !DATE_OR_TARGET.matcher(s).matches();
    }

    private static final Pattern PERCENT_TAIL = Pattern.compile("^(.*\\d[%％])[0-9oO]$");

    /**
     * A percentage whose sign's lower circle OCR read as one more character ("100%6", "95%0"): the percentage
     * without it, or {@code null}. Nothing follows a percent sign in a target value.
     */
    static String repairPercentTail(String text) {
        java.util.regex.Matcher m = PERCENT_TAIL.matcher(text.strip());
        return m.matches() ? m.group(1) : null;
    }

    private static final Pattern AT_LEAST = Pattern.compile("^[过之芝]\\s*(?=\\d)");

    /**
     * A target value whose ≥ OCR read as a character (过, 之, 芝: chi_sim has hardly seen ≥): the repaired text,
     * or {@code null}. No such character stands before a number in a target otherwise.
     */
    static String repairAtLeast(String text) {
        java.util.regex.Matcher m = AT_LEAST.matcher(text.strip());
        return m.find() ? "≥" + text.strip().substring(m.end()) : null;
    }

    /**
     * The repaired number, or {@code null} when the text is not a number with only confusable characters or
     * separators out of place.
     */
    static String repair(String text) {
        String read = text.replaceAll("\\s+", "");
        String s = blanksAsCommas(text).replaceAll("\\s+", "");
        String mapped = s.isEmpty() || isNumber(s) ? s : confusablesMapped(s);
        if (mapped == null || mapped.isEmpty()) {
            return null;
        }
        String commas = pointsAsCommas(mapped);
        String out = isNumber(commas) ? commas : mapped;
        return !out.equals(read) && isNumber(out) ? out : null;
    }

    /** A blank between digits with three digits after it and then no digit: where a thousands comma stands. */
    private static final Pattern BLANK_AT_GROUP = Pattern.compile("(?<=\\d)[ \\u3000]+(?=\\d{3}(?!\\d))");

    /**
     * The text with each blank that stands where a thousands comma belongs made one, when the number is grouped
     * by commas elsewhere: a 1-bit copy's dropout can take a comma whole ("18 372,648" for "18,372,648"), which
     * leaves the blank it stood in. A number grouped by blanks alone ("3 511 500") has no comma to say so, and
     * is left as it is.
     */
    static String blanksAsCommas(String text) {
        String t = text.strip();
        if (t.indexOf(',') < 0 && t.indexOf('，') < 0) {
            return text;
        }
        String grouped = BLANK_AT_GROUP.matcher(t).replaceAll(",");
        return isNumber(grouped.replace('，', ',')) ? grouped : text;
    }

    private static String confusablesMapped(String s) {
        boolean anyDigit = false;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                anyDigit = true;
                b.append(c);
            } else if (SEPARATORS.indexOf(c) >= 0) {
                b.append(c);
            } else if (CONFUSABLE.indexOf(c) >= 0) {
                b.append(switch (c) {
                    case 'O', 'o' -> '0';
                    case '。' -> '.';
                    case '，' -> ',';
                    default -> '1';
                });
            } else {
                return null;
            }
        }
        return anyDigit ? b.toString() : null;
    }

    /**
     * A point after a number's first group (one to three digits not led by 0) or after a separator's three digits,
     * with three digits after it and then another separator.
     */
    private static final Pattern GROUP_POINT = Pattern.compile(
            "(?<=^[1-9]\\d{0,2}|[.,]\\d{3})\\.(?=\\d{3}[.,])");
    private static final Pattern SPECK_BEFORE = Pattern.compile("^[.,]+(?=\\d)");
    private static final Pattern SPECK_AFTER = Pattern.compile("(?<=\\d)\\.$");

    /**
     * The number with each point that cannot be a decimal point made a thousands comma: one whose three digits
     * after it stand before another separator. A 1-bit copy's dropout takes a comma's tail and leaves its dot
     * ("3.852,080", "3.511.500"), whereas a decimal point is the last separator. A last point with three digits
     * after it stays: in 万元 that is a decimal to ten yuan ("1,200.005"), though in yuan a lost comma. A separator
     * before the first digit or a point after the last is a speck of the copy.
     */
    static String pointsAsCommas(String number) {
        String s = SPECK_AFTER.matcher(SPECK_BEFORE.matcher(number).replaceFirst("")).replaceFirst("");
        return GROUP_POINT.matcher(s).replaceAll(",");
    }
}
