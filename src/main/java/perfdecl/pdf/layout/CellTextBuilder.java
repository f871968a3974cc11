package perfdecl.pdf.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import perfdecl.grid.Box;
import perfdecl.grid.Token;
import perfdecl.pdf.content.Glyph;

/**
 * Builds a cell's text and tokens from its glyphs: visual lines by baseline, wrapped lines of a paragraph joined,
 * a new paragraph where a line ends clearly short of the text's right edge, marks kept as tokens in reading order.
 */
public final class CellTextBuilder {

    private CellTextBuilder() {
    }

    private record Line(List<Glyph> glyphs, double baseline, double fontSize) {
        double left() {
            return glyphs.get(0).box().x();
        }

        double right() {
            return glyphs.get(glyphs.size() - 1).box().right();
        }

        boolean hasMark() {
            return glyphs.stream().anyMatch(Glyph::isMark);
        }
    }

    public static CellContent build(List<Glyph> glyphs) {
        if (glyphs.isEmpty()) {
            return CellContent.EMPTY;
        }
        List<Line> lines = lines(glyphs);
        if (lines.isEmpty()) {
            return CellContent.EMPTY;
        }
        double minLeft = lines.stream().mapToDouble(Line::left).min().orElse(0);
        double maxRight = lines.stream().mapToDouble(Line::right).max().orElse(0);
        List<Token> tokens = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Box textBox = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            List<Token> lineTokens = lineTokens(line, i);
            String lineText = String.join(" ", lineTokens.stream().filter(t -> !t.isMark()).map(Token::text).toList());
            tokens.addAll(lineTokens);
            for (Glyph g : line.glyphs()) {
                textBox = textBox == null ? g.box() : textBox.union(g.box());
            }
            if (lineText.isEmpty()) {
                continue;
            }
            if (text.length() > 0) {
                Line prev = lines.get(i - 1);
                double em = Math.max(prev.fontSize(), 1);
                boolean endedShort = maxRight - prev.right() > firstUnitWidth(line) + 0.5 * em;
                boolean startsLeft = line.left() <= minLeft + 2.5 * em;
                if ((endedShort && startsLeft) || prev.hasMark() || line.hasMark()) {
                    text.append('\n');
                } else if (isLatinLetter(text.charAt(text.length() - 1)) && isLatinLetter(lineText.charAt(0))) {
                    text.append(' ');
                }
            }
            text.append(lineText);
        }
        return new CellContent(text.toString(), tokens, textBox);
    }

    private static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> texts = new ArrayList<>(glyphs.stream().filter(g -> !g.isMark()).toList());
        texts.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(g -> g.box().x()));
        List<List<Glyph>> groups = new ArrayList<>();
        List<Double> baselines = new ArrayList<>();
        List<Double> sizes = new ArrayList<>();
        for (Glyph g : texts) {
            int last = groups.size() - 1;
            if (last >= 0 && Math.abs(g.baseline() - baselines.get(last)) <= 0.4 * Math.max(sizes.get(last), 1)) {
                groups.get(last).add(g);
            } else {
                groups.add(new ArrayList<>(List.of(g)));
                baselines.add(g.baseline());
                sizes.add(g.fontSize());
            }
        }
        for (Glyph m : glyphs) {
            if (!m.isMark()) {
                continue;
            }
            int best = -1;
            double bestDist = Double.MAX_VALUE;
            for (int i = 0; i < groups.size(); i++) {
                double mid = baselines.get(i) - sizes.get(i) * 0.35;
                double d = Math.abs(m.box().centerY() - mid);
                if (d < bestDist) {
                    bestDist = d;
                    best = i;
                }
            }
            if (best < 0 || bestDist > Math.max(sizes.get(best), m.box().height())) {
                groups.add(new ArrayList<>(List.of(m)));
                baselines.add(m.baseline());
                sizes.add(m.fontSize());
            } else {
                groups.get(best).add(m);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Glyph> g = groups.get(i);
            g.sort(Comparator.comparingDouble(x -> x.box().x()));
            while (!g.isEmpty() && g.get(g.size() - 1).isSpace()) {
                g.remove(g.size() - 1);
            }
            while (!g.isEmpty() && g.get(0).isSpace()) {
                g.remove(0);
            }
            if (!g.isEmpty()) {
                lines.add(new Line(g, baselines.get(i), sizes.get(i)));
            }
        }
        lines.sort(Comparator.comparingDouble(Line::baseline));
        return lines;
    }

    private static List<Token> lineTokens(Line line, int index) {
        List<Token> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        Box runBox = null;
        boolean pendingSpace = false;
        Glyph prev = null;
        for (Glyph g : line.glyphs()) {
            if (g.isMark()) {
                flush(out, run, runBox, index);
                runBox = null;
                out.add(Token.mark(g.mark(), g.text(), index, g.box(), 1.0));
                pendingSpace = false;
                prev = null;
                continue;
            }
            if (g.isSpace()) {
                pendingSpace = run.length() > 0;
                continue;
            }
            if (prev != null && run.length() > 0) {
                double gap = g.box().x() - prev.box().right();
                double em = Math.max(g.fontSize(), 1);
                char a = run.charAt(run.length() - 1), b = g.text().charAt(0);
                if (pendingSpace || gap > 0.8 * em || (gap > 0.12 * em && isLatinAlnum(a) && isLatinAlnum(b))) {
                    run.append(' ');
                }
            } else if (pendingSpace && run.length() > 0) {
                run.append(' ');
            }
            pendingSpace = false;
            run.append(g.text());
            runBox = runBox == null ? g.box() : runBox.union(g.box());
            prev = g;
        }
        flush(out, run, runBox, index);
        return out;
    }

    private static void flush(List<Token> out, StringBuilder run, Box box, int line) {
        String s = run.toString().strip();
        if (!s.isEmpty()) {
            out.add(Token.text(s, line, box));
        }
        run.setLength(0);
    }

    /** Line-start-prohibited punctuation: a wrap carries the character before it onto the new line too. */
    private static final String NO_LINE_START = "，。、；：？！）】》〉」』”’,.;:?!)]%";

    /**
     * Width of what the previous line could not take: the next line's first word (a Latin run or one CJK
     * character) with the punctuation that may not start a line.
     */
    private static double firstUnitWidth(Line line) {
        List<Glyph> g = line.glyphs();
        int end = 0;
        if (g.get(0).isMark()) {
            return 0;
        }
        if (isLatinAlnum(g.get(0).text().charAt(0))) {
            while (end < g.size() && !g.get(end).isMark() && !g.get(end).isSpace()
                    && (isLatinAlnum(g.get(end).text().charAt(0)) || ".,-/%".indexOf(g.get(end).text().charAt(0)) >= 0)) {
                end++;
            }
        } else {
            end = 1;
        }
        while (end < g.size() && !g.get(end).isMark() && NO_LINE_START.indexOf(g.get(end).text().charAt(0)) >= 0) {
            end++;
        }
        return g.get(Math.max(end - 1, 0)).box().right() - g.get(0).box().x();
    }

    public static boolean isLatinAlnum(char c) {
        return (c >= '0' && c <= '9') || isLatinLetter(c);
    }

    /**
     * Only a break between two Latin words stood for a space: numbers (a telephone number in a narrow cell) and
     * Chinese wrap anywhere.
     */
    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
