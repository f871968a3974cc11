package perfdecl.pdf.scan.repair;

/** A punctuation glyph's width as the blank round its ink shows it: half-width, full-width, or between (unsure). */
enum GlyphWidth {
    HALF("half-width"), FULL("full-width"), UNSURE("unsure");

    private final String word;

    GlyphWidth(String word) {
        this.word = word;
    }

    /** Half-width at or below {@code half}, full-width at or above {@code full}, unsure between. */
    static GlyphWidth of(double blank, double half, double full) {
        return blank <= half ? HALF : blank >= full ? FULL : UNSURE;
    }

    /** How the reader's note names it. */
    String word() {
        return word;
    }
}
