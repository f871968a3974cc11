package perfdecl.parse;

import java.util.Optional;

/**
 * Recognises form labels in cell text: exact after {@link LabelKey} folding, then as a prefix followed by a
 * value, then within the OCR edit-distance tolerance. The longest spelling wins, so that "项目当年投入资金构成"
 * is never taken for a shorter label.
 */
final class LabelMatcher {

    private static final int MAX_LABEL = 20;

    private final java.util.Map<String, Label> exact = new java.util.HashMap<>();
    /** Each label's spellings as keys, in {@link Label} order, the canonical first. */
    private final java.util.Map<Label, java.util.List<String>> keys = new java.util.EnumMap<>(Label.class);
    private final java.util.Map<Label, String> canonical = new java.util.EnumMap<>(Label.class);

    /** Every spelling of every label with its tolerance and its characters sorted, worked out once. */
    private record Spelling(Label label, String key, int tolerance, String sorted) {
    }

    private final java.util.List<Spelling> spellings = new java.util.ArrayList<>();

    /** The labels of the 2019 Shanghai form. */
    LabelMatcher() {
        this(FormTemplates.all().get(FormTemplates.DEFAULT));
    }

    /** The labels {@code template} prints. */
    LabelMatcher(FormTemplate template) {
        for (Label label : Label.values()) {
            java.util.List<String> printed = template.labels().get(label.key());
            if (printed == null || printed.isEmpty()) {
                continue;
            }
            canonical.put(label, printed.get(0));
            java.util.List<String> ks = printed.stream().map(LabelKey::of).toList();
            keys.put(label, ks);
            for (String k : ks) {
                exact.putIfAbsent(k, label);
                exact.putIfAbsent(k + ":", label);
                spellings.add(new Spelling(label, k, LabelKey.tolerance(k), sortedChars(k)));
            }
        }
    }

    /** The label's first spelling in the template, as printed; the label's key when the template has none. */
    String canonical(Label label) {
        return canonical.getOrDefault(label, label.key());
    }

    /** Whether the template prints this label at all. */
    boolean knows(Label label) {
        return keys.containsKey(label);
    }

    Optional<LabelMatch> whole(String cellText) {
        String key = LabelKey.of(cellText);
        if (key.isEmpty() || key.length() > MAX_LABEL + 4) {
            return Optional.empty();
        }
        Label hit = exact.get(key);
        if (hit != null) {
            return Optional.of(new LabelMatch(hit, cellText.strip(), "", 0));
        }
        LabelMatch best = null;
        for (Spelling s : spellings) {
            int d = LabelKey.distance(key, s.key(), s.tolerance());
            if (d <= s.tolerance() && (best == null || d < best.distance())) {
                best = new LabelMatch(s.label(), cellText.strip(), "", d);
            }
        }
        if (best != null && valueAfterSpelling(key)) {
            return Optional.empty(); // "同名项目上年预算额（元）0": a label run together with its value, not a misread
        }
        if (best == null) {
            Label dashed = exact.get(LabelKey.withDashesAsOne(key));
            if (dashed != null) {
                // a misreading all the same, reported as one (LABEL_FUZZY_MATCH)
                return Optional.of(new LabelMatch(dashed, cellText.strip(), "", 1));
            }
        }
        return best != null ? Optional.of(best) : scrambled(key, cellText);
    }

    /**
     * The other labels a misread label is as near as to the one it was taken for ("项目年预算(L)" is two edits from
     * both 项目总预算(元) and 项目当年预算(元)); empty for an exact match.
     */
    java.util.Set<Label> tied(LabelMatch m) {
        java.util.Set<Label> found = java.util.EnumSet.noneOf(Label.class);
        if (m.distance() == 0 || !m.rest().isEmpty()) {
            return found;
        }
        String key = LabelKey.of(m.labelText());
        for (Spelling s : spellings) {
            int d = LabelKey.distance(key, s.key(), s.tolerance());
            if (s.label() != m.label() && d <= s.tolerance() && d == m.distance()) {
                found.add(s.label());
            }
        }
        return found;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[\\d.,]+");

    /** Whether the key is a spelling as printed followed by a number only. */
    private boolean valueAfterSpelling(String key) {
        for (Spelling s : spellings) {
            if (key.length() > s.key().length() && key.startsWith(s.key())
                    && NUMBER.matcher(key.substring(s.key().length())).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A label printed over two lines of a narrow cell and read by OCR across them ("资金\n用途" read "用资金途",
     * "途资金用"): the same characters in another order, when they are no other label's.
     */
    private Optional<LabelMatch> scrambled(String key, String cellText) {
        if (key.length() < 4) {
            return Optional.empty();
        }
        String sorted = sortedChars(key);
        LabelMatch found = null;
        for (Spelling s : spellings) {
            if (s.key().length() == key.length() && s.sorted().equals(sorted)) {
                if (found != null && found.label() != s.label()) {
                    return Optional.empty();
                }
                found = new LabelMatch(s.label(), cellText.strip(), "", s.tolerance() + 1);
            }
        }
        return Optional.ofNullable(found);
    }

    private static String sortedChars(String s) {
        return s.codePoints().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString();
    }

    /**
     * A label of a short header value that a mark across it left half read (a signature over 联系电话 read
     * "成系电动"): as many characters as one of its spellings, at least half of them and two that spelling's in the
     * same places, and no other label's as nearly. Far beyond the OCR tolerance of {@link #whole}, so only for a
     * reading the engine itself was unsure of and a value that fits the label, which the caller checks.
     */
    Optional<LabelMatch> halfRead(String cellText) {
        String key = LabelKey.of(cellText);
        if (key.length() < HALF_READ_MIN || key.length() > MAX_LABEL) {
            return Optional.empty();
        }
        Label found = null;
        int most = 0;
        boolean tie = false;
        for (Spelling s : spellings) {
            if (s.key().length() != key.length()) {
                continue;
            }
            int same = LabelKey.samePlaces(key, s.key());
            if (same < 2 || 2 * same < key.length()) {
                continue;
            }
            if (same > most) {
                found = s.label();
                most = same;
                tie = false;
            } else if (same == most && found != s.label()) {
                tie = true;
            }
        }
        if (found == null || tie || !found.takesShortValue()) {
            return Optional.empty();
        }
        return Optional.of(new LabelMatch(found, cellText.strip(), "", key.length() - most, true));
    }

    /**
     * A label of a short header value of which only the first characters were read (a signature over 联系电话 read
     * "联系"), that several labels begin with, all but one of them read already in the row ({@code before}):
     * that one, half read. Empty when none or more than one is left.
     */
    Optional<LabelMatch> headOf(String cellText, java.util.Set<Label> before) {
        String key = LabelKey.of(cellText);
        if (key.endsWith(":")) {
            key = key.substring(0, key.length() - 1);
        }
        if (key.length() < 2 || exact.containsKey(key)) {
            return Optional.empty();
        }
        java.util.Set<Label> begin = java.util.EnumSet.noneOf(Label.class);
        for (Spelling s : spellings) {
            if (s.key().length() > key.length() && s.key().startsWith(key)) {
                begin.add(s.label());
            }
        }
        java.util.Set<Label> left = java.util.EnumSet.noneOf(Label.class);
        left.addAll(begin);
        left.removeAll(before);
        if (left.size() != 1 || left.size() == begin.size()) {
            return Optional.empty();
        }
        Label found = left.iterator().next();
        if (!found.takesShortValue()) {
            return Optional.empty();
        }
        return Optional.of(new LabelMatch(found, cellText.strip(), "", 1, true));
    }

    /** Shortest label {@link #halfRead} takes: of three characters two are already one edit. */
    private static final int HALF_READ_MIN = 4;

    /** A label at the start of the cell with its value after it, e.g. "申报单位名称：上海市…". */
    Optional<LabelMatch> prefix(String cellText) {
        String key = LabelKey.of(cellText);
        Label bestLabel = null;
        String bestKey = "";
        for (java.util.Map.Entry<Label, java.util.List<String>> e : keys.entrySet()) {
            Label label = e.getKey();
            for (String k : e.getValue()) {
                if (k.length() > bestKey.length() && key.startsWith(k)) {
                    bestLabel = label;
                    bestKey = k;
                }
            }
        }
        if (bestLabel == null) {
            return cutPrefix(cellText, key);
        }
        String rest = afterKey(cellText, bestKey.length());
        return Optional.of(new LabelMatch(bestLabel, bestKey, rest, 0));
    }

    /** How many leading characters of a label a page cut at its left edge may have lost. */
    private static final int MAX_CUT = 2;
    /** How many characters of a label must be left for its tail to name it. */
    private static final int MIN_TAIL = 4;

    /**
     * A label whose first characters were cut off with the page's edge (a scan shifted or cropped: "报单位名称：上海市…"
     * for "申报单位名称：上海市…"), or whose first character a mark or a seal's ink made OCR read as another
     * ("甲报单位名称：上海市…"): the rest of one label's spelling, at least {@link #MIN_TAIL} characters, then the
     * colon that ends a label in a line; matched at a distance of the characters lost or misread, so it is reported.
     */
    private Optional<LabelMatch> cutPrefix(String cellText, String key) {
        Label found = null;
        String tail = null;
        int lost = 0, misread = 0;
        boolean ambiguous = false;
        // a Chinese character misread in the label's place, or none
        int head = !key.isEmpty() && Character.UnicodeScript.of(key.charAt(0)) == Character.UnicodeScript.HAN ? 1 : 0;
        for (java.util.Map.Entry<Label, java.util.List<String>> e : keys.entrySet()) {
            for (String k : e.getValue()) {
                for (int cut = 1; cut <= MAX_CUT && k.length() - cut >= MIN_TAIL; cut++) {
                    String t = k.substring(cut);
                    int at = key.startsWith(t + ":") ? 0 : cut == 1 && key.startsWith(t + ":", head) ? head : -1;
                    if (at < 0 || (tail != null && t.length() < tail.length())) {
                        continue;
                    }
                    ambiguous = tail != null && t.length() == tail.length() && found != e.getKey();
                    found = e.getKey();
                    tail = t;
                    lost = cut;
                    misread = at;
                }
            }
        }
        if (found == null || ambiguous) {
            return Optional.empty();
        }
        return Optional.of(new LabelMatch(found, key.substring(0, misread) + tail,
                afterKey(cellText, misread + tail.length()), lost));
    }

    /**
     * A cell that holds nothing but the rest of one label's spelling after its first one or two characters (at least
     * {@link #MIN_TAIL} left): a label cell whose head a page shifted past the scan's left edge cut off ("实施计划"
     * for 项目实施计划). Matched at a distance of the characters lost; empty when the tail is two labels'.
     */
    Optional<LabelMatch> cutHead(String cellText) {
        String key = LabelKey.of(cellText);
        if (key.endsWith(":")) {
            key = key.substring(0, key.length() - 1);
        }
        Label found = null;
        int lost = 0;
        for (java.util.Map.Entry<Label, java.util.List<String>> e : keys.entrySet()) {
            for (String k : e.getValue()) {
                for (int cut = 1; cut <= MAX_CUT && k.length() - cut >= MIN_TAIL; cut++) {
                    if (!k.substring(cut).equals(key)) {
                        continue;
                    }
                    if (found != null && found != e.getKey()) {
                        return Optional.empty();
                    }
                    found = e.getKey();
                    lost = cut;
                }
            }
        }
        return found == null ? Optional.empty() : Optional.of(new LabelMatch(found, cellText.strip(), "", lost));
    }

    /** How many marks before a heading a lost ruling's stub may leave ("1", "|", "「" read from its dots). */
    private static final int MAX_STRAY = 2;
    /** Shortest heading spelling matched with one character misread ("项口实施计划"). */
    private static final int FUZZY_HEADING = 5;

    /**
     * A text heading ({@link Label#isText}: 项目实施计划, 项目总目标 …) at the head of a cell that also holds its
     * text, as a scan merges them where the ruling between the heading's cell and its value's was lost: up to
     * {@link #MAX_STRAY} marks that are no Chinese character before it (the lost ruling's stub read as "1" or
     * "|"), the heading as printed or with one character misread (of {@link #FUZZY_HEADING} or more), then its
     * text. Matched at a distance of the marks dropped and characters misread; the rest is the heading's text.
     */
    Optional<LabelMatch> headingInCell(String cellText) {
        String key = LabelKey.of(cellText);
        int stray = 0;
        while (stray < key.length() && stray <= MAX_STRAY
                && Character.UnicodeScript.of(key.charAt(stray)) != Character.UnicodeScript.HAN) {
            stray++;
        }
        if (stray > MAX_STRAY) {
            return Optional.empty();
        }
        String head = key.substring(stray);
        LabelMatch best = null;
        for (Spelling s : spellings) {
            if (!s.label().isText() || head.length() < s.key().length()) {
                continue;
            }
            String at = head.substring(0, s.key().length());
            int misread = at.equals(s.key()) ? 0 : s.key().length() >= FUZZY_HEADING
                    ? LabelKey.distance(at, s.key(), 1) : 2;
            if (misread > 1 || (best != null && best.distance() <= stray + misread)) {
                continue;
            }
            best = new LabelMatch(s.label(), cellText.strip(), afterKey(cellText, stray + s.key().length()),
                    stray + misread);
        }
        return Optional.ofNullable(best);
    }

    /** A label's colon, and the dots a scan reads for a colon that lost one of its own. */
    private static final String COLONS = ":：·.．";

    /**
     * The original text after the first {@code keyLength} non-space characters, without a leading colon or what a
     * scan makes of one that lost a dot (申报单位名称·上海市…: a dot, which no value starts with).
     */
    private static String afterKey(String text, int keyLength) {
        int seen = 0;
        int i = 0;
        while (i < text.length() && seen < keyLength) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                seen++;
            }
            i++;
        }
        String rest = text.substring(i).strip();
        while (!rest.isEmpty() && COLONS.indexOf(rest.charAt(0)) >= 0) {
            rest = rest.substring(1).strip();
        }
        return rest;
    }
}
