package perfdecl.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import perfdecl.grid.FormTitles;

/**
 * Splits a file's rows into forms, one starting at each title line of a known generation. A budget disclosure
 * prints its forms after pages of other tables (收支总表, 财政拨款支出表 …) and prose: rows before the first title are
 * no form, and a page that opens with the heading of another table ends the form before it.
 */
final class FormSplitter {

    /** The forms, and the pages none of them touches. */
    record Split(List<List<LayoutRow>> forms, Set<Integer> skippedPages) {
    }

    private FormSplitter() {
    }

    static List<List<LayoutRow>> split(List<LayoutRow> rows) {
        return split(rows, FormTitles.SH_2019, 0).forms();
    }

    static Split split(List<LayoutRow> rows, FormTitles titles, int pageCount) {
        List<List<LayoutRow>> forms = new ArrayList<>();
        Set<Integer> used = new TreeSet<>();
        List<LayoutRow> current = null;
        int page = -1;
        for (LayoutRow row : rows) {
            boolean pageTop = row.page() != page;
            page = row.page();
            if (isTitle(row, titles)) {
                current = new ArrayList<>();
                forms.add(current);
            } else if (pageTop && current != null && opensOtherTable(row, titles)) {
                current = null;
            }
            if (current != null) {
                current.add(row);
                used.add(row.page());
            }
        }
        Set<Integer> skipped = new TreeSet<>();
        for (int p = 1; p <= pageCount; p++) {
            if (!used.contains(p)) {
                skipped.add(p);
            }
        }
        return new Split(forms, skipped);
    }

    static boolean isTitle(LayoutRow row, FormTitles titles) {
        return !row.table() && titles.isTitle(row.joinedText());
    }

    private static boolean opensOtherTable(LayoutRow row, FormTitles titles) {
        return !row.table() && row.cells().size() == 1 && titles.isOtherHeading(row.joinedText());
    }
}
