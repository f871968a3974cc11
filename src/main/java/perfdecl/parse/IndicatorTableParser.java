package perfdecl.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import perfdecl.grid.Cell;
import perfdecl.grid.Row;
import perfdecl.model.Finding;
import perfdecl.model.Indicator;
import perfdecl.model.Target;

/**
 * Reads the 分解目标 table, in its four-column form (一级指标 | 二级指标 | 三级指标 | 指标目标值) or the
 * two-column variant (分解目标内容 | 绩效指标 | 指标目标值). Cells are classified by what they say rather than where
 * they stand, because exports compact a row's cells under a merged cell: a level-1 name, then a known level-2
 * dimension, then the indicator and its target. A level-1 cell merged over rows that a page break split may name
 * its goal only below the rows it covers; rows before any level-1 take the next one. The level-1 of a known
 * dimension is its taxonomy parent, whatever merged cell it was filed under.
 */
final class IndicatorTableParser {

    /** The header row's geometry: the column of 二级指标 (or -1) and of 指标目标值. */
    record Layout(boolean twoColumn, int level2Column, int targetColumn) {
    }

    /** Indicators in filing order, what was noticed, and the cells each indicator was read from. */
    record Result(List<Indicator> indicators, List<Finding> findings, List<List<Cell>> cells) {
    }

    private record Pending(String level1, boolean level1Explicit, String level2, Cell level3, Cell target,
                           List<Cell> cells, String term, Map<Label, Cell> extras) {
    }

    private final DimensionTaxonomy taxonomy;
    private final TargetParser targets;
    private final LabelMatcher labels;

    /** A parser of the 2019 Shanghai form's table. */
    IndicatorTableParser(DimensionTaxonomy taxonomy, TargetParser targets) {
        this(taxonomy, targets, new LabelMatcher());
    }

    IndicatorTableParser(DimensionTaxonomy taxonomy, TargetParser targets, LabelMatcher labels) {
        this.taxonomy = taxonomy;
        this.targets = targets;
        this.labels = labels;
    }

    Result parse(Layout layout, List<Row> rows) {
        List<Finding> findings = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        Map<String, String> emptyDimensions = new LinkedHashMap<>(); // level2 -> positional level1
        String level1 = null;
        String level2 = null;
        IndicatorColumns columns = IndicatorColumns.NONE;
        for (Row row : new WrappedIndicatorRows(taxonomy, labels).joined(rows)) {
            List<Cell> all = row.filled();
            if (all.isEmpty()) {
                continue;
            }
            if (isHeader(all)) {
                columns = IndicatorColumns.of(row, labels, columns.term());
                continue;
            }
            List<Cell> filled = new ArrayList<>(all);
            // the national form's merged 绩效指标 / 年度绩效指标 cell, printed in one of the rows it spans
            while (!filled.isEmpty() && isBlockLabel(filled.get(0))) {
                Cell block = filled.remove(0);
                if (labelOf(block) == Label.TERM_HEADER) {
                    columns = columns.withTerm(IndicatorColumns.termOf(block.text()));
                }
            }
            Map<Label, Cell> extras = columns.extras(filled);
            filled = IndicatorColumns.without(filled, extras);
            if (filled.isEmpty()) {
                continue;
            }
            String rowLevel1 = null;
            String rowLevel2 = null;
            List<Cell> rest = new ArrayList<>();
            for (Cell c : filled) {
                String text = c.text().strip();
                Optional<String> l1 = rowLevel1 == null && rowLevel2 == null && rest.isEmpty()
                        ? taxonomy.level1(text) : Optional.empty();
                if (l1.isPresent()) {
                    rowLevel1 = l1.get();
                } else if (!layout.twoColumn() && rowLevel2 == null && rest.isEmpty() && taxonomy.isDimension(text)) {
                    rowLevel2 = WrappedText.unwrap(text);
                } else {
                    rest.add(c);
                }
            }
            if (rowLevel1 != null) {
                // A level-1 cell that a page break split prints its name on a row of its own between rows of a
                // 二级指标 cell merged over them; that dimension goes on when it belongs under the name.
                boolean alone = rowLevel2 == null && rest.isEmpty();
                if (!alone || level2 == null || !taxonomy.parentOf(level2).filter(rowLevel1::equals).isPresent()) {
                    level2 = null;
                }
                level1 = rowLevel1;
            }
            Cell level3 = null;
            Cell target = null;
            if (!layout.twoColumn() && rowLevel2 == null && rest.size() >= 3) {
                // an unknown dimension printed in the 二级指标 column, or a known one a scan misread
                Cell dimension = rest.remove(0);
                String read = dimension.text().strip();
                Optional<String> near = dimension.confidence() < 1.0 ? taxonomy.nearDimension(read) : Optional.empty();
                if (near.isPresent()) {
                    rowLevel2 = near.get();
                    findings.add(new Finding("DIMENSION_MISREAD", Finding.WARNING, "indicators",
                            "二级指标 read from the scan as \"" + read + "\" misses the known dimension " + rowLevel2
                                    + " by a character or two; taken as " + rowLevel2, rowLevel2, read));
                } else {
                    rowLevel2 = read;
                    findings.add(new Finding("DIMENSION_UNKNOWN", Finding.INFO, "indicators",
                            "二级指标 \"" + rowLevel2 + "\" is not a known dimension; kept as filed", null, rowLevel2));
                }
            }
            if (rest.size() >= 2) {
                level3 = rest.get(0);
                target = rest.get(rest.size() - 1);
                if (rest.size() > 2) {
                    findings.add(new Finding("CELL_UNPLACED", Finding.WARNING, "indicators",
                            "an indicator row has more cells than columns; the middle ones were dropped", null,
                            rest.subList(1, rest.size() - 1).stream().map(Cell::text).toList()));
                }
            } else if (rest.size() == 1) {
                Cell only = rest.get(0);
                if (layout.targetColumn() >= 0 && only.column() >= layout.targetColumn()) {
                    target = only;
                } else {
                    level3 = only;
                }
            }
            if (rowLevel2 != null) {
                level2 = rowLevel2;
            } else if (!layout.twoColumn() && !occupies(rest, layout.level2Column())) {
                rowLevel2 = level2; // a 二级指标 cell merged over several rows
            }
            if (level3 == null && target == null) {
                if (rowLevel2 != null) {
                    emptyDimensions.putIfAbsent(rowLevel2, level1);
                }
                continue;
            }
            pending.add(new Pending(level1, rowLevel1 != null, rowLevel2, level3, target, all, columns.term(),
                    extras));
        }

        List<Indicator> indicators = new ArrayList<>();
        List<List<Cell>> cells = new ArrayList<>();
        for (int i = 0; i < pending.size(); i++) {
            Pending p = pending.get(i);
            String positional = p.level1() != null ? p.level1() : nextLevel1(pending, i);
            String path = "indicators[" + i + "]";
            if (p.level1() == null && positional != null && p.level2() == null) {
                findings.add(new Finding("LEVEL1_INFERRED", Finding.INFO, path + ".level1",
                        "row stands above its merged 一级指标 cell (split by a page break); took the goal named below it",
                        positional, null));
            }
            String l1 = positional;
            if (p.level2() != null) {
                Optional<String> parent = taxonomy.parentOf(p.level2());
                if (parent.isPresent() && !parent.get().equals(positional)) {
                    findings.add(new Finding("LEVEL1_REASSIGNED", Finding.INFO, path + ".level1",
                            "二级指标 \"" + p.level2() + "\" belongs under " + parent.get() + " but was filed under "
                                    + (positional == null ? "no 一级指标" : positional)
                                    + " (a table continued across a page); put under " + parent.get(),
                            parent.get(), positional));
                    l1 = parent.get();
                }
            }
            if (l1 == null) {
                findings.add(new Finding("LEVEL1_MISSING", Finding.WARNING, path + ".level1",
                        "no 一级指标 could be found for this indicator", null, null));
            }
            String l3 = p.level3() == null ? null : WrappedText.unwrap(p.level3().text()).strip();
            String nature = IndicatorColumns.text(p.extras().get(Label.NATURE_HEADER));
            String direction = IndicatorColumns.text(p.extras().get(Label.DIRECTION_HEADER));
            Target target = p.target() == null ? null : IndicatorColumns.complete(targets,
                    WrappedText.unwrap(p.target().text()), nature, direction,
                    IndicatorColumns.text(p.extras().get(Label.MEASURE_HEADER)));
            indicators.add(new Indicator(l1, p.level2(), l3, target, p.term(), nature, direction,
                    IndicatorColumns.score(IndicatorColumns.text(p.extras().get(Label.SCORE_HEADER)))));
            cells.add(p.cells());
        }

        Set<String> covered = new LinkedHashSet<>();
        for (Indicator ind : indicators) {
            if (ind.level2() != null) {
                covered.add(LabelKey.of(ind.level2()));
            }
        }
        emptyDimensions.forEach((dim, l1) -> {
            if (!covered.contains(LabelKey.of(dim))) {
                String parent = taxonomy.parentOf(dim).orElse(l1);
                findings.add(new Finding("DIMENSION_WITHOUT_INDICATOR", Finding.WARNING, "indicators",
                        "二级指标 \"" + dim + "\" under " + parent + " is left without any indicator",
                        "at least one indicator", dim));
            }
        });
        return new Result(indicators, findings, cells);
    }

    private static String nextLevel1(List<Pending> pending, int from) {
        for (int k = from + 1; k < pending.size(); k++) {
            if (pending.get(k).level1Explicit()) {
                return pending.get(k).level1();
            }
        }
        for (int k = from - 1; k >= 0; k--) {
            if (pending.get(k).level1() != null) {
                return pending.get(k).level1();
            }
        }
        return null;
    }

    private static boolean occupies(List<Cell> cells, int column) {
        return column >= 0 && cells.stream().anyMatch(c -> c.column() <= column
                && column < c.column() + Math.max(1, c.columnSpan()));
    }

    /** The table's header row, or one repeated after a page break. */
    private boolean isHeader(List<Cell> filled) {
        Label first = labelOf(filled.get(0));
        return first == Label.LEVEL1_HEADER || first == Label.CONTENT_HEADER
                || filled.stream().anyMatch(c -> labelOf(c) == Label.TARGET_HEADER || labelOf(c) == Label.LEVEL1_HEADER);
    }

    /** 绩效指标 or a term block's label, standing before a table's rows. */
    private boolean isBlockLabel(Cell c) {
        return labels.whole(c.text()).filter(m -> m.distance() == 0
                && (m.label() == Label.TERM_HEADER || m.label() == Label.BREAKDOWN && taxonomy.level1(c.text()).isEmpty()))
                .isPresent();
    }

    private Label labelOf(Cell c) {
        return labels.whole(c.text()).map(LabelMatch::label).orElse(null);
    }
}
