package perfdecl.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import perfdecl.grid.Token;
import perfdecl.model.ChoiceGroup;
import perfdecl.model.Finding;

/**
 * Reads one checkbox group: {@link MarkAttribution} says which mark belongs to which option, and this class decides
 * what is chosen. Several marks on one option are resolved by "any tick counts" and reported; a tick that no option
 * can own, or one read with low confidence, makes the group ambiguous.
 *
 * <p>An option printed without a box is not ticked on a form that prints none for it (OCR text exports drop □
 * often), but on a scan whose other options have boxes its box was most likely lost in reading, so whether it is
 * ticked is not known and a warning says so.
 */
final class ChoiceGroupParser {

    /** What parsing one group yields: the group, what it noticed, and where each option's mark stood. */
    record Result(ChoiceGroup group, List<Finding> findings, Map<Integer, Token> markByOption) {
    }

    /**
     * @param scanned whether the marks were found on page images: there a missing box is the reader's, not the form's
     */
    Result parse(String field, List<String> options, List<List<Token>> lines, boolean scanned) {
        MarkAttribution a = MarkAttribution.of(field, options, lines, scanned);
        if (a.marks().isEmpty() && a.stray().isEmpty() && a.printedCount() == 1) {
            return printedValue(field, options, a.printed());
        }
        return resolve(field, options, a, scanned);
    }

    private static Result resolve(String field, List<String> options, MarkAttribution a, boolean scanned) {
        Map<Integer, List<Token>> marks = a.marks();
        List<Token> stray = a.stray();
        boolean[] seen = a.printed();
        boolean after = a.after();
        List<Finding> findings = new ArrayList<>(a.moved());
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
                if (own.stream().anyMatch(t -> t.confidence() < Token.UNCERTAIN)) {
                    ambiguous = true;
                }
                List<Token> fromText = own.stream().filter(BoxCharacters::isReadFromText).toList();
                if (!fromText.isEmpty()) {
                    findings.add(new Finding("VALUE_UNCERTAIN", Finding.WARNING, field + ".options[" + i + "]",
                            "the checkbox of option \"" + options.get(i) + "\" was not found in the scan's pixels; "
                                    + "it was read as ticked from the character OCR made of it", null,
                            describe(fromText)));
                }
            } else if (seen[i] && scanned && !marks.isEmpty()) {
                findings.add(new Finding("CHOICE_BOX_NOT_FOUND", Finding.WARNING, field + ".options[" + i + "]",
                        "no checkbox was found beside option \"" + options.get(i) + "\" on the scan, though the "
                                + "group's other options have one: whether it is ticked is not known",
                        "a checkbox", null));
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
        if (stray.stream().anyMatch(Token::checked) || a.sideGuessed()) {
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
                    a.sideGuessed()
                            ? "a tick stands between two options and nothing tells whether the group's boxes come "
                                    + "before or after their labels; taken as after"
                            : "the ticks of this group cannot be attributed one to one to its options (boxes "
                                    + (after ? "after" : "before") + " labels)", null, describe(all)));
        } else {
            status = selected.isEmpty() ? ChoiceGroup.NONE : selected.size() == 1 ? ChoiceGroup.ONE
                    : ChoiceGroup.MULTIPLE;
        }
        return new Result(new ChoiceGroup(out, selected, status), findings, markByOption);
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

    static List<String> describe(List<Token> marks) {
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
