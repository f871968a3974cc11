package perfdecl.text;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import perfdecl.grid.Cell;
import perfdecl.grid.FormGrid;
import perfdecl.grid.FormTitles;
import perfdecl.grid.GridReader;
import perfdecl.grid.Row;
import perfdecl.grid.SourceDocument;
import perfdecl.grid.Token;
import perfdecl.grid.UnreadableInputException;

/**
 * Reads an OCR text export: one table row per line, cells separated by tabs (or the separator the file uses, see
 * {@link TableLines}; a row whose cells keep real line breaks is joined back), checkboxes as
 * {@code <input type="checkbox"/>} (ticked when it carries {@code checked}) or box glyphs ({@code ●}/{@code ○} radio
 * buttons too). A file may hold several forms; each starts at a line holding the form title. Cells keep their
 * position as {@link Cell#column()}.
 */
public final class OcrTextReader implements GridReader {

    // exports write boxes as markup; some engines write the glyphs they saw instead
    private static final Pattern CHECKBOX = Pattern.compile(
            "<input\\b[^>]*type=\"?checkbox\"?[^>]*/?>|[☑☒✓✔√■□☐▢●○]", Pattern.CASE_INSENSITIVE);
    private static final String TICKED_GLYPHS = "☑☒✓✔√■●";
    private static final Pattern CHECKED = Pattern.compile("\\bchecked\\b", Pattern.CASE_INSENSITIVE);

    private final FormTitles titles;

    /** A reader that knows the 2019 form's title only. */
    public OcrTextReader() {
        this(FormTitles.SH_2019);
    }

    /** A reader that starts a form at each of {@code titles}. */
    public OcrTextReader(FormTitles titles) {
        this.titles = titles;
    }

    @Override
    public boolean accepts(Path file, byte[] head) {
        if (head.length >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
            return false;
        }
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public SourceDocument read(Path file) throws UnreadableInputException {
        if (file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            throw new UnreadableInputException("not a PDF: the file does not start with %PDF-");
        }
        String content;
        try {
            byte[] bytes = Files.readAllBytes(file);
            content = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableInputException("not UTF-8 text and not a PDF");
        } catch (IOException e) {
            throw new UnreadableInputException("cannot read: " + e.getMessage(), e);
        }
        return parse(content);
    }

    /** Splits the export into forms at each title line and lays each out as rows of cells. */
    SourceDocument parse(String content) throws UnreadableInputException {
        if (!content.isEmpty() && content.charAt(0) == '\uFEFF') {
            content = content.substring(1);
        }
        List<String> lines = new ArrayList<>();
        for (String line : content.split("\\r?\\n|\\r")) {
            if (!line.isBlank()) {
                lines.add(line);
            }
        }
        TableLines table = TableLines.of(lines);
        lines.removeIf(line -> isPageNumber(line, table));
        List<List<Row>> forms = new ArrayList<>();
        List<Row> current = null;
        for (String line : table.rows(lines, line -> isTitle(line, table))) {
            if (isTitle(line, table)) {
                current = new ArrayList<>();
                forms.add(current);
            }
            if (current != null) {
                current.add(row(table.cells(line)));
            }
        }
        if (forms.isEmpty()) {
            throw new UnreadableInputException("not a declaration form: title " + String.join(" or ", titles.titles())
                    + " not found");
        }
        List<FormGrid> grids = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            grids.add(new FormGrid(i, null, null, forms.get(i), List.of()));
        }
        return new SourceDocument("ocr-text", null, grids);
    }

    /** A page's number ("— 3 —", "第3页") that an export of a paginated document kept; a bare number may be a value. */
    private static boolean isPageNumber(String line, TableLines table) {
        String text = line.strip();
        return text.indexOf(table.separator()) < 0 && FormTitles.isPageNumber(text) && !text.matches("\\d+");
    }

    private boolean isTitle(String line, TableLines table) {
        long filledCells = table.cells(line).stream().filter(c -> !c.isBlank()).count();
        return filledCells == 1 && titles.isTitle(MarkupCleaner.clean(line));
    }

    private static Row row(List<String> parts) {
        List<Cell> cells = new ArrayList<>(parts.size());
        for (int col = 0; col < parts.size(); col++) {
            cells.add(cell(col, parts.get(col)));
        }
        return new Row(cells, 0);
    }

    private static Cell cell(int column, String raw) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Matcher m = CHECKBOX.matcher(raw);
        int at = 0;
        while (m.find()) {
            addText(raw.substring(at, m.start()), tokens, text);
            String mark = m.group();
            boolean ticked = mark.length() == 1 ? TICKED_GLYPHS.contains(mark) : CHECKED.matcher(mark).find();
            tokens.add(Token.mark(ticked, mark, 0, null, 1.0));
            at = m.end();
        }
        addText(raw.substring(at), tokens, text);
        return new Cell(column, 1, text.toString(), tokens, 0, null, 1.0);
    }

    private static void addText(String raw, List<Token> tokens, StringBuilder text) {
        String clean = MarkupCleaner.clean(raw);
        if (clean.isEmpty()) {
            return;
        }
        tokens.add(Token.text(clean, 0, null));
        if (text.length() > 0) {
            text.append(' ');
        }
        text.append(clean);
    }
}
