package perfdecl.pdf.scan.repair;

import java.util.ArrayList;
import java.util.List;

import perfdecl.grid.Token;
import perfdecl.pdf.layout.CellContent;

/**
 * Removes the spaces OCR puts between Chinese characters ("项 目 名 称"): a space is kept only between two Latin
 * letters or digits, where it is real. Specks read as a full stop or comma at the start of a line go too.
 */
final class ScanCjkText {

    private ScanCjkText() {
    }

    static CellContent join(CellContent content) {
        List<Token> tokens = new ArrayList<>();
        for (Token t : content.tokens()) {
            tokens.add(t.isMark() ? t : new Token(t.kind(), join(t.text()), t.checked(), t.line(), t.box(),
                    t.confidence()));
        }
        return new CellContent(join(content.text()), tokens, content.textBox());
    }

    static String join(String text) {
        // no line of Chinese starts with a full stop or comma: OCR makes them of specks
        text = text.replaceAll("(?m)^[\\s。，、．]+(?=\\S)", "");
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\u3000') {
                int j = i;
                while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\u3000')) {
                    j++;
                }
                char before = b.length() == 0 ? 0 : b.charAt(b.length() - 1);
                char after = j < text.length() ? text.charAt(j) : 0;
                if (before != 0 && after != 0 && !isWide(before) && !isWide(after)) {
                    b.append(' ');
                }
                i = j - 1;
                continue;
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * Opening angle brackets OCR made of a round one: 〈 closed by ) or ） on the same line, with no 〉 between,
     * was an opening parenthesis ("〈盖章)", "〈国办发〔2015〕42号)"). The text with them repaired, or {@code null}.
     */
    static String repairBrackets(String text) {
        StringBuilder b = new StringBuilder(text);
        boolean changed = false;
        for (int i = 0; i < b.length(); i++) {
            if (b.charAt(i) != '〈') {
                continue;
            }
            for (int j = i + 1; j < b.length() && b.charAt(j) != '\n' && b.charAt(j) != '〉' && b.charAt(j) != '〈'; j++) {
                char c = b.charAt(j);
                if (c == ')' || c == '）') {
                    b.setCharAt(i, c == ')' ? '(' : '（');
                    changed = true;
                    break;
                }
            }
        }
        return changed ? b.toString() : null;
    }

    /**
     * Chinese text sets its colons, semicolons and brackets full-width, but the OCR model reads them as their
     * ASCII look-alikes: next to a Chinese character, ":" ";" become "：" "；", and a bracket pair "(…)" becomes
     * "（…）" when either bracket touches one. Whitespace between does not count as a separation. The enumeration
     * comma "、" it reads now and then as "丶", the dot radical, which running text never sets: after a character
     * it is the comma.
     */
    static String fullWidthPunctuation(String text) {
        StringBuilder b = new StringBuilder(text);
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if ((c == ':' || c == ';') && (isHan(neighbour(b, i, -1)) || isHan(neighbour(b, i, 1)))) {
                b.setCharAt(i, c == ':' ? '：' : '；');
            } else if (c == '(') {
                int close = closing(b, i);
                boolean han = isHan(neighbour(b, i, -1)) || isHan(neighbour(b, i, 1))
                        || close >= 0 && (isHan(neighbour(b, close, -1)) || isHan(neighbour(b, close, 1)));
                if (han) {
                    b.setCharAt(i, '（');
                    if (close >= 0) {
                        b.setCharAt(close, '）');
                    }
                }
            } else if (c == ')' && (isHan(neighbour(b, i, -1)) || isHan(neighbour(b, i, 1)))) {
                b.setCharAt(i, '）');
            } else if (c == '丶' && neighbour(b, i, -1) > 0) {
                b.setCharAt(i, '、');
            }
        }
        return b.toString();
    }

    /**
     * Straight double quotes OCR gives for one half of a curly pair: the Chinese model reads ” (less often “) as
     * {@code "}. A {@code "} after an unclosed “ in the cell closes it (”), one before a ” that nothing opened
     * opens it (“); a cell's lines are one paragraph, so a pair may wrap. Quotes of one kind never pair with the
     * other in print, so only such a half pair is changed; a pair of straight quotes is left as read. The text
     * with them repaired, or {@code null}.
     */
    static String pairQuotes(String text) {
        if (text.indexOf('"') < 0) {
            return null;
        }
        StringBuilder b = new StringBuilder(text);
        boolean changed = false;
        boolean open = false;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (c == '“') {
                open = true;
            } else if (c == '”') {
                open = false;
            } else if (c == '"') {
                if (open) {
                    b.setCharAt(i, '”');
                    changed = true;
                    open = false;
                } else if (closesLater(b, i + 1)) {
                    b.setCharAt(i, '“');
                    changed = true;
                    open = true;
                } else {
                    // a straight pair or a lone mark: its partner, if any, is straight too
                    int partner = b.indexOf("\"", i + 1);
                    i = partner < 0 ? b.length() : partner;
                }
            }
        }
        return changed ? b.toString() : null;
    }

    /** Whether a ” comes after {@code from} before any other double quotation mark. */
    private static boolean closesLater(CharSequence s, int from) {
        for (int j = from; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '”') {
                return true;
            }
            if (c == '“' || c == '"') {
                return false;
            }
        }
        return false;
    }

    /** The first character from i in direction dir (±1) past spaces on the same line, or 0. */
    private static char neighbour(CharSequence s, int i, int dir) {
        for (int j = i + dir; j >= 0 && j < s.length(); j += dir) {
            char c = s.charAt(j);
            if (c == '\n') {
                return 0;
            }
            if (c != ' ' && c != '\u3000') {
                return c;
            }
        }
        return 0;
    }

    /** The ")" or "）" closing the bracket at {@code open} on its line, or -1. */
    private static int closing(CharSequence s, int open) {
        int depth = 0;
        for (int j = open + 1; j < s.length() && s.charAt(j) != '\n'; j++) {
            char c = s.charAt(j);
            if (c == '(' || c == '（') {
                depth++;
            } else if (c == ')' || c == '）') {
                if (depth == 0) {
                    return c == ')' ? j : -1;
                }
                depth--;
            }
        }
        return -1;
    }

    private static boolean isHan(char c) {
        return c != 0 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    private static boolean isWide(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF')
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '、' || c == '…' || c == '—';
    }
}
