package perfdecl.pdf;

import java.util.ArrayList;
import java.util.List;

import perfdecl.model.Declaration;
import perfdecl.pdf.layout.LayoutRow;

/** Splits a file's rows into forms, one starting at each title line 上海市财政支出项目绩效目标申报表. */
final class FormSplitter {

    private FormSplitter() {
    }

    static List<List<LayoutRow>> split(List<LayoutRow> rows) {
        List<List<LayoutRow>> forms = new ArrayList<>();
        List<LayoutRow> current = null;
        for (LayoutRow row : rows) {
            if (isTitle(row)) {
                current = new ArrayList<>();
                forms.add(current);
            }
            if (current != null) {
                current.add(row);
            }
        }
        return forms;
    }

    static boolean isTitle(LayoutRow row) {
        String text = row.joinedText().replaceAll("\\s+", "");
        return !row.table() && text.contains(Declaration.TITLE_ENDING) && text.length() <= Declaration.TITLE_MAX_LENGTH;
    }
}
