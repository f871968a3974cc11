package perfdecl.bench;

import java.nio.file.Path;
import java.util.List;

import perfdecl.fixtures.Bundles;

/**
 * Writes a bundle of at least {@code pages} pages for bench/bundles.sh: the committed born-digital filings one
 * after another, a blank page after every fourth form and a separator sheet after every seventh; with
 * {@code scan}, the committed scans ({@code scan-form-1..5}) with a blank page after every fourth form. Not a
 * test. Usage: {@code BundleMaker OUT.pdf PAGES [scan]}.
 */
public final class BundleMaker {

    private static final List<String> FIXTURES = List.of("pdf-form-1", "pdf-form-2", "pdf-form-3", "pdf-form-4",
            "pdf-form-5", "pdf-style-boxes-before-form-1", "pdf-style-no-rulings-form-2",
            "pdf-style-vector-ticks-form-3", "pdf-style-office-export-form-4");

    private static final List<String> SCANS = List.of("scan-form-1", "scan-form-2", "scan-form-3", "scan-form-4",
            "scan-form-5");

    private BundleMaker() {
    }

    public static void main(String[] args) {
        Path out = Path.of(args[0]);
        int pages = Integer.parseInt(args[1]);
        boolean scan = args.length > 2 && "scan".equals(args[2]);
        List<String> fixtures = scan ? SCANS : FIXTURES;
        try (Bundles b = new Bundles()) {
            for (int i = 0; b.pages() < pages; i++) {
                b.form(fixtures.get(i % fixtures.size()));
                if (i % 4 == 3) {
                    b.blank();
                }
                if (!scan && i % 7 == 6) {
                    b.separator("SECTION " + (i / 7 + 2));
                }
            }
            b.write(out);
            System.out.println(out + ": " + b.pages() + " pages");
        }
    }
}
