package perfdecl.parse;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import perfdecl.grid.Cell;
import perfdecl.grid.Row;
import perfdecl.model.Budget;
import perfdecl.model.Finding;

/**
 * The money of one form as it is read: the amount rows of the budget block, in 元 or 万元 as their labels or the
 * block header say, and the budget items with the unit their 预算金额 header gives them. Never shared.
 */
final class BudgetBlock {

    private final AmountParser amounts;
    private final LabelMatcher labels;
    private final FormTemplate template;
    private final List<Finding> findings;
    private final Map<String, Cell> cellOf;

    private final Map<Label, Long> money = new EnumMap<>(Label.class);
    private final Map<Label, Long> fen = new EnumMap<>(Label.class);
    private final List<Budget.Item> items = new ArrayList<>();
    /** Every amount read, with the text it was read from, for {@link #weighPoints}. */
    private final List<LostPoints.Read> reads = new ArrayList<>();
    /** The unit a 项目资金（元） block header gives the amount rows under it; null before any. */
    private Boolean fundsInTenThousands;
    /** The unit a line such as 单位：万元 above the form states for all its amounts; null when none does. */
    private Boolean statedInTenThousands;
    private int itemAmountColumn = -1;
    private Boolean itemsInTenThousands;
    private boolean budgetInTenThousands;
    private boolean itemsScaledReported;

    BudgetBlock(AmountParser amounts, LabelMatcher labels, FormTemplate template, List<Finding> findings,
                Map<String, Cell> cellOf) {
        this.amounts = amounts;
        this.labels = labels;
        this.template = template;
        this.findings = findings;
        this.cellOf = cellOf;
    }

    /** 项目资金（元）: the unit of the amount rows under it. */
    void fundsHeader(String labelText) {
        String key = LabelKey.of(labelText);
        fundsInTenThousands = key.contains("万元") ? Boolean.TRUE : key.contains("元") ? Boolean.FALSE : null;
    }

    /**
     * A line of its own stating the form's amount unit (单位：万元, 金额单位：元): true when {@code text} is one, which
     * then gives the unit of amounts whose label and block header name none.
     */
    boolean unitLine(String text) {
        java.util.regex.Matcher m = UNIT_LINE.matcher(LabelKey.of(text));
        if (!m.matches()) {
            return false;
        }
        statedInTenThousands = "万元".equals(m.group(1));
        return true;
    }

    private static final java.util.regex.Pattern UNIT_LINE = java.util.regex.Pattern.compile("(?:金额)?单位[:：]?(万元|元)");

    void amount(Label label, LabelPair p) {
        String text = p.text();
        List<String> several = AmountParser.several(text);
        if (several.size() >= 2) {
            // a neighbour's label lost (wrapped onto a line of its own, or not read): its amount follows this one's
            findings.add(new Finding("VALUE_UNCERTAIN", Finding.WARNING, label.fieldPath(),
                    labels.canonical(label) + " is followed by " + several.size() + " amounts (" + String.join(", ",
                            several) + ") where one belongs: read the first, check it against the page",
                    null, text));
            text = several.get(0);
        }
        boolean tenThousands = inTenThousands(p.label().labelText());
        String path = label.fieldPath();
        String odd = misreadUnit(LabelKey.of(p.label().labelText()));
        if (odd != null && tenThousands) {
            findings.add(new Finding("VALUE_UNCERTAIN", Finding.WARNING, path, "the label's unit was read \"" + odd
                    + "\", no unit a budget is filed in: taken in 万元 like the form's amount labels before it;"
                    + " check it against the page", "万元", p.label().labelText()));
        }
        budgetInTenThousands |= tenThousands;
        AmountParser.Amount a = parse(path, text, tenThousands);
        if (a.problem() != null) {
            findings.add(amountProblem(path, labels.canonical(label), a, text));
        }
        if (a.value() != null && !money.containsKey(label)) {
            money.put(label, a.value());
            fen.put(label, a.fen());
            if (a.fen() != null) {
                reads.add(new LostPoints.Read(path, a.fen(), text, tenThousands));
            }
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
     * A misread amount label as near another amount label as the one it was taken for, that one read already and
     * the other not: taken for the other, and said so (the first of a tie would lose its amount to the field read
     * before). Else {@code p} as it is.
     */
    LabelPair untied(LabelPair p) {
        Label label = p.label().label();
        if (!label.isAmount() || !money.containsKey(label)) {
            return p;
        }
        List<Label> free = labels.tied(p.label()).stream().filter(l -> l.isAmount() && !money.containsKey(l)).toList();
        if (free.size() != 1) {
            return p;
        }
        LabelMatch m = p.label();
        findings.add(new Finding("VALUE_UNCERTAIN", Finding.WARNING, free.get(0).fieldPath(), "label \""
                + m.labelText() + "\" is as near " + labels.canonical(free.get(0)) + " as "
                + labels.canonical(label) + ", read before: taken for " + labels.canonical(free.get(0))
                + "; check it against the page", labels.canonical(free.get(0)), p.text()));
        return new LabelPair(new LabelMatch(free.get(0), m.labelText(), m.rest(), m.distance(), m.halfRead()),
                p.labelCell(), p.values());
    }

    /**
     * Amounts are in 万元 when their label says so, else when the block header above them does (项目资金（万元）),
     * else when a line of the form states 万元 (单位：万元), else when the template's unit is 万元.
     */
    private boolean inTenThousands(String labelText) {
        String key = LabelKey.of(labelText);
        if (key.contains("万元")) {
            return true;
        }
        if (misreadUnit(key) != null) {
            return budgetInTenThousands;
        }
        if (key.contains("元")) {
            return false;
        }
        if (fundsInTenThousands != null) {
            return fundsInTenThousands;
        }
        return statedInTenThousands != null ? statedInTenThousands : template.inTenThousands();
    }

    /** A unit in brackets of one character and 元 ("（方元）"). */
    private static final java.util.regex.Pattern BRACKETED_UNIT = java.util.regex.Pattern.compile("\\((\\p{IsHan})元\\)");

    /**
     * The unit of a label read as no unit there is ("（方元）", OCR's 方 for 万), else {@code null}: 万元 and 元 are
     * the units a budget is filed in (千元, 百元, 亿元 are units too). Such a label's amount follows the form's amount
     * labels read before it when they said 万元, and is said to; else it is read in 元 as before.
     */
    private static String misreadUnit(String key) {
        java.util.regex.Matcher m = BRACKETED_UNIT.matcher(key);
        return m.find() && "万千百亿元".indexOf(m.group(1).charAt(0)) < 0 ? m.group() : null;
    }

    /** Reads a budget item row, its first {@code skip} filled cells left out; header cells and 合计 rows add none. */
    void item(Row row, int skip) {
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
        if (rest.size() == 1) {
            rest = Cells.nameAndAmount(rest.get(0));
        }
        Cell amountCell = null;
        Cell last = rest.get(rest.size() - 1);
        if (rest.size() >= 2 || Cells.looksLikeAmount(last.text())
                || (itemAmountColumn >= 0 && last.column() >= itemAmountColumn)) {
            amountCell = last;
            rest = rest.subList(0, rest.size() - 1);
        }
        String name = rest.isEmpty() ? null : WrappedText.unwrap(Cells.joined(rest));
        if (name != null && LabelKey.of(name).matches("(合计|小计|总计|总额)")) {
            return;
        }
        if ((name == null || name.isBlank()) && (amountCell == null || amountCell.text().isBlank())) {
            // a row of nothing but a mark (a scan's punched hole or blot taken for a filled box): no item
            return;
        }
        int index = items.size();
        String path = "budget.items[" + index + "]";
        Long value = null;
        if (amountCell != null) {
            AmountParser.Amount a = parse(path + ".amount", amountCell.text(), itemsInTenThousands());
            if (a.problem() != null) {
                findings.add(amountProblem(path + ".amount", "budget item", a, amountCell.text()));
            }
            value = a.value();
            if (a.fen() != null) {
                reads.add(new LostPoints.Read(path + ".amount", a.fen(), amountCell.text(), itemsInTenThousands()));
            }
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
        cellOf.put(path, Cells.span(filled));
    }

    /**
     * The last item's name continued by {@code tail}, a line of it a scan read as a row of its own; false when there
     * is no item to continue.
     */
    boolean continueLastName(Cell tail) {
        if (items.isEmpty()) {
            return false;
        }
        int last = items.size() - 1;
        Budget.Item item = items.get(last);
        String name = item.name() == null ? tail.text().strip()
                : WrappedText.unwrap(item.name() + "\n" + tail.text().strip());
        items.set(last, new Budget.Item(name, item.amount()));
        String path = "budget.items[" + last + "]";
        Cell before = cellOf.get(path);
        cellOf.put(path, before == null ? Cells.span(List.of(tail)) : Cells.span(List.of(before, tail)));
        return true;
    }

    /**
     * The amount of a money cell. A scan's 0 standing alone is read as the letter o as often as not (or as 〇): a
     * lone circle is no word an amount cell holds, so it is read as 0, and said so.
     */
    private AmountParser.Amount parse(String path, String text, boolean tenThousands) {
        String grouped = tenThousands ? null : AmountParser.pointAsThousands(text);
        if (grouped != null) {
            AmountParser.Amount g = amounts.parse(grouped, false);
            findings.add(new Finding("VALUE_UNCERTAIN", Finding.WARNING, path, "the amount was read \""
                    + text.strip() + "\" in yuan, where no amount has three decimals (a fen is the smallest unit):"
                    + " its point was read as a thousands separator (a 1-bit copy's comma loses its tail), "
                    + g.value() + "; check it against the page", g.value(), text));
            return g;
        }
        AmountParser.Amount a = amounts.parse(text, tenThousands);
        if (a.value() == null && text != null && LONE_CIRCLE.matcher(text.strip()).matches()) {
            findings.add(new Finding("VALUE_UNCERTAIN", Finding.WARNING, path, "the amount was read \"" + text.strip()
                    + "\", a letter where a digit belongs: read as 0; check it against the page", 0L, text));
            return amounts.parse("0", false);
        }
        return a;
    }

    private static final java.util.regex.Pattern LONE_CIRCLE = java.util.regex.Pattern.compile("[oO〇○]");

    /** The 预算金额 header says its unit; without one the items follow the budget rows' unit. */
    void itemAmount(Cell header) {
        itemAmountColumn = header.column();
        String key = LabelKey.of(header.text());
        itemsInTenThousands = key.contains("万元") ? Boolean.TRUE : key.contains("(元)") ? Boolean.FALSE : null;
    }

    private boolean itemsInTenThousands() {
        return itemsInTenThousands != null ? itemsInTenThousands : budgetInTenThousands;
    }

    /** A row of one short name in the name column: an item without amount, or the start of a merged label cell. */
    boolean nameOnly(Row row, List<Cell> filled) {
        return row.cells().get(0).isBlank() && filled.size() == 1 && !Cells.looksLikeAmount(filled.get(0).text())
                && !(itemAmountColumn >= 0 && filled.get(0).column() >= itemAmountColumn);
    }

    /**
     * VALUE_UNCERTAIN for each amount with at least twice the digits of the largest other amount of the form (and eight
     * or more): two amounts read as one number, as when a wrapped label's amount runs on from its neighbour's. The
     * value is kept as read; the finding names the amounts it was measured against.
     */
    void reportOversized() {
        List<String> paths = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        money.forEach((label, value) -> {
            paths.add(label.fieldPath());
            values.add(value);
        });
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).amount() != null) {
                paths.add("budget.items[" + i + "].amount");
                values.add(items.get(i).amount());
            }
        }
        for (int i = 0; i < values.size(); i++) {
            int digits = digits(values.get(i));
            long largestOther = 0;
            for (int k = 0; k < values.size(); k++) {
                if (k != i) {
                    largestOther = Math.max(largestOther, Math.abs(values.get(k)));
                }
            }
            int otherDigits = digits(largestOther);
            if (digits >= 8 && otherDigits >= 4 && digits >= 2 * otherDigits) {
                findings.add(new Finding("VALUE_UNCERTAIN", Finding.WARNING, paths.get(i), String.format(
                        java.util.Locale.ROOT, "%d has %d digits, twice the %d of the form's largest other amount "
                                + "(%d): two amounts read as one? Check it against the page",
                        values.get(i), digits, otherDigits, largestOther), null, values.get(i)));
            }
        }
    }

    /**
     * Weighs the amounts read without a decimal point against the form's own sums and its other amounts
     * ({@link LostPoints}): a reading the sums decide is taken, a doubtful one said.
     */
    void weighPoints() {
        java.util.Set<String> doubtful = new java.util.HashSet<>();
        for (Finding f : findings) {
            if (f.field() != null && DOUBT.contains(f.code())) {
                doubtful.add(f.field());
            }
        }
        LostPoints.Outcome outcome = LostPoints.check(reads, items.size(), doubtful);
        outcome.chosen().forEach((path, exact) -> {
            long whole = java.math.BigDecimal.valueOf(exact).movePointLeft(2)
                    .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
            if (path.startsWith("budget.items[")) {
                int i = Integer.parseInt(path.substring("budget.items[".length(), path.indexOf(']')));
                items.set(i, new Budget.Item(items.get(i).name(), whole));
                return;
            }
            for (Label label : money.keySet()) {
                if (label.fieldPath().equals(path)) {
                    money.put(label, whole);
                    fen.put(label, exact);
                }
            }
        });
        findings.addAll(outcome.findings());
    }

    private static final java.util.Set<String> DOUBT = java.util.Set.of("VALUE_UNCERTAIN", "AMOUNT_UNREADABLE",
            "AMOUNT_ROUNDED", "OCR_REPAIRED");

    private static int digits(long value) {
        return Long.toString(Math.abs(value)).length();
    }

    Budget budget() {
        Budget.Fen exact = fen.isEmpty() ? null : new Budget.Fen(fen.get(Label.TOTAL_BUDGET),
                fen.get(Label.CURRENT_BUDGET), fen.get(Label.FISCAL_FUNDS), fen.get(Label.APPROPRIATION),
                fen.get(Label.OTHER_FUNDS), fen.get(Label.CARRY_OVER), fen.get(Label.PRIOR_BUDGET),
                fen.get(Label.PRIOR_EXECUTED));
        return new Budget(money.get(Label.TOTAL_BUDGET), money.get(Label.CURRENT_BUDGET),
                money.get(Label.FISCAL_FUNDS), money.get(Label.APPROPRIATION), money.get(Label.OTHER_FUNDS),
                money.get(Label.CARRY_OVER), money.get(Label.PRIOR_BUDGET), money.get(Label.PRIOR_EXECUTED), items, exact);
    }

    /** An amount that could not be read, or one filed with a fraction of a yuan and rounded to a whole one. */
    private static Finding amountProblem(String path, String what, AmountParser.Amount a, String filed) {
        return a.value() == null
                ? new Finding("AMOUNT_UNREADABLE", Finding.ERROR, path, what + ": " + a.problem(), null, filed)
                : new Finding("AMOUNT_ROUNDED", Finding.WARNING, path, what + ": " + a.problem(), a.value(), filed);
    }
}
