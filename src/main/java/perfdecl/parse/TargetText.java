package perfdecl.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import perfdecl.model.HalfWidth;

/**
 * Turns a filed 指标目标值 into its plain-character form (the {@code raw} of a target) and into the compact
 * form the target grammar reads.
 */
final class TargetText {

    private static final Pattern MATH = Pattern.compile("\\$([^$]*)\\$");
    private static final Pattern HTML_BLOCK = Pattern.compile("(?i)</?(?:p|br|span|div|sup|sub)\\b[^>]*>");
    private static final Pattern LATEX_WRAPPER = Pattern.compile("\\\\(?:text|mathrm|mathbf|textrm|mbox)\\s*\\{([^}]*)}");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u3000]+");
    // Between digits a comma followed by exactly three digits groups thousands; elsewhere it separates clauses.
    private static final Pattern THOUSANDS = Pattern.compile("(?<=\\d),(?=\\d{3}(?!\\d))");

    private static final String[][] LATEX_COMMANDS = {
            {"geqslant", "≥"}, {"geq", "≥"}, {"ge", "≥"},
            {"leqslant", "≤"}, {"leq", "≤"}, {"le", "≤"},
            {"gt", ">"}, {"lt", "<"}, {"approx", "≈"}, {"sim", "~"}, {"neq", "≠"}, {"ne", "≠"},
            {"times", "×"}, {"cdot", "·"}, {"left", ""}, {"right", ""}, {"quad", " "}, {"qquad", " "},
    };
    private static final String[][] ENTITIES = {
            {"&gt;", ">"}, {"&lt;", "<"}, {"&ge;", "≥"}, {"&le;", "≤"}, {"&nbsp;", " "}, {"&amp;", "&"},
    };

    private TargetText() {
    }

    /** The filed text with markup turned into plain characters and whitespace runs folded to one space. */
    static String plain(String filed) {
        String s = HTML_BLOCK.matcher(filed).replaceAll(" ");
        for (String[] e : ENTITIES) {
            s = s.replace(e[0], e[1]);
        }
        Matcher m = MATH.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            // Inside LaTeX math, spaces carry no meaning: "$\geq 98.00\%$" is "≥98.00%".
            String math = WHITESPACE.matcher(latex(m.group(1))).replaceAll("");
            m.appendReplacement(out, Matcher.quoteReplacement(math));
        }
        m.appendTail(out);
        s = latex(out.toString()).replace("$", "");
        return WHITESPACE.matcher(s).replaceAll(" ").trim();
    }

    private static String latex(String s) {
        s = LATEX_WRAPPER.matcher(s).replaceAll("$1");
        s = s.replace("\\%", "%").replace("\\,", "").replace("\\;", "").replace("\\!", "").replace("\\ ", " ");
        for (String[] c : LATEX_COMMANDS) {
            // A control word ends at the first non-letter and swallows the spaces after it.
            s = s.replaceAll("\\\\" + c[0] + "(?![a-zA-Z])\\s*", Matcher.quoteReplacement(c[1]));
        }
        return s.replace("{", "").replace("}", "");
    }

    /**
     * The plain text reduced for parsing: full-width ASCII forms made half-width, comparison look-alikes
     * made canonical, spaces and thousands separators removed, "(含)" dropped.
     */
    static String compact(String plain) {
        StringBuilder b = new StringBuilder(plain.length());
        for (int i = 0; i < plain.length(); i++) {
            char c = HalfWidth.of(plain.charAt(i));
            switch (c) {
                case '≧', '⩾' -> c = '≥';
                case '≦', '⩽' -> c = '≤';
                case '﹥' -> c = '>';
                case '﹤' -> c = '<';
                case '～', '〜' -> c = '~';
                default -> { }
            }
            b.append(c);
        }
        String s = WHITESPACE.matcher(b).replaceAll("");
        s = s.replace(">=", "≥").replace("<=", "≤").replace("=>", "≥").replace("=<", "≤");
        s = s.replace("(含)", "");
        return THOUSANDS.matcher(s).replaceAll("");
    }
}
