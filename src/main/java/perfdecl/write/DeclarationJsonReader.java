package perfdecl.write;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import perfdecl.model.Declaration;

/**
 * Reads back what {@link DeclarationJsonWriter} and {@link DeclarationJsonLinesWriter} wrote, to equal records,
 * so that earlier output can be audited. Keys outside the contract (a truth file's {@code expectedFindings},
 * {@code render}) are ignored; a missing {@code provenance} reads as empty, a
 * {@code null} id stays {@code null}. Untyped finding values come back as {@code Long}, {@code BigDecimal},
 * {@code String}, {@code Boolean}, lists and maps.
 */
public final class DeclarationJsonReader {

    /** One JSON object. */
    public Declaration read(Reader in) throws IOException {
        return JsonFormat.MAPPER.readValue(in, Declaration.class);
    }

    /** A JSON array of declarations, or declarations one after another (JSON Lines). */
    public List<Declaration> readAll(Reader in) throws IOException {
        var pushback = new PushbackReader(in, 1);
        int first = skipWhitespace(pushback);
        if (first == -1) {
            return List.of();
        }
        pushback.unread(first);
        if (first == '[') {
            return List.of(JsonFormat.MAPPER.readValue(pushback, Declaration[].class));
        }
        var all = new ArrayList<Declaration>();
        try (var values = JsonFormat.MAPPER.readerFor(Declaration.class).<Declaration>readValues(pushback)) {
            while (values.hasNextValue()) {
                all.add(values.nextValue());
            }
        }
        return List.copyOf(all);
    }

    private static int skipWhitespace(PushbackReader in) throws IOException {
        int c;
        do {
            c = in.read();
        } while (c != -1 && (Character.isWhitespace(c) || c == '\uFEFF'));
        return c;
    }
}
