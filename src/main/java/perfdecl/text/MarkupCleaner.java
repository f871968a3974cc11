package perfdecl.text;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the export's inline markup into the plain characters the contract keeps: {@code <p>} paragraphs become
 * "\n"-separated lines, LaTeX such as {@code $\geq 98.00\%$} becomes {@code ≥98.00%}, other tags are dropped.
 */
final class MarkupCleaner {

    private static final Pattern MATH = Pattern.compile("\\$([^$]*)\\$");
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+|[%$&#_{}])");
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("(?i)</p>\\s*<p[^>]*>|<br\\s*/?>");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(\\s[^<>]*)?/?>");
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("geq", "≥"), Map.entry("ge", "≥"), Map.entry("geqslant", "≥"),
            Map.entry("leq", "≤"), Map.entry("le", "≤"), Map.entry("leqslant", "≤"),
            Map.entry("gt", ">"), Map.entry("lt", "<"), Map.entry("neq", "≠"), Map.entry("ne", "≠"),
            Map.entry("approx", "≈"), Map.entry("sim", "~"), Map.entry("times", "×"), Map.entry("div", "÷"),
            Map.entry("pm", "±"), Map.entry("cdot", "·"), Map.entry("%", "%"), Map.entry("$", "$"),
            Map.entry("&", "&"), Map.entry("#", "#"), Map.entry("_", "_"), Map.entry("{", "{"), Map.entry("}", "}"),
            Map.entry("textgreater", ">"), Map.entry("textless", "<"), Map.entry("geqq", "≥"), Map.entry("leqq", "≤"),
            Map.entry("text", ""), Map.entry("mathrm", ""), Map.entry("mathbf", ""), Map.entry("quad", " "));

    private MarkupCleaner() {
    }

    /** Plain text of one cell: paragraphs separated by "\n", spaces folded, trimmed. */
    static String clean(String cell) {
        String s = PARAGRAPH_BREAK.matcher(cell).replaceAll("\n");
        s = TAG.matcher(s).replaceAll(" ");
        // after the tags are gone, so that an escaped "&lt;2%" stays text
        s = entities(s);
        s = latexToPlain(s);
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\n")) {
            String folded = line.replaceAll("[\\s\\u00A0\\u3000&&[^\\n]]+", " ").strip();
            if (folded.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(folded);
        }
        return out.toString();
    }

    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9A-Fa-f]{1,6}|#\\d{1,7}|[A-Za-z]{2,6});");
    private static final Map<String, String> NAMED = Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"",
            "apos", "'", "nbsp", " ", "ge", "≥", "le", "≤");

    /** HTML character references as some exports write them ("&lt;2%", "&#8805;98%"). */
    static String entities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String plain;
            if (ref.startsWith("#x") || ref.startsWith("#X")) {
                plain = Character.toString(Integer.parseInt(ref.substring(2), 16));
            } else if (ref.startsWith("#")) {
                int cp = Integer.parseInt(ref.substring(1));
                plain = Character.isValidCodePoint(cp) ? Character.toString(cp) : m.group();
            } else {
                plain = NAMED.getOrDefault(ref, m.group());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(plain));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String latexToPlain(String s) {
        Matcher m = MATH.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            // inside math the export puts spaces between tokens; the filer's "≥98.00%" has none
            String body = superscripts(commands(m.group(1)).replaceAll("[{}\\s]", ""));
            m.appendReplacement(out, Matcher.quoteReplacement(body));
        }
        m.appendTail(out);
        return commands(out.toString());
    }

    private static final Pattern SUPERSCRIPT = Pattern.compile("\\^([0-9])");
    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    /** "m^2" (from {@code $\mathrm{m}^{2}$}) is the filer's "m²". */
    private static String superscripts(String s) {
        Matcher m = SUPERSCRIPT.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf(SUPERSCRIPT_DIGITS.charAt(m.group(1).charAt(0) - '0')));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String commands(String s) {
        Matcher m = COMMAND.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String sym = SYMBOLS.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(sym != null ? sym : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
