package perfdecl.parse;

/**
 * The part of the form a row is read in. A row that starts with a label leaves the current section and enters the
 * one that label opens; a row without one stays where it is, so continuation lines of a text, options of a group
 * and rows of the items or indicator table need no label of their own. Which labels open which section is read
 * from the form's template: a label key listed among its {@code choices} opens a checkbox group, so a new
 * generation with groups of its own is a data file.
 */
enum Section {
    /** Single-value labels (项目名称, 联系电话, amounts): each row stands for itself. */
    FIELDS,
    /** A checkbox group: rows after its label are its option lines until the next label. */
    CHOICE,
    /** 项目当年投入资金构成: rows are budget items until a label other than the items' header cells. */
    ITEMS,
    /** The indicator table: every row up to a label that ends it (备注, signature lines). */
    INDICATORS,
    /** A free text (项目概况 …): rows with an empty label column continue it. */
    TEXT,
    /** 填报说明 and its numbered lines: read past, up to the next label. */
    INSTRUCTIONS;

    /** The section a row starting with {@code label} enters on a form of {@code template}. */
    static Section openedBy(Label label, FormTemplate template) {
        if (template.choices().containsKey(label.key())) {
            return CHOICE;
        }
        if (label.isText()) {
            return TEXT;
        }
        if (label.isItemsHeader()) {
            return ITEMS;
        }
        if (label == Label.INSTRUCTIONS) {
            return INSTRUCTIONS;
        }
        if (label == Label.LEVEL1_HEADER || label == Label.CONTENT_HEADER || label == Label.TERM_HEADER) {
            return INDICATORS; // the national form's 长期/年度绩效指标 opens its block
        }
        return FIELDS;
    }

    /** Whether a row starting with {@code label} (null when it starts with none) still belongs to this section. */
    boolean continuesWith(Label label) {
        return switch (this) {
            case INDICATORS -> label == null || !label.endsIndicatorTable();
            case ITEMS -> label == null || label.isItemsHeader();
            case CHOICE, TEXT, INSTRUCTIONS -> label == null;
            case FIELDS -> false;
        };
    }
}
