package perfdecl.parse;

import perfdecl.model.Target;

/** Placeholder until the target grammar lands. */
public final class TargetParser {
    public Target parse(String raw) {
        return raw == null || raw.isBlank() ? null : new Target(raw.strip(), null, null, null, null);
    }
}
