package perfdecl.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import perfdecl.grid.Box;
import perfdecl.grid.Cell;
import perfdecl.grid.FormGrid;
import perfdecl.grid.ReaderNote;
import perfdecl.grid.Row;
import perfdecl.grid.Token;
import perfdecl.model.Budget;
import perfdecl.model.ChoiceGroup;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.model.Period;
import perfdecl.model.Provenance;
import perfdecl.model.Source;
import perfdecl.model.Texts;
import perfdecl.model.Unit;

/**
 * Turns one form grid into a {@link Declaration}. The form is read by its printed labels, not by row numbers:
 * a label cell takes the value in the cells after it up to the next label (or the rest of its own cell, as in
 * "联系电话 63678103"), so rows may be reordered, missing or split differently by each producer. Checkbox groups,
 * the budget items and the indicator table are sections that run until the next label. What cannot be read
 * cleanly is kept as filed and reported as a finding; validation across fields is left to the validate stage.
 * Stateless and thread-safe.
 */
public final class DeclarationParser {

    /** The 项目类型 options of the 2019 form, as its template lists them. */
    public static final List<String> PROJECT_TYPES =
            FormTemplates.all().get(FormTemplates.DEFAULT).choices().get("projectType");
    /** The 资金用途 options of the 2019 form, as its template lists them. */
    public static final List<String> FUND_USES =
            FormTemplates.all().get(FormTemplates.DEFAULT).choices().get("fundUse");

    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年");
    private static final Pattern SEAL = Pattern.compile("[(（]\\s*盖\\s*章\\s*[)）]|盖章");

    private final AmountParser amounts = new AmountParser();
    private final DateParser dates = new DateParser();
    private final ChoiceGroupParser choices = new ChoiceGroupParser();
    private final FormTemplates templates = FormTemplates.all();
    private final Map<String, Kit> kits = new java.util.HashMap<>();

    /** What reading one generation of the form takes, built once from its template. */
    private record Kit(FormTemplate template, LabelMatcher labels, RunTogetherCells runTogether,
                       IndicatorTableParser indicatorTable) {
        static Kit of(FormTemplate t) {
            LabelMatcher labels = new LabelMatcher(t);
            return new Kit(t, labels, new RunTogetherCells(labels),
                    new IndicatorTableParser(new DimensionTaxonomy(t.indicators()), new TargetParser(), labels));
        }
    }

    public DeclarationParser() {
        for (FormTemplate t : templates.templates()) {
            kits.put(t.id(), Kit.of(t));
        }
    }

    /**
     * Parses one form by the template of its generation; {@code source} identifies the file and the form's place in
     * it. A form that matches no known generation is read by the likeliest one, without a {@code template}, and a
     * TEMPLATE_UNKNOWN finding says so.
     */
    public Declaration parse(FormGrid grid, Source source) {
        FormTemplates.Choice choice = templates.choose(grid);
        return new Reading(grid, kits.get(choice.template().id()), choice.matched()).run(source);
    }

    private enum Section { NONE, CHOICE, ITEMS, INDICATORS, TEXT }

    /** A label and the cells that hold its value. */
    private record Pair(LabelMatch label, Cell labelCell, List<Cell> values) {
        String text() {
            if (!label.rest().isEmpty()) {
                return label.rest();
            }
            StringBuilder b = new StringBuilder();
            for (Cell c : values) {
                if (!c.text().isBlank()) {
                    if (b.length() > 0) {
                        b.append('\n');
                    }
                    b.append(c.text().strip());
                }
            }
            return b.length() == 0 ? null : b.toString();
        }

        Cell valueCell() {
            if (!label.rest().isEmpty()) {
                return labelCell;
            }
            return values.stream().filter(c -> !c.text().isBlank()).findFirst().orElse(null);
        }
    }

    /** The mutable state of reading one form; never shared. */
    private final class Reading {
        private final FormGrid grid;
        private final List<Finding> findings = new ArrayList<>();
        private final Map<String, Cell> cellOf = new TreeMap<>();
        private final Map<String, Token> markOf = new TreeMap<>();
        private final Map<Token, Integer> pageOfToken = new java.util.IdentityHashMap<>();
        private final Map<Label, String> values = new EnumMap<>(Label.class);
        private final Map<Label, Long> money = new EnumMap<>(Label.class);
        private final Map<Label, Long> fen = new EnumMap<>(Label.class);
        /** The unit a 项目资金（元） block header gives the amount rows under it; null before any. */
        private Boolean fundsInTenThousands;
        private final Map<Label, List<List<Token>>> choiceLines = new EnumMap<>(Label.class);
        private final List<Budget.Item> items = new ArrayList<>();
        private final List<Row> indicatorRows = new ArrayList<>();
        private final List<Row> held = new ArrayList<>();
        private boolean heldItems;
        private IndicatorTableParser.Layout layout;
        private String title;
        private Integer year;
        private String unitName;
        private boolean sealed;
        private Section section = Section.NONE;
        private Label current;
        private int itemAmountColumn = -1;
        private Boolean itemsInTenThousands;
        private boolean budgetInTenThousands;
        private boolean itemsScaledReported;

        private final Kit kit;
        private final LabelMatcher labels;
        private final boolean matched;

        Reading(FormGrid grid, Kit kit, boolean matched) {
            this.grid = grid;
            this.kit = kit;
            this.labels = kit.labels();
            this.matched = matched;
        }

        Declaration run(Source source) {
            for (Row row : HorizontalAmounts.rearranged(grid.rows(), labels)) {
                readRow(separated(row));
            }
            held.forEach(heldItems ? r -> item(r, 0) : this::unrecognised);
            ChoiceGroup projectType = choice(Label.PROJECT_TYPE, "projectType");
            ChoiceGroup fundUse = choice(Label.FUND_USE, "fundUse");
            if (!matched) {
                findings.add(new Finding("TEMPLATE_UNKNOWN", Finding.ERROR, "template",
                        "the form matches no known generation (by its title or its labels); read as "
                                + kit.template().id() + ", check every field", null, title));
            }
            IndicatorTableParser.Result table = kit.indicatorTable().parse(
                    layout == null ? new IndicatorTableParser.Layout(false, 1, 3) : layout, indicatorRows);
            findings.addAll(table.findings());
            for (int i = 0; i < table.cells().size(); i++) {
                List<Cell> cells = table.cells().get(i);
                if (!cells.isEmpty()) {
                    cellOf.put("indicators[" + i + "]", span(cells));
                }
            }
            Period period = period();
            if (year == null && period.start() != null) {
                // no "(2022年)" line: the form is for the year its period starts in
                year = LocalDate.parse(period.start()).getYear();
                findings.add(new Finding("YEAR_FROM_PERIOD", Finding.INFO, "year",
                        "the form prints no year; taken from the period's start", year, period.startRaw()));
                Cell startCell = cellOf.get("period.start");
                if (startCell != null) {
                    cellOf.putIfAbsent("year", startCell);
                }
            }
            Texts texts = new Texts(values.get(Label.OVERVIEW), values.get(Label.BASIS), values.get(Label.NECESSITY),
                    values.get(Label.SAFEGUARDS), values.get(Label.PLAN), values.get(Label.OVERALL_GOAL),
                    values.get(Label.ANNUAL_GOAL), values.get(Label.REMARKS));
            Budget.Fen exact = fen.isEmpty() ? null : new Budget.Fen(fen.get(Label.TOTAL_BUDGET),
                    fen.get(Label.CURRENT_BUDGET), fen.get(Label.FISCAL_FUNDS), fen.get(Label.APPROPRIATION),
                    fen.get(Label.OTHER_FUNDS), fen.get(Label.PRIOR_BUDGET), fen.get(Label.PRIOR_EXECUTED));
            Budget budget = new Budget(money.get(Label.TOTAL_BUDGET), money.get(Label.CURRENT_BUDGET),
                    money.get(Label.FISCAL_FUNDS), money.get(Label.APPROPRIATION), money.get(Label.OTHER_FUNDS),
                    money.get(Label.PRIOR_BUDGET), money.get(Label.PRIOR_EXECUTED), items, exact);
            for (ReaderNote note : grid.notes()) {
                findings.add(new Finding(note.code(), severityOf(note.code()), fieldAt(note), note.message(), null,
                        null));
            }
            Map<String, Provenance> provenance = provenance();
            provenance.forEach((path, p) -> {
                if (p.confidence() != null && p.confidence() < Token.UNCERTAIN && !path.contains(".options[")) {
                    Cell cell = cellOf.get(path);
                    findings.add(new Finding("VALUE_UNCERTAIN", Finding.WARNING, path, String.format(
                            java.util.Locale.ROOT, "read from a scan with confidence %.2f; check it against page %d",
                            p.confidence(), p.page()), null, cell == null || cell.text().isEmpty() ? null : cell.text()));
                }
            });
            String id = source.sha256() == null ? null
                    : source.sha256().substring(0, Math.min(12, source.sha256().length())) + "-" + source.formIndex();
            return new Declaration(Declaration.SCHEMA_VERSION, matched ? kit.template().id() : null, id, source,
                    title, year, unitName == null && !sealed ? null : new Unit(unitName, sealed),
                    values.get(Label.DEPARTMENT), values.get(Label.PROJECT_NAME), values.get(Label.PROJECT_LEAD),
                    values.get(Label.CONTACT_PERSON), values.get(Label.CONTACT_PHONE), projectType, fundUse,
                    values.get(Label.PROJECT_NATURE), values.get(Label.PROJECT_CATEGORY), period, texts, budget,
                    table.indicators(), findings, provenance);
        }

        /** The row with run-together labels and values ("开始时间2019/1/1结束时间2019/12/31") in cells of their own. */
        private Row separated(Row row) {
            List<Cell> cells = null;
            for (int i = 0; i < row.cells().size(); i++) {
                List<Cell> parts = kit.runTogether().split(row.cells().get(i));
                if (parts.size() > 1 && cells == null) {
                    cells = new ArrayList<>(row.cells().subList(0, i));
                }
                if (cells != null) {
                    cells.addAll(parts);
                }
            }
            return cells == null ? row : new Row(cells, row.page());
        }

        private void readRow(Row row) {
            List<Cell> filled = row.filled();
            if (filled.isEmpty()) {
                return;
            }
            Cell first = filled.get(0);
            String firstKey = LabelKey.of(first.text());
            String ending = kit.template().titleEnding();
            int titleEnd = firstKey.indexOf(ending);
            if (titleEnd >= 0 && firstKey.length() <= Declaration.TITLE_MAX_LENGTH) {
                // the title as filed, without a year or edition written after it
                title = firstKey.substring(0, titleEnd + ending.length());
                cellOf.put("title", first);
                yearFrom(firstKey.substring(titleEnd + ending.length()), first);
                section = Section.NONE;
                return;
            }
            if (year == null && filled.size() == 1 && firstKey.length() <= 12 && yearFrom(first.text(), first)) {
                return;
            }
            Optional<LabelMatch> leading = labels.whole(first.text()).or(() -> labels.prefix(first.text()));
            boolean startsWithLabel = leading.isPresent() && startsAtLeft(row, first);
            switch (section) {
                case INDICATORS -> {
                    if (!(startsWithLabel && leading.get().label().endsIndicatorTable())) {
                        indicatorRows.add(row);
                        return;
                    }
                }
                case ITEMS -> {
                    if (!startsWithLabel || leading.get().label().isItemsHeader()) {
                        if (!startsWithLabel && nameOnly(row, filled)) {
                            // an item without amount, or the first lines of the next label's merged cell
                            held.add(row);
                            heldItems = true;
                            return;
                        }
                        flushHeldItems();
                        item(row, startsWithLabel ? 1 : 0);
                        return;
                    }
                }
                case CHOICE -> {
                    if (!startsWithLabel) {
                        addChoiceLines(current, filled);
                        return;
                    }
                }
                case TEXT -> {
                    if (!startsWithLabel && row.cells().get(0).isBlank()) {
                        String more = joined(filled);
                        values.merge(current, more, (a, b) -> a + "\n" + b);
                        return;
                    }
                }
                default -> {
                }
            }
            section = Section.NONE;
            List<Pair> pairs = pairs(row);
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
            for (Pair p : pairs) {
                take(p, row);
            }
            if (before != null) {
                values.merge(first0, before, (own, earlier) -> earlier + "\n" + own);
            }
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
            switch (label) {
                case PROJECT_TYPE, FUND_USE -> held.forEach(r -> addChoiceLines(label, r.filled()));
                case ITEMS -> held.forEach(r -> item(r, 0));
                case OVERVIEW, BASIS, NECESSITY, SAFEGUARDS, PLAN, OVERALL_GOAL, ANNUAL_GOAL, REMARKS -> {
                    if (heldItems && held.stream().allMatch(this::looksLikeItemName)) {
                        // the last items were filed without an amount: a text's first lines are sentences
                        held.forEach(r -> item(r, 0));
                    } else {
                        text = String.join("\n", held.stream().map(r -> joined(r.filled())).toList());
                    }
                }
                default -> held.forEach(heldItems ? r -> item(r, 0) : this::unrecognised);
            }
            held.clear();
            heldItems = false;
            return text;
        }

        private void flushHeldItems() {
            if (heldItems) {
                held.forEach(r -> item(r, 0));
                held.clear();
                heldItems = false;
            }
        }

        /** A short name, not the start of a sentence: what a budget item without an amount looks like. */
        private boolean looksLikeItemName(Row row) {
            String text = joined(row.filled());
            return text.length() <= ITEM_NAME_MAX && text.indexOf('\n') < 0 && !SENTENCE_MARK.matcher(text).find();
        }

        private boolean nameOnly(Row row, List<Cell> filled) {
            return row.cells().get(0).isBlank() && filled.size() == 1 && !looksLikeAmount(filled.get(0).text())
                    && !(itemAmountColumn >= 0 && filled.get(0).column() >= itemAmountColumn);
        }

        private void unrecognised(Row row) {
            findings.add(new Finding("ROW_UNRECOGNISED", Finding.INFO, "form",
                    "a row with no known label was ignored", null, joined(row.filled())));
        }

        private void take(Pair p, Row row) {
            Label label = p.label().label();
            if (p.label().distance() > 0) {
                findings.add(new Finding("LABEL_FUZZY_MATCH", Finding.INFO, "form",
                        "label \"" + p.label().labelText() + "\" read as " + labels.canonical(label),
                        labels.canonical(label), p.label().labelText()));
            }
            switch (label) {
                case UNIT -> unit(p.text(), p.valueCell());
                case PROJECT_NAME, PROJECT_LEAD, CONTACT_PERSON, CONTACT_PHONE, START, END, DEPARTMENT,
                        PROJECT_NATURE, PROJECT_CATEGORY -> put(label, p);
                case OVERVIEW, BASIS, NECESSITY, SAFEGUARDS, PLAN, OVERALL_GOAL, ANNUAL_GOAL, REMARKS -> {
                    put(label, p);
                    section = Section.TEXT;
                    current = label;
                }
                case PROJECT_TYPE, FUND_USE -> {
                    current = label;
                    section = Section.CHOICE;
                    choiceLines.computeIfAbsent(label, k -> new ArrayList<>());
                    if (!p.label().rest().isEmpty()) {
                        addChoiceLines(label, List.of(p.labelCell()));
                    }
                    addChoiceLines(label, p.values());
                }
                case PERIOD -> range(p);
                case TOTAL_BUDGET, CURRENT_BUDGET, FISCAL_FUNDS, APPROPRIATION, OTHER_FUNDS, PRIOR_BUDGET,
                        PRIOR_EXECUTED -> amount(label, p);
                case FUNDS_HEADER -> {
                    // 项目资金（元）: the unit of the amount rows under it
                    String key = LabelKey.of(p.label().labelText());
                    fundsInTenThousands = key.contains("万元") ? Boolean.TRUE : key.contains("元") ? Boolean.FALSE
                            : null;
                }
                case ITEMS, ITEM_NAME, ITEM_AMOUNT -> {
                    section = Section.ITEMS;
                    if (label == Label.ITEM_AMOUNT) {
                        itemAmount(p.labelCell());
                    } else if (label == Label.ITEMS && !p.values().isEmpty()) {
                        item(new Row(p.values(), row.page()), 0);
                    }
                }
                case LEVEL1_HEADER, CONTENT_HEADER, TERM_HEADER -> {
                    section = Section.INDICATORS;
                    if (label != Label.TERM_HEADER) {
                        layout = layout(row, label == Label.CONTENT_HEADER);
                    }
                    // the table parser reads its extra columns and term blocks from the header
                    if (indicatorRows.isEmpty() || indicatorRows.get(indicatorRows.size() - 1) != row) {
                        indicatorRows.add(row);
                    }
                }
                default -> {
                    // 分解目标 and the header cells after the first, signature and date lines: nothing to keep
                }
            }
        }

        /** Splits a row into label/value pairs: each label owns the non-label cells after it. */
        private List<Pair> pairs(Row row) {
            List<Pair> out = new ArrayList<>();
            List<Cell> cells = row.cells();
            for (int i = 0; i < cells.size(); i++) {
                Cell c = cells.get(i);
                if (c.isBlank()) {
                    continue;
                }
                Optional<LabelMatch> m = labels.whole(c.text());
                if (m.isEmpty() && (out.isEmpty() || inlineLabel(c))) {
                    m = labels.prefix(c.text()).filter(x -> x.rest().isEmpty() ? out.isEmpty()
                            : x.label().plausibleInlineValue(x.rest()));
                }
                if (m.isEmpty()) {
                    if (!out.isEmpty()) {
                        out.get(out.size() - 1).values().add(c);
                    }
                    continue;
                }
                out.add(new Pair(m.get(), c, new ArrayList<>()));
                if (m.get().label().isText() && m.get().rest().isEmpty()) {
                    // a free-text value may begin with words that look like a label: take the next cell whole
                    int j = i + 1;
                    while (j < cells.size() && cells.get(j).isBlank()) {
                        j++;
                    }
                    if (j < cells.size() && labels.whole(cells.get(j).text()).isEmpty()) {
                        out.get(out.size() - 1).values().add(cells.get(j));
                        i = j;
                    }
                }
            }
            return out;
        }

        private boolean inlineLabel(Cell c) {
            return labels.prefix(c.text()).filter(m -> !m.rest().isEmpty()
                    && (m.label().takesShortValue() && m.label().plausibleInlineValue(m.rest())
                    || m.label().isAmount() && looksLikeAmount(m.rest()))).isPresent();
        }

        private void put(Label label, Pair p) {
            String text = p.text();
            if (text == null) {
                return;
            }
            if (label == Label.PROJECT_NAME || label == Label.PROJECT_LEAD || label == Label.CONTACT_PERSON
                    || label == Label.CONTACT_PHONE || label == Label.START || label == Label.END
                    || label == Label.DEPARTMENT || label == Label.PROJECT_NATURE
                    || label == Label.PROJECT_CATEGORY) {
                text = WrappedText.unwrap(text);
            }
            String old = values.putIfAbsent(label, text);
            if (old != null && !old.equals(text)) {
                findings.add(new Finding("FIELD_DUPLICATE", Finding.WARNING, label.fieldPath(),
                        "the form carries " + labels.canonical(label) + " twice; the first is kept", old, text));
            }
            Cell cell = p.valueCell();
            if (cell != null) {
                cellOf.putIfAbsent(label.fieldPath(), cell);
            }
        }

        private void range(Pair p) {
            String text = p.text();
            if (text == null) {
                return;
            }
            java.util.Optional<String[]> parts = dates.splitRange(text);
            if (parts.isEmpty()) {
                findings.add(new Finding("DATE_UNREADABLE", Finding.ERROR, "period",
                        "项目起止时间 does not hold a start and an end date", null, text));
                return;
            }
            values.putIfAbsent(Label.START, parts.get()[0]);
            values.putIfAbsent(Label.END, parts.get()[1]);
            if (p.valueCell() != null) {
                cellOf.putIfAbsent("period.start", p.valueCell());
                cellOf.putIfAbsent("period.end", p.valueCell());
            }
        }

        private void unit(String text, Cell cell) {
            if (text == null) {
                return;
            }
            Matcher m = SEAL.matcher(text);
            if (m.find()) {
                sealed = true;
                text = m.replaceAll("");
            }
            text = text.replaceAll("^[\\s:：]+|[\\s:：]+$", "");
            unitName = text.isEmpty() ? null : text;
            if (cell != null) {
                cellOf.put("unit.name", cell);
            }
        }

        private void amount(Label label, Pair p) {
            String text = p.text();
            boolean tenThousands = inTenThousands(p.label().labelText());
            budgetInTenThousands |= tenThousands;
            AmountParser.Amount a = amounts.parse(text, tenThousands);
            String path = label.fieldPath();
            if (a.problem() != null) {
                findings.add(amountProblem(path, labels.canonical(label), a, text));
            }
            if (a.value() != null) {
                money.putIfAbsent(label, a.value());
                fen.putIfAbsent(label, a.fen());
            }
            if (tenThousands && a.value() != null) {
                findings.add(new Finding("AMOUNT_SCALED", Finding.INFO, path,
                        "filed in 万元; converted to yuan", a.value(), text));
            }
            if (p.valueCell() != null) {
                cellOf.put(path, p.valueCell());
            }
        }

        /**
         * Amounts are in 万元 when their label says so, else when the block header above them does (项目资金（万元）),
         * else when the template's unit is 万元.
         */
        private boolean inTenThousands(String labelText) {
            String key = LabelKey.of(labelText);
            if (key.contains("万元")) {
                return true;
            }
            if (key.contains("元")) {
                return false;
            }
            return fundsInTenThousands != null ? fundsInTenThousands : kit.template().inTenThousands();
        }

        private void item(Row row, int skip) {
            List<Cell> filled = row.filled();
            filled = filled.subList(Math.min(skip, filled.size()), filled.size());
            List<Cell> rest = new ArrayList<>();
            for (Cell c : filled) {
                Optional<LabelMatch> m = labels.whole(c.text());
                if (m.isPresent() && m.get().label().isItemsHeader()) {
                    if (m.get().label() == Label.ITEM_AMOUNT) {
                        itemAmount(c);
                    }
                    continue;
                }
                rest.add(c);
            }
            if (rest.isEmpty()) {
                return;
            }
            Cell amountCell = null;
            Cell last = rest.get(rest.size() - 1);
            if (rest.size() >= 2 || looksLikeAmount(last.text())
                    || (itemAmountColumn >= 0 && last.column() >= itemAmountColumn)) {
                amountCell = last;
                rest = rest.subList(0, rest.size() - 1);
            }
            String name = rest.isEmpty() ? null : WrappedText.unwrap(joined(rest));
            if (name != null && LabelKey.of(name).matches("(合计|小计|总计|总额)")) {
                return;
            }
            int index = items.size();
            String path = "budget.items[" + index + "]";
            Long value = null;
            if (amountCell != null) {
                AmountParser.Amount a = amounts.parse(amountCell.text(), itemsInTenThousands());
                if (a.problem() != null) {
                    findings.add(amountProblem(path + ".amount", "budget item", a, amountCell.text()));
                }
                value = a.value();
                if (value != null && itemsInTenThousands() && !itemsScaledReported) {
                    itemsScaledReported = true;
                    findings.add(new Finding("AMOUNT_SCALED", Finding.INFO, "budget.items",
                            "budget items filed in 万元; converted to yuan", null, null));
                }
            }
            if (name == null) {
                findings.add(new Finding("BUDGET_ITEM_NAME_MISSING", Finding.WARNING, path + ".name",
                        "a budget item has an amount but no name", null, value));
            }
            items.add(new Budget.Item(name, value));
            cellOf.put(path, span(filled));
        }

        /** The 预算金额 header says its unit; without one the items follow the budget rows' unit. */
        private void itemAmount(Cell header) {
            itemAmountColumn = header.column();
            String key = LabelKey.of(header.text());
            itemsInTenThousands = key.contains("万元") ? Boolean.TRUE : key.contains("(元)") ? Boolean.FALSE : null;
        }

        private boolean itemsInTenThousands() {
            return itemsInTenThousands != null ? itemsInTenThousands : budgetInTenThousands;
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

        /** The checkbox group, or null when this generation of the form has none. */
        private ChoiceGroup choice(Label label, String field) {
            List<String> options = kit.template().choices().get(field);
            if (options == null) {
                return null;
            }
            List<List<Token>> lines = choiceLines.getOrDefault(label, List.of());
            ChoiceGroupParser.Result r = choices.parse(field, options, lines);
            findings.addAll(r.findings());
            r.markByOption().forEach((i, t) -> markOf.put(field + ".options[" + i + "]", t));
            if (lines.isEmpty()) {
                findings.add(new Finding("FIELD_MISSING", Finding.ERROR, field,
                        labels.canonical(label) + " was not found on the form", null, null));
            }
            return r.group();
        }

        private Period period() {
            String startRaw = values.get(Label.START);
            String endRaw = values.get(Label.END);
            if (startRaw == null && endRaw == null) {
                return new Period(null, null, null, null);
            }
            Optional<LocalDate> start = dates.start(startRaw);
            Optional<LocalDate> end = dates.end(endRaw, start.orElse(null));
            if (startRaw != null && start.isEmpty()) {
                findings.add(new Finding("DATE_UNREADABLE", Finding.ERROR, "period.start",
                        "开始时间 is not a date", null, startRaw));
            }
            if (endRaw != null && end.isEmpty()) {
                findings.add(new Finding("DATE_UNREADABLE", Finding.ERROR, "period.end",
                        "结束时间 is not a date", null, endRaw));
            }
            return new Period(start.map(LocalDate::toString).orElse(null), end.map(LocalDate::toString).orElse(null),
                    startRaw, endRaw);
        }

        private boolean yearFrom(String text, Cell cell) {
            Matcher m = YEAR.matcher(text);
            if (m.find()) {
                year = Integer.parseInt(m.group(1));
                cellOf.put("year", cell);
                return true;
            }
            return false;
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

        private Map<String, Provenance> provenance() {
            Map<String, Provenance> out = new TreeMap<>();
            cellOf.forEach((path, c) -> {
                if (c.box() != null && c.page() > 0) {
                    out.put(path, new Provenance(c.page(), round(c.box().x()), round(c.box().y()),
                            round(c.box().width()), round(c.box().height()),
                            c.confidence() < 1.0 ? c.confidence() : null));
                }
            });
            markOf.forEach((path, t) -> {
                Integer page = pageOfToken.get(t);
                if (t.box() != null && page != null && page > 0) {
                    out.put(path, new Provenance(page, round(t.box().x()), round(t.box().y()),
                            round(t.box().width()), round(t.box().height()),
                            t.confidence() < 1.0 ? t.confidence() : null));
                }
            });
            return out;
        }

        private String fieldAt(ReaderNote note) {
            if (note.box() == null) {
                return "page " + note.page();
            }
            for (Map.Entry<String, Cell> e : cellOf.entrySet()) {
                Box b = e.getValue().box();
                if (b != null && e.getValue().page() == note.page() && b.x() <= note.box().centerX()
                        && note.box().centerX() <= b.right() && b.y() <= note.box().centerY()
                        && note.box().centerY() <= b.bottom()) {
                    return e.getKey();
                }
            }
            return "page " + note.page();
        }

        private boolean startsAtLeft(Row row, Cell first) {
            return row.cells().get(0) == first || row.cells().indexOf(first) == 0
                    || row.cells().subList(0, row.cells().indexOf(first)).stream().allMatch(Cell::isBlank)
                    && first.column() == 0;
        }
    }

    /** An amount that could not be read, or one filed with a fraction of a yuan and rounded to a whole one. */
    private static Finding amountProblem(String path, String what, AmountParser.Amount a, String filed) {
        return a.value() == null
                ? new Finding("AMOUNT_UNREADABLE", Finding.ERROR, path, what + ": " + a.problem(), null, filed)
                : new Finding("AMOUNT_ROUNDED", Finding.WARNING, path, what + ": " + a.problem(), a.value(), filed);
    }

    /** Longest budget item name taken for an item when no amount follows it (the forms' longest is about 40). */
    private static final int ITEM_NAME_MAX = 40;
    private static final Pattern SENTENCE_MARK = Pattern.compile("[。，；;！？!?]");

    /** Reader notes that only say what was done are information; the others ask for a look. */
    private static String severityOf(String readerNote) {
        return switch (readerNote) {
            case "OCR_REREAD", "OCR_TEXT_LAYER", "SCAN_PAGE_TURNED" -> Finding.INFO;
            default -> Finding.WARNING;
        };
    }

    private static boolean looksLikeAmount(String text) {
        return LabelKey.of(text).matches("[-+]?[\\d,.]+(万元|元|万)?");
    }

    private static String joined(List<Cell> cells) {
        StringBuilder b = new StringBuilder();
        for (Cell c : cells) {
            if (!c.text().isBlank()) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(c.text().strip());
            }
        }
        return b.toString();
    }

    private static Cell span(List<Cell> cells) {
        Cell first = cells.get(0);
        Box box = null;
        double confidence = 1.0;
        for (Cell c : cells) {
            if (c.box() != null && c.page() == first.page()) {
                box = box == null ? c.box() : box.union(c.box());
            }
            confidence = Math.min(confidence, c.confidence());
        }
        return new Cell(first.column(), 1, "", List.of(), first.page(), box, confidence);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
