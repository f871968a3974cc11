package perfdecl.parse;

/**
 * Undoes the line breaks a cell's width put into a one-line value (a name, a telephone number): Chinese text and
 * numbers wrap anywhere and join without a space ("021-625310" + "78"); only two Latin words keep one between them.
 */
final class WrappedText {

    private WrappedText() {
    }

    static String unwrap(String text) {
        if (text == null || text.indexOf('\n') < 0) {
            return text;
        }
        String[] lines = text.split("\n");
        StringBuilder b = new StringBuilder(text.length());
        for (String line : lines) {
            String part = line.strip();
            if (part.isEmpty()) {
                continue;
            }
            if (!b.isEmpty() && latinLetter(b.charAt(b.length() - 1)) && latinLetter(part.charAt(0))) {
                b.append(' ');
            }
            b.append(part);
        }
        return b.toString();
    }

    private static boolean latinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
