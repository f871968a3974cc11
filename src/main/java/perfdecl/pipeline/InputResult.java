package perfdecl.pipeline;

import java.util.List;

import perfdecl.model.Declaration;
import perfdecl.model.InputReport;

/** What extracting one input gave: its report line and its declarations (none when it failed). */
public record InputResult(InputReport report, List<Declaration> declarations) {

    public InputResult {
        declarations = List.copyOf(declarations);
    }
}
