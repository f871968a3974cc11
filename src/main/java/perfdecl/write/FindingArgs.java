package perfdecl.write;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import perfdecl.model.AuditFinding;
import perfdecl.model.Finding;

/**
 * The parts of a finding a catalogue sentence is filled from, and the catalogue key that fits its shape
 * ({@code CODE} or {@code CODE.variant}). Values stay language-neutral (numbers as in the JSON, lists as lists);
 * {@link FindingMessages} formats them per language.
 *
 * <p>Until every producer hands its details over as data, the details that only its message holds (an option's
 * name, a scan's confidence and page, an audit's item name …) are taken from that message by the patterns below,
 * which follow the producers' message formats; a message that does not match falls back to a variant that does
 * not need them, or to {@code detail}, the producer's message itself.
 */
record FindingArgs(String key, String field, Map<String, Object> values) {

    private static final Pattern ITEM_COUNT = Pattern.compile("^The (\\d+) items");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern LEADING_COUNT = Pattern.compile("^(\\d+) ");
    private static final Pattern NONE_OF = Pattern.compile("none of its (\\d+) options");
    private static final Pattern UNDER = Pattern.compile("\" under (.+) is left without");
    private static final Pattern CONFIDENCE = Pattern.compile("confidence ([0-9.]+); check it against page (\\d+)");
    private static final Pattern GLYPHS = Pattern.compile("^(\\d+) glyph\\(s\\) of font (.*) have no Unicode mapping \\(codes (.*)\\)");
    private static final Pattern READ_AS = Pattern.compile("^read \"(.*)\" as \"(.*?)\"");
    private static final Pattern ENGINE = Pattern.compile("^(\\S+) could not read the page");
    private static final Pattern OCR_WHY = Pattern.compile("could not be used \\((.*)\\): every page");
    private static final Pattern EXECUTION_OF = Pattern.compile("执行数（元） (\\d+) of 同名项目上年预算额（元） (\\d+)");
    private static final Pattern AUDIT_EXECUTED = Pattern.compile("上年执行 ([0-9,]+) 元 ÷ ([0-9,]+) 元");
    private static final Pattern AUDIT_ITEM = Pattern.compile("^预算明细 (.+) \\d{4}年 [-0-9,]+ 元 → ");
    private static final Pattern AUDIT_INDICATOR = Pattern.compile("^(.+) 目标值 \\d{4}年 ");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    static FindingArgs of(Finding f) {
        return build(f.code(), f.field(), f.message(), f.expected(), f.actual(), List.of(), List.of(), false);
    }

    static FindingArgs of(AuditFinding f) {
        String field = f.fields().isEmpty() ? null : f.fields().get(f.fields().size() - 1);
        return build(f.code(), field, f.message(), f.expected(), f.actual(), f.years(), f.files(),
                AuditFinding.CROSS_YEAR.equals(f.scope()));
    }

    private static FindingArgs build(String code, String field, String message, Object expected, Object actual,
                                     List<Integer> years, List<String> files, boolean crossYear) {
        String msg = message == null ? "" : message;
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("expected", expected);
        v.put("actual", actual);
        v.put("detail", msg);
        if (!years.isEmpty()) {
            // years are names, not amounts: never grouped
            v.put("y1", Objects.toString(years.get(0), "?"));
            v.put("y2", Objects.toString(years.get(years.size() - 1), "?"));
            v.put("files", files.stream().map(f -> Objects.toString(f, "?")).toList());
        }
        String key = code;
        switch (code == null ? "" : code) {
            case "YEAR_FROM_PERIOD", "PERIOD_OUTSIDE_YEAR" -> v.put("expected", Objects.toString(expected, null));
            case "DUPLICATE_FILING" -> v.put("actual", Objects.toString(actual, null));
            case "AMOUNT_SCALED" -> key = "budget.items".equals(field) ? "AMOUNT_SCALED.items" : code;
            case "BUDGET_CHANGE" -> {
                String item = group(AUDIT_ITEM, msg, 1);
                long before = asLong(expected);
                long after = asLong(actual);
                key = (item == null ? "BUDGET_CHANGE.total" : "BUDGET_CHANGE.item") + (before == 0 ? ".zero" : "");
                v.put("item", item);
                if (before != 0) {
                    BigDecimal change = BigDecimal.valueOf(after - before).multiply(HUNDRED)
                            .divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP);
                    v.put("change", (change.signum() >= 0 ? "+" : "") + change.toPlainString() + "%");
                }
            }
            case "CURRENT_YEAR_EXCEEDS_TOTAL" -> v.put("diff", Math.abs(asLong(actual) - asLong(expected)));
            case "BUDGET_ITEMS_SUM_MISMATCH" -> {
                v.put("diff", Math.abs(asLong(actual) - asLong(expected)));
                v.put("n", group(ITEM_COUNT, msg, 1));
                if (v.get("n") != null) {
                    key = code + (asLong(actual) < asLong(expected) ? ".short" : ".over");
                }
            }
            case "LEVEL1_INFERRED", "LEVEL1_MISSING" -> field = field != null && field.endsWith(".level1")
                    ? field.substring(0, field.length() - ".level1".length()) : field;
            case "PRIOR_YEAR_EXECUTED_EXCEEDS_BUDGET" -> {
                key = crossYear ? code + ".cross" : code;
                v.put("diff", Math.abs(asLong(actual) - asLong(expected)));
            }
            case "BUDGET_ITEM_AMOUNT_MISSING" -> v.put("item", group(QUOTED, msg, 1));
            case "CHOICE_EXTRA_MARK" -> {
                v.put("n", group(LEADING_COUNT, msg, 1));
                if (field != null && field.contains(".options[")) {
                    v.put("option", group(QUOTED, msg, 1));
                    key = msg.contains("taken as ticked") ? code + ".ticked" : code + ".unticked";
                } else {
                    key = code + ".group";
                }
            }
            case "CHOICE_BOX_NOT_FOUND", "CHOICE_MARK_BESIDE", "CHOICE_OPTION_WITHOUT_MARK" -> v.put("option", group(QUOTED, msg, 1));
            case "CHOICE_MULTIPLE" -> v.put("n", actual instanceof List<?> l ? l.size() : null);
            case "CHOICE_NONE_SELECTED" -> {
                v.put("n", group(NONE_OF, msg, 1));
                key = v.get("n") == null ? code : code + ".counted";
            }
            case "DATE_UNREADABLE" -> key = "period".equals(field) ? code + ".period" : code;
            case "DIMENSION_WITHOUT_INDICATOR" -> v.put("parent", group(UNDER, msg, 1));
            case "EXECUTION_BELOW_DECLARED_TARGET" -> {
                Matcher m = AUDIT_EXECUTED.matcher(msg);
                if (m.find()) {
                    v.put("executed", m.group(1));
                    v.put("base", m.group(2));
                } else {
                    key = code + ".short";
                }
            }
            case "FIELD_MISSING" -> key = actual == null ? code : code + ".unreadable";
            case "GLYPH_UNMAPPED" -> {
                Matcher m = GLYPHS.matcher(msg);
                if (m.find()) {
                    v.put("n", m.group(1));
                    v.put("fonts", m.group(2));
                    v.put("codes", m.group(3));
                } else {
                    key = code + ".other";
                }
            }
            case "LEVEL1_REASSIGNED" -> {
                v.put("level2", group(QUOTED, msg, 1));
                key = actual == null ? code + ".none" : code;
            }
            case "OCR_FAILED" -> {
                // the reader's message starts with the engine's name
                Matcher m = ENGINE.matcher(msg);
                if (m.find()) {
                    v.put("engine", m.group(1));
                    key = msg.contains("text layer was used") ? code + ".layer" : code;
                } else {
                    key = code + ".other";
                }
            }
            case "OCR_PAGES" -> {
                String why = group(OCR_WHY, msg, 1);
                v.put("detail", why == null ? msg : why);
            }
            case "OCR_REPAIRED" -> {
                Matcher m = READ_AS.matcher(msg);
                if (m.find()) {
                    v.put("from", m.group(1));
                    v.put("to", m.group(2));
                } else {
                    key = code + ".other";
                }
            }
            case "PRIOR_YEAR_EXECUTION_BELOW_TARGET" -> {
                Matcher m = EXECUTION_OF.matcher(msg);
                if (m.find()) {
                    v.put("executed", Long.parseLong(m.group(1)));
                    v.put("base", Long.parseLong(m.group(2)));
                } else {
                    key = code + ".short";
                }
            }
            case "TARGET_LOWERED", "TARGET_RAISED" -> v.put("indicator", group(AUDIT_INDICATOR, msg, 1));
            case "VALUE_UNCERTAIN" -> {
                Matcher m = CONFIDENCE.matcher(msg);
                if (m.find()) {
                    v.put("conf", m.group(1));
                    v.put("page", m.group(2));
                    key = actual == null ? code + ".blank" : code;
                } else {
                    // doubted for its shape (two amounts in one, a label half read), not for a confidence
                    v.put("detail", msg);
                    key = actual == null ? code + ".other.blank" : code + ".other";
                }
            }
            default -> {
            }
        }
        return new FindingArgs(key, field, v);
    }

    private static String group(Pattern p, String text, int group) {
        Matcher m = p.matcher(text);
        return m.find() ? m.group(group) : null;
    }

    private static long asLong(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        try {
            return value == null ? 0 : Long.parseLong(value.toString().replace(",", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
