package perfdecl.pdf.content;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDButton;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDPushButton;

import perfdecl.grid.Box;

/** AcroForm check boxes live in annotations, outside the page content: their widgets as marks, by page. */
public final class FormFieldMarks {

    private FormFieldMarks() {
    }

    /** The check boxes' widgets of the document's form fields, as marks keyed by 1-based page. */
    public static Map<Integer, List<Glyph>> of(PDDocument doc) throws IOException {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
        Map<Integer, List<Glyph>> out = new HashMap<>();
        if (form == null) {
            return out;
        }
        for (PDField field : form.getFieldTree()) {
            if (!(field instanceof PDButton) || field instanceof PDPushButton) {
                continue;
            }
            for (PDAnnotationWidget widget : field.getWidgets()) {
                PDPage page = widget.getPage();
                int index = page == null ? -1 : doc.getPages().indexOf(page);
                PDRectangle r = widget.getRectangle();
                if (index < 0 || r == null) {
                    continue;
                }
                Box box = PageFrame.of(page).fromUserSpace(r);
                COSName state = widget.getAppearanceState();
                boolean checked = state != null && !COSName.Off.equals(state);
                out.computeIfAbsent(index + 1, k -> new ArrayList<>()).add(new Glyph("acroform:"
                        + field.getFullyQualifiedName(), box, box.bottom(), box.height(), checked));
            }
        }
        return out;
    }

    /** {@code page} with {@code marks} added (itself when there are none). */
    public static PageContent with(PageContent page, List<Glyph> marks) {
        if (marks == null || marks.isEmpty()) {
            return page;
        }
        List<Glyph> glyphs = new ArrayList<>(page.glyphs());
        glyphs.addAll(marks);
        return new PageContent(page.page(), page.width(), page.height(), glyphs, page.segments(), page.hasImage());
    }
}
