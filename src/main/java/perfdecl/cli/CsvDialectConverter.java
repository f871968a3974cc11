package perfdecl.cli;

import perfdecl.write.CsvDialect;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --csv excel|plain}. */
final class CsvDialectConverter implements ITypeConverter<CsvDialect> {

    static final String DESCRIPTION = "CSV dialect: excel (default; byte-order mark, a leading ' keeps as text "
            + "every text cell a spreadsheet would evaluate or turn into a number or date) or plain (RFC 4180 "
            + "UTF-8, no byte-order mark, cells exactly as filed, for databases and data frames)";

    @Override
    public CsvDialect convert(String value) {
        try {
            return CsvDialect.of(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("--csv takes excel or plain, not '" + value + "'");
        }
    }
}
