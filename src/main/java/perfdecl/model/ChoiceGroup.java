package perfdecl.model;

import java.util.List;

/**
 * A checkbox group (项目类型 or 资金用途): every canonical option in form order, the labels ticked, and a
 * status of {@code one}, {@code none}, {@code multiple} or {@code ambiguous}.
 */
public record ChoiceGroup(List<Option> options, List<String> selected, String status) {

    public static final String ONE = "one";
    public static final String NONE = "none";
    public static final String MULTIPLE = "multiple";
    public static final String AMBIGUOUS = "ambiguous";

    public ChoiceGroup {
        options = List.copyOf(options);
        selected = List.copyOf(selected);
    }

    /** One option; {@code checked} is {@code null} when no mark could be attributed to it. */
    public record Option(String label, Boolean checked) {
    }
}
