package perfdecl.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import perfdecl.model.Declaration;
import perfdecl.model.InputReport;
import perfdecl.model.RunReport;
import perfdecl.pipeline.StagedInput.StagedFile;
import perfdecl.write.CsvDialect;
import perfdecl.write.CsvTableWriter;
import perfdecl.write.DeclarationJsonLinesWriter;
import perfdecl.write.DeclarationJsonReader;
import perfdecl.write.DeclarationJsonWriter;
import perfdecl.write.DeclarationTables;
import perfdecl.write.Language;
import perfdecl.write.RunReportCsvWriter;
import perfdecl.write.RunReportJsonWriter;
import perfdecl.write.WorkbookWriter;

/**
 * The output folder of an extraction: {@code json/<id>.json} per form, {@code declarations.jsonl}, the four CSVs,
 * {@code run.json}/{@code run.csv} and, unless told not to, {@code declarations.xlsx}; the CSVs in one {@link CsvDialect}. Every file appears whole or not at
 * all. Whoever extracts an input — this process or a worker — also writes the rows it contributes to each
 * aggregated table ({@code .perfdecl/rows/<sha256>}), so that the aggregated files are made at the end by copying
 * those rows in input order: no declaration is read back, and a run of any size holds none of them in memory.
 */
public final class ExtractionOutput {

    /** A table writer over a list of declarations. */
    private interface TableWriter {
        void write(List<Declaration> declarations, Writer out) throws IOException;
    }

    /** An aggregated file; {@code headed}: its writer puts a byte-order mark and a header line before the rows. */
    private record Table(String name, TableWriter writer, boolean headed) {
    }

    private final Path dir;
    private final CsvDialect csv;
    private final Language language;
    private final List<Table> tables;

    /** {@link #ExtractionOutput(Path, CsvDialect, Language)} with the findings' messages in Chinese. */
    ExtractionOutput(Path dir, CsvDialect csv) {
        this(dir, csv, Language.ZH);
    }

    /**
     * The output folder {@code dir}, its tables written in the CSV dialect {@code csv}, the findings' messages
     * (findings.csv and the workbook) from the catalogue in {@code language}.
     */
    public ExtractionOutput(Path dir, CsvDialect csv, Language language) {
        this.dir = dir;
        this.csv = csv;
        this.language = language;
        CsvTableWriter table = new CsvTableWriter(csv);
        this.tables = List.of(
                new Table("declarations.jsonl", new DeclarationJsonLinesWriter()::write, false),
                new Table("declarations.csv", (ds, w) -> table.write(DeclarationTables.declarations(ds), w), true),
                new Table("budget_items.csv", (ds, w) -> table.write(DeclarationTables.budgetItems(ds), w), true),
                new Table("indicators.csv", (ds, w) -> table.write(DeclarationTables.indicators(ds), w), true),
                new Table("findings.csv", (ds, w) -> table.write(DeclarationTables.findings(ds, language), w), true));
    }

    public Path jsonFile(String id) {
        return jsonDir().resolve(id + ".json");
    }

    /**
     * The rows an input contributes, in this folder's CSV dialect and language: rows of another dialect or
     * language are another file, so that a resumed run in another one extracts the input again rather than mixing
     * the two. (Rows named by the bare SHA-256 predate the catalogue's messages and are never read.)
     */
    public Path rowsFile(String sha256) {
        return rowsDir().resolve(sha256 + "." + language.tag() + (csv == CsvDialect.EXCEL ? "" : "." + csv.id()));
    }

    private Path jsonDir() {
        return dir.resolve("json");
    }

    private Path rowsDir() {
        return dir.resolve(".perfdecl").resolve("rows");
    }

    /**
     * Writes an extracted input's json files and table rows under temporary names and says where they go; a
     * failed input or one without a SHA-256 has nothing to write.
     */
    public StagedInput stage(InputResult result) throws IOException {
        InputReport report = result.report();
        if (!report.extracted() || report.sha256() == null) {
            return StagedInput.without(report);
        }
        List<StagedFile> files = new ArrayList<>();
        try {
            for (Declaration d : result.declarations()) {
                Path target = jsonFile(d.id());
                files.add(new StagedFile(AtomicFile.stageText(target, w -> new DeclarationJsonWriter().write(d, w)),
                        target));
            }
            Path rows = rowsFile(report.sha256());
            files.add(new StagedFile(AtomicFile.stageText(rows, w -> writeRows(result.declarations(), w)), rows));
        } catch (IOException | RuntimeException e) {
            discard(new StagedInput(report, List.of(), files, null));
            throw e;
        }
        return new StagedInput(report, result.declarations().stream().map(Declaration::id).toList(), files, null);
    }

    /** Writes one declaration's json file under a temporary name (an input's forms are staged as they come). */
    public StagedFile stageJson(Declaration d) throws IOException {
        Path target = jsonFile(d.id());
        return new StagedFile(AtomicFile.stageText(target, w -> new DeclarationJsonWriter().write(d, w)), target);
    }

    /**
     * Writes the table rows of an input's declarations under a temporary name, a group of sections per
     * declaration, so that the declarations can come one at a time (read back from their staged json files).
     */
    public StagedFile stageRows(String sha256, Iterable<Declaration> declarations) throws IOException {
        Path rows = rowsFile(sha256);
        return new StagedFile(AtomicFile.stageText(rows, w -> {
            for (Declaration d : declarations) {
                writeRows(List.of(d), w);
            }
        }), rows);
    }

    /** A declaration from a json file staged under a temporary name. */
    public Declaration readStaged(StagedFile json) throws IOException {
        try (Reader in = Files.newBufferedReader(json.tmp(), StandardCharsets.UTF_8)) {
            return new DeclarationJsonReader().read(in);
        }
    }

    /** {@link #stage}, or the input reported failed when its output cannot be written (a full disk). */
    public StagedInput stageOrFail(InputResult result) {
        try {
            return stage(result);
        } catch (IOException | RuntimeException e) {
            InputReport r = result.report();
            return StagedInput.without(new InputReport(r.file(), r.sha256(), InputReport.FAILED,
                    "cannot write its output: " + e, 0, r.pages(), r.ms()));
        }
    }

    /** Puts an input's staged files in place. */
    public void commit(StagedInput input) throws IOException {
        for (StagedFile f : input.files()) {
            AtomicFile.moveOver(f.tmp(), f.target());
        }
    }

    /** Throws an input's staged files away. */
    public void discard(StagedInput input) throws IOException {
        for (StagedFile f : input.files()) {
            Files.deleteIfExists(f.tmp());
        }
    }

    /** Deletes the temporary files of inputs whose extraction died half-way (a worker killed while writing). */
    public void sweepTemporaries() throws IOException {
        for (Path folder : List.of(jsonDir(), rowsDir())) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (AtomicFile.isTemporary(f)) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }
    }

    /**
     * The rows file: for each table in turn, a line {@code <name>\t<length in bytes>} and then those bytes — the
     * rows the table's writer writes for these declarations, in UTF-8, without its byte-order mark and header line.
     * A file may hold several such groups one after another.
     */
    private void writeRows(List<Declaration> declarations, Writer out) throws IOException {
        for (Table t : tables) {
            String rows = withoutHeader(t, declarations);
            out.write(t.name() + "\t" + rows.getBytes(StandardCharsets.UTF_8).length + "\n");
            out.write(rows);
        }
    }

    private static String withoutHeader(Table t, List<Declaration> declarations) throws IOException {
        StringWriter text = new StringWriter();
        t.writer().write(declarations, text);
        String s = text.toString();
        return t.headed() ? s.substring(s.indexOf('\n') + 1) : s;
    }

    /**
     * Writes the aggregated files from the rows of the inputs {@code sha256s}, in that order, the workbook (when
     * asked) from the json files of {@code ids}, and the run report.
     */
    public void writeTables(List<String> sha256s, List<String> ids, RunReport report, boolean xlsx) throws IOException {
        List<AtomicFile.Pending> files = new ArrayList<>();
        try {
            for (Table t : tables) {
                AtomicFile.Pending f = AtomicFile.open(dir.resolve(t.name()));
                files.add(f);
                StringWriter header = new StringWriter();
                t.writer().write(List.of(), header);
                f.write(header.toString());
            }
            ByteBuffer head = ByteBuffer.allocate(256);
            for (String sha : sha256s) {
                try (FileChannel in = FileChannel.open(rowsFile(sha), StandardOpenOption.READ)) {
                    // one group of sections, or one per declaration when its forms were staged as they came
                    long position = 0;
                    while (position < in.size()) {
                        for (int i = 0; i < tables.size(); i++) {
                            position = copySection(in, position, tables.get(i).name(), files.get(i), head, sha);
                        }
                    }
                }
            }
            for (AtomicFile.Pending f : files) {
                f.commit();
            }
        } finally {
            for (AtomicFile.Pending f : files) {
                f.close();
            }
        }
        if (xlsx) {
            // each declaration read from its json file as the workbook comes to it, and let go
            Iterable<Declaration> lazy = () -> ids.stream().map(id -> {
                try {
                    return read(id);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).iterator();
            AtomicFile.writeBinary(dir.resolve("declarations.xlsx"), out -> new WorkbookWriter(language).write(lazy, out));
        }
        writeRun(report);
    }

    /** Copies the section of {@code table} that starts at {@code position}; returns where the next one starts. */
    private long copySection(FileChannel in, long position, String table, AtomicFile.Pending out, ByteBuffer head,
                             String sha) throws IOException {
        head.clear();
        in.read(head, position);
        int end = 0;
        while (end < head.position() && head.get(end) != '\n') {
            end++;
        }
        String line = new String(head.array(), 0, end, StandardCharsets.UTF_8);
        int tab = line.indexOf('\t');
        if (end == head.position() || tab < 0 || !line.substring(0, tab).equals(table)) {
            throw new IOException("damaged rows file " + rowsFile(sha) + ": expected " + table);
        }
        long length = Long.parseLong(line.substring(tab + 1));
        if (position + end + 1 + length > in.size()) {
            throw new IOException("damaged rows file " + rowsFile(sha) + ": " + table + " cut short");
        }
        out.copy(in, position + end + 1, length);
        return position + end + 1 + length;
    }

    public Declaration read(String id) throws IOException {
        try (Reader in = Files.newBufferedReader(jsonFile(id), StandardCharsets.UTF_8)) {
            return new DeclarationJsonReader().read(in);
        }
    }

    void writeRun(RunReport report) throws IOException {
        AtomicFile.writeText(dir.resolve("run.json"), w -> new RunReportJsonWriter().write(report, w));
        AtomicFile.writeText(dir.resolve("run.csv"), w -> new RunReportCsvWriter(csv).write(report, w));
    }
}
