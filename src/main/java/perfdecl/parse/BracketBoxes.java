package perfdecl.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import perfdecl.grid.Token;

/**
 * A word processor's form draws its boxes as brackets typed around a blank or a tick ("[ ]结转项目 [√]其他一次性项目",
 * also "［ ］", "【√】"): an empty pair is an empty box, a pair around a tick (which a reader may already have read as a
 * mark, leaving "[" and "]" as text on either side) is one ticked box. Without this the brackets are text, the empty
 * boxes are lost and the group's lone tick sits between two options with nothing to tell which one it belongs to.
 */
final class BracketBoxes {

    private static final String OPEN = "[［【";
    private static final String CLOSE = "]］】";
    // a bracket pair around nothing, or around a tick typed as text ("[x]", "[√]" read as letters)
    private static final Pattern PAIR = Pattern.compile("[\\[［【]([\\s\\u3000]*|[√✓✔xX×☑])[\\]］】]");

    private BracketBoxes() {
    }

    /** One line of a group's tokens with its bracket pairs as marks; the line itself when it has none. */
    static List<Token> asMarks(List<Token> line) {
        if (line.stream().noneMatch(t -> !t.isMark() && hasBracket(t.text()))) {
            return line;
        }
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < line.size(); i++) {
            Token t = line.get(i);
            if (t.isMark() && !out.isEmpty() && i + 1 < line.size() && endsWithOpen(out.get(out.size() - 1))
                    && startsWithClose(line.get(i + 1))) {
                Token before = out.remove(out.size() - 1);
                String head = before.text().substring(0, before.text().length() - 1);
                Token after = line.get(i + 1);
                if (!head.isBlank()) {
                    out.addAll(split(textOf(before, head)));
                }
                out.add(new Token(Token.Kind.MARK, before.text().substring(head.length()) + t.text() + after.text().charAt(0),
                        t.checked(), t.line(), t.box(), t.confidence()));
                String tail = after.text().substring(1);
                if (!tail.isBlank()) {
                    line = new ArrayList<>(line);
                    line.set(i + 1, textOf(after, tail));
                } else {
                    i++;
                }
                continue;
            }
            out.addAll(t.isMark() ? List.of(t) : split(t));
        }
        return out;
    }

    private static List<Token> split(Token text) {
        Matcher m = PAIR.matcher(text.text());
        List<Token> out = new ArrayList<>();
        int at = 0;
        while (m.find()) {
            addText(out, text, text.text().substring(at, m.start()));
            boolean ticked = !m.group(1).isBlank();
            out.add(new Token(Token.Kind.MARK, m.group(), ticked, text.line(), text.box(), text.confidence()));
            at = m.end();
        }
        addText(out, text, text.text().substring(at));
        return out;
    }

    private static void addText(List<Token> out, Token from, String text) {
        if (!text.isBlank()) {
            out.add(textOf(from, text));
        }
    }

    /** Part of {@code from}'s text as a text token where {@code from} stands. */
    private static Token textOf(Token from, String text) {
        return new Token(Token.Kind.TEXT, text, null, from.line(), from.box(), from.confidence());
    }

    private static boolean hasBracket(String text) {
        return text.chars().anyMatch(c -> OPEN.indexOf(c) >= 0 || CLOSE.indexOf(c) >= 0);
    }

    private static boolean endsWithOpen(Token t) {
        String s = t.text().stripTrailing();
        return !t.isMark() && !s.isEmpty() && OPEN.indexOf(s.charAt(s.length() - 1)) >= 0
                && s.length() == t.text().length();
    }

    private static boolean startsWithClose(Token t) {
        return !t.isMark() && !t.text().isEmpty() && CLOSE.indexOf(t.text().charAt(0)) >= 0;
    }
}
