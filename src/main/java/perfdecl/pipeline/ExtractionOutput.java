package perfdecl.pipeline;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

import perfdecl.model.Declaration;
import perfdecl.model.RunReport;
import perfdecl.write.BudgetItemsCsvWriter;
import perfdecl.write.DeclarationJsonLinesWriter;
import perfdecl.write.DeclarationJsonReader;
import perfdecl.write.DeclarationJsonWriter;
import perfdecl.write.DeclarationsCsvWriter;
import perfdecl.write.FindingsCsvWriter;
import perfdecl.write.IndicatorsCsvWriter;
import perfdecl.write.RunReportCsvWriter;
import perfdecl.write.RunReportJsonWriter;
import perfdecl.write.WorkbookWriter;

/**
 * The output folder of an extraction: {@code json/<id>.json} per form, {@code declarations.jsonl}, the four CSVs,
 * {@code run.json}/{@code run.csv} and, when asked, {@code declarations.xlsx}. Every file is written atomically.
 * The aggregated files are made at the end from the per-form json files, a chunk of declarations at a time, so
 * that a run of any size holds no more than a chunk in memory.
 */
final class ExtractionOutput {

    private static final int CHUNK = 200;

    /** A table writer over a list of declarations. */
    private interface TableWriter {
        void write(List<Declaration> declarations, Writer out) throws IOException;
    }

    private final Path dir;

    ExtractionOutput(Path dir) {
        this.dir = dir;
    }

    Path jsonFile(String id) {
        return dir.resolve("json").resolve(id + ".json");
    }

    void writeDeclaration(Declaration d) throws IOException {
        AtomicFile.writeText(jsonFile(d.id()), w -> new DeclarationJsonWriter().write(d, w));
    }

    /** Writes the aggregated files from the json files of {@code ids}, in that order, and the run report. */
    void writeTables(List<String> ids, RunReport report, boolean xlsx) throws IOException {
        List<TableWriter> writers = List.of(new DeclarationJsonLinesWriter()::write,
                new DeclarationsCsvWriter()::write, new BudgetItemsCsvWriter()::write,
                new IndicatorsCsvWriter()::write, new FindingsCsvWriter()::write);
        List<String> names = List.of("declarations.jsonl", "declarations.csv", "budget_items.csv",
                "indicators.csv", "findings.csv");
        List<AtomicFile.Pending> files = new ArrayList<>();
        try {
            for (String name : names) {
                files.add(AtomicFile.open(dir.resolve(name)));
            }
            for (int from = 0; from == 0 || from < ids.size(); from += CHUNK) {
                List<Declaration> chunk = read(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
                for (int i = 0; i < writers.size(); i++) {
                    StringWriter part = new StringWriter();
                    writers.get(i).write(chunk, part);
                    String text = part.toString();
                    if (from > 0 && names.get(i).endsWith(".csv")) {
                        // the byte-order mark and header line belong at the top of the file only
                        text = text.substring(text.indexOf('\n') + 1);
                    }
                    files.get(i).writer().write(text);
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
            List<Declaration> lazy = new AbstractList<>() {
                @Override
                public Declaration get(int index) {
                    try {
                        return read(ids.get(index));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public int size() {
                    return ids.size();
                }
            };
            AtomicFile.writeBinary(dir.resolve("declarations.xlsx"), out -> new WorkbookWriter().write(lazy, out));
        }
        writeRun(report);
    }

    private List<Declaration> read(List<String> ids) throws IOException {
        List<Declaration> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            out.add(read(id));
        }
        return out;
    }

    private Declaration read(String id) throws IOException {
        try (Reader in = Files.newBufferedReader(jsonFile(id), StandardCharsets.UTF_8)) {
            return new DeclarationJsonReader().read(in);
        }
    }

    void writeRun(RunReport report) throws IOException {
        AtomicFile.writeText(dir.resolve("run.json"), w -> new RunReportJsonWriter().write(report, w));
        AtomicFile.writeText(dir.resolve("run.csv"), w -> new RunReportCsvWriter().write(report, w));
    }
}
