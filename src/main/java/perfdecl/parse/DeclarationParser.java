package perfdecl.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import perfdecl.grid.FormGrid;
import perfdecl.model.Declaration;
import perfdecl.model.Source;

/**
 * Turns one form grid into a {@link Declaration}. The form is read by its printed labels, not by row numbers:
 * a label cell takes the value in the cells after it up to the next label (or the rest of its own cell, as in
 * "联系电话 63678103"), so rows may be reordered, missing or split differently by each producer. Checkbox groups,
 * the budget items and the indicator table are sections that run until the next label ({@link Section}). What
 * cannot be read cleanly is kept as filed and reported as a finding; validation across fields is left to the
 * validate stage. Stateless and thread-safe.
 */
public final class DeclarationParser {

    /** The 项目类型 options of the 2019 form, as its template lists them. */
    public static final List<String> PROJECT_TYPES =
            FormTemplates.all().get(FormTemplates.DEFAULT).choices().get("projectType");
    /** The 资金用途 options of the 2019 form, as its template lists them. */
    public static final List<String> FUND_USES =
            FormTemplates.all().get(FormTemplates.DEFAULT).choices().get("fundUse");

    private final AmountParser amounts = new AmountParser();
    private final DateParser dates = new DateParser();
    private final ChoiceGroupParser choices = new ChoiceGroupParser();
    private final FormTemplates templates = FormTemplates.all();
    private final Map<String, FormKit> kits = new HashMap<>();

    public DeclarationParser() {
        for (FormTemplate t : templates.templates()) {
            kits.put(t.id(), FormKit.of(t));
        }
    }

    /**
     * Parses one form by the template of its generation; {@code source} identifies the file and the form's place in
     * it. A form that matches no known generation is read by the likeliest one, without a {@code template}, and a
     * TEMPLATE_UNKNOWN finding says so.
     */
    public Declaration parse(FormGrid grid, Source source) {
        FormTemplates.Choice choice = templates.choose(grid);
        return new FormReading(grid, kits.get(choice.template().id()), choice.matched(), amounts, dates, choices)
                .run(source);
    }
}
