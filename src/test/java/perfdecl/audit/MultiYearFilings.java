package perfdecl.audit;

import perfdecl.fixtures.Fixtures;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import perfdecl.model.Declaration;

/**
 * The audit test set: 2018–2020 filings derived from the corpus truth files with planted inconsistencies
 * (see src/test/resources/audit/make_multi_year_filings.py for what was changed and why).
 */
public final class MultiYearFilings {

    public static final String RESOURCE = "/audit/multi-year-filings.json";

    private MultiYearFilings() {
    }

    public static List<Declaration> load() {
        try (InputStream in = Fixtures.stream(RESOURCE.replaceFirst("^/", ""))) {
            return new ObjectMapper().readValue(in, new TypeReference<List<Declaration>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
