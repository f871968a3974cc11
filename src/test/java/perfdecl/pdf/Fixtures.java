package perfdecl.pdf;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

/** The PDF tests' view of the shared fixture loader: a filing's input.pdf and its expected.json, as one node. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path input(String fixture) {
        return path("filings/" + fixture + "/input.pdf");
    }

    public static JsonNode expected(String fixture) {
        return perfdecl.fixtures.Fixtures.json("filings/" + fixture + "/expected.json");
    }

    static Path path(String resource) {
        return perfdecl.fixtures.Fixtures.path(resource);
    }
}
