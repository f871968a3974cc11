package perfdecl.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the inputs a user names into the files to extract: a file as given, a folder recursed into its PDFs,
 * text exports and earlier JSON output, sorted by path so that every run sees the same order.
 */
public final class InputFiles {

    private static final Set<String> EXTRACTABLE = Set.of("pdf", "txt", "text", "tsv");

    private InputFiles() {
    }

    /** Files to extract; a named input that does not exist is kept, so that it is reported as failed. */
    public static List<Path> collect(List<Path> inputs) {
        return collect(inputs, EXTRACTABLE);
    }

    static List<Path> collect(List<Path> inputs, Set<String> extensions) {
        List<Path> out = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !p.getFileName().toString().startsWith("."))
                            .filter(p -> extensions.contains(extension(p)))
                            .sorted()
                            .forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(input);
            }
        }
        return out;
    }

    static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
