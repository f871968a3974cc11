package perfdecl.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import perfdecl.model.Declaration;
import perfdecl.model.RunReport;
import perfdecl.write.BudgetItemsCsvWriter;
import perfdecl.write.DeclarationJsonLinesWriter;
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
 */
final class ExtractionOutput {

    private final Path dir;

    ExtractionOutput(Path dir) {
        this.dir = dir;
    }

    Path jsonFile(Declaration d) {
        return dir.resolve("json").resolve(d.id() + ".json");
    }

    void writeDeclaration(Declaration d) throws IOException {
        AtomicFile.writeText(jsonFile(d), w -> new DeclarationJsonWriter().write(d, w));
    }

    void writeTables(List<Declaration> all, RunReport report, boolean xlsx) throws IOException {
        AtomicFile.writeText(dir.resolve("declarations.jsonl"), w -> new DeclarationJsonLinesWriter().write(all, w));
        AtomicFile.writeText(dir.resolve("declarations.csv"), w -> new DeclarationsCsvWriter().write(all, w));
        AtomicFile.writeText(dir.resolve("budget_items.csv"), w -> new BudgetItemsCsvWriter().write(all, w));
        AtomicFile.writeText(dir.resolve("indicators.csv"), w -> new IndicatorsCsvWriter().write(all, w));
        AtomicFile.writeText(dir.resolve("findings.csv"), w -> new FindingsCsvWriter().write(all, w));
        if (xlsx) {
            AtomicFile.writeBinary(dir.resolve("declarations.xlsx"), out -> new WorkbookWriter().write(all, out));
        }
        writeRun(report);
    }

    void writeRun(RunReport report) throws IOException {
        AtomicFile.writeText(dir.resolve("run.json"), w -> new RunReportJsonWriter().write(report, w));
        AtomicFile.writeText(dir.resolve("run.csv"), w -> new RunReportCsvWriter().write(report, w));
    }
}
