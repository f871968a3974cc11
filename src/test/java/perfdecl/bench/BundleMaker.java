package perfdecl.bench;

import java.nio.file.Path;
import java.util.List;

import perfdecl.fixtures.Bundles;

/**
 * Writes a bundle of at least {@code pages} pages for bench/bundles.sh: the committed born-digital filings one
 * after another, a blank page after every fourth form and a separator sheet after every seventh. Not a test.
 * Usage: {@code BundleMaker OUT.pdf PAGES}.
 */
public final class BundleMaker {

    private static final List<String> FIXTURES = List.of("pdf-form-1", "pdf-form-2", "pdf-form-3", "pdf-form-4",
            "pdf-form-5", "pdf-style-boxes-before-form-1", "pdf-style-no-rulings-form-2",
            "pdf-style-vector-ticks-form-3", "pdf-style-office-export-form-4");

    private BundleMaker() {
    }

    public static void main(String[] args) {
        Path out = Path.of(args[0]);
        int pages = Integer.parseInt(args[1]);
        try (Bundles b = new Bundles()) {
            for (int i = 0; b.pages() < pages; i++) {
                b.form(FIXTURES.get(i % FIXTURES.size()));
                if (i % 4 == 3) {
                    b.blank();
                }
                if (i % 7 == 6) {
                    b.separator("SECTION " + (i / 7 + 2));
                }
            }
            b.write(out);
            System.out.println(out + ": " + b.pages() + " pages");
        }
    }
}
