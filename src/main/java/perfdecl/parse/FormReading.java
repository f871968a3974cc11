package perfdecl.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import perfdecl.grid.Cell;
import perfdecl.grid.FormGrid;
import perfdecl.grid.FormTitles;
import perfdecl.grid.ReaderNote;
import perfdecl.grid.Row;
import perfdecl.grid.SourceDocument;
import perfdecl.grid.Token;
import perfdecl.model.ChoiceGroup;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.Period;
import perfdecl.model.Provenance;
import perfdecl.model.Source;

/**
 * Reading one form, row by row, as a machine over its {@link Section}s: a row that starts with a label leaves the
 * current section and its labels are taken, each opening the section its template gives it; any other row belongs
 * to the current section. The fields, the money and the tables are kept by the parts that read them. Never shared.
 */
final class FormReading {

    /** Longest budget item name taken for an item when no amount follows it (the forms' longest is about 40). */
    private static final int ITEM_NAME_MAX = 40;
    private static final Pattern LEADING_YEAR = Pattern.compile("\\d{4}年度?");
    private static final Pattern SENTENCE_MARK = Pattern.compile("[。，；;！？!?]");
    /** Blank cells left of a label narrower than this share of its width are a scan's margin, not a column. */
    private static final double MARGIN_SLIVER = 0.25;

    private final FormGrid grid;
    private final FormKit kit;
    private final LabelMatcher labels;
    private final boolean matched;
    private final ChoiceGroupParser choices;
    private final SpacedCells spaced;

    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, Cell> cellOf = new TreeMap<>();
    private final Map<String, Token> markOf = new TreeMap<>();
    private final Map<Token, Integer> pageOfToken = new IdentityHashMap<>();
    private final FormFields fields;
    private final BudgetBlock budget;
    private final UnknownEntries unknown;
    /** Whether the last label taken was the budget block's (项目资金, an amount row). */
    private boolean inBudget;
    private final Map<Label, List<List<Token>>> choiceLines = new EnumMap<>(Label.class);
    private final List<Row> indicatorRows = new ArrayList<>();
    private IndicatorTableParser.Layout layout;
    /** Rows with an empty label column, held for the next label row (see {@link #heldBefore}). */
    private final List<Row> held = new ArrayList<>();
    private boolean heldItems;
    private final ShiftedValues shifted;
    private Section section = Section.FIELDS;
    /** The last page holding a row of the form other than its filing instructions. */
    private int lastPageRead;
    /** The budget item just read from name lines and an amount set between them, for its name's last line. */
    private CentredItemAmounts.Joined centred;
    /** The label whose group or text the current section continues. */
    private Label current;

    FormReading(FormGrid grid, FormKit kit, boolean matched, AmountParser amounts, DateParser dates,
                ChoiceGroupParser choices) {
        this.grid = grid;
        this.kit = kit;
        this.labels = kit.labels();
        this.matched = matched;
        this.choices = choices;
        this.spaced = new SpacedCells(labels);
        this.fields = new FormFields(dates, labels, findings, cellOf);
        this.budget = new BudgetBlock(amounts, labels, kit.template(), findings, cellOf);
        this.unknown = new UnknownEntries(kit.template().id(), findings);
        this.shifted = new ShiftedValues(labels, findings);
    }

    Declaration run(Source source) {
        for (Row row : HorizontalTexts.rearranged(
                HorizontalAmounts.rearranged(FundsMatrix.rearranged(
                        WrappedAmountLabels.rearranged(grid.rows(), labels), labels), labels), labels)) {
            readRow(spaced.separated(kit.runTogether().separated(row), section == Section.INDICATORS));
            if (section != Section.INSTRUCTIONS && !row.filled().isEmpty()) {
                lastPageRead = Math.max(lastPageRead, row.page());
            }
        }
        held.forEach(heldItems ? r -> budget.item(r, 0) : this::unrecognised);
        boolean scanned = SourceDocument.SCAN.equals(source.inputKind());
        regroupChoiceLines();
        ChoiceGroup projectType = choice(Label.PROJECT_TYPE, scanned);
        ChoiceGroup fundUse = choice(Label.FUND_USE, scanned);
        if (!matched) {
            findings.add(new Finding("TEMPLATE_UNKNOWN", Finding.ERROR, "template",
                    "the form matches no known generation (by its title or its labels); read as "
                            + kit.template().id() + ", check every field", null, fields.title()));
        }
        IndicatorTableParser.Result table = kit.indicatorTable().parse(
                layout == null ? new IndicatorTableParser.Layout(false, 1, 3) : layout, indicatorRows);
        findings.addAll(table.findings());
        for (int i = 0; i < table.cells().size(); i++) {
            List<Cell> cells = table.cells().get(i);
            if (!cells.isEmpty()) {
                cellOf.put("indicators[" + i + "]", Cells.span(cells));
            }
        }
        fields.phoneOffContactPerson();
        Period period = fields.period();
        String department = fields.get(Label.DEPARTMENT);
        if (fields.unitLeftBlank() && department != null && !department.isBlank()) {
            // the 主管部门 stands in for a 实施单位 the form does not print, not for one it prints and leaves blank
            // (without a 主管部门 the required-fields rule reports the unit)
            findings.add(new Finding("FIELD_MISSING", Finding.ERROR, "unit.name",
                    labels.canonical(Label.UNIT) + " is printed but left blank", null, null));
        }
        for (ReaderNote note : grid.notes()) {
            findings.add(new Finding(note.code(), severityOf(note.code()), Provenances.fieldAt(note, cellOf),
                    note.message(), null, null));
        }
        if (scanned) {
            // a born-digital file's amounts are as filed: only a scan loses a point
            budget.weighPoints();
        }
        budget.reportOversized();
        Map<String, Provenance> provenance = Provenances.of(cellOf, markOf, pageOfToken);
        provenance.forEach((path, p) -> {
            if (p.confidence() != null && p.confidence() < Token.UNCERTAIN && !path.contains(".options[")
                    && findings.stream().noneMatch(f -> "VALUE_UNCERTAIN".equals(f.code()) && path.equals(f.field()))) {
                Cell cell = cellOf.get(path);
                findings.add(new Finding("VALUE_UNCERTAIN", Finding.WARNING, path, String.format(Locale.ROOT,
                        "read from a scan with confidence %.2f; check it against page %d", p.confidence(), p.page()),
                        null, cell == null || cell.text().isEmpty() ? null : cell.text()));
            }
        });
        String id = source.sha256() == null ? null
                : source.sha256().substring(0, Math.min(12, source.sha256().length())) + "-" + source.formIndex();
        return new Declaration(Declaration.SCHEMA_VERSION, matched ? kit.template().id() : null, id,
                withoutInstructionPages(source),
                fields.title(), fields.year(), fields.unit(), fields.get(Label.DEPARTMENT),
                fields.get(Label.PROJECT_NAME), fields.get(Label.PROJECT_LEAD), fields.get(Label.CONTACT_PERSON),
                fields.get(Label.CONTACT_PHONE), projectType, fundUse, fields.get(Label.PROJECT_NATURE),
                fields.get(Label.PROJECT_CATEGORY), period, fields.texts(), budget.budget(), table.indicators(),
                findings, provenance);
    }

    /**
     * The source without the pages at its end that hold nothing but the filing instructions (an office export may
     * print 填报说明 on a page of its own after the form).
     */
    private Source withoutInstructionPages(Source source) {
        List<Integer> pages = source.pages();
        if (pages == null || pages.size() != 2 || lastPageRead < pages.get(0) || lastPageRead >= pages.get(1)) {
            return source;
        }
        return new Source(source.file(), source.sha256(), source.formIndex(), List.of(pages.get(0), lastPageRead),
                source.inputKind());
    }

    private void readRow(Row row) {
        List<Cell> filled = row.filled();
        if (filled.isEmpty()) {
            return;
        }
        Cell first = filled.get(0);
        if (headerLine(first, filled.size())) {
            return;
        }
        if (filled.size() == 1 && budget.unitLine(first.text())) {
            return;
        }
        Optional<LabelMatch> leading = labels.whole(first.text()).or(() -> labels.prefix(first.text()));
        Label label = leading.isPresent() && startsAtLeft(row, first) ? leading.get().label() : null;
        if (label == null && section == Section.ITEMS && startsAtLeft(row, first)
                && (cutHeading(row, first) || headingWithText(row, first))) {
            return;
        }
        if (section.continuesWith(label) && continueSection(row, filled, label)) {
            return;
        }
        section = Section.FIELDS;
        List<LabelPair> pairs = kit.pairs().of(row);
        if (pairs.isEmpty()) {
            if (row.cells().get(0).isBlank()) {
                held.add(row);
            } else {
                unrecognised(row);
            }
            return;
        }
        Label first0 = pairs.get(0).label().label();
        String before = heldBefore(first0);
        for (LabelPair p : pairs) {
            take(p, row);
        }
        if (before != null) {
            fields.append(first0, before, true);
        }
    }

    /**
     * A row of the items block whose label cell holds the tail of another label that ends the block ("实施计划" of
     * 项目实施计划, its head cut off with a page shifted left past the scan's edge): read as a budget item, its name
     * would be the label and its amount the label's text. It ends the items and is taken for that label, said
     * uncertain. True when the row was one.
     */
    private boolean cutHeading(Row row, Cell first) {
        Optional<LabelMatch> cut = labels.cutHead(first.text()).filter(m -> !m.label().isItemsHeader()
                && !m.label().isAmount());
        if (cut.isEmpty()) {
            return false;
        }
        Label label = cut.get().label();
        endItems(row, first, cut.get(), "the label cell after the budget items was read \"" + first.text().strip()
                + "\", the end of " + labels.canonical(label) + " (its head cut off at the scan's edge?): taken for it,"
                + " not for a budget item");
        return true;
    }

    /**
     * A row of the items block whose first cell starts with a text heading that ends the block and goes on with
     * that heading's text (项目实施计划 and its plan in one cell, the ruling between them lost with a 1-bit copy's pale
     * rules, a mark of it read before the heading: "1项目实施计划「按…实施。"): read as a budget item, the plan would
     * be its name. It ends the items and is taken for that heading, said uncertain. Only where what follows the
     * heading is a text (a sentence, or longer than an item's name) or nothing, and no cell of the row holds an
     * amount: an item's name may begin with a heading's words. True when the row was one.
     */
    private boolean headingWithText(Row row, Cell first) {
        Optional<LabelMatch> m = labels.headingInCell(first.text());
        if (m.isEmpty() || row.filled().stream().anyMatch(c -> Cells.looksLikeAmount(c.text()))) {
            return false;
        }
        String rest = m.get().rest();
        if (!rest.isEmpty() && !SENTENCE_MARK.matcher(rest).find() && rest.length() <= ITEM_NAME_MAX) {
            return false;
        }
        endItems(row, first, m.get(), "a cell after the budget items was read \"" + first.text().strip()
                + "\": it starts with " + labels.canonical(m.get().label()) + " (the ruling after it lost?), taken for"
                + " that heading and its text, not for a budget item");
        return true;
    }

    /**
     * Ends the items at {@code row}, its first cell taken for the label {@code m} (the row's other cells its value),
     * said uncertain with {@code why}.
     */
    private void endItems(Row row, Cell first, LabelMatch m, String why) {
        flushHeldItems();
        section = Section.FIELDS;
        Label label = m.label();
        List<Cell> values = new ArrayList<>(row.filled());
        values.remove(first);
        LabelPair p = new LabelPair(m, first, values);
        findings.add(new Finding("VALUE_UNCERTAIN", Finding.WARNING, label.fieldPath(), why + "; check it against page "
                + row.page(), labels.canonical(label), p.text()));
        take(p, row);
    }

    /** The title line (and a year after it) or a line of its own with the year: true when the row was one. */
    private boolean headerLine(Cell first, int filledCells) {
        String firstKey = LabelKey.of(first.text());
        if (filledCells == 1 && FormTitles.isContinued(firstKey)) {
            // a later page's 续表 line: the table or text before it goes on
            return true;
        }
        String ending = kit.template().titleEnding();
        int titleEnd = firstKey.indexOf(ending);
        if (titleEnd >= 0 && firstKey.length() <= Declaration.TITLE_MAX_LENGTH) {
            // the title as filed, without a year or edition written after it
            if (fields.title() != null && filledCells == 1) {
                // the title repeated at the top of a later page: what was being read goes on
                return true;
            }
            String title = firstKey.substring(0, titleEnd + ending.length());
            Matcher leadingYear = LEADING_YEAR.matcher(title);
            if (!fields.yearFrom(firstKey.substring(titleEnd + ending.length()), first) && leadingYear.lookingAt()) {
                // "2026年度财政项目支出绩效目标申报表": the budget year written before the title
                fields.yearFrom(leadingYear.group(), first);
                title = title.substring(leadingYear.end());
            }
            fields.title(title, first);
            section = Section.FIELDS;
            return true;
        }
        return fields.year() == null && filledCells == 1 && firstKey.length() <= 12
                && fields.yearFrom(first.text(), first);
    }

    /** Reads a row that continues the current section; false when it turns out to leave it after all. */
    private boolean continueSection(Row row, List<Cell> filled, Label label) {
        switch (section) {
            case INDICATORS -> indicatorRows.add(row);
            case ITEMS -> {
                CentredItemAmounts.Joined joined = centred;
                centred = null;
                if (label == null && budget.nameOnly(row, filled)) {
                    if (held.isEmpty() && CentredItemAmounts.continues(joined, filled.get(0))
                            && budget.continueLastName(filled.get(0))) {
                        findings.add(new Finding("VALUE_UNCERTAIN", Finding.WARNING, "budget.items",
                                "a budget item's amount stood between the lines of its name, which the scan read as"
                                        + " rows of their own: joined into one item; check it against page "
                                        + row.page(), null, filled.get(0).text()));
                        return true;
                    }
                    // an item without amount, or the first lines of the next label's merged cell
                    held.add(row);
                    heldItems = true;
                    return true;
                }
                Cell amount = label == null && heldItems ? CentredItemAmounts.amountOnly(filled) : null;
                if (amount != null && CentredItemAmounts.belongs(held, amount)) {
                    // the amount set in the middle of a name of two lines, read as a row between them
                    Row item = CentredItemAmounts.joined(held, amount);
                    held.clear();
                    heldItems = false;
                    budget.item(item, 0);
                    centred = CentredItemAmounts.of(item);
                    return true;
                }
                flushHeldItems();
                budget.item(row, label != null ? 1 : 0);
            }
            case CHOICE -> addChoiceLines(current, filled);
            case TEXT -> {
                if (!row.cells().get(0).isBlank()) {
                    return false;
                }
                fields.append(current, Cells.joined(filled), false);
            }
            case INSTRUCTIONS -> {
                // the instructions' numbered lines say how to fill the form in: nothing to keep
            }
            case FIELDS -> {
                return false;
            }
        }
        return true;
    }

    /**
     * A label cell merged over several rows is printed in its middle row, so an export may put rows of its
     * value above the label: rows with an empty label column held back until the next label row, which takes
     * them when it opens a group, the items or a text. Returns held text for a text label, to go first.
     */
    private String heldBefore(Label label) {
        if (held.isEmpty()) {
            return null;
        }
        String text = null;
        Section opened = Section.openedBy(label, kit.template());
        if (opened == Section.CHOICE) {
            held.forEach(r -> addChoiceLines(label, r.filled()));
        } else if (label == Label.ITEMS) {
            held.forEach(r -> budget.item(r, 0));
        } else if (opened == Section.TEXT) {
            // an amount row the template lacks, at the end of the budget block, is not the text's first line
            held.removeIf(r -> UnknownEntries.amountRow(r.filled()) && unknown.report(r.filled(), true));
            if (held.isEmpty()) {
                heldItems = false;
                return null;
            }
            if (heldItems && held.stream().allMatch(this::looksLikeItemName)) {
                // the last items were filed without an amount: a text's first lines are sentences
                held.forEach(r -> budget.item(r, 0));
            } else {
                text = String.join("\n", held.stream().map(r -> Cells.joined(r.filled())).toList());
            }
        } else {
            held.forEach(heldItems ? r -> budget.item(r, 0) : this::unrecognised);
        }
        held.clear();
        heldItems = false;
        return text;
    }

    private void flushHeldItems() {
        if (heldItems) {
            held.forEach(r -> budget.item(r, 0));
            held.clear();
            heldItems = false;
        }
    }

    /** A short name, not the start of a sentence: what a budget item without an amount looks like. */
    private boolean looksLikeItemName(Row row) {
        String text = Cells.joined(row.filled());
        return text.length() <= ITEM_NAME_MAX && text.indexOf('\n') < 0 && !SENTENCE_MARK.matcher(text).find();
    }

    private void unrecognised(Row row) {
        if (unknown.report(row.filled(), inBudget)) {
            return;
        }
        findings.add(new Finding("ROW_UNRECOGNISED", Finding.INFO, "form",
                "a row with no known label was ignored", null, Cells.joined(row.filled())));
    }

    /** Takes one label's value and enters the section the label opens, if any. */
    private void take(LabelPair p, Row row) {
        p = budget.untied(p);
        Label label = p.label().label();
        inBudget = label.isAmount() || label == Label.FUNDS_HEADER;
        p = withoutUnknownAfter(p);
        if (p.label().distance() > 0) {
            findings.add(new Finding("LABEL_FUZZY_MATCH", Finding.INFO, "form",
                    "label \"" + p.label().labelText() + "\" read as " + labels.canonical(label),
                    labels.canonical(label), p.label().labelText()));
        }
        if (p.label().halfRead() && p.text() != null) {
            findings.add(new Finding("VALUE_UNCERTAIN", Finding.WARNING, label.fieldPath(), String.format(Locale.ROOT,
                    "its label was read \"%s\" with confidence %.2f (a mark across it?) and taken for %s by the"
                            + " characters they share and the value's shape; check it against page %d",
                    p.label().labelText(), p.labelCell().confidence(), labels.canonical(label), row.page()),
                    null, p.text()));
        }
        Section opened = Section.openedBy(label, kit.template());
        if (opened != Section.FIELDS) {
            section = opened;
            current = label;
        }
        switch (opened) {
            case CHOICE -> {
                choiceLines.computeIfAbsent(label, k -> new ArrayList<>());
                if (!p.label().rest().isEmpty()) {
                    addChoiceLines(label, List.of(p.labelCell()));
                }
                addChoiceLines(label, p.values());
            }
            case TEXT -> fields.put(label, p);
            case ITEMS -> {
                if (label == Label.ITEM_AMOUNT) {
                    budget.itemAmount(p.labelCell());
                } else if (label == Label.ITEMS && !p.values().isEmpty()) {
                    budget.item(new Row(p.values(), row.page()), 0);
                }
            }
            case INDICATORS -> {
                if (label != Label.TERM_HEADER) {
                    layout = layout(row, label == Label.CONTENT_HEADER);
                }
                // the table parser reads its extra columns and term blocks from the header
                if (indicatorRows.isEmpty() || indicatorRows.get(indicatorRows.size() - 1) != row) {
                    indicatorRows.add(row);
                }
            }
            case FIELDS -> takeField(label, p);
            case INSTRUCTIONS -> {
                // 填报说明 opens the instructions below the form: nothing to keep
            }
        }
    }

    /** The fields whose value {@link #takeField} reads from the cells after the label (the unit has its own rules). */
    private static boolean readsValue(Label label) {
        return label.isAmount() || switch (label) {
            case PROJECT_NAME, PROJECT_LEAD, CONTACT_PERSON, CONTACT_PHONE, START, END, DEPARTMENT, PROJECT_NATURE,
                    PROJECT_CATEGORY, PERIOD -> true;
            default -> false;
        };
    }

    private void takeField(Label label, LabelPair p) {
        if (readsValue(label) && shifted.shifted(label, p)) {
            return;
        }
        switch (label) {
            case UNIT -> fields.unit(p.text(), p.valueCell());
            case PROJECT_NAME, PROJECT_LEAD, CONTACT_PERSON, CONTACT_PHONE, START, END, DEPARTMENT,
                    PROJECT_NATURE, PROJECT_CATEGORY -> fields.put(label, p);
            case PERIOD -> fields.range(p);
            case TOTAL_BUDGET, CURRENT_BUDGET, FISCAL_FUNDS, APPROPRIATION, OTHER_FUNDS, CARRY_OVER, PRIOR_BUDGET,
                    PRIOR_EXECUTED -> budget.amount(label, p);
            case FUNDS_HEADER -> {
                budget.fundsHeader(p.label().labelText());
                if (!p.values().isEmpty()) {
                    // 项目资金（万元） with a row of its block the template does not know beside it
                    List<Cell> beside = p.values();
                    if (!UnknownEntries.entries(beside)) {
                        beside = new ArrayList<>(beside);
                        beside.add(0, p.labelCell());
                    }
                    unknown.report(beside, true);
                }
            }
            default -> {
                // 分解目标 and the header cells after the first, signature and date lines: nothing to keep
            }
        }
    }

    /**
     * A single-value label's value is its first cell; a label-like cell after it with a value of its own
     * (主管部门 交通运输部 项目编码 2022-001) is a label the template does not know: reported, not taken as part of the
     * value.
     */
    private LabelPair withoutUnknownAfter(LabelPair p) {
        Label label = p.label().label();
        List<Cell> values = p.values();
        boolean single = label.isAmount() || label.takesShortValue() || label == Label.PROJECT_NAME;
        if (!single || !p.label().rest().isEmpty() || values.size() < 3
                || !UnknownEntries.entries(values.subList(1, values.size()))) {
            return p;
        }
        unknown.report(values.subList(1, values.size()), inBudget);
        return new LabelPair(p.label(), p.labelCell(), new ArrayList<>(values.subList(0, 1)));
    }

    private void addChoiceLines(Label group, List<Cell> cells) {
        List<List<Token>> lines = choiceLines.computeIfAbsent(group, k -> new ArrayList<>());
        for (Cell c : cells) {
            List<Token> line = new ArrayList<>();
            int at = -1;
            for (Token t : c.tokens()) {
                pageOfToken.put(t, c.page());
                if (t.line() != at && !line.isEmpty()) {
                    lines.add(line);
                    line = new ArrayList<>();
                }
                at = t.line();
                line.add(t);
            }
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
    }

    private void regroupChoiceLines() {
        Map<String, List<List<Token>>> byField = new java.util.LinkedHashMap<>();
        for (Label group : List.of(Label.PROJECT_TYPE, Label.FUND_USE)) {
            if (choiceLines.containsKey(group)) {
                byField.put(group.key(), choiceLines.get(group));
            }
        }
        ChoiceLineOwners.regroup(byField, kit.template().choices());
        for (Label group : List.of(Label.PROJECT_TYPE, Label.FUND_USE)) {
            if (byField.containsKey(group.key())) {
                choiceLines.put(group, byField.get(group.key()));
            }
        }
    }

    /** The checkbox group, or null when this generation of the form has none. */
    private ChoiceGroup choice(Label label, boolean scanned) {
        String field = label.key();
        List<String> options = kit.template().choices().get(field);
        if (options == null) {
            return null;
        }
        List<List<Token>> lines = choiceLines.getOrDefault(label, List.of());
        ChoiceGroupParser.Result r = choices.parse(field, options, lines, scanned);
        findings.addAll(r.findings());
        r.markByOption().forEach((i, t) -> markOf.put(field + ".options[" + i + "]", t));
        if (lines.isEmpty()) {
            findings.add(new Finding("FIELD_MISSING", Finding.ERROR, field,
                    labels.canonical(label) + " was not found on the form", null, null));
        }
        return r.group();
    }

    private IndicatorTableParser.Layout layout(Row header, boolean twoColumn) {
        int level2 = -1;
        int target = -1;
        for (Cell c : header.cells()) {
            Label label = labels.whole(c.text()).map(LabelMatch::label).orElse(null);
            if (label == Label.LEVEL2_HEADER) {
                level2 = c.column();
            } else if (label == Label.TARGET_HEADER) {
                target = c.column();
            }
        }
        return new IndicatorTableParser.Layout(twoColumn, level2, target);
    }

    /**
     * Whether the row's first filled cell stands in the form's first column. Blank cells before it count as margin
     * only on a scan, where specks of dirt beside the frame can make a sliver of a column of their own; a blank cell
     * about as wide as the text (a merged column left empty) puts the text further in.
     */
    private static boolean startsAtLeft(Row row, Cell first) {
        int at = row.cells().indexOf(first);
        if (at == 0) {
            return true;
        }
        double before = 0;
        for (Cell c : row.cells().subList(0, at)) {
            if (c.box() == null || first.box() == null) {
                return false;
            }
            before += c.box().width();
        }
        return before < first.box().width() * MARGIN_SLIVER;
    }

    /** Reader notes that only say what was done are information; the others ask for a look. */
    private static String severityOf(String readerNote) {
        return switch (readerNote) {
            case "OCR_REREAD", "OCR_TEXT_LAYER", "SCAN_PAGE_TURNED", "SCAN_HANDWRITING_SKIPPED" -> Finding.INFO;
            case "PAGE_UNREADABLE" -> Finding.ERROR;
            default -> Finding.WARNING;
        };
    }
}
