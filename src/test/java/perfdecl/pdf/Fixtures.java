package perfdecl.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Shared filings on the test class path ({@code filings/<case>/input.pdf, expected.json}); fails loudly when absent. */
final class Fixtures {

    private Fixtures() {
    }

    static Path input(String fixture) {
        return path("filings/" + fixture + "/input.pdf");
    }

    static JsonNode expected(String fixture) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream("filings/" + fixture + "/expected.json")) {
            if (in == null) {
                throw new IllegalStateException("missing fixture on the class path: filings/" + fixture + "/expected.json");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path path(String resource) {
        URL url = Fixtures.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException("missing fixture on the class path: " + resource);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
