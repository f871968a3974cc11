package perfdecl.write;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import perfdecl.model.Declaration;

/**
 * Writes an XLSX workbook, one sheet per {@link SheetSpec} in order, with the same columns as the CSVs. Cells
 * keep their type: numbers numeric (amounts {@code #,##0}), dates as date cells shown {@code yyyy-mm-dd},
 * booleans as booleans, {@code null} as no cell. Each sheet has a bold frozen header row, an autofilter over
 * the used range and column widths fitted to the text (a CJK character counts two, at most 60). The stream
 * is not closed.
 */
public final class WorkbookWriter {

    /** Excel refuses longer cell text. */
    static final int MAX_CELL_TEXT = 32_767;
    private static final int MAX_WIDTH = 60;
    private static final int MIN_WIDTH = 6;
    private static final int ROW_WINDOW = 200;

    /**
     * The contract's four sheets: declarations, budget_items, indicators, findings. The declarations are visited
     * once, in order, and none is kept: the four sheets grow side by side, so that a batch can hand over an
     * iterable that reads each declaration from its json file as it comes.
     */
    public void write(Iterable<Declaration> declarations, OutputStream out) throws IOException {
        try (var workbook = new SXSSFWorkbook(ROW_WINDOW)) {
            var styles = new Styles(workbook);
            List<Filler> sheets = new ArrayList<>();
            for (SheetSpec<?> empty : DeclarationTables.all(List.of())) {
                sheets.add(new Filler(workbook.createSheet(empty.name()), empty.columns(), styles));
            }
            for (Declaration d : declarations) {
                List<SheetSpec<?>> parts = DeclarationTables.all(List.of(d));
                for (int i = 0; i < parts.size(); i++) {
                    sheets.get(i).append(parts.get(i));
                }
            }
            sheets.forEach(Filler::finish);
            workbook.write(out);
        }
        out.flush();
    }

    /** Any sheets, in order; how another stage adds its own (the audit's {@code cross_year}). */
    public void writeSheets(List<SheetSpec<?>> sheets, OutputStream out) throws IOException {
        // streaming: rows beyond the window go to POI's own temporary file (removed on close), so thousands of
        // filings do not need the whole sheet tree in memory
        try (var workbook = new SXSSFWorkbook(ROW_WINDOW)) {
            var styles = new Styles(workbook);
            for (SheetSpec<?> spec : sheets) {
                fill(workbook.createSheet(spec.name()), spec, styles);
            }
            workbook.write(out);
        }
        out.flush();
    }

    private static void fill(Sheet sheet, SheetSpec<?> spec, Styles styles) {
        Filler filler = new Filler(sheet, spec.columns(), styles);
        filler.append(spec);
        filler.finish();
    }

    /** One sheet being written: a bold header, then rows appended table part by table part. */
    private static final class Filler {
        private final Sheet sheet;
        private final Styles styles;
        private final int columns;
        private final int[] widths;
        private int next = 1;

        Filler(Sheet sheet, List<? extends Column<?>> columns, Styles styles) {
            this.sheet = sheet;
            this.styles = styles;
            this.columns = columns.size();
            this.widths = new int[columns.size()];
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).name());
                cell.setCellStyle(styles.header);
                // room for the autofilter's drop-down button
                widths[c] = displayWidth(columns.get(c).name()) + 2;
            }
        }

        /** Appends the rows of {@code part}, a table with this sheet's columns. */
        <T> void append(SheetSpec<T> part) {
            List<Column<T>> cols = part.columns();
            for (T row : part.rows()) {
                Row line = sheet.createRow(next++);
                for (int c = 0; c < cols.size(); c++) {
                    Column<T> column = cols.get(c);
                    Object value = column.cell(row);
                    if (value != null) {
                        widths[c] = Math.max(widths[c], put(line.createCell(c), value, column.amount(), styles));
                    }
                }
            }
        }

        void finish() {
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, (Math.min(Math.max(widths[c], MIN_WIDTH), MAX_WIDTH) + 1) * 256);
            }
            sheet.createFreezePane(0, 1);
            if (columns > 0) {
                sheet.setAutoFilter(new CellRangeAddress(0, next - 1, 0, columns - 1));
            }
        }
    }

    /** Sets the cell from a typed value and returns the width it needs. */
    private static int put(Cell cell, Object value, boolean amount, Styles styles) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            if (amount) {
                cell.setCellStyle(styles.amount);
            }
            String plain = number instanceof BigDecimal d ? d.toPlainString() : number.toString();
            return plain.length() + (amount ? plain.length() / 3 : 0);
        }
        if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
            return 5;
        }
        if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
            return 10;
        }
        String text = value.toString();
        if (text.length() > MAX_CELL_TEXT) {
            text = text.substring(0, MAX_CELL_TEXT - 1) + "…";
        }
        cell.setCellValue(text);
        return displayWidth(text);
    }

    /** The widest line in Excel width units: a CJK or full-width character is as wide as two Latin ones. */
    static int displayWidth(String text) {
        int widest = 0;
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                widest = Math.max(widest, width);
                width = 0;
            } else {
                width += isWide(cp) ? 2 : 1;
            }
        }
        return Math.max(widest, width);
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** The few cell styles of a workbook, made once: Excel caps a workbook at 64,000 styles. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle amount;
        final CellStyle date;

        Styles(Workbook workbook) {
            var bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            var formats = workbook.createDataFormat();
            amount = workbook.createCellStyle();
            amount.setDataFormat(formats.getFormat("#,##0"));
            date = workbook.createCellStyle();
            date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
        }
    }
}
