package perfdecl.pipeline;

import java.nio.file.Path;
import java.util.List;

import perfdecl.model.InputReport;

/**
 * What extracting one input left for the batch: its report line, the ids of its declarations and its output
 * files, written whole under temporary names beside their targets (see {@link ExtractionOutput#stage}). The batch
 * then puts them in place, or throws them away when an earlier copy of the same content speaks for it. A failed
 * input has no files. {@code checkpoint}: for a long scan cut short, how far its reading had got (a resumed run
 * reads on from there); null otherwise.
 */
public record StagedInput(InputReport report, List<String> ids, List<StagedFile> files, Checkpoint checkpoint) {

    /** A file written under {@code tmp}, to become {@code target}. */
    public record StagedFile(Path tmp, Path target) {
    }

    public StagedInput {
        ids = List.copyOf(ids);
        files = List.copyOf(files);
    }

    /** An input without output: failed, or extracted to no declaration. */
    public static StagedInput without(InputReport report) {
        return new StagedInput(report, List.of(), List.of(), null);
    }
}
