package perfdecl.pdf.content;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.pdfbox.contentstream.operator.MissingOperandException;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

import perfdecl.grid.Box;
import perfdecl.grid.ReaderNote;

/**
 * Reads every page in one content-stream pass: PDFBox's own text positions (so full-width punctuation stays as
 * filed), axis-parallel strokes for the table rulings, and small square paths that draw checkboxes.
 * Not thread-safe: one instance per document.
 */
public final class PageContentCollector extends PDFTextStripper {

    private static final double SQUARE_MIN = 4, SQUARE_MAX = 16, MIN_RULING = 3;

    private final List<PageContent> pages = new ArrayList<>();
    private final List<ReaderNote> notes = new ArrayList<>();
    private int unmappedGlyphs;
    private Box unmappedRun;
    private double unmappedBaseline;
    private int unmappedRunPage;
    private int unmappedRunCount;
    private final java.util.Set<String> unmappedFonts = new java.util.TreeSet<>();
    private final java.util.Set<Integer> unmappedCodes = new java.util.TreeSet<>();

    private int pageNo;
    private PageFrame frame;
    private List<Glyph> glyphs;
    private List<Segment> segments;
    private List<Shape> shapes;
    /** Hairlines no longer than a checkbox side: rulings only where they meet a longer ruling (see endPage). */
    private List<Segment> shortHairlines;
    private boolean hasImage;

    private final List<List<double[]>> path = new ArrayList<>();
    private List<double[]> subpath;
    private boolean pathCurved;

    /** A small closed path: a checkbox frame, a fill inside one, or a tick. */
    private record Shape(Box box, boolean square, boolean darkFill, boolean stroked) {
    }

    public PageContentCollector() throws IOException {
        super();
        addOperator(new SetNonStrokingColor());
        addOperator(new SetNonStrokingColorN());
        addOperator(new SetNonStrokingColorSpace());
        addOperator(new SetNonStrokingDeviceCMYKColor());
        addOperator(new SetNonStrokingDeviceGrayColor());
        addOperator(new SetNonStrokingDeviceRGBColor());
        addOperator(new PathOp("m", 2, a -> { subpath = new ArrayList<>(); path.add(subpath); subpath.add(pt(a, 0)); }));
        addOperator(new PathOp("l", 2, a -> lineTo(pt(a, 0))));
        addOperator(new PathOp("c", 6, a -> { pathCurved = true; lineTo(pt(a, 4)); }));
        addOperator(new PathOp("v", 4, a -> { pathCurved = true; lineTo(pt(a, 2)); }));
        addOperator(new PathOp("y", 4, a -> { pathCurved = true; lineTo(pt(a, 2)); }));
        addOperator(new PathOp("h", a -> closeSubpath()));
        addOperator(new PathOp("re", 4, this::rectangle));
        for (String op : new String[] {"S"}) {
            addOperator(new PathOp(op, a -> paint(true, false)));
        }
        addOperator(new PathOp("s", a -> { closeSubpath(); paint(true, false); }));
        for (String op : new String[] {"f", "F", "f*"}) {
            addOperator(new PathOp(op, a -> paint(false, true)));
        }
        for (String op : new String[] {"B", "B*"}) {
            addOperator(new PathOp(op, a -> paint(true, true)));
        }
        for (String op : new String[] {"b", "b*"}) {
            addOperator(new PathOp(op, a -> { closeSubpath(); paint(true, true); }));
        }
        addOperator(new PathOp("n", a -> clearPath()));
        addOperator(new PathOp("BI", a -> hasImage = true));
        addOperator(new PathOp("Do", this::drawObject));
        setSortByPosition(false);
    }

    public List<PageContent> pages() {
        return pages;
    }

    /** Glyphs without a Unicode mapping, dropped from the text; each run of them on a line is one note. */
    public int unmappedGlyphs() {
        return unmappedGlyphs;
    }

    public List<ReaderNote> notes() {
        flushUnmapped();
        return notes;
    }

    @Override
    protected void startPage(PDPage page) {
        // the page's own number, also when it is read alone (setStartPage) or follows a page without content
        pageNo = getCurrentPageNo();
        frame = PageFrame.of(page);
        glyphs = new ArrayList<>();
        segments = new ArrayList<>();
        shapes = new ArrayList<>();
        shortHairlines = new ArrayList<>();
        hasImage = false;
        clearPath();
    }

    @Override
    protected void writePage() {
        // Layout happens later on the collected glyphs; PDFTextStripper's own text output is not used.
    }

    @Override
    protected void endPage(PDPage page) {
        segments.addAll(ShortHairlines.meetingRulings(shortHairlines, segments, SQUARE_MAX));
        glyphs.addAll(VectorMarks.marks(shapes.stream().map(s -> new VectorMarks.Shape(s.box, s.square, s.darkFill,
                s.stroked)).toList()));
        pages.add(new PageContent(pageNo, frame.width(), frame.height(), List.copyOf(glyphs), List.copyOf(segments), hasImage));
    }

    private void unmapped(TextPosition tp, Box box, double baseline) {
        unmappedGlyphs++;
        boolean sameRun = unmappedRun != null && unmappedRunPage == pageNo
                && Math.abs(baseline - unmappedBaseline) < box.height() * 0.5
                && box.x() - unmappedRun.right() < box.height() * 2;
        if (!sameRun) {
            flushUnmapped();
            unmappedRun = box;
            unmappedBaseline = baseline;
            unmappedRunPage = pageNo;
        } else {
            unmappedRun = unmappedRun.union(box);
        }
        unmappedRunCount++;
        unmappedFonts.add(fontName(tp));
        if (unmappedCodes.size() < 8 && tp.getCharacterCodes().length > 0) {
            unmappedCodes.add(tp.getCharacterCodes()[0]);
        }
    }

    private void flushUnmapped() {
        if (unmappedRun == null) {
            return;
        }
        notes.add(new ReaderNote("GLYPH_UNMAPPED", unmappedRunPage, unmappedRun, String.format(java.util.Locale.ROOT,
                "%d glyph(s) of font %s have no Unicode mapping (codes %s); dropped from the text, read the page "
                        + "image to recover them", unmappedRunCount, String.join(", ", unmappedFonts), unmappedCodes)));
        unmappedRun = null;
        unmappedRunCount = 0;
        unmappedFonts.clear();
        unmappedCodes.clear();
    }

    @Override
    protected void processTextPosition(TextPosition tp) {
        String unicode = tp.getUnicode();
        double fs = tp.getFontSizeInPt() > 0 ? tp.getFontSizeInPt() : Math.max(tp.getHeightDir(), 1);
        double h = tp.getHeightDir() > 0 ? tp.getHeightDir() : fs * 0.7;
        double w = tp.getWidthDirAdj();
        double baseline = tp.getYDirAdj();
        Box box = new Box(tp.getXDirAdj(), baseline - h, Math.max(w, 0.1), h);
        int[] codes = tp.getCharacterCodes();
        if (codes.length > 0 && !hasMapping(tp.getFont(), codes[0])) {
            // PDFBox falls back to the raw code as a character: garbage (often control characters), never text
            String name = fontName(tp) == null ? "" : fontName(tp).toLowerCase(java.util.Locale.ROOT);
            if (codes[0] < 0x100 && SYMBOL_FONT.matcher(name).find()) {
                unicode = String.valueOf((char) (0xF000 + codes[0])); // the code point Word's symbol fonts use
            } else {
                unicode = null;
            }
        }
        if (unicode == null || unicode.isEmpty() || unicode.indexOf('\uFFFD') >= 0) {
            unmapped(tp, box, baseline);
            return;
        }
        Boolean mark = MarkGlyphs.state(unicode, fontName(tp));
        if (mark != null) {
            glyphs.add(new Glyph(unicode, box, baseline, fs, mark));
            return;
        }
        if (isOverprint(unicode, box)) {
            return;
        }
        glyphs.add(new Glyph(unicode, box, baseline, fs, null));
    }

    private static final java.util.regex.Pattern SYMBOL_FONT =
            java.util.regex.Pattern.compile("wingdings|webdings|dingbats|symbol");

    private static boolean hasMapping(org.apache.pdfbox.pdmodel.font.PDFont font, int code) {
        if (font == null) {
            return true;
        }
        try {
            return font.toUnicode(code) != null;
        } catch (RuntimeException | java.io.IOException e) {
            return false;
        }
    }

    private static String fontName(TextPosition tp) {
        return tp.getFont() == null ? null : tp.getFont().getName();
    }

    /** Fake bold draws a glyph twice, a hair apart. */
    private boolean isOverprint(String unicode, Box box) {
        for (int i = glyphs.size() - 1, n = 0; i >= 0 && n < 3; i--, n++) {
            Glyph g = glyphs.get(i);
            if (g.text().equals(unicode) && !unicode.isBlank() && Math.abs(g.box().x() - box.x()) < box.width() * 0.3
                    && Math.abs(g.box().y() - box.y()) < box.height() * 0.3) {
                return true;
            }
        }
        return false;
    }

    private double[] pt(List<COSBase> a, int i) {
        float x = ((COSNumber) a.get(i)).floatValue(), y = ((COSNumber) a.get(i + 1)).floatValue();
        return toPage(x, y);
    }

    private double[] toPage(float x, float y) {
        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
        Point2D.Float p = ctm.transformPoint(x, y);
        return frame.fromUserSpace(p.x, p.y);
    }

    private void lineTo(double[] p) {
        if (subpath == null) {
            subpath = new ArrayList<>();
            path.add(subpath);
        }
        subpath.add(p);
    }

    private void closeSubpath() {
        if (subpath != null && !subpath.isEmpty()) {
            subpath.add(subpath.get(0));
        }
    }

    private void rectangle(List<COSBase> a) {
        float x = ((COSNumber) a.get(0)).floatValue(), y = ((COSNumber) a.get(1)).floatValue();
        float w = ((COSNumber) a.get(2)).floatValue(), h = ((COSNumber) a.get(3)).floatValue();
        subpath = new ArrayList<>();
        subpath.add(toPage(x, y));
        subpath.add(toPage(x + w, y));
        subpath.add(toPage(x + w, y + h));
        subpath.add(toPage(x, y + h));
        subpath.add(toPage(x, y));
        path.add(subpath);
    }

    private void clearPath() {
        path.clear();
        subpath = null;
        pathCurved = false;
    }

    private void paint(boolean stroke, boolean fill) {
        boolean dark = fill && isDarkFill();
        for (List<double[]> sp : path) {
            if (sp.size() < 2) {
                continue;
            }
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (double[] p : sp) {
                minX = Math.min(minX, p[0]);
                maxX = Math.max(maxX, p[0]);
                minY = Math.min(minY, p[1]);
                maxY = Math.max(maxY, p[1]);
            }
            double w = maxX - minX, h = maxY - minY;
            Box box = new Box(minX, minY, w, h);
            if (w <= SQUARE_MAX && h <= SQUARE_MAX && Math.max(w, h) >= 2) {
                boolean square = !pathCurved && w >= SQUARE_MIN && h >= SQUARE_MIN
                        && Math.abs(w - h) <= Math.max(2, 0.25 * Math.max(w, h));
                if (square || dark || stroke) {
                    shapes.add(new Shape(box, square, dark, stroke));
                }
                if (fill && !stroke && Math.min(w, h) <= 2.5 && Math.max(w, h) > MIN_RULING) {
                    shortHairlines.add(hairline(minX, minY, w, h));
                }
                continue;
            }
            if (fill && !stroke && Math.min(w, h) <= 2.5 && Math.max(w, h) > MIN_RULING) {
                // a hairline drawn as a thin filled rectangle
                segments.add(hairline(minX, minY, w, h));
                continue;
            }
            if (stroke) {
                for (int i = 1; i < sp.size(); i++) {
                    double[] p = sp.get(i - 1), q = sp.get(i);
                    boolean horizontal = Math.abs(p[1] - q[1]) < 0.5, vertical = Math.abs(p[0] - q[0]) < 0.5;
                    double len = Math.hypot(q[0] - p[0], q[1] - p[1]);
                    if ((horizontal || vertical) && len > MIN_RULING) {
                        segments.add(horizontal ? new Segment(Math.min(p[0], q[0]), p[1], Math.max(p[0], q[0]), p[1])
                                : new Segment(p[0], Math.min(p[1], q[1]), p[0], Math.max(p[1], q[1])));
                    }
                }
            } else if (fill && w > SQUARE_MAX && h > SQUARE_MAX && dark) {
                // a filled cell background is not a ruling; its edges are only borders when stroked
            }
        }
        clearPath();
    }

    private static Segment hairline(double minX, double minY, double w, double h) {
        return w > h ? new Segment(minX, minY + h / 2, minX + w, minY + h / 2)
                : new Segment(minX + w / 2, minY, minX + w / 2, minY + h);
    }

    private boolean isDarkFill() {
        try {
            int rgb = getGraphicsState().getNonStrokingColor().toRGB();
            int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
            return (r + g + b) / 3 < 160;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    private void drawObject(List<COSBase> a) throws IOException {
        if (a.isEmpty() || !(a.get(0) instanceof COSName name)) {
            return;
        }
        PDXObject xobject = getResources() == null ? null : getResources().getXObject(name);
        if (xobject instanceof PDImageXObject) {
            hasImage = true;
        } else if (xobject instanceof PDFormXObject form) {
            showForm(form);
        }
    }

    private interface OpBody {
        void run(List<COSBase> operands) throws IOException;
    }

    /**
     * One operator of the pass. Its numeric operands are checked as PDFBox's own path operators check them: too few
     * throws {@link MissingOperandException}, which PDFBox's stream engine logs and skips; operands of another type
     * skip the operator with a warning. A malformed operator so costs its own mark, never the page or the file.
     */
    private static final class PathOp extends OperatorProcessor {
        private static final Log LOG = LogFactory.getLog(PageContentCollector.class);

        private final String name;
        private final int numbers;
        private final OpBody body;

        PathOp(String name, OpBody body) {
            this(name, 0, body);
        }

        PathOp(String name, int numbers, OpBody body) {
            this.name = name;
            this.numbers = numbers;
            this.body = body;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            if (operands.size() < numbers) {
                throw new MissingOperandException(operator, operands);
            }
            if (numbers > 0 && !checkArrayTypesClass(operands, COSNumber.class)) {
                LOG.warn("Operator " + name + " skipped: its operands are not all numbers: " + operands);
                return;
            }
            body.run(operands);
        }

        @Override
        public String getName() {
            return name;
        }
    }
}
