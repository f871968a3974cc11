package perfdecl.audit;

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
        try (InputStream in = MultiYearFilings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " missing from the test classpath");
            }
            return new ObjectMapper().readValue(in, new TypeReference<List<Declaration>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
