package perfdecl.pipeline.batch;

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

    /**
     * How many files {@link #collect} would give, counted only up to {@code limit}: the walk stops there, and
     * nothing is sorted or kept, so deciding how to run a batch of 10,000 files costs what deciding for 8 does.
     */
    public static int countUpTo(List<Path> inputs, int limit) {
        int n = 0;
        for (Path input : inputs) {
            if (n >= limit) {
                break;
            }
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    n += (int) walk.filter(p -> extractable(p, EXTRACTABLE)).limit(limit - n).count();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                n++;
            }
        }
        return Math.min(n, limit);
    }

    /**
     * Whether any file {@link #collect} would give for {@code extensions} has one of them: a named input by its own
     * name, a folder by the first such file its walk meets (the walk stops there, nothing is sorted).
     */
    public static boolean anyWith(List<Path> inputs, Set<String> extensions) {
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    if (walk.anyMatch(p -> extractable(p, extensions))) {
                        return true;
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (extensions.contains(extension(input))) {
                return true;
            }
        }
        return false;
    }

    public static List<Path> collect(List<Path> inputs, Set<String> extensions) {
        List<Path> out = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(p -> extractable(p, extensions))
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

    /** Whether a file so named is one that a folder input gives: a PDF or a text export, not hidden. */
    public static boolean isExtractableName(String name) {
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot >= 0
                && EXTRACTABLE.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static boolean extractable(Path p, Set<String> extensions) {
        return Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")
                && extensions.contains(extension(p));
    }

    public static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
