package perfdecl.pdf.content;

/**
 * Which characters are checkbox marks and whether they are ticked, including the Wingdings / Wingdings 2
 * private-use code points Word exports when the filer used a symbol font for the boxes.
 */
final class MarkGlyphs {

    private MarkGlyphs() {
    }

    /** {@code TRUE} checked, {@code FALSE} unchecked, {@code null} not a mark. */
    static Boolean state(String unicode, String fontName) {
        if (unicode == null || unicode.length() != 1) {
            return null;
        }
        char c = unicode.charAt(0);
        switch (c) {
            case '☑', '☒', '■', '√', '✓', '✔', '▣', '✗', '✘':
                return Boolean.TRUE;
            case '□', '☐', '◻', '▢', '❑':
                return Boolean.FALSE;
            default:
                break;
        }
        if (c < 0xF000 || c > 0xF0FF) {
            return null;
        }
        int code = c - 0xF000;
        String font = fontName == null ? "" : fontName.toLowerCase(java.util.Locale.ROOT);
        if (font.contains("wingdings2") || font.contains("wingdings 2") || font.contains("wingdings-2")) {
            return switch (code) {
                case 0x52, 0x54, 0x50, 0x4F, 0x51, 0x53 -> Boolean.TRUE;
                case 0xA3, 0xA2, 0x2A, 0xA0, 0xA1 -> Boolean.FALSE;
                default -> null;
            };
        }
        // Wingdings, or a symbol font whose name was lost: the Wingdings layout, plus the two unambiguous
        // Wingdings 2 boxes seen in exported filings.
        return switch (code) {
            case 0xFE, 0xFD, 0xFC, 0xFB, 0x6E, 0x78, 0x52 -> Boolean.TRUE;
            case 0xA8, 0x6F, 0x71, 0x72, 0xA3 -> Boolean.FALSE;
            default -> null;
        };
    }
}
