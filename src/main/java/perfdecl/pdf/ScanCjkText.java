package perfdecl.pdf;

import java.util.ArrayList;
import java.util.List;

import perfdecl.grid.Token;

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

    private static boolean isWide(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF')
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '、' || c == '…' || c == '—';
    }
}
