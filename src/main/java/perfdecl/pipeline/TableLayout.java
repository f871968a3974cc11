package perfdecl.pipeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import perfdecl.model.Declaration;
import perfdecl.model.InputReport;
import perfdecl.model.RunReport;
import perfdecl.write.Column;
import perfdecl.write.DeclarationTables;
import perfdecl.write.RunReportCsvWriter;
import perfdecl.write.SheetSpec;

/**
 * The tables {@code extract} writes as CSV — declarations, budget_items, indicators, findings and run — as typed
 * columns, for sinks that keep types (Parquet): the same columns in the same order, whole yuan, counts and pages
 * as numbers, {@code unit.sealed} as a boolean, confidences as doubles, everything else as the text the CSV holds
 * (decimals plain, dates ISO, a finding's structured value as compact JSON). An empty CSV cell is {@code null}.
 */
public final class TableLayout {

    /** A column's type. */
    public enum Kind { TEXT, INT, LONG, BOOLEAN, DOUBLE }

    /** One column: its name as in the CSV header, and its type. */
    public record TableColumn(String name, Kind kind) {
    }

    public static final String RUN = "run";

    /** Every table, in the order {@code extract} lists them. */
    public static final List<String> TABLES = List.of(DeclarationTables.DECLARATIONS, DeclarationTables.BUDGET_ITEMS,
            DeclarationTables.INDICATORS, DeclarationTables.FINDINGS, RUN);

    private static final Set<String> INTS = Set.of("source.formIndex", "source.firstPage", "source.lastPage", "year",
            "findings", "position", "forms", "pages");

    private TableLayout() {
    }

    /** The columns of {@code table}, one of {@link #TABLES}. */
    public static List<TableColumn> columns(String table) {
        return spec(table, List.of(), null).columns().stream().map(c -> new TableColumn(c.name(), kind(c))).toList();
    }

    /**
     * The rows {@code table} holds for one input: its run line ({@code report}) or its declarations' rows, each
     * a list of cells of the types {@link #columns} gives.
     */
    static List<List<Object>> rows(String table, List<Declaration> declarations, InputReport report) {
        return cells(spec(table, declarations, report));
    }

    private static SheetSpec<?> spec(String table, List<Declaration> declarations, InputReport report) {
        return switch (table) {
            case DeclarationTables.DECLARATIONS -> DeclarationTables.declarations(declarations);
            case DeclarationTables.BUDGET_ITEMS -> DeclarationTables.budgetItems(declarations);
            case DeclarationTables.INDICATORS -> DeclarationTables.indicators(declarations);
            case DeclarationTables.FINDINGS -> DeclarationTables.findings(declarations);
            case RUN -> RunReportCsvWriter.table(RunReport.of(report == null ? List.of() : List.of(report)));
            default -> throw new IllegalArgumentException("no table " + table);
        };
    }

    private static <T> List<List<Object>> cells(SheetSpec<T> spec) {
        List<List<Object>> rows = new ArrayList<>();
        for (T row : spec.rows()) {
            List<Object> cells = new ArrayList<>(spec.columns().size());
            for (Column<T> c : spec.columns()) {
                cells.add(cell(c, kind(c), c.cell(row)));
            }
            rows.add(cells);
        }
        return rows;
    }

    private static Kind kind(Column<?> c) {
        if (c.amount() || c.name().equals("ms")) {
            return Kind.LONG;
        }
        if (INTS.contains(c.name())) {
            return Kind.INT;
        }
        if (c.name().equals("unit.sealed")) {
            return Kind.BOOLEAN;
        }
        return c.name().endsWith("confidence") ? Kind.DOUBLE : Kind.TEXT;
    }

    private static Object cell(Column<?> c, Kind kind, Object value) {
        if (value == null) {
            return null;
        }
        if (kind == Kind.TEXT) {
            return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
        }
        if (kind == Kind.BOOLEAN && value instanceof Boolean) {
            return value;
        }
        if (value instanceof Number n && kind != Kind.BOOLEAN) {
            return switch (kind) {
                case INT -> n.intValue();
                case LONG -> n.longValue();
                default -> n.doubleValue();
            };
        }
        throw new IllegalStateException("column " + c.name() + " holds a " + value.getClass().getSimpleName()
                + ", not " + kind);
    }
}
