package perfdecl.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import perfdecl.model.Finding;

/**
 * The amounts of one form weighed against each other for a decimal point a scan lost: a point is a speck of ink
 * that a 1-bit copy, a heavy JPEG or OCR drops, and "1256.78" read without it is a hundred times the amount filed
 * and still a number. Where the form's own sums hold only with the point put back before the same digits (the
 * items add up to the year's budget, the sources to their total), that reading is taken and said; where only the
 * form's other amounts speak against it (they are written with decimals and it is not; it is more than the whole
 * it is part of), the amount is kept as read and said doubtful. Amounts are compared in fen.
 */
final class LostPoints {

    /** One amount as read: its field, its value in fen, its text as filed and whether it was filed in 万元. */
    record Read(String path, long fen, String text, boolean tenThousands) {
    }

    /** The amounts taken with their point put back (field to fen), and what was said. */
    record Outcome(Map<String, Long> chosen, List<Finding> findings) {
    }

    private static final Pattern DIGITS_ONLY = Pattern.compile("\\d+");
    private static final Pattern POINTED = Pattern.compile("\\d+\\.(\\d+)");
    /** A blank between an amount's digits before its last one or two: where its point stood ("520 00"). */
    private static final Pattern GAP_BEFORE_DECIMALS = Pattern.compile(".*\\d[\\s\u3000]+\\d{1,2}\\s*");
    /** Parts whose sum of more than a hundred times the whole no form files. */
    private static final int RATIO = 100;
    /**
     * A part at least this many times its whole: what a lost point makes of it (a form may file a part a little over
     * its whole, as a prior year executed above its budget).
     */
    private static final int LOST = 10;

    private LostPoints() {
    }

    /** The sums a budget block's rows make: each whole with its parts, checked only where every one was read. */
    private static final List<List<String>> SUMS = List.of(
            List.of("budget.currentYear", "budget.fiscalFunds", "budget.otherFunds"),
            List.of("budget.fiscalFunds", "budget.currentYearAppropriation", "budget.carryOver"),
            List.of("budget.currentYear", "budget.currentYearAppropriation", "budget.otherFunds"),
            List.of("budget.currentYear", "budget.currentYearAppropriation", "budget.carryOver", "budget.otherFunds"));

    /** A part and the whole it is part of: the part above the whole is no filing. */
    private static final List<List<String>> PARTS = List.of(
            List.of("budget.currentYear", "budget.total"),
            List.of("budget.fiscalFunds", "budget.currentYear"),
            List.of("budget.otherFunds", "budget.currentYear"),
            List.of("budget.currentYearAppropriation", "budget.currentYear"),
            List.of("budget.carryOver", "budget.currentYear"),
            List.of("budget.priorYearExecuted", "budget.priorYearBudget"));

    /**
     * {@code items} is how many budget items the form has (their sum is weighed only when every one was read);
     * {@code doubtful} the fields already said doubtful (a number cut at the scan's edge, read unsure): a sum with
     * one of them decides nothing.
     */
    static Outcome check(List<Read> reads, int items, java.util.Set<String> doubtful) {
        Map<String, Read> byPath = new LinkedHashMap<>();
        for (Read r : reads) {
            byPath.putIfAbsent(r.path(), r);
        }
        Map<String, Long> chosen = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        List<List<String>> sums = new ArrayList<>(SUMS);
        List<String> itemPaths = byPath.keySet().stream().filter(p -> p.startsWith("budget.items[")).toList();
        if (!itemPaths.isEmpty() && itemPaths.size() == items) {
            List<String> itemSum = new ArrayList<>();
            itemSum.add("budget.currentYear");
            itemSum.addAll(itemPaths);
            sums.add(itemSum);
        }
        for (List<String> sum : sums) {
            if (sum.stream().noneMatch(p -> doubtful.contains(p) || doubtful.contains(p.replace(".amount", "")))) {
                decideBySum(sum, byPath, chosen, findings, sums);
            }
        }
        for (Read r : byPath.values()) {
            if (chosen.containsKey(r.path())) {
                continue;
            }
            String evidence = doubt(r, byPath, chosen);
            if (evidence != null) {
                findings.add(new Finding("VALUE_UNCERTAIN", Finding.WARNING, r.path(), "the amount was read \""
                        + r.text().strip() + "\" (" + yuan(r.fen()) + " yuan) without a decimal point, where "
                        + evidence + ": a point lost from the scan? Kept as read; check it against the page",
                        null, r.text()));
            }
        }
        return new Outcome(chosen, findings);
    }

    /**
     * Where the whole of a sum is not its parts as read, and exactly one amount of the sum read without a point adds
     * up with a point put back before its last digits (and no other sum of the form that holds breaks), that reading.
     */
    private static void decideBySum(List<String> sum, Map<String, Read> byPath, Map<String, Long> chosen,
                                    List<Finding> findings, List<List<String>> sums) {
        if (!sum.stream().allMatch(byPath::containsKey) || holds(sum, byPath, chosen, null, 0)) {
            return;
        }
        String fixPath = null;
        long fixFen = 0;
        int found = 0;
        for (String path : sum) {
            if (chosen.containsKey(path)) {
                continue;
            }
            for (long alternative : alternatives(byPath.get(path))) {
                if (holds(sum, byPath, chosen, path, alternative)) {
                    found++;
                    fixPath = path;
                    fixFen = alternative;
                }
            }
        }
        if (found != 1) {
            return;
        }
        for (List<String> other : sums) {
            if (other != sum && other.contains(fixPath) && other.stream().allMatch(byPath::containsKey)
                    && holds(other, byPath, chosen, null, 0) && !holds(other, byPath, chosen, fixPath, fixFen)) {
                return;
            }
        }
        Read r = byPath.get(fixPath);
        chosen.put(fixPath, fixFen);
        findings.add(new Finding("VALUE_UNCERTAIN", Finding.WARNING, fixPath, "the amount was read \""
                + r.text().strip() + "\" (" + yuan(r.fen()) + " yuan) without a decimal point; only with a point"
                + " before its last " + decimals(r, fixFen) + " digits (" + yuan(fixFen) + " yuan) does "
                + describe(sum) + " add up: taken so (a point lost from the scan); check it against the page",
                fixFen / 100, r.text()));
    }

    private static boolean holds(List<String> sum, Map<String, Read> byPath, Map<String, Long> chosen, String path,
                                 long fen) {
        long parts = 0;
        for (int i = 1; i < sum.size(); i++) {
            parts += value(sum.get(i), byPath, chosen, path, fen);
        }
        return parts == value(sum.get(0), byPath, chosen, path, fen);
    }

    private static long value(String p, Map<String, Read> byPath, Map<String, Long> chosen, String path, long fen) {
        if (p.equals(path)) {
            return fen;
        }
        Long c = chosen.get(p);
        return c != null ? c : byPath.get(p).fen();
    }

    /**
     * Why an amount read without a point is doubtful, or {@code null}: the form's other amounts are written with
     * decimals (more than twice as many as are not), or it is ten times the whole it is part of, or more than a
     * hundred times the year's or the total budget, where a point put back would make it fit.
     */
    private static String doubt(Read r, Map<String, Read> byPath, Map<String, Long> chosen) {
        List<Long> alternatives = alternatives(r);
        if (alternatives.isEmpty()) {
            return null;
        }
        int pointed = 0, bare = 0;
        Map<Integer, Integer> places = new LinkedHashMap<>();
        for (Read o : byPath.values()) {
            String key = number(o.text());
            if (o == r || key == null || o.fen() == 0) {
                continue;
            }
            key = key.replace(",", "");
            java.util.regex.Matcher m = POINTED.matcher(key);
            if (m.matches()) {
                pointed++;
                places.merge(m.group(1).length(), 1, Integer::sum);
            } else if (DIGITS_ONLY.matcher(key).matches()) {
                bare++;
            }
        }
        List<String> why = new ArrayList<>();
        if (GAP_BEFORE_DECIMALS.matcher(r.text()).matches()) {
            why.add("a blank stands between its digits where a point would");
        }
        if (pointed >= 2 && pointed > 2 * bare && places.size() == 1) {
            int d = places.keySet().iterator().next();
            if (alternatives.contains(withPoint(r, d))) {
                why.add(String.format(Locale.ROOT, "%d other amounts of the form are written with %d decimals",
                        pointed, d));
            }
        }
        for (List<String> part : PARTS) {
            if (part.get(0).equals(r.path()) && byPath.containsKey(part.get(1))) {
                long whole = value(part.get(1), byPath, chosen, null, 0);
                if (whole > 0 && r.fen() >= LOST * whole && alternatives.stream().anyMatch(a -> a <= whole)) {
                    why.add("it is " + r.fen() / whole + " times " + part.get(1) + " (" + yuan(whole) + " yuan)");
                }
            }
        }
        if (r.path().startsWith("budget.items[") && byPath.containsKey("budget.currentYear")) {
            long whole = value("budget.currentYear", byPath, chosen, null, 0);
            if (whole > 0 && r.fen() >= LOST * whole && alternatives.stream().anyMatch(a -> a <= whole)) {
                why.add("it is " + r.fen() / whole + " times budget.currentYear (" + yuan(whole) + " yuan)");
            }
        }
        if (r.path().equals("budget.total") && byPath.containsKey("budget.currentYear")) {
            long year = value("budget.currentYear", byPath, chosen, null, 0);
            if (year > 0 && r.fen() / year >= RATIO
                    && alternatives.stream().anyMatch(a -> a >= year && a / year < RATIO)) {
                why.add("it is " + r.fen() / year + " times budget.currentYear (" + yuan(year) + " yuan)");
            }
        }
        return why.isEmpty() ? null : String.join("; ", why);
    }

    /**
     * The amount with a point put back before its last one to four digits (in 万元, a yuan at most) or two (in
     * yuan, the fen), in fen; none for an amount read with a point, a separator or a sign, or of one digit.
     */
    static List<Long> alternatives(Read r) {
        String key = number(r.text());
        if (key == null || !DIGITS_ONLY.matcher(key).matches() || r.fen() == 0) {
            return List.of();
        }
        int most = Math.min(key.length() - 1, r.tenThousands() ? 4 : 2);
        List<Long> out = new ArrayList<>();
        // a yuan amount is printed with two decimals or none: a lost point with one after it is no reading, and
        // a tenth of the amount is what a digit cut off at the scan's edge gives as well
        for (int k = r.tenThousands() ? 1 : 2; k <= most; k++) {
            long scale = (long) Math.pow(10, k);
            if (r.fen() % scale == 0) {
                out.add(r.fen() / scale);
            }
        }
        return out;
    }

    private static long withPoint(Read r, int decimals) {
        return r.fen() / (long) Math.pow(10, decimals);
    }

    private static int decimals(Read r, long fen) {
        return (int) Math.round(Math.log10((double) r.fen() / fen));
    }

    /** The digits of an amount's text without its unit, currency sign or trailing stop; null for none. */
    private static String number(String text) {
        if (text == null) {
            return null;
        }
        String s = LabelKey.of(text).replace("元", "").replace("万", "").replaceFirst("^(?:[¥￥]|人民币|RMB)", "")
                .replaceFirst("(\\d)[.。]$", "$1");
        return s.isEmpty() ? null : s;
    }

    private static String describe(List<String> sum) {
        if (sum.get(1).startsWith("budget.items[")) {
            return "the budget items' sum and " + sum.get(0);
        }
        return sum.get(0) + " = " + String.join(" + ", sum.subList(1, sum.size()));
    }

    private static String yuan(long fen) {
        return fen % 100 == 0 ? Long.toString(fen / 100)
                : String.format(Locale.ROOT, "%d.%02d", fen / 100, Math.abs(fen % 100));
    }
}
