package perfdecl.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import perfdecl.grid.Box;
import perfdecl.grid.Cell;
import perfdecl.grid.Token;
import perfdecl.model.ChoiceGroup;
import perfdecl.model.Finding;

/**
 * Attributes the checkbox marks of one group to its canonical options. Filers print the box either before or after
 * each label; the side is decided for the whole group (which side the lines' edge marks stand on; ties broken by
 * distance where positions are known, else "after"), and each mark goes to the nearest option on that side on the
 * same line. Several marks on one option are resolved by "any tick counts" and reported; a tick that no option on
 * that side can own makes the group ambiguous.
 */
final class ChoiceGroupParser {

    /** What parsing one group yields: the group, what it noticed, and where each option's mark stood. */
    record Result(ChoiceGroup group, List<Finding> findings, Map<Integer, Token> markByOption) {
    }

    /** One option label or mark in line order. */
    private record Element(int option, Token mark, Box box) {
        boolean isMark() {
            return mark != null;
        }
    }

    private static final double LOW_CONFIDENCE = Cell.UNCERTAIN;

    Result parse(String field, List<String> options, List<List<Token>> lines) {
        List<List<Element>> seq = new ArrayList<>();
        boolean[] seen = new boolean[options.size()];
        for (List<Token> line : lines) {
            List<Element> elements = new ArrayList<>();
            for (Token t : line) {
                if (t.isMark()) {
                    elements.add(new Element(-1, t, t.box()));
                } else {
                    for (int opt : optionsIn(t.text(), options)) {
                        elements.add(new Element(opt, null, t.box()));
                        seen[opt] = true;
                    }
                }
            }
            if (!elements.isEmpty()) {
                seq.add(elements);
            }
        }
        boolean after = marksFollowLabels(seq);
        List<Finding> moved = new ArrayList<>();
        Map<Integer, List<Token>> marks = new LinkedHashMap<>();
        List<Token> stray = new ArrayList<>();
        for (List<Element> line : seq) {
            for (int i = 0; i < line.size(); i++) {
                Element e = line.get(i);
                if (!e.isMark()) {
                    continue;
                }
                int owner = after ? previousOption(line, i) : nextOption(line, i);
                int neighbour = boxlessNeighbour(line, i, after ? 1 : -1);
                if (neighbour >= 0) {
                    // "A □ ☑ B C □": the second of A's boxes stands against B, which has none on the group's side
                    moved.add(new Finding("CHOICE_MARK_BESIDE", Finding.INFO, field + ".options[" + neighbour + "]",
                            "a box stands on the other side of \"" + options.get(neighbour) + "\", which has none on "
                                    + "the group's side (" + (after ? "after" : "before") + " the labels); taken as its own",
                            null, describe(List.of(e.mark()))));
                    owner = neighbour;
                }
                if (owner < 0) {
                    stray.add(e.mark());
                } else {
                    marks.computeIfAbsent(owner, k -> new ArrayList<>()).add(e.mark());
                }
            }
        }

        int printed = 0;
        for (boolean b : seen) {
            printed += b ? 1 : 0;
        }
        if (marks.isEmpty() && stray.isEmpty() && printed == 1) {
            return printedValue(field, options, seen);
        }
        List<Finding> findings = new ArrayList<>(moved);
        List<ChoiceGroup.Option> out = new ArrayList<>();
        List<String> selected = new ArrayList<>();
        Map<Integer, Token> markByOption = new LinkedHashMap<>();
        boolean ambiguous = false;
        for (int i = 0; i < options.size(); i++) {
            List<Token> own = marks.getOrDefault(i, List.of());
            Boolean checked = null;
            if (!own.isEmpty()) {
                checked = own.stream().anyMatch(Token::checked);
                markByOption.put(i, own.stream().filter(Token::checked).findFirst().orElse(own.get(0)));
                if (own.size() > 1) {
                    findings.add(new Finding("CHOICE_EXTRA_MARK", Finding.WARNING, field + ".options[" + i + "]",
                            own.size() + " marks stand beside \"" + options.get(i) + "\"; taken as "
                                    + (checked ? "ticked" : "not ticked") + " because " + (checked
                                    ? "one of them is ticked" : "none is ticked"),
                            "one mark", describe(own)));
                }
                if (own.stream().anyMatch(t -> t.confidence() < LOW_CONFIDENCE)) {
                    ambiguous = true;
                }
            } else if (seen[i]) {
                findings.add(new Finding("CHOICE_OPTION_WITHOUT_MARK", Finding.INFO, field + ".options[" + i + "]",
                        "option \"" + options.get(i) + "\" is printed without a checkbox", "a checkbox", null));
            } else {
                findings.add(new Finding("CHOICE_OPTION_MISSING", Finding.WARNING, field + ".options[" + i + "]",
                        "option \"" + options.get(i) + "\" was not found in the group", options.get(i), null));
            }
            out.add(new ChoiceGroup.Option(options.get(i), checked));
            if (Boolean.TRUE.equals(checked)) {
                selected.add(options.get(i));
            }
        }
        if (stray.stream().anyMatch(Token::checked)) {
            ambiguous = true;
        } else if (!stray.isEmpty()) {
            findings.add(new Finding("CHOICE_EXTRA_MARK", Finding.INFO, field,
                    stray.size() + " empty checkbox(es) stand beside no option and were ignored", null,
                    describe(stray)));
        }
        String status;
        if (ambiguous) {
            status = ChoiceGroup.AMBIGUOUS;
            List<Token> all = new ArrayList<>(stray);
            marks.values().forEach(all::addAll);
            findings.add(new Finding("CHOICE_AMBIGUOUS", Finding.WARNING, field,
                    "the ticks of this group cannot be attributed one to one to its options (boxes "
                            + (after ? "after" : "before") + " labels)", null, describe(all)));
        } else {
            status = selected.isEmpty() ? ChoiceGroup.NONE : selected.size() == 1 ? ChoiceGroup.ONE
                    : ChoiceGroup.MULTIPLE;
        }
        return new Result(new ChoiceGroup(out, selected, status), findings, markByOption);
    }

    /** Option indexes named in a text run, in the order they appear. */
    static List<Integer> optionsIn(String text, List<String> options) {
        String key = withoutListPunctuation(LabelKey.of(text));
        Map<Integer, Integer> at = new java.util.TreeMap<>();
        boolean[] used = new boolean[key.length()];
        // longest labels first so that "其他经常性项目" is not eaten by a shorter neighbour
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> options.get(b).length() - options.get(a).length());
        // every label found as printed first, so that a misread one cannot take a neighbour's characters
        List<String> labels = options.stream().map(o -> withoutListPunctuation(LabelKey.of(o))).toList();
        List<Integer> missing = new ArrayList<>();
        for (int opt : order) {
            String label = labels.get(opt);
            int pos = find(key, label, used);
            if (pos >= 0) {
                take(at, used, pos, label.length(), opt);
            } else {
                missing.add(opt);
            }
        }
        for (int opt : missing) {
            String label = labels.get(opt);
            int pos = findFuzzy(key, label, used);
            if (pos >= 0) {
                take(at, used, pos, label.length(), opt);
            }
        }
        return new ArrayList<>(at.values());
    }

    private static void take(Map<Integer, Integer> at, boolean[] used, int pos, int length, int opt) {
        for (int k = pos; k < Math.min(used.length, pos + length); k++) {
            used[k] = true;
        }
        at.put(pos, opt);
    }

    private static int find(String key, String label, boolean[] used) {
        for (int from = 0; ; ) {
            int pos = key.indexOf(label, from);
            if (pos < 0 || free(used, pos, label.length())) {
                return pos;
            }
            from = pos + 1;
        }
    }

    /**
     * Filers write an option with a separator the printed form does not have ("市委、市政府已确定的新增项目"); the
     * options are matched without them.
     */
    private static String withoutListPunctuation(String key) {
        return LIST_PUNCTUATION.matcher(key).replaceAll("");
    }

    private static final java.util.regex.Pattern LIST_PUNCTUATION = java.util.regex.Pattern.compile("[、,，·・]");

    /** OCR misreads, drops or adds one character of a label now and then ("结转项日", "其他一次项目"). */
    private static int findFuzzy(String key, String label, boolean[] used) {
        if (label.length() < 4) {
            return -1;
        }
        // a long option survives more slips ("由魏站政府已确定的新增项目" for 市委市政府已确定的新增项目)
        int tolerance = label.length() >= 12 ? 3 : label.length() >= 8 ? 2 : 1;
        for (int d = 1; d <= tolerance; d++) {
            for (int len : new int[] {label.length(), label.length() - 1, label.length() + 1}) {
                for (int pos = 0; pos + len <= key.length(); pos++) {
                    if (free(used, pos, len) && LabelKey.distance(key.substring(pos, pos + len), label) <= d) {
                        return pos;
                    }
                }
            }
        }
        return -1;
    }

    private static boolean free(boolean[] used, int pos, int len) {
        for (int k = pos; k < pos + len && k < used.length; k++) {
            if (used[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean marksFollowLabels(List<List<Element>> seq) {
        int before = 0, after = 0;
        for (List<Element> line : seq) {
            if (line.size() < 2) {
                continue;
            }
            if (line.get(0).isMark() && !line.get(1).isMark()) {
                before++;
            }
            if (line.get(line.size() - 1).isMark() && !line.get(0).isMark()) {
                after++;
            }
        }
        if (before != after) {
            return after > before;
        }
        double gapBefore = 0, gapAfter = 0;
        for (List<Element> line : seq) {
            for (int i = 0; i < line.size(); i++) {
                Element e = line.get(i);
                if (!e.isMark() || e.box() == null) {
                    continue;
                }
                if (i > 0 && !line.get(i - 1).isMark() && line.get(i - 1).box() != null) {
                    gapAfter += Math.max(0, e.box().x() - line.get(i - 1).box().right());
                }
                if (i + 1 < line.size() && !line.get(i + 1).isMark() && line.get(i + 1).box() != null) {
                    gapBefore += Math.max(0, line.get(i + 1).box().x() - e.box().right());
                }
            }
        }
        return gapBefore == gapAfter || gapAfter <= gapBefore;
    }

    /**
     * Some exports print a group's value instead of its boxes ("项目类型  经常性专项业务费"): the one option printed is
     * the one chosen, the others are not, and a finding says how it was read.
     */
    private static Result printedValue(String field, List<String> options, boolean[] seen) {
        List<ChoiceGroup.Option> out = new ArrayList<>();
        List<String> selected = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            out.add(new ChoiceGroup.Option(options.get(i), seen[i]));
            if (seen[i]) {
                selected.add(options.get(i));
            }
        }
        Finding note = new Finding("CHOICE_PRINTED_VALUE", Finding.INFO, field,
                "the group prints one option and no checkboxes: taken as the chosen value", null, selected.get(0));
        return new Result(new ChoiceGroup(out, selected, ChoiceGroup.ONE), List.of(note), Map.of());
    }

    /**
     * The option a mark stands right against when that option has no mark of its own on the group's side and the
     * mark is not the only one its owner has: {@code step} +1 looks forward (boxes after labels), -1 back.
     * Returns -1 otherwise.
     */
    private static int boxlessNeighbour(List<Element> line, int i, int step) {
        int next = i + step;
        int back = i - step;
        if (next < 0 || next >= line.size() || line.get(next).isMark()) {
            return -1;
        }
        if (back < 0 || back >= line.size() || !line.get(back).isMark()) {
            return -1; // the mark is its owner's only one
        }
        int beyond = next + step;
        if (beyond >= 0 && beyond < line.size() && line.get(beyond).isMark()) {
            return -1; // the neighbour has its own box on the group's side
        }
        return line.get(next).option();
    }

    private static int previousOption(List<Element> line, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!line.get(k).isMark()) {
                return line.get(k).option();
            }
        }
        return -1;
    }

    private static int nextOption(List<Element> line, int i) {
        for (int k = i + 1; k < line.size(); k++) {
            if (!line.get(k).isMark()) {
                return line.get(k).option();
            }
        }
        return -1;
    }

    private static List<String> describe(List<Token> marks) {
        List<String> out = new ArrayList<>();
        for (Token t : marks) {
            String where = t.box() == null ? "" : String.format(java.util.Locale.ROOT, " at (%.1f, %.1f)",
                    t.box().x(), t.box().y());
            out.add((t.checked() ? "ticked" : "empty") + " " + t.text() + where
                    + (t.confidence() < 1 ? String.format(java.util.Locale.ROOT, " confidence %.2f", t.confidence())
                    : ""));
        }
        return out;
    }
}
