package perfdecl.write;

import java.util.function.Function;

/**
 * One named column of a table: how to take its cell from a row. A cell is {@code null} (empty), a
 * {@code String}, a {@code Long}/{@code Integer}, a {@code BigDecimal}, a {@code Boolean} or a
 * {@code java.time.LocalDate}; CSV writes each as its {@link CsvDialect} says (only a {@code String} is text), the
 * workbook as a cell of that type.
 *
 * @param amount whether the cell is whole yuan, shown in the workbook as {@code #,##0}
 */
public record Column<T>(String name, Function<? super T, ?> value, boolean amount) {

    public static <T> Column<T> of(String name, Function<? super T, ?> value) {
        return new Column<>(name, value, false);
    }

    public static <T> Column<T> amount(String name, Function<? super T, ?> value) {
        return new Column<>(name, value, true);
    }

    /** This column's cell for {@code row}. */
    public Object cell(T row) {
        return value.apply(row);
    }
}
