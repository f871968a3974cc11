package perfdecl.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import perfdecl.grid.Token;

/**
 * A 1-bit copy or a faint print loses the row rule between two checkbox groups (项目类型 over 资金用途); the first
 * group's cell then runs down over the second's lines, and the second label is left with none of its own. A line that
 * names at least two of another group's options and none of its own is that group's, and so is every line after it
 * that names none of the first group's options (the rest of the second group: a line of one option, a wrapped box).
 */
final class ChoiceLineOwners {

    private ChoiceLineOwners() {
    }

    /**
     * Moves, in place, each group's lines that belong to another group to that group.
     *
     * @param lines   the lines read under each group's label, keyed by the group's field
     * @param options each group's options, keyed by field
     */
    static void regroup(Map<String, List<List<Token>>> lines, Map<String, List<String>> options) {
        Map<String, List<List<Token>>> moved = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, List<List<Token>>> group : lines.entrySet()) {
            List<String> own = options.get(group.getKey());
            if (own == null) {
                continue;
            }
            List<List<Token>> kept = new ArrayList<>();
            String movingTo = null;
            for (List<Token> line : group.getValue()) {
                String text = text(line);
                boolean ownNamed = !MarkAttribution.optionsIn(text, own).isEmpty();
                if (movingTo == null && !ownNamed) {
                    movingTo = owner(text, group.getKey(), options);
                }
                if (movingTo != null && !ownNamed) {
                    moved.computeIfAbsent(movingTo, k -> new ArrayList<>()).add(line);
                } else {
                    movingTo = null;
                    kept.add(line);
                }
            }
            group.getValue().clear();
            group.getValue().addAll(kept);
        }
        // a group with lines of its own keeps them: the lines run over from above are then a second reading of them
        moved.forEach((field, more) -> {
            List<List<Token>> to = lines.computeIfAbsent(field, k -> new ArrayList<>());
            if (to.isEmpty()) {
                to.addAll(more);
            }
        });
    }

    /** The other group whose options the line names at least two of, or null. */
    private static String owner(String text, String field, Map<String, List<String>> options) {
        for (Map.Entry<String, List<String>> e : options.entrySet()) {
            if (!e.getKey().equals(field) && MarkAttribution.optionsIn(text, e.getValue()).size() >= 2) {
                return e.getKey();
            }
        }
        return null;
    }

    private static String text(List<Token> line) {
        StringBuilder b = new StringBuilder();
        for (Token t : line) {
            if (!t.isMark()) {
                b.append(t.text());
            }
        }
        return b.toString();
    }
}
