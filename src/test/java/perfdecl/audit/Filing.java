package perfdecl.audit;

import java.util.List;
import java.util.Map;
import perfdecl.model.Budget;
import perfdecl.model.Declaration;
import perfdecl.model.Indicator;
import perfdecl.model.Source;
import perfdecl.model.Unit;

/** Minimal declarations built in code, for linking and single-check tests. */
final class Filing {

    private Filing() {
    }

    static Declaration of(String id, Integer year, String unit, String project) {
        return of(id, year, unit, project, null, List.of());
    }

    static Declaration of(String id, Integer year, String unit, String project, Budget budget, List<Indicator> indicators) {
        return new Declaration(Declaration.SCHEMA_VERSION, id, new Source(id + ".pdf", null, 0, List.of(1, 4), "pdf"),
                Declaration.TITLE, year, new Unit(unit, false), project, null, null, null, null, null, null, null,
                budget, indicators, List.of(), Map.of());
    }
}
