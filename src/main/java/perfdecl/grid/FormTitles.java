package perfdecl.grid;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The title lines that start a declaration form, of every generation the parser knows (its templates hand them to
 * the readers): a reader splits a file into forms at each line that is one of them.
 *
 * @param titles  full titles as printed ("上海市财政支出项目绩效目标申报表", "项目支出绩效目标表")
 * @param endings what a title line of some generation ends with ("绩效目标申报表", "绩效目标表")
 */
public record FormTitles(List<String> titles, List<String> endings) {

    /** The 2019 Shanghai form alone: for readers built without the parser's templates. */
    public static final FormTitles SH_2019 = new FormTitles(List.of("上海市财政支出项目绩效目标申报表"),
            List.of("绩效目标申报表"));

    /** A title line is short; body text that merely mentions the form is longer. */
    public static final int MAX_LENGTH = 40;

    // a year or edition after the title: "（2026年度）", "(2019年)", "2021"
    private static final Pattern AFTER = Pattern.compile("[(（]?\\d{4}年?度?[)）]?|[(（][^)）]{0,12}[)）]");
    // a disclosure's contents and section headings name the form too: "十、项目支出绩效目标表", "3.项目支出绩效目标表…25"
    private static final Pattern HEADING = Pattern.compile("^(?:[一二三四五六七八九十]+[、.．]|\\d+[、.．]|第.{1,3}[部章节]).*");

    // a page's number printed in its header or footer: "— 21 —", "-21-", "第21页", "第 2 页 共 30 页", "21/30"
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－]*\\d{1,4}[-—–－]*|第\\d{1,4}页(?:[,，/]?共\\d{1,4}页)?|\\d{1,4}/\\d{1,4}");

    private static final Pattern OTHER_HEADING = Pattern.compile(".*(?:表|目录|名词解释)(?:[(（][^)）]{0,12}[)）])?");

    // a long form's later page repeats its title marked as continued: "项目支出绩效目标表（续）", "续表", "（续上页）"
    private static final Pattern CONTINUED = Pattern.compile(
            "^续表.*|.*[(（](?:续|续表|续上页|接上页)[)）]$|.*(?:续表|续上页|接上表|接上页)$");
    // a clause mark before the title's ending makes the line a sentence that names the form, its full stop lost to OCR
    // or never printed: "以下为本部门重点项目绩效目标，详见项目支出绩效目标表"
    private static final Pattern CLAUSE = Pattern.compile("[，,；;。！!？?]");
    // the whole department's or unit's target table (部门整体支出绩效目标表) is another table than a project's form
    private static final Pattern WHOLE_BODY = Pattern.compile(".*整体(?:支出)?绩效.*");

    public FormTitles {
        titles = List.copyOf(titles);
        endings = List.copyOf(endings);
    }

    /** Whether a line (whitespace ignored) is a form title, not a heading or a sentence that names the form. */
    public boolean isTitle(String line) {
        String text = line.replaceAll("\\s+", "");
        if (text.isEmpty() || text.length() > MAX_LENGTH || HEADING.matcher(text).matches()
                || CONTINUED.matcher(text).matches() || WHOLE_BODY.matcher(text).matches()) {
            return false;
        }
        for (String ending : endings) {
            int at = text.lastIndexOf(ending);
            if (at >= 0 && !inSentence(text.substring(0, at))) {
                String after = text.substring(at + ending.length());
                if (after.isEmpty() || AFTER.matcher(after).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the text before a title's words on a line holds a clause mark: the line is a sentence that names the
     * form ("以下为本部门重点项目的绩效目标，详见项目支出绩效目标表"), not its title.
     */
    public static boolean inSentence(String before) {
        return CLAUSE.matcher(before).find();
    }

    /** Whether a line (whitespace ignored) names the whole department's or unit's table, another table than a form. */
    public static boolean isWholeBody(String line) {
        return WHOLE_BODY.matcher(line.replaceAll("\\s+", "")).matches();
    }

    /** Whether a line (whitespace ignored) is only a page number, which belongs to no form. */
    public static boolean isPageNumber(String line) {
        return PAGE_NUMBER.matcher(line.replaceAll("\\s+", "")).matches();
    }

    /**
     * Whether a line opening a page is the heading of something else than a form (another budget table, the
     * contents, a glossary): the form before it has ended.
     */
    public boolean isOtherHeading(String line) {
        String text = line.replaceAll("\\s+", "");
        return !text.isEmpty() && text.length() <= MAX_LENGTH && !isTitle(text) && !isContinued(text)
                && OTHER_HEADING.matcher(text).matches();
    }

    /** Whether a line (whitespace ignored) marks a page as the continuation of the form before it (续表). */
    public static boolean isContinued(String line) {
        return CONTINUED.matcher(line.replaceAll("\\s+", "")).matches();
    }
}
