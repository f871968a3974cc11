package perfdecl.correct;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import perfdecl.model.Correction;

/**
 * What a corrections log says in the end, replayed in log order: for each form and field the stack of corrections
 * and acceptances, an {@link Correction#UNDO} popping the latest; the field's value is the topmost correction left,
 * and the field counts as answered while anything is left. Earlier lines stay in {@link #history}.
 */
public final class CorrectionReplay {

    private final Map<String, Map<String, List<Correction>>> stacks = new LinkedHashMap<>();
    private final Map<String, Map<String, List<Correction>>> history = new LinkedHashMap<>();

    private CorrectionReplay() {
    }

    /** Replays {@code log} in order. */
    public static CorrectionReplay of(List<Correction> log) {
        CorrectionReplay r = new CorrectionReplay();
        for (Correction c : log) {
            if (c.id() == null) {
                continue;
            }
            String field = c.field() == null ? "" : c.field();
            r.history.computeIfAbsent(c.id(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(field, k -> new ArrayList<>()).add(c);
            List<Correction> stack = r.stacks.computeIfAbsent(c.id(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(field, k -> new ArrayList<>());
            if (Correction.UNDO.equals(c.kindOrDefault())) {
                if (!stack.isEmpty()) {
                    stack.remove(stack.size() - 1);
                }
            } else {
                stack.add(c);
            }
        }
        return r;
    }

    /** The ids of the forms the log speaks of, in order of first mention. */
    public List<String> ids() {
        return List.copyOf(stacks.keySet());
    }

    /**
     * The corrections and acceptances of form {@code id} in force, one per field (the latest), in order of the
     * field's first mention; a field's value correction, when an acceptance lies on top of it, is {@link #value}.
     */
    public List<Correction> inForce(String id) {
        List<Correction> out = new ArrayList<>();
        stacks.getOrDefault(id, Map.of()).forEach((field, stack) -> {
            if (!field.isEmpty() && !stack.isEmpty()) {
                out.add(stack.get(stack.size() - 1));
            }
        });
        return out;
    }

    /** The correction that gives the field its value: the topmost {@link Correction#CORRECT} left, or null. */
    public Correction value(String id, String field) {
        List<Correction> stack = stacks.getOrDefault(id, Map.of()).getOrDefault(field, List.of());
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (Correction.CORRECT.equals(stack.get(i).kindOrDefault())) {
                return stack.get(i);
            }
        }
        return null;
    }

    /** The mark saying form {@code id} was reviewed, or null. */
    public Correction reviewed(String id) {
        List<Correction> stack = stacks.getOrDefault(id, Map.of()).getOrDefault("", List.of());
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (Correction.REVIEWED.equals(stack.get(i).kindOrDefault())) {
                return stack.get(i);
            }
        }
        return null;
    }

    /** Every line about the field, in log order, undone ones included. */
    public List<Correction> history(String id, String field) {
        return List.copyOf(history.getOrDefault(id, Map.of()).getOrDefault(field == null ? "" : field, List.of()));
    }
}
