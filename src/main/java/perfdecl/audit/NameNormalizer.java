package perfdecl.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import perfdecl.model.HalfWidth;

/**
 * Reduces unit, project, indicator and budget-item names to the form under which filings of different years
 * are compared: full-width and compatibility forms folded ({@link HalfWidth#compatible}), whitespace and
 * punctuation removed, and for project and item names the filing year and generic suffixes (经费, 项目, 专项, 费…)
 * dropped.
 */
final class NameNormalizer {

    private static final Pattern SPACE_AND_PUNCTUATION = Pattern.compile("[\\s\\p{P}\\u3000]+");
    private static final Pattern FILING_YEAR = Pattern.compile("(?:19|20)\\d{2}年度?");
    // Longest first: "项目经费" loses 经费 and then 项目.
    private static final List<String> SUFFIXES = List.of("经费", "费用", "资金", "项目", "专项", "费");
    private static final String CHINESE_NUMERAL = "[一二三四五六七八九十百零〇两]+";
    // Numbers that tell one project or unit from its sibling: 一期/二期, 第一/第六, 2号线, 12333.
    private static final Pattern DISTINGUISHING_NUMBER = Pattern.compile(
            "\\d+(?:\\.\\d+)?|第" + CHINESE_NUMERAL + "|" + CHINESE_NUMERAL + "(?=期|阶段|批|标段|号|届|轮)");

    private NameNormalizer() {
    }

    static String plain(String name) {
        if (name == null) {
            return "";
        }
        String folded = HalfWidth.compatible(name).text();
        return SPACE_AND_PUNCTUATION.matcher(folded).replaceAll("");
    }

    /** A unit of measure (%, 元/分钟) folded to half-width without whitespace; {@code null} when blank. */
    static String measure(String unit) {
        if (unit == null) {
            return null;
        }
        String folded = HalfWidth.compatible(unit).text().replaceAll("\\s+", "");
        return folded.isEmpty() ? null : folded;
    }

    static String unit(String name) {
        return plain(name).replace("盖章", "");
    }

    static String project(String name) {
        return withoutSuffixes(FILING_YEAR.matcher(plain(name)).replaceAll(""));
    }

    static String item(String name) {
        return withoutSuffixes(plain(name));
    }

    static String withoutSuffixes(String name) {
        String current = name;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String suffix : SUFFIXES) {
                if (current.length() > suffix.length() && current.endsWith(suffix)) {
                    current = current.substring(0, current.length() - suffix.length());
                    stripped = true;
                    break;
                }
            }
        }
        return current;
    }

    /** The numbers in a normalised name, in order; names whose numbers differ name different things. */
    static List<String> distinguishingNumbers(String normalised) {
        List<String> numbers = new ArrayList<>();
        Matcher m = DISTINGUISHING_NUMBER.matcher(normalised);
        while (m.find()) {
            numbers.add(m.group());
        }
        return numbers;
    }
}
