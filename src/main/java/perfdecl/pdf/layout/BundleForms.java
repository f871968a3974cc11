package perfdecl.pdf.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import perfdecl.grid.Box;
import perfdecl.grid.Cell;
import perfdecl.grid.FormGrid;
import perfdecl.grid.ReadListener;
import perfdecl.grid.ReaderNote;
import perfdecl.grid.Row;
import perfdecl.grid.Token;

/**
 * Cuts a file's pages, laid out one at a time, into forms and hands each to the listener as soon as the next form
 * begins: a form starts at each title line, or, where a title line could not be read, at a page that carries a
 * form's head labels ({@link PageRole#HEAD}); a page without a title goes on with the open form or, when it is none
 * of it, is reported skipped (blank, separator, attachment, or the pages of another table of a budget disclosure,
 * from the page its heading opens). A page that failed ends the open form, which is handed
 * over with the failure noted ({@code PAGE_UNREADABLE}); pages after it without a title of their own cannot be
 * told from the rest of a form whose first page was the one lost, so they are reported as that form, failed, rather
 * than joined to a form they may not belong to. Holds the rows of the open form only. Not thread-safe.
 */
public final class BundleForms {

    /** Recognises a title row: the row as a title (restored where misread), or {@code null}. */
    public interface Titles extends BiFunction<LayoutRow, List<ReaderNote>, LayoutRow> {
    }

    private final ReadListener listener;
    private final Titles titles;
    private final boolean scan;
    private List<ReaderNote> documentNotes = List.of();
    private Predicate<LayoutRow> otherHeading = row -> false;
    private Predicate<LayoutRow> doubtfulTitle = row -> false;
    /** Whether a form has begun in the file yet. */
    private boolean formSeen;
    /** The heading of the other table whose pages follow, {@code null} when none. */
    private String otherTable;
    private final List<LayoutRow> rows = new ArrayList<>();
    private final List<ReaderNote> notes = new ArrayList<>();
    private final List<ReaderNote> formNotes = new ArrayList<>();
    /** The scan reader's note on a page whose orientation was told on weak evidence. */
    private static final String ORIENTATION_UNSURE = "SCAN_ORIENTATION_UNSURE";
    private final List<ReaderNote> titleRepairs = new ArrayList<>();
    private final Map<String, Double> cellConfidence = new HashMap<>(), markConfidence = new HashMap<>();
    private int formIndex;
    private int formsHanded;
    /** The first and last page of a run of pages from a failed one on, not part of any form; 0 when none. */
    private int lostFrom, lostTo;
    private String lostReason;
    /** A page lost inside the open form, whose next page decides whether the form goes on; 0 when none. */
    private int gap;

    /**
     * @param scan whether the pages are read from images (cells carry confidences)
     */
    public BundleForms(ReadListener listener, Titles titles, boolean scan) {
        this.listener = listener;
        this.titles = titles;
        this.scan = scan;
    }

    /** Notes about the whole file, given to every form (why it was read by OCR). */
    public void documentNotes(List<ReaderNote> notes) {
        this.documentNotes = List.copyOf(notes);
    }

    /**
     * A page opening with a line {@code heading} accepts is no form's: the heading of another table, the contents or
     * a glossary of a budget disclosure, which ends the form before it.
     */
    public void otherTables(Predicate<LayoutRow> heading) {
        this.otherHeading = heading;
    }

    /**
     * A line {@code doubtful} accepts may be a form's title misread past recognising; over rows that carry the form's
     * labels it starts a form, noted ({@code FORM_TITLE_MISSING}).
     */
    public void doubtfulTitles(Predicate<LayoutRow> doubtful) {
        this.doubtfulTitle = doubtful;
    }

    // a disclosure's sub-heading naming the project whose form follows: "（二）<project name>"
    private static final java.util.regex.Pattern SUB_HEADING = java.util.regex.Pattern.compile(
            "[(（][一二三四五六七八九十\\d]{1,3}[)）].{2,60}");

    /**
     * The rows above a title line on its page, less the free lines just above the title that head the next form (a
     * disclosure's "（二）<project>"): they belong to no form, not to the one before.
     */
    static List<LayoutRow> withoutNextFormsHeading(List<LayoutRow> beforeTitle) {
        int keep = beforeTitle.size();
        while (keep > 0 && !beforeTitle.get(keep - 1).table() && beforeTitle.get(keep - 1).cells().size() == 1
                && SUB_HEADING.matcher(beforeTitle.get(keep - 1).joinedText().replaceAll("\\s+", "")).matches()) {
            keep--;
        }
        return beforeTitle.subList(0, keep);
    }

    /** Most free lines a disclosure sets between a section heading and the form title under it. */
    private static final int HEADING_LINES = 3;

    /**
     * Takes back a title that only heads the next one: a disclosure's section heading "10．项目支出绩效目标表" (its
     * number's stop lost to OCR, it reads as a title of another generation) over "（一）<project>", the form's own
     * title and its year; a form starts at the last title of such a run, and the heading stays the line it was.
     */
    static void dropHeadingsOverTitles(List<LayoutRow> laid, List<Integer> titleAt, List<LayoutRow> asLaid) {
        for (int t = titleAt.size() - 2; t >= 0; t--) {
            int from = titleAt.get(t), to = titleAt.get(t + 1);
            boolean freeLines = to - from - 1 <= HEADING_LINES;
            for (int i = from + 1; i < to && freeLines; i++) {
                freeLines = !laid.get(i).table() && laid.get(i).cells().size() <= 1;
            }
            if (freeLines) {
                laid.set(from, asLaid.get(from));
                titleAt.remove(t);
            }
        }
    }

    /** Forms handed over (read, not failed). */
    public int forms() {
        return formsHanded;
    }

    /** A page laid out: its rows, the reader's notes on it and, for a scan, the confidences read. */
    public void page(int page, List<LayoutRow> pageRows, List<ReaderNote> pageNotes, Map<Box, Double> cells,
              Map<Box, Double> marks) {
        List<ReaderNote> repaired = new ArrayList<>();
        List<Integer> titleAt = new ArrayList<>();
        List<LayoutRow> laid = new ArrayList<>(pageRows);
        for (int i = 0; i < laid.size(); i++) {
            LayoutRow title = titles.apply(laid.get(i), repaired);
            if (title != null) {
                laid.set(i, title);
                titleAt.add(i);
            }
        }
        dropHeadingsOverTitles(laid, titleAt, pageRows);
        if (!titleAt.isEmpty()) {
            if (!rows.isEmpty()) {
                add(page, withoutNoteAbove(page, withoutNextFormsHeading(laid.subList(0, titleAt.get(0)))), List.of(),
                        Map.of(), Map.of());
            }
            endLost();
            for (int t = 0; t < titleAt.size(); t++) {
                open(page);
                titleRepairs.addAll(repaired);
                int end = t + 1 < titleAt.size() ? titleAt.get(t + 1) : laid.size();
                List<LayoutRow> form = laid.subList(titleAt.get(t), end);
                addUpToOtherTable(page, t + 1 < titleAt.size() ? withoutNextFormsHeading(form) : form,
                        t == 0 ? pageNotes : List.of(), cells, marks);
            }
            return;
        }
        LayoutRow first = laid.stream().filter(r -> !r.joinedText().isBlank()).findFirst().orElse(null);
        if (first != null && (otherHeading.test(first) || doubtfulTitle.test(first)) && misreadTitle(first, laid)) {
            endLost();
            openUnderHeading(page, first, laid.subList(laid.indexOf(first), laid.size()), pageNotes, cells, marks);
            return;
        }
        if (first != null && otherHeading.test(first)) {
            close(page);
            endLost();
            otherTable = first.joinedText().replaceAll("\\s+", "");
            listener.pageSkipped(page, noForm());
            return;
        }
        PageRole role = PageRole.of(laid, rows.isEmpty() ? null : PageRole.edges(rows));
        if (gap > 0) {
            if (role == PageRole.CONTINUATION && !PageRole.repeatsOnceLabel(rows, laid)) {
                // the lost page was one of the open form's: it goes on, incomplete
                gap = 0;
                lostFrom = 0;
                add(page, laid, pageNotes, cells, marks);
                return;
            }
            if (role == PageRole.BLANK || role == PageRole.SEPARATOR) {
                listener.pageSkipped(page, role.why());
                return;
            }
            // a page of another form: the lost page may have been its first
            close(page);
            role = PageRole.of(laid, null);
        }
        if (headOfNext(role, laid)) {
            role = PageRole.HEAD;
        }
        switch (role) {
            case HEAD -> {
                endLost();
                open(page);
                formNotes.add(new ReaderNote(TITLE_MISSING, page, null, "no title line "
                        + perfdecl.model.Declaration.TITLE + " on page " + page
                        + ": the form was found from its head labels"));
                addUpToOtherTable(page, laid, pageNotes, cells, marks);
            }
            case CONTINUATION -> addUpToOtherTable(page, laid, pageNotes, cells, marks);
            case ATTACHMENT -> {
                if (lostFrom > 0) {
                    lostTo = page;
                    listener.pageSkipped(page, "may continue the form whose page " + lostFrom + " could not be read");
                } else {
                    if (scan && !rows.isEmpty() && !keepUnsureTurn(pageNotes)) {
                        noteSkippedTable(page, laid);
                    }
                    listener.pageSkipped(page, otherTable != null ? noForm() : role.why() + beforeFirst());
                }
            }
            default -> listener.pageSkipped(page, role.why() + beforeFirst());
        }
    }

    /**
     * Whether a scanned page without a title that reads as the open form's next page is rather the head of the next
     * form: it carries a form's head in part and repeats a label the open form already has that a form prints once
     * (项目名称, 实施单位, 年度目标 …). A form of the national generation prints only three head labels, fewer than a
     * page needs to be taken for a head while a form is open, so a title lost under a seal, a dark border or a bad
     * copy made its whole page one more page of the form before, and the form was lost in silence.
     */
    private boolean headOfNext(PageRole role, List<LayoutRow> laid) {
        return scan && role == PageRole.CONTINUATION && !rows.isEmpty() && PageRole.repeatsOnceLabel(rows, laid)
                && PageRole.likeFormsHead(laid);
    }

    /**
     * Whether a page laid out as {@code pageRows} opens a form with a title line of its own: a page where a read of
     * the file may begin, since what comes before it does not change how it and the pages after it are cut.
     */
    public boolean opensForm(List<LayoutRow> pageRows) {
        List<ReaderNote> ignored = new ArrayList<>();
        return pageRows.stream().anyMatch(r -> titles.apply(r, ignored) != null);
    }

    /**
     * A read of the pages up to a title page {@code page} ({@link #opensForm}) ends there: the rows above the title
     * go to the open form, which is handed over with everything before it, exactly as when {@link #page} meets the
     * title; the forms from the title on are another read's. Nothing is to be called after it.
     */
    public void endBefore(int page, List<LayoutRow> pageRows) {
        List<ReaderNote> ignored = new ArrayList<>();
        int title = 0;
        while (title < pageRows.size() && titles.apply(pageRows.get(title), ignored) == null) {
            title++;
        }
        if (!rows.isEmpty()) {
            add(page, pageRows.subList(0, title), List.of(), Map.of(), Map.of());
        }
        endLost();
        close(page);
    }

    /**
     * The read stops before page {@code page} (its thread interrupted: the time ran out, or the run was
     * cancelled), nothing to be called after it: the open form is handed over rather than lost with the page. Where
     * {@code pageRows} (the page laid out; null: not known) show the page opens a form, the open form ended before
     * it and is handed over as {@link #endBefore} hands it; otherwise it may go on on that page, and is handed over
     * noted as lacking it ({@code PAGE_UNREADABLE} on page {@code page}), unless it already lacks the page before.
     */
    public void stopBefore(int page, List<LayoutRow> pageRows) {
        if (pageRows != null && opensForm(pageRows)) {
            endBefore(page, pageRows);
            return;
        }
        if (!rows.isEmpty() && gap == 0) {
            formNotes.add(new ReaderNote("PAGE_UNREADABLE", page, null, "page " + page + " could not be read ("
                    + STOPPED + "); the form may go on there"));
        }
        close(page);
        endLost();
    }

    /** Why a read stopped by {@link #stopBefore} did not read the page. */
    public static final String STOPPED = "the reading was stopped before it: out of time or cancelled";

    /**
     * Page {@code page} could not be read: the open form lacks it. Whether the pages after it go on with that form
     * is decided by the next page ({@link #page}); a form stays open across one lost page only.
     */
    public void failed(int page, String reason) {
        listener.pageFailed(page, reason);
        if (!rows.isEmpty()) {
            formNotes.add(new ReaderNote("PAGE_UNREADABLE", page, null, "page " + page + " could not be read ("
                    + reason + "); the form may lack what stood on it"));
            if (gap > 0) {
                close(page + 1);
            } else {
                gap = page;
            }
        }
        if (lostFrom == 0) {
            lostFrom = page;
            lostReason = reason;
        }
        lostTo = page;
    }

    /** The last page is done: the open form is handed over. */
    public void finish() {
        close(Integer.MAX_VALUE);
        endLost();
    }

    private String noForm() {
        return "part of no form: another table (" + otherTable + ")" + beforeFirst();
    }

    /**
     * A scanned page skipped while a form is open, whose orientation was told on weak evidence, may be one of the
     * form's read the wrong way up (garbage has none of its labels): its orientation note goes to the form, so the
     * rows it may hold are not lost in silence.
     */
    private boolean keepUnsureTurn(List<ReaderNote> pageNotes) {
        List<ReaderNote> unsure = pageNotes.stream().filter(n -> ORIENTATION_UNSURE.equals(n.code())).toList();
        unsure.forEach(n -> formNotes.add(new ReaderNote(n.code(), n.page(), n.box(), n.message()
                + "; skipped as not part of the form: if it is the form's, its rows are missing")));
        return !unsure.isEmpty();
    }

    /**
     * A scanned page skipped while a form is open that holds a ruled table may be one of the form's, its labels lost
     * to a misreading (read the wrong way up though its orientation seemed sure, or too degraded to read): the form
     * is told ({@code SCAN_PAGE_SKIPPED}), so its rows are not lost in silence. A blank back, a letter or a cover
     * sheet holds no table and stays unmentioned.
     */
    private void noteSkippedTable(int page, List<LayoutRow> laid) {
        long tableRows = laid.stream().filter(r -> r.table() && !r.joinedText().isBlank()).count();
        if (tableRows > 0) {
            formNotes.add(new ReaderNote(SKIPPED_TABLE, page, null, "page " + page + " holds a table (" + tableRows
                    + " rows with text) but none of the form's labels: skipped as not part of the form; if it is"
                    + " the form's, read wrongly (turned, degraded), its rows are missing"));
        }
    }

    /**
     * Whether the open scanned form is a title line alone over prose: no table and none of the form's labels under
     * it, nor a page lost. A disclosure's preface ends with a sentence that names the form ("…详见项目支出绩效目标表"),
     * which OCR may read without its stop, as a title line; a form always prints its labels, even when a bad scan
     * loses its rulings.
     */
    private boolean namesFormOnly() {
        return scan && formNotes.isEmpty() && rows.stream().noneMatch(LayoutRow::table)
                && !PageRole.carriesLabels(rows.subList(1, rows.size()));
    }

    /** The note on a form found from its head labels, its title line unread. */
    private static final String TITLE_MISSING = "FORM_TITLE_MISSING";

    /** The note on a scanned page with a table skipped inside a form. */
    private static final String SKIPPED_TABLE = "SCAN_PAGE_SKIPPED";

    private String beforeFirst() {
        return formSeen ? "" : "; before the first form";
    }

    private void open(int page) {
        close(page);
        formSeen = true;
        otherTable = null;
        gap = 0;
        rows.clear();
        formNotes.clear();
        titleRepairs.clear();
        formNotes.addAll(notesAbove);
        notesAbove.clear();
    }

    /** Notes on free lines left out above the title of the form about to open ({@link #withoutNoteAbove}). */
    private final List<ReaderNote> notesAbove = new ArrayList<>();
    /** Most free lines above a scanned form's title taken for a note written on it. */
    private static final int NOTE_LINES = 2;
    private static final String HANDWRITING = "SCAN_HANDWRITING_SKIPPED";

    /**
     * The rows above a form's title on its page that go to the form before, less, on a scan, a line or two of free
     * text alone at the page's top while that form was read in a ruled table: a note a filer wrote above the next
     * form ("已核", "同意"), which pen on a gray scan leaves no colour to tell from print. Read as the last row of
     * the form before, it became one more indicator. A ruled form's own rows stand in its table, and a line it
     * printed under its table stands under it, not over the next title. Each line left out is noted on the form
     * that opens.
     */
    private List<LayoutRow> withoutNoteAbove(int page, List<LayoutRow> above) {
        boolean note = scan && !above.isEmpty() && above.size() <= NOTE_LINES
                && rows.stream().anyMatch(LayoutRow::table)
                && above.stream().allMatch(r -> !r.table() && r.cells().size() == 1);
        if (!note) {
            return above;
        }
        for (LayoutRow r : above) {
            notesAbove.add(new ReaderNote(HANDWRITING, page, r.cells().get(0).box(), "page " + page + ": \""
                    + r.joinedText().strip() + "\", a line alone above the form's title, is taken for a note written"
                    + " on the form, not a row of the form before: left out"));
        }
        return List.of();
    }

    /**
     * Adds a page's rows of the open form up to a line below its first that heads another table (a disclosure's
     * 部门整体支出绩效目标表 printed on the page where the last form ends), which ends the form there.
     */
    private void addUpToOtherTable(int page, List<LayoutRow> pageRows, List<ReaderNote> pageNotes,
                                   Map<Box, Double> cells, Map<Box, Double> marks) {
        for (int i = 1; i < pageRows.size(); i++) {
            LayoutRow row = pageRows.get(i);
            if (!row.joinedText().isBlank() && otherHeading.test(row)) {
                List<LayoutRow> below = pageRows.subList(i, pageRows.size());
                boolean opens = misreadTitle(row, below);
                add(page, opens ? withoutNoteAbove(page, pageRows.subList(0, i)) : pageRows.subList(0, i), pageNotes,
                        cells, marks);
                if (opens) {
                    openUnderHeading(page, row, below, List.of(), cells, marks);
                    return;
                }
                close(page);
                otherTable = row.joinedText().replaceAll("\\s+", "");
                return;
            }
        }
        add(page, pageRows, pageNotes, cells, marks);
    }

    /**
     * Whether {@code heading} (another table's, or a doubtful title) over {@code rows} is a scanned form's title
     * misread past recognising: the rows carry a form's head labels, or the line is near a title and the rows carry
     * some of the form's labels, head ones among them. Born-digital text is not misread, so its heading stays
     * another table's.
     */
    private boolean misreadTitle(LayoutRow heading, List<LayoutRow> rows) {
        return scan && (PageRole.headsForm(rows) || doubtfulTitle.test(heading) && PageRole.likeFormsHead(rows));
    }

    /**
     * Opens a form at a line that reads as another table's heading over rows that carry a form's head labels: no
     * other table has them, so the line is the form's title misread past recognising (characters lost to a faint
     * or 1-bit copy leave a line that still ends in 表). The form is noted as found from its head labels, with the
     * line read, so that a doubtful cut is told rather than a form lost with the pages of a table that is none.
     */
    private void openUnderHeading(int page, LayoutRow heading, List<LayoutRow> formRows, List<ReaderNote> pageNotes,
                                  Map<Box, Double> cells, Map<Box, Double> marks) {
        open(page);
        formNotes.add(new ReaderNote(TITLE_MISSING, page, null, "no title line " + perfdecl.model.Declaration.TITLE
                + " on page " + page + ": the line \"" + heading.joinedText().replaceAll("\\s+", "")
                + "\" is no title read (another table's heading or a doubtful title), but the rows under it carry"
                + " the form's labels; the form was found from them"));
        addUpToOtherTable(page, formRows, pageNotes, cells, marks);
    }

    private void add(int page, List<LayoutRow> pageRows, List<ReaderNote> pageNotes, Map<Box, Double> cells,
                     Map<Box, Double> marks) {
        rows.addAll(pageRows);
        notes.addAll(pageNotes);
        cells.forEach((b, c) -> cellConfidence.put(key(page, b), c));
        marks.forEach((b, c) -> markConfidence.put(key(page, b), c));
    }

    /**
     * Hands the open form over, if any: the file's notes, then the form's own (a failed page, a missing title),
     * then the notes of its pages and its title's repair, as a whole-file read ordered them. {@code nextPage}: the
     * page the next form starts on, whose notes are kept.
     */
    private void close(int nextPage) {
        if (!rows.isEmpty() && namesFormOnly()) {
            String title = rows.get(0).joinedText().replaceAll("\\s+", "");
            rows.stream().map(LayoutRow::page).distinct().forEach(p -> listener.pageSkipped(p, "the line \""
                    + title + "\" read as a form's title heads no table and none of the form's labels: not a"
                    + " declaration (a sentence or heading that names the form)"));
            rows.clear();
            formNotes.clear();
            titleRepairs.clear();
        }
        if (!rows.isEmpty()) {
            List<ReaderNote> paged = new ArrayList<>(notes);
            paged.addAll(titleRepairs);
            FormGrid grid = GridAssembler.assemble(formIndex++, PageBreakJoiner.join(rows), paged, scan);
            if (scan) {
                grid = withConfidence(grid, cellConfidence, markConfidence);
            }
            List<ReaderNote> all = new ArrayList<>(documentNotes);
            all.addAll(formNotes);
            all.addAll(grid.notes());
            formsHanded++;
            listener.form(new FormGrid(grid.formIndex(), grid.firstPage(), grid.lastPage(), grid.rows(), all));
            rows.clear();
            formNotes.clear();
            titleRepairs.clear();
        }
        gap = 0;
        notes.removeIf(n -> n.page() < nextPage);
        cellConfidence.keySet().removeIf(k -> page(k) < nextPage);
        markConfidence.keySet().removeIf(k -> page(k) < nextPage);
    }

    /**
     * A run of pages after a failed one ends. Pages without a title after it cannot be told from the rest of a
     * form whose first page was the one lost: they are reported as that form, failed. A failed page alone after a
     * form is that form's loss (noted on it) or a sheet of no form, and no form of its own.
     */
    private void endLost() {
        if (lostFrom > 0 && lostTo > lostFrom) {
            listener.formFailed(formIndex++, lostFrom, lostTo, "page " + lostFrom + " could not be read ("
                    + lostReason + "); pages " + (lostFrom + 1) + "–" + lostTo + " carry no title line of their own");
        }
        lostFrom = 0;
    }

    private static String key(int page, Box b) {
        return page + ":" + b;
    }

    private static int page(String key) {
        return Integer.parseInt(key.substring(0, key.indexOf(':')));
    }

    private static FormGrid withConfidence(FormGrid grid, Map<String, Double> cells, Map<String, Double> marks) {
        List<Row> out = new ArrayList<>();
        for (Row row : grid.rows()) {
            List<Cell> cellsOut = new ArrayList<>();
            for (Cell c : row.cells()) {
                List<Token> tokens = new ArrayList<>();
                double confidence = c.box() == null ? 1 : cells.getOrDefault(key(c.page(), c.box()), 1.0);
                for (Token t : c.tokens()) {
                    Double m = t.isMark() && t.box() != null ? marks.get(key(c.page(), t.box())) : null;
                    if (m != null) {
                        tokens.add(Token.mark(t.checked(), t.text(), t.line(), t.box(), m));
                        confidence = Math.min(confidence, m);
                    } else {
                        tokens.add(t);
                    }
                }
                cellsOut.add(new Cell(c.column(), c.columnSpan(), c.text(), tokens, c.page(), c.box(), confidence));
            }
            out.add(new Row(cellsOut, row.page()));
        }
        return new FormGrid(grid.formIndex(), grid.firstPage(), grid.lastPage(), out, grid.notes());
    }
}
