package perfdecl.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import perfdecl.grid.Box;
import perfdecl.grid.Token;
import perfdecl.model.Finding;

/**
 * Which checkbox mark of a group belongs to which option, before anything is decided about what is chosen. Filers
 * print the box either before or after each label; the side is decided for the whole group (which side the lines'
 * edge marks stand on; ties broken by distance where positions are known, else "after"), and each mark goes to the
 * nearest option on that side on the same line.
 *
 * @param after   whether the group's boxes follow their labels
 * @param marks   option index to the marks attributed to it, in line order
 * @param stray   marks that no option on the group's side can own
 * @param printed which options the group prints
 * @param moved   CHOICE_MARK_BESIDE findings for marks given to the neighbour they stand against, VALUE_UNCERTAIN ones
 *                for a mark given to an option whose label was not read
 * @param sideGuessed whether nothing told the side (no line starts or ends with a mark, no gap is narrower on one
 *                side, the other side gives no fewer options exactly one mark) while a tick stands between two
 *                options: which of them it was given to is a guess
 */
record MarkAttribution(boolean after, Map<Integer, List<Token>> marks, List<Token> stray, boolean[] printed,
                       List<Finding> moved, boolean sideGuessed) {

    /**
     * The option of a label whose text names none: on a scan a pen stroke, a seal or a fold garbles a label now and
     * then, and the box beside it is still its box, neither a neighbour's nor evidence of the group's side.
     */
    private static final int UNREAD = -2;

    /** One option label (possibly {@link #UNREAD}) or mark in line order. */
    private record Element(int option, Token mark, Box box) {
        boolean isMark() {
            return mark != null;
        }
    }

    /** How many options the group prints. */
    int printedCount() {
        int n = 0;
        for (boolean b : printed) {
            n += b ? 1 : 0;
        }
        return n;
    }

    /** @param scanned whether the lines were read from page images, where OCR reads a missed box as a character */
    static MarkAttribution of(String field, List<String> options, List<List<Token>> lines, boolean scanned) {
        List<List<Element>> seq = new ArrayList<>();
        List<List<Token>> kept = new ArrayList<>();
        boolean[] seen = new boolean[options.size()];
        for (List<Token> printedLine : lines) {
            List<Token> line = BracketBoxes.asMarks(printedLine);
            if (scanned) {
                line = BoxCharacters.asMarks(line, options);
            }
            List<Element> elements = new ArrayList<>();
            for (Token t : line) {
                if (t.isMark()) {
                    elements.add(new Element(-1, t, t.box()));
                } else {
                    List<Integer> named = optionsIn(t.text(), options);
                    for (int opt : named) {
                        elements.add(new Element(opt, null, t.box()));
                        seen[opt] = true;
                    }
                    if (named.isEmpty() && letters(t.text()) >= 2) {
                        elements.add(new Element(UNREAD, null, t.box()));
                    }
                }
            }
            if (!elements.isEmpty() || line.stream().anyMatch(t -> !t.isMark() && !t.text().isBlank())) {
                seq.add(elements);
                kept.add(line);
            }
        }
        joinWrappedOptions(options, seq, kept, seen);
        seq.removeIf(List::isEmpty);
        int side = side(seq);
        boolean after = side >= 0;
        Attributed chosen = attribute(field, options, seq, after);
        boolean guessed = false;
        if (side == 0 && tickBetweenOptions(seq)) {
            // nothing told the side: a guess unless the other side fits the options worse
            guessed = attribute(field, options, seq, !after).fit() >= chosen.fit();
        }
        chosen = inMissingLabelsPlace(field, options, seq, chosen, seen, after);
        return new MarkAttribution(after, chosen.marks(), chosen.stray(), seen, chosen.moved(), guessed);
    }

    /**
     * A 1-bit copy or a pen stroke loses a label now and then ("基本建设工程类 □ ▒▒▒ ☑ 政策补贴类 □"): when the group
     * prints every option but one, and one ticked box that no option owns, or that stands as the second box of the
     * neighbour before it (boxes after labels) or after it (before), stands between the neighbours' labels, that is
     * the lost label's box. It is given to it, and said to be uncertain: the label itself was not read.
     */
    private static Attributed inMissingLabelsPlace(String field, List<String> options, List<List<Element>> seq,
                                                   Attributed a, boolean[] seen, boolean after) {
        int missing = -1;
        for (int i = 0; i < seen.length; i++) {
            if (!seen[i]) {
                if (missing >= 0) {
                    return a;
                }
                missing = i;
            }
        }
        if (missing < 0) {
            return a;
        }
        List<Element> flat = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        for (int l = 0; l < seq.size(); l++) {
            for (Element e : seq.get(l)) {
                flat.add(e);
                lineOf.add(l);
            }
        }
        int lo = -1, hi = -1;
        for (int p = 0; p < flat.size(); p++) {
            Element e = flat.get(p);
            if (!e.isMark() && e.option() == missing - 1) {
                lo = p;
            }
            if (!e.isMark() && e.option() == missing + 1 && hi < 0) {
                hi = p;
            }
        }
        if (missing > 0 && lo < 0 || missing + 1 < options.size() && hi < 0) {
            return a;
        }
        hi = hi < 0 ? flat.size() : hi;
        List<Token> doubled = a.marks().getOrDefault(after ? missing - 1 : missing + 1, List.of());
        Token extra = doubled.size() == 2 ? doubled.get(after ? 1 : 0) : null;
        Token slot = null;
        for (int p = lo + 1; p < hi; p++) {
            Token m = flat.get(p).mark();
            boolean sameLine = lo >= 0 && lineOf.get(lo).equals(lineOf.get(p))
                    || hi < flat.size() && lineOf.get(hi).equals(lineOf.get(p));
            if (m != null && m.checked() && sameLine && (containsSame(a.stray(), m) || m == extra)) {
                if (slot != null) {
                    return a;
                }
                slot = m;
            }
        }
        if (slot == null) {
            return a;
        }
        final Token taken = slot;
        Map<Integer, List<Token>> marks = new LinkedHashMap<>();
        for (Map.Entry<Integer, List<Token>> e : a.marks().entrySet()) {
            List<Token> own = new ArrayList<>(e.getValue());
            own.removeIf(t -> t == taken);
            if (!own.isEmpty()) {
                marks.put(e.getKey(), own);
            }
        }
        marks.put(missing, new ArrayList<>(List.of(slot)));
        List<Token> stray = new ArrayList<>(a.stray());
        stray.removeIf(t -> t == taken);
        List<Finding> moved = new ArrayList<>(a.moved());
        moved.add(new Finding("VALUE_UNCERTAIN", Finding.WARNING, field + ".options[" + missing + "]",
                "the label of option \"" + options.get(missing) + "\" was not read; the ticked box standing in its "
                        + "place, between its neighbours' labels, was taken as its box", options.get(missing),
                ChoiceGroupParser.describe(List.of(slot))));
        return new Attributed(marks, stray, moved);
    }

    private static boolean containsSame(List<Token> tokens, Token t) {
        for (Token x : tokens) {
            if (x == t) {
                return true;
            }
        }
        return false;
    }

    /** Marks given to options reading the boxes as standing {@code after} (or before) their labels. */
    private record Attributed(Map<Integer, List<Token>> marks, List<Token> stray, List<Finding> moved) {
        /** Options with exactly one mark, less those with several and the marks no option owns. */
        int fit() {
            int n = -stray.size();
            for (List<Token> own : marks.values()) {
                n += own.size() == 1 ? 1 : -1;
            }
            return n;
        }
    }

    private static boolean tickBetweenOptions(List<List<Element>> seq) {
        for (List<Element> line : seq) {
            for (int i = 0; i < line.size(); i++) {
                Element e = line.get(i);
                if (e.isMark() && e.mark().checked() && previousOption(line, i) >= 0 && nextOption(line, i) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Attributed attribute(String field, List<String> options, List<List<Element>> seq, boolean after) {
        List<Finding> moved = new ArrayList<>();
        Map<Integer, List<Token>> marks = new LinkedHashMap<>();
        List<Token> stray = new ArrayList<>();
        for (int l = 0; l < seq.size(); l++) {
            List<Element> line = seq.get(l);
            for (int i = 0; i < line.size(); i++) {
                Element e = line.get(i);
                if (!e.isMark()) {
                    continue;
                }
                int owner = after ? previousOption(line, i) : nextOption(line, i);
                if (owner == -1) {
                    owner = wrappedOwner(seq, l, after);
                }
                int neighbour = boxlessNeighbour(line, i, after ? 1 : -1);
                if (neighbour >= 0) {
                    // "A □ ☑ B C □": the second of A's boxes stands against B, which has none on the group's side
                    moved.add(new Finding("CHOICE_MARK_BESIDE", Finding.INFO, field + ".options[" + neighbour + "]",
                            "a box stands on the other side of \"" + options.get(neighbour) + "\", which has none on "
                                    + "the group's side (" + (after ? "after" : "before") + " the labels); taken as its own",
                            null, ChoiceGroupParser.describe(List.of(e.mark()))));
                    owner = neighbour;
                }
                if (owner < 0) {
                    stray.add(e.mark());
                } else {
                    marks.computeIfAbsent(owner, k -> new ArrayList<>()).add(e.mark());
                }
            }
        }
        return new Attributed(marks, stray, moved);
    }

    /**
     * An option whose label a line wraps ("…资产购置类□ 其他" / "事业专业类√") is found in neither line alone: it stands
     * where its label ends, at the head of the second line, so that a mark after it (or a box before it at the end of
     * the first line) reaches it the usual way.
     */
    private static void joinWrappedOptions(List<String> options, List<List<Element>> seq, List<List<Token>> lines,
                                           boolean[] seen) {
        for (int l = 0; l + 1 < lines.size(); l++) {
            List<Token> tail = textAfterLastMark(lines.get(l));
            List<Token> head = textBeforeFirstMark(lines.get(l + 1));
            if (tail.isEmpty() || head.isEmpty()) {
                continue;
            }
            String tailKey = withoutListPunctuation(LabelKey.of(join(tail)));
            String joined = tailKey + withoutListPunctuation(LabelKey.of(join(head)));
            for (int opt = 0; opt < options.size(); opt++) {
                String label = withoutListPunctuation(LabelKey.of(options.get(opt)));
                int pos = seen[opt] ? -1 : joined.indexOf(label);
                if (pos >= 0 && pos < tailKey.length() && pos + label.length() > tailKey.length()) {
                    dropUnread(seq.get(l), false);
                    dropUnread(seq.get(l + 1), true);
                    seq.get(l + 1).add(0, new Element(opt, null, head.get(0).box()));
                    seen[opt] = true;
                }
            }
        }
    }

    /** Removes the unread labels at a line's head ({@code head}) or tail: the halves of a label a line wraps. */
    private static void dropUnread(List<Element> line, boolean head) {
        while (!line.isEmpty() && line.get(head ? 0 : line.size() - 1).option() == UNREAD) {
            line.remove(head ? 0 : line.size() - 1);
        }
    }

    private static int letters(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }

    private static List<Token> textAfterLastMark(List<Token> line) {
        int k = line.size();
        while (k > 0 && !line.get(k - 1).isMark()) {
            k--;
        }
        return line.subList(k, line.size());
    }

    private static List<Token> textBeforeFirstMark(List<Token> line) {
        int k = 0;
        while (k < line.size() && !line.get(k).isMark()) {
            k++;
        }
        return line.subList(0, k);
    }

    private static String join(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        tokens.forEach(t -> b.append(t.text()));
        return b.toString();
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

    /** 1 when the group's boxes follow their labels, -1 when they precede them, 0 when nothing tells (taken as after). */
    private static int side(List<List<Element>> seq) {
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
            return after > before ? 1 : -1;
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
        return gapBefore == gapAfter ? 0 : gapAfter < gapBefore ? 1 : -1;
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

    /**
     * A mark that a wrapped line carried over to the next line, away from its option ("其他事业专业类" / "√"): with
     * boxes after labels, the previous line's last option when that line ends without a mark; with boxes before, the
     * next line's first option when that line starts without one. -1 otherwise.
     */
    private static int wrappedOwner(List<List<Element>> seq, int line, boolean after) {
        int other = after ? line - 1 : line + 1;
        if (other < 0 || other >= seq.size()) {
            return -1;
        }
        List<Element> elements = seq.get(other);
        Element edge = elements.get(after ? elements.size() - 1 : 0);
        return edge.isMark() ? -1 : edge.option();
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
}
