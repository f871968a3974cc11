package perfdecl.pdf.scan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

import perfdecl.grid.Box;
import perfdecl.pdf.content.PageFrame;

/**
 * Reads what a scanned page holds besides its picture: how much of the page the largest image covers, and the OCR
 * words of its text layer. OCR engines write each word as one run whose glyph widths are stretched to the word's
 * box, so the per-character advances mean nothing: a word's box runs from its first character to the end of the
 * space written after it, and its characters share that width evenly. Not thread-safe: one instance per document.
 */
public final class ScanTextLayer extends PDFTextStripper {

    /** What one page holds. */
    public record Page(int page, double width, double height, double imageCoverage, int invisibleChars,
                int visibleChars, List<OcrWord> words) {
    }

    private final List<Page> pages = new ArrayList<>();
    private int pageNo;
    private PageFrame frame;
    private double imageCoverage;
    private int invisible, visible;
    private List<OcrWord> words;
    private final List<TextPosition> run = new ArrayList<>();

    public ScanTextLayer() throws IOException {
        super();
        addOperator(new OperatorProcessor() {
            @Override
            public void process(Operator operator, List<COSBase> operands) throws IOException {
                drawObject(operands);
            }

            @Override
            public String getName() {
                return "Do";
            }
        });
        setSortByPosition(false);
    }

    public List<Page> pages() {
        return pages;
    }

    @Override
    protected void startPage(PDPage page) {
        // the page's own number, also when it is read alone (setStartPage) or follows a page without content
        pageNo = getCurrentPageNo();
        frame = PageFrame.of(page);
        imageCoverage = 0;
        invisible = 0;
        visible = 0;
        words = new ArrayList<>();
        run.clear();
    }

    @Override
    protected void writePage() {
        // the words are collected in processTextPosition; PDFTextStripper's text output is not used
    }

    @Override
    protected void endPage(PDPage page) {
        flush(null);
        pages.add(new Page(pageNo, frame.width(), frame.height(), imageCoverage, invisible, visible, List.copyOf(words)));
    }

    @Override
    protected void processTextPosition(TextPosition tp) {
        String u = tp.getUnicode();
        if (u == null || u.isEmpty()) {
            return;
        }
        if (getGraphicsState().getTextState().getRenderingMode() == RenderingMode.NEITHER) {
            invisible++;
        } else {
            visible++;
        }
        if (u.isBlank()) {
            flush(tp);
            return;
        }
        if (!run.isEmpty() && Math.abs(tp.getYDirAdj() - run.get(run.size() - 1).getYDirAdj())
                > Math.max(tp.getFontSizeInPt(), 1) * 0.5) {
            flush(null);
        }
        run.add(tp);
    }

    /** Ends the current word; {@code space} is the space written after it, which closes the word's box. */
    private void flush(TextPosition space) {
        if (run.isEmpty()) {
            return;
        }
        TextPosition first = run.get(0), last = run.get(run.size() - 1);
        double left = first.getXDirAdj();
        double right = space != null ? space.getXDirAdj() + space.getWidthDirAdj()
                : last.getXDirAdj() + last.getWidthDirAdj();
        double size = Math.max(first.getFontSizeInPt(), 1);
        double baseline = (first.getYDirAdj() + last.getYDirAdj()) / 2;
        StringBuilder text = new StringBuilder();
        run.forEach(t -> text.append(t.getUnicode()));
        // the layer's font size is the OCR line's height, which swells where the engine took two lines for one;
        // Chinese characters are square, so a word of them is as high as its width per character
        double height = size * 0.8;
        int chars = text.codePointCount(0, text.length());
        if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            height = Math.max(1, Math.min(height, (right - left) / chars * 0.95));
        }
        words.add(new OcrWord(text.toString(), new Box(left, baseline - height, Math.max(right - left, 0.5), height),
                ScanTextPlausibility.of(text.toString())));
        run.clear();
    }

    private void drawObject(List<COSBase> operands) throws IOException {
        if (operands.isEmpty() || !(operands.get(0) instanceof COSName name) || getResources() == null) {
            return;
        }
        PDXObject x = getResources().getXObject(name);
        if (x instanceof PDImageXObject) {
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            double w = Math.hypot(ctm.getScaleX(), ctm.getShearY()), h = Math.hypot(ctm.getShearX(), ctm.getScaleY());
            double area = frame.width() * frame.height();
            if (area > 0) {
                imageCoverage = Math.max(imageCoverage, Math.min(1, w * h / area));
            }
        } else if (x instanceof PDFormXObject form) {
            showForm(form);
        }
    }
}
