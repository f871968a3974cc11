package perfdecl.parse;

import perfdecl.model.Target;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one 指标目标值 cell into a {@link Target}.
 *
 * <p>A target is either one comparison ("≥98.00%", "不少于10次", "40万左右", "控制在千分之一以下"), one word
 * ("健全") or neither. {@code raw} is always the filed text with markup turned into plain characters and
 * whitespace folded. A comparison carries an operator, the value as filed (98.00 stays 98.00; 万/亿/千 scale it
 * unless a unit follows, which then carries them; 千分之 and ‰ become %), and the unit. A text of several
 * clauses yields a comparison only when it holds exactly one number, stated with an explicit comparison,
 * and no other clause is itself a target; anything else leaves operator, value, unit and qualitative null.
 */
public final class TargetParser {

    private static final String CN = TargetNumerals.CHARACTERS;
    private static final Pattern NUMBER = Pattern.compile(
            "(?<fraction>[百千万])分之(?<fractionValue>[" + CN + "]+(?:点[" + TargetNumerals.DIGITS + "]+)?"
                    + "|\\d+(?:\\.\\d+)?)"
                    + "|(?<arabic>\\d+(?:\\.\\d+)?)"
                    + "|(?<chinese>[" + CN + "]+(?:点[" + TargetNumerals.DIGITS + "]+)?)(?="
                    + TargetVocabulary.CHINESE_COUNT_UNIT.pattern() + ")");
    private static final Pattern CLAUSE_SEPARATOR = Pattern.compile("[,;。、!?]+");
    private static final Pattern PARENTHETICAL = Pattern.compile("^\\([^()]*\\)$");
    private static final String TRAILING_PUNCTUATION = ",;。、.!?";
    /** Hyphen-minus (full-width － is folded to it) and the minus sign. */
    private static final String MINUS = "-\u2212";

    /** The parsed target, or {@code null} for a {@code null} or blank cell. */
    /**
     * The 2025+ forms print the unit in brackets after the number ("=100.00(%)", "985(米)"): a unit, not a note.
     */
    private static final java.util.regex.Pattern BRACKETED_UNIT = java.util.regex.Pattern.compile(
            "^([=≥≤><≈]?[-\u2212]?[\\d.,]+)[(（]([^()（）\\d]{1,8})[)）]$");

    public Target parse(String rawAsFiled) {
        if (rawAsFiled == null || rawAsFiled.isBlank()) {
            return null;
        }
        String raw = TargetText.plain(rawAsFiled);
        if (raw.isEmpty()) {
            return null;
        }
        Matcher bracketed = BRACKETED_UNIT.matcher(stripTrailingPunctuation(TargetText.compact(raw)));
        String bracketedUnit = bracketed.matches() ? bracketed.group(2) : null;
        String text = withoutClosingNote(bracketed.replaceFirst("$1$2"));
        List<String> clauses = new ArrayList<>();
        for (String c : CLAUSE_SEPARATOR.split(text)) {
            if (!c.isEmpty()) {
                clauses.add(c);
            }
        }
        List<Number> numbers = new ArrayList<>();
        Number found = null;
        String boundClause = null;
        for (String clause : clauses) {
            for (Number n : numbers(clause)) {
                numbers.add(n);
                found = n;
                boundClause = clause;
            }
        }
        if (numbers.isEmpty()) {
            String word = clauses.size() == 1 && TargetVocabulary.isQualitativeWord(text) ? text : null;
            return new Target(raw, null, null, null, word);
        }
        if (numbers.size() > 1) {
            return unparsed(raw);
        }
        Bound bound = bound(boundClause, found);
        if (bound == null) {
            return unparsed(raw);
        }
        if (clauses.size() > 1) {
            if (!bound.explicit()) {
                return unparsed(raw);
            }
            for (String other : clauses) {
                if (other != boundClause && isTargetOfItsOwn(other)) {
                    return unparsed(raw);
                }
            }
        }
        return new Target(raw, bound.operator(), bound.value(), wholeBracketedUnit(bound.unit(), bracketedUnit), null);
    }

    /**
     * The brackets of "≥10(万人份)" or "≤3200(元/点位·年)" delimit the whole unit: where the unit read from its start
     * is only a part of them ("万人", "元/点"), the bracketed text is the unit.
     */
    private static String wholeBracketedUnit(String unit, String bracketed) {
        return unit != null && bracketed != null && !"%".equals(unit) && bracketed.length() > unit.length()
                && bracketed.startsWith(unit) ? bracketed : unit;
    }

    /**
     * A note in brackets after the bound ("≥4.5分(满分5分)", "≥95%(按季度考核)") qualifies it without being a second
     * target; dropped when what stands before it holds a number of its own.
     */
    private static String withoutClosingNote(String text) {
        Matcher m = CLOSING_NOTE.matcher(text);
        if (m.find() && m.start() > 0 && !UNIT_ALTERNATIVE.matcher(text.substring(m.start() - 1)).matches()) {
            String core = text.substring(0, m.start());
            if (!numbers(core).isEmpty()) {
                return stripTrailingPunctuation(core);
            }
        }
        return text;
    }

    private static final Pattern LATIN_UNIT = Pattern.compile("[A-Za-z]{1,3}[²³]?");
    /** A middle dot (·, ・, ‧) and the one measure word it joins to the unit before it. */
    private static final Pattern DOTTED_MEASURE = Pattern.compile("[·・‧]\\p{IsHan}");
    private static final Pattern EVERY_PERIOD = Pattern.compile("每(年|半年|季度|季|月|周|天|日)$");
    private static final Pattern CLOSING_NOTE = Pattern.compile("\\([^()]*\\)$");
    /** A measure word with another in brackets, 件(套) or 人(次): one unit, not a note (as 天(含) is). */
    private static final Pattern UNIT_ALTERNATIVE = Pattern.compile(
            "(\\p{IsHan}{1,2})\\(([套次个家件台人户处座项条场册份间辆张本所])\\)");

    private static Target unparsed(String raw) {
        return new Target(raw, null, null, null, null);
    }

    /** "响应时间：立即响应" (a labelled value) or "合格" next to a bound makes the text two targets. */
    private static boolean isTargetOfItsOwn(String clause) {
        int colon = clause.indexOf(':');
        return (colon >= 0 && colon < clause.length() - 1) || TargetVocabulary.QUALITATIVE_WORDS.contains(clause);
    }

    private static String stripTrailingPunctuation(String s) {
        int end = s.length();
        while (end > 0 && TRAILING_PUNCTUATION.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    private record Number(int start, int end, BigDecimal value, boolean percent) {
    }

    private record Bound(String operator, BigDecimal value, String unit, boolean explicit) {
    }

    private static List<Number> numbers(String clause) {
        List<Number> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(clause);
        while (m.find()) {
            if (m.group("fraction") != null) {
                String v = m.group("fractionValue");
                BigDecimal value = Character.isDigit(v.charAt(0)) ? new BigDecimal(v) : TargetNumerals.value(v);
                if (value == null) {
                    continue;
                }
                // 百分之N is N %, 千分之N is N/10 %, 万分之N is N/100 %.
                int shift = "百千万".indexOf(m.group("fraction"));
                out.add(new Number(m.start(), m.end(), value.movePointLeft(shift), true));
            } else if (m.group("arabic") != null) {
                BigDecimal value = new BigDecimal(m.group("arabic"));
                if (signed(clause, m.start())) {
                    out.add(new Number(m.start() - 1, m.end(), value.negate(), false));
                } else {
                    out.add(new Number(m.start(), m.end(), value, false));
                }
            } else {
                BigDecimal value = TargetNumerals.value(m.group("chinese"));
                // A Chinese numeral counts only where a comparison introduces it ("三个工作日内", "不超过两天").
                if (value != null && introducesNumber(clause.substring(0, m.start()))) {
                    out.add(new Number(m.start(), m.end(), value, false));
                }
            }
        }
        return out;
    }

    /**
     * Whether a minus sign stands right before the number at {@code at} ("-5%", "≥-0.5"); one after a digit or a
     * letter joins two things ("5-10", "COD-5") and signs nothing.
     */
    private static boolean signed(String clause, int at) {
        if (at == 0 || MINUS.indexOf(clause.charAt(at - 1)) < 0) {
            return false;
        }
        return at == 1 || !Character.isLetterOrDigit(clause.charAt(at - 2))
                || Character.UnicodeScript.of(clause.charAt(at - 2)) == Character.UnicodeScript.HAN;
    }

    private static boolean introducesNumber(String before) {
        String label = afterColon(before);
        if (label.isEmpty() || TargetVocabulary.SYMBOL_OPERATORS.containsKey(label.charAt(label.length() - 1))) {
            return true;
        }
        return endingWord(label, TargetVocabulary.PREFIX_OPERATORS) != null
                || endingWord(label, TargetVocabulary.WEAK_PREFIX_OPERATORS) != null;
    }

    private static String afterColon(String s) {
        return s.substring(s.lastIndexOf(':') + 1);
    }

    private static String endingWord(String s, Map<String, String> words) {
        for (String w : words.keySet()) {
            if (s.endsWith(w)) {
                return w;
            }
        }
        return null;
    }

    private static String startingWord(String s, Iterable<String> words) {
        for (String w : words) {
            if (s.startsWith(w)) {
                return w;
            }
        }
        return null;
    }

    private static Bound bound(String clause, Number number) {
        Lead lead = Lead.of(afterColon(clause.substring(0, number.start())));
        if (lead.label().indexOf('≠') >= 0 || containsOperatorSymbol(lead.label())) {
            return null;
        }
        if (TargetVocabulary.RELATIVE_CHANGE.matcher(lead.label()).find() && lead.weak() == null) {
            // "较上年提高5%" states a change, not a bound; "提高至95%" (weak 至) states the level reached.
            return null;
        }
        Quantity q = Quantity.after(number, clause.substring(number.end()));
        Matcher every = EVERY_PERIOD.matcher(lead.label());
        String unit = q.unit();
        if (unit != null && !"%".equals(unit) && every.find()) {
            // "每季度1次" is the rate "1次/季度", as "≥1次/月" writes it
            unit = unit + "/" + every.group(1);
        }
        // A closing note in brackets ("100%（全覆盖）") qualifies the bound without changing it.
        String rest = PARENTHETICAL.matcher(q.rest()).replaceFirst("");
        boolean compared = lead.symbol() != null || lead.strong() != null || q.suffix() != null;
        if ("%".equals(unit) && TargetVocabulary.COMPLETION_WORDS.contains(rest) && !compared) {
            // "100%完成": the rate to be reached, filed as a bare number
            rest = "";
        }
        if (!rest.isEmpty() && !compared) {
            // "100%完成", "截至2019年底": words follow the number and nothing compares it, so no bound is stated.
            return null;
        }
        String operator = lead.symbol() != null ? lead.symbol() : lead.strong() != null ? lead.strong()
                : q.suffix() != null ? q.suffix() : lead.weak();
        boolean explicit = operator != null;
        return new Bound(explicit ? operator : "=", q.value(), unit, explicit);
    }

    /**
     * What stands before the number: up to two operator marks ("控制在≤", "≥约"), the first of each kind kept, and
     * the label left before them.
     */
    private record Lead(String label, String symbol, String strong, String weak) {
        static Lead of(String before) {
            Lead lead = new Lead(before, null, null, null);
            for (int i = 0; i < 2 && !lead.label().isEmpty(); i++) {
                Lead next = lead.withLastMark();
                if (next == null) {
                    break;
                }
                lead = next;
            }
            return lead;
        }

        /** This lead with the operator mark that ends its label taken off, or null when none ends it. */
        private Lead withLastMark() {
            char last = label.charAt(label.length() - 1);
            if (TargetVocabulary.SYMBOL_OPERATORS.containsKey(last)) {
                return new Lead(label.substring(0, label.length() - 1),
                        symbol != null ? symbol : TargetVocabulary.SYMBOL_OPERATORS.get(last), strong, weak);
            }
            String word = endingWord(label, TargetVocabulary.PREFIX_OPERATORS);
            if (word != null) {
                return new Lead(label.substring(0, label.length() - word.length()), symbol,
                        strong != null ? strong : TargetVocabulary.PREFIX_OPERATORS.get(word), weak);
            }
            word = endingWord(label, TargetVocabulary.WEAK_PREFIX_OPERATORS);
            if (word != null) {
                return new Lead(label.substring(0, label.length() - word.length()), symbol, strong,
                        weak != null ? weak : TargetVocabulary.WEAK_PREFIX_OPERATORS.get(word));
            }
            return null;
        }
    }

    /**
     * The number with its scale (万, 亿, 千) and unit applied, the comparison word after them (以上, 左右) and what
     * follows that.
     */
    private record Quantity(BigDecimal value, String unit, String suffix, String rest) {
        static Quantity after(Number number, String rest) {
            BigDecimal value = number.value();
            String unit = number.percent() ? "%" : null;
            Character scale = null;
            if (!number.percent()) {
                if (!rest.isEmpty() && "万亿千".indexOf(rest.charAt(0)) >= 0 && !rest.startsWith("千分")) {
                    scale = rest.charAt(0);
                    rest = rest.substring(1);
                }
                if (rest.startsWith("%")) {
                    unit = "%";
                    rest = rest.substring(1);
                } else if (rest.startsWith("‰") || rest.startsWith("‱")) {
                    value = value.movePointLeft(rest.startsWith("‰") ? 1 : 2);
                    unit = "%";
                    rest = rest.substring(1);
                } else {
                    UnitText u = unitAt(rest);
                    unit = u.unit();
                    rest = u.rest();
                }
            }
            String suffix = null;
            String suffixWord = startingWord(rest, TargetVocabulary.SUFFIX_OPERATORS.keySet());
            if (suffixWord != null) {
                suffix = TargetVocabulary.SUFFIX_OPERATORS.get(suffixWord);
                rest = rest.substring(suffixWord.length());
            }
            if (scale != null) {
                if (unit == null) {
                    value = value.movePointRight(switch (scale) {
                        case '万' -> 4;
                        case '亿' -> 8;
                        default -> 3;
                    });
                } else {
                    unit = scale + unit;
                }
            }
            return new Quantity(value, unit, suffix, rest);
        }
    }

    /** A unit at the start of a text (null when none) and the text after it. */
    private record UnitText(String unit, String rest) {
    }

    private static boolean containsOperatorSymbol(String label) {
        for (char c : label.toCharArray()) {
            if (TargetVocabulary.SYMBOL_OPERATORS.containsKey(c)) {
                return true;
            }
        }
        return false;
    }

    /** The unit at the start of {@code rest} and what follows it. */
    private static UnitText unitAt(String rest) {
        Matcher alternative = UNIT_ALTERNATIVE.matcher(rest);
        if (alternative.lookingAt()) {
            // 件（套）, 人（次）: one unit with its alternative, printed as the forms print it
            return new UnitText(alternative.group(1) + "（" + alternative.group(2) + "）",
                    rest.substring(alternative.end()));
        }
        String known = startingWord(rest, TargetVocabulary.UNITS);
        if (known != null) {
            String after = rest.substring(known.length());
            // a counted unit takes 次 for "times": 批次, 架次, 车次 (but 一次性 is not a unit)
            if (!known.endsWith("次") && after.startsWith("次") && !after.startsWith("次性")) {
                known = known + "次";
                after = after.substring(1);
            }
            if (after.startsWith("/")) {
                String per = startingWord(after.substring(1), TargetVocabulary.UNITS);
                if (per == null && after.length() >= 2 && Character.UnicodeScript.of(after.codePointAt(1))
                        == Character.UnicodeScript.HAN) {
                    per = after.substring(1, 2); // any measure word per unit: 元/亩, 元/吨, 次/年
                }
                Matcher latin = LATIN_UNIT.matcher(after.substring(1));
                if (per == null && latin.lookingAt()) {
                    per = latin.group(); // 元/m², 元/kWh
                }
                if (per != null) {
                    known = known + "/" + per;
                    after = after.substring(1 + per.length());
                }
            }
            // 个 is a classifier that wants its noun: "16个区", "3个项目".
            String noun = known.equals("个") ? shortUnit(after) : null;
            if (noun != null && noun.length() <= 3) {
                return new UnitText(known + noun, after.substring(noun.length()));
            }
            // a compound unit joins its measure words with a middle dot: 元/人·日, 人·次, 千瓦·时
            Matcher dotted = DOTTED_MEASURE.matcher(after);
            while (dotted.lookingAt()) {
                known = known + dotted.group();
                after = after.substring(dotted.end());
                dotted = DOTTED_MEASURE.matcher(after);
            }
            return new UnitText(known, after);
        }
        // An unlisted unit ("所学校") is a short run of letters up to a comparison word or the end.
        String candidate = shortUnit(rest);
        return candidate == null ? new UnitText(null, rest) : new UnitText(candidate, rest.substring(candidate.length()));
    }

    /** The run of at most four letters at the start of {@code s}, ending where a comparison word begins. */
    private static String shortUnit(String s) {
        int end = s.length();
        for (String w : TargetVocabulary.SUFFIX_OPERATORS.keySet()) {
            int at = s.indexOf(w);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String candidate = s.substring(0, end);
        return !candidate.isEmpty() && candidate.length() <= 4 && candidate.matches("[\\p{IsHan}A-Za-z/²³·・]+")
                ? candidate : null;
    }
}
