package perfdecl.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a money cell into whole yuan: "71387200", "18,372,648", "3 511 500.00", full-width digits, and cells
 * filed in 万元 (scaled by 10 000). A blank, "-", "/" or "无" is no amount; anything else that is not a number
 * is unreadable, and the caller reports it with the text as filed.
 */
final class AmountParser {

    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
    private static final Pattern BLANK = Pattern.compile("[-—–/／无空]*");
    /** A currency sign or word before the number ("¥1,860,000.00", "人民币120000"). */
    private static final Pattern CURRENCY = Pattern.compile("^(?:[¥￥]|人民币|RMB)");
    private static final Pattern TRAILING_STOP = Pattern.compile("(\\d)[.。]$");
    private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}([,，]\\d{3})+(\\.\\d+)?");

    /**
     * The outcome: {@code value} in whole yuan, {@code fen} the exact amount in fen (1/100 yuan, rounded half up only
     * below a fen); {@code value} null with {@code problem} null means the cell was blank.
     */
    record Amount(Long value, Long fen, String problem) {
        static final Amount BLANK = new Amount(null, null, null);

        Amount(Long value, String problem) {
            this(value, null, problem);
        }
    }

    private static final Pattern SEPARATE = Pattern.compile("[\\s\u3000]+");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    // an amount opens with its leading digit and closes on a digit: "2,460," and ",000.00" are one amount's halves
    private static final Pattern WHOLE = Pattern.compile("(?:[1-9]|0(?![\\d,])).*\\d");

    /**
     * The amounts of a text that holds two or more, a line or a space apart, each of at least four digits (so that
     * "3 511 500.00", grouped by spaces, is one) and whole, not begun or ended by a separator (so that "2,460, ,000.00",
     * broken at a separator, is one); empty when it holds one or none.
     */
    static List<String> several(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : SEPARATE.split(text.strip())) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        if (parts.size() < 2) {
            return List.of();
        }
        for (String part : parts) {
            if (!Cells.looksLikeAmount(part) || DIGIT.matcher(part).results().count() < 4
                    || !WHOLE.matcher(part).matches()) {
                return List.of();
            }
        }
        return parts;
    }

    /** Digit groups of three, the last one after a point (or every one: "3.511.500"), the first not begun by 0. */
    private static final Pattern POINT_GROUPED = Pattern.compile("([-+]?[1-9]\\d{0,2}(?:[,，.]\\d{3})*)\\.(\\d{3})");

    /**
     * A yuan amount whose last separator is a point with exactly three digits after it ("379.500", "3,511.500",
     * "3.511.500") as grouped by commas ("379,500", "3,511,500"), else {@code null}: a yuan amount has at most two
     * decimals (a fen is the smallest unit), so that point can only be a thousands comma whose tail was lost, as
     * toner dropout takes it on a 1-bit copy. A leading 0 ("0.125") or a first group of four digits ("1234.500")
     * groups nothing, and amounts in 万元 (where a third decimal is ten yuan) are not asked.
     */
    static String pointAsThousands(String text) {
        if (text == null) {
            return null;
        }
        String s = CURRENCY.matcher(LabelKey.of(text).replace("元", "")).replaceFirst("");
        s = TRAILING_STOP.matcher(s).replaceFirst("$1");
        java.util.regex.Matcher m = POINT_GROUPED.matcher(s);
        if (!m.matches()) {
            return null;
        }
        return m.group(1).replace('.', ',').replace('，', ',') + "," + m.group(2);
    }

    Amount parse(String text, boolean tenThousands) {
        if (text == null) {
            return Amount.BLANK;
        }
        String s = CURRENCY.matcher(LabelKey.of(text).replace("元", "")).replaceFirst("");
        // a speck after the last digit, read as a full stop on the line or below it ("11108102\n."): no decimals follow
        s = TRAILING_STOP.matcher(s).replaceFirst("$1");
        if (s.endsWith("万")) {
            s = s.substring(0, s.length() - 1);
            tenThousands = true;
        }
        if (BLANK.matcher(s).matches()) {
            return Amount.BLANK;
        }
        if (s.indexOf(',') >= 0) {
            if (!GROUPED.matcher(s).matches()) {
                return new Amount(null, "thousands separators out of place in \"" + text.strip() + "\"");
            }
            s = s.replace(",", "");
        }
        if (!NUMBER.matcher(s).matches()) {
            return new Amount(null, "not a number: \"" + text.strip() + "\"");
        }
        BigDecimal v = new BigDecimal(s);
        if (tenThousands) {
            v = v.multiply(BigDecimal.valueOf(10_000));
        }
        BigDecimal whole = v.setScale(0, RoundingMode.HALF_UP);
        long fen = v.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
        if (whole.compareTo(v) != 0) {
            return new Amount(whole.longValueExact(), fen, "fraction of a yuan rounded: \"" + text.strip() + "\"");
        }
        return new Amount(whole.longValueExact(), fen, null);
    }
}
