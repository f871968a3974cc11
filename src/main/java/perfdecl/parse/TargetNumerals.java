package perfdecl.parse;

import java.math.BigDecimal;

/** Reads the Chinese numerals a target may be written with (九十五, 百, 一点五) as an exact decimal. */
final class TargetNumerals {

    static final String DIGITS = "零〇一二两三四五六七八九";
    static final String CHARACTERS = DIGITS + "十百千";

    private TargetNumerals() {
    }

    /** The value of a numeral such as 九十五, 百, 一百零五 or 一点五; {@code null} when it is not one. */
    static BigDecimal value(String numeral) {
        int point = numeral.indexOf('点');
        String whole = point < 0 ? numeral : numeral.substring(0, point);
        Long integer = integer(whole);
        if (integer == null) {
            return null;
        }
        if (point < 0) {
            return BigDecimal.valueOf(integer);
        }
        StringBuilder fraction = new StringBuilder();
        for (char c : numeral.substring(point + 1).toCharArray()) {
            int d = digit(c);
            if (d < 0) {
                return null;
            }
            fraction.append(d);
        }
        return fraction.isEmpty() ? null : new BigDecimal(integer + "." + fraction);
    }

    private static Long integer(String s) {
        if (s.isEmpty()) {
            return null;
        }
        long total = 0;
        long current = 0;
        boolean pending = false;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                current = d;
                pending = true;
                continue;
            }
            long multiplier = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (multiplier < 0) {
                return null;
            }
            // A bare 十 or 百 means one ten, one hundred (十五, 百分之百).
            total += (pending ? current : 1) * multiplier;
            current = 0;
            pending = false;
        }
        return total + current;
    }

    private static int digit(char c) {
        int i = DIGITS.indexOf(c);
        if (i < 0) {
            return -1;
        }
        // 零 and 〇 are both zero, 两 is two: the table is 零〇一二两三…
        return switch (i) {
            case 0, 1 -> 0;
            case 2 -> 1;
            case 3, 4 -> 2;
            default -> i - 2;
        };
    }
}
