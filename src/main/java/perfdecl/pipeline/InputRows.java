package perfdecl.pipeline;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import perfdecl.model.InputReport;

/**
 * What one input contributes to the extract tables, as plain serialisable values: its run line and, when it was
 * extracted, its rows of the other tables ({@link TableLayout}) and its declarations as JSON lines.
 *
 * @param path      where the input was read from, to order inputs of the same content
 * @param file      its file name, as the run table and {@code source.file} give it
 * @param tables    table name to rows, without the run table
 * @param jsonLines one compact JSON declaration per element, in form order
 */
public record InputRows(String path, String file, String sha256, String status, String reason, int forms,
                        Integer pages, long ms, Map<String, List<List<Object>>> tables, List<String> jsonLines)
        implements Serializable {

    public InputRows {
        tables = new HashMap<>(tables);
        jsonLines = new ArrayList<>(jsonLines);
    }

    public boolean ok() {
        return InputReport.OK.equals(status);
    }

    /** The rows of {@code table}, one of {@link TableLayout#TABLES}. */
    public List<List<Object>> rows(String table) {
        if (TableLayout.RUN.equals(table)) {
            return TableLayout.rows(table, List.of(), new InputReport(file, sha256, status, reason, forms, pages, ms));
        }
        return tables.getOrDefault(table, List.of());
    }

    /**
     * This input skipped, with no rows but its run line, because {@code first} of the same content speaks for it;
     * as in {@code extract}, whose batch does not read such a file, without a page count.
     */
    public InputRows sameContentAs(String first) {
        return new InputRows(path, file, sha256, InputReport.SKIPPED, "same content as " + first, 0, null, ms,
                Map.of(), List.of());
    }
}
