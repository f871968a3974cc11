package perfdecl.parse;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a 指标目标值 is written with: comparison words, units and qualitative target words, kept as data
 * in this one place.
 */
final class TargetVocabulary {

    /** Words written before the number, strongest meaning first when several could end a label. */
    static final Map<String, String> PREFIX_OPERATORS = longestFirst(Map.ofEntries(
            Map.entry("大于或等于", "≥"), Map.entry("大于等于", "≥"), Map.entry("不低于", "≥"),
            Map.entry("不少于", "≥"), Map.entry("不小于", "≥"), Map.entry("至少", "≥"), Map.entry("最少", "≥"),
            Map.entry("小于或等于", "≤"), Map.entry("小于等于", "≤"), Map.entry("不高于", "≤"),
            Map.entry("不超过", "≤"), Map.entry("不多于", "≤"), Map.entry("不大于", "≤"), Map.entry("最多", "≤"),
            Map.entry("大于", ">"), Map.entry("高于", ">"), Map.entry("超过", ">"), Map.entry("多于", ">"),
            Map.entry("低于", "<"), Map.entry("少于", "<"), Map.entry("小于", "<"), Map.entry("不足", "<"),
            Map.entry("不到", "<"),
            Map.entry("约为", "≈"), Map.entry("大约", "≈"), Map.entry("大概", "≈"), Map.entry("约", "≈"),
            Map.entry("等于", "=")));

    /**
     * Words before the number that only say "reaches" or "is kept at": a word after the number (以上, 以内)
     * overrides them.
     */
    static final Map<String, String> WEAK_PREFIX_OPERATORS = longestFirst(Map.of(
            "控制在", "≤", "保持在", "=", "达到", "=", "达", "=", "为", "=", "至", "=", "到", "=", "在", "="));

    /** Words after the number and its unit; Chinese usage reads "85%以上" as ≥ and "以下" as ≤. */
    static final Map<String, String> SUFFIX_OPERATORS = longestFirst(Map.ofEntries(
            Map.entry("及以上", "≥"), Map.entry("或以上", "≥"), Map.entry("以上", "≥"),
            Map.entry("及以下", "≤"), Map.entry("或以下", "≤"), Map.entry("以下", "≤"),
            Map.entry("以内", "≤"), Map.entry("之内", "≤"), Map.entry("内", "≤"),
            Map.entry("左右", "≈"), Map.entry("上下", "≈")));

    static final Map<Character, String> SYMBOL_OPERATORS = Map.of(
            '≥', "≥", '≤', "≤", '>', ">", '<', "<", '=', "=", '≈', "≈", '~', "≈");

    /** Units written after a number, matched longest first; a "/" joins two of them (元/分钟). */
    static final List<String> UNITS = longestFirst(List.of(
            "%", "个百分点", "百分点", "个工作日", "工作日", "个月", "分钟", "小时", "秒", "天", "日", "周", "月", "年",
            "元", "人次", "户次", "次", "人", "名", "位", "个", "家", "件", "场", "期", "份", "项", "户", "分",
            "所", "台", "套", "篇", "本", "册", "门", "批", "条", "座", "辆", "处", "张", "页", "倍", "课时", "学时",
            "平方米", "平米", "米", "公里", "千米", "吨", "公斤", "千克", "岁", "亩", "公顷", "立方米", "千瓦时", "度",
            "类", "批次", "架次", "车次", "班次", "辆次", "人天", "人份"));

    /** Units a Chinese numeral may count ("三个工作日内"); never "一级" or "一次性". */
    static final Pattern CHINESE_COUNT_UNIT = Pattern.compile("(?:个工作日|工作日|个月|天|小时|分钟|次(?!性)|周)");

    /** Qualitative targets known to be written as one word, longer ones included. */
    static final Set<String> QUALITATIVE_WORDS = Set.of(
            "健全", "合规", "有效", "充分", "准确", "满意", "完善", "规范", "及时", "合理", "到位", "达标", "合格",
            "良好", "稳定", "安全", "明显", "显著", "提高", "提升", "优秀", "较好", "基本满意", "完成", "按时",
            "按期", "公开", "透明", "公平", "公正", "严格", "高效", "正常", "可控", "改善", "明显改善", "显著提升",
            "明显提升", "有所提高", "有所提升", "逐步提高", "逐年提高", "不断提高", "持续改进", "持续改善",
            "满意或基本满意", "较满意", "比较满意", "非常满意", "符合要求", "符合规定", "达到要求", "完全到位",
            "有效执行", "执行有效", "是", "否", "有", "无");

    /** A target word written with Han characters alone and short enough to be one word. */
    /** A verb after a bare percentage that states the bound reached ("100%完成"), not a condition on it. */
    static final Set<String> COMPLETION_WORDS = Set.of("完成", "达成", "达标", "覆盖", "到位", "落实", "执行", "兑现");

    static final Pattern SHORT_HAN_WORD = Pattern.compile("\\p{IsHan}{1,4}");

    /** Label words that make a number a change ("较上年提高5%"), not a bound. */
    static final Pattern RELATIVE_CHANGE = Pattern.compile(
            "较|同比|环比|相比|比上|(?:增长|增加|提高|提升|下降|降低|减少)(?![率幅量数值])");

    private TargetVocabulary() {
    }

    static boolean isQualitativeWord(String s) {
        return QUALITATIVE_WORDS.contains(s) || SHORT_HAN_WORD.matcher(s).matches();
    }

    private static <V> Map<String, V> longestFirst(Map<String, V> words) {
        Map<String, V> ordered = new LinkedHashMap<>();
        words.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .forEach(w -> ordered.put(w, words.get(w)));
        return ordered;
    }

    private static List<String> longestFirst(List<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }
}
