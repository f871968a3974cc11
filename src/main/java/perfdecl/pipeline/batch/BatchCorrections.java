package perfdecl.pipeline.batch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import perfdecl.model.Declaration;
import perfdecl.model.InputReport;
import perfdecl.pipeline.ExtractionOutput;
import perfdecl.pipeline.InputResult;
import perfdecl.pipeline.review.ReviewCorrections;

/** The step of a batch that applies a review's corrections to what the batch extracted. */
final class BatchCorrections {

    private BatchCorrections() {
    }

    /**
     * Rewrites the json files and table rows of every input extracted in this run that a correction is about, the
     * corrections applied; tells the listener how many forms changed and what could not be applied.
     */
    static void apply(List<BatchExtraction.Outcome> outcomes, ExtractionOutput output,
                      ReviewCorrections corrections, ProgressListener listener) throws IOException {
        List<String> problems = new ArrayList<>(corrections.damaged());
        List<Declaration> seen = new ArrayList<>();
        java.util.Set<String> shas = new java.util.HashSet<>();
        int changed = 0;
        for (BatchExtraction.Outcome o : outcomes) {
            InputReport rep = o.report();
            if (!rep.extracted() || !o.contributes() || !shas.add(rep.sha256())) {
                continue;
            }
            List<Declaration> extracted = new ArrayList<>();
            for (String id : o.ids()) {
                extracted.add(output.read(id));
            }
            seen.addAll(extracted);
            List<Declaration> corrected = new ArrayList<>();
            int before = changed;
            for (Declaration d : extracted) {
                Declaration c = corrections.apply(d, problems);
                corrected.add(c);
                changed += c.equals(d) ? 0 : 1;
            }
            if (changed > before) {
                output.commit(output.stage(new InputResult(rep, corrected)));
            }
        }
        problems.addAll(corrections.stale(seen));
        listener.corrected(changed, problems);
    }
}
