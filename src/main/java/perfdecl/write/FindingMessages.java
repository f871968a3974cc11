package perfdecl.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import perfdecl.model.AuditFinding;
import perfdecl.model.Finding;
import perfdecl.model.FindingCode;

/**
 * The message catalogue ({@code perfdecl/write/messages_<lang>.properties}, UTF-8): one full sentence per
 * finding code (and shape), filled from the finding's parts, in Chinese or English; the names of fields and
 * severities; the command line's and the report's strings. The JSON keeps each finding's own {@code message};
 * the CSVs' message column, the command line and report.html use this catalogue.
 */
public final class FindingMessages {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Language, FindingMessages> LOADED = new EnumMap<>(Language.class);

    private final Language language;
    private final Properties strings;

    private FindingMessages(Language language, Properties strings) {
        this.language = language;
        this.strings = strings;
    }

    /** The catalogue of {@code language}, loaded once. */
    public static synchronized FindingMessages of(Language language) {
        return LOADED.computeIfAbsent(language, FindingMessages::load);
    }

    private static FindingMessages load(Language language) {
        String name = "/perfdecl/write/messages_" + language.tag() + ".properties";
        try (InputStream in = FindingMessages.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("message catalogue missing from the jar: " + name);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new FindingMessages(language, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Language language() {
        return language;
    }

    /** A form's finding as one sentence in this language. */
    public String message(Finding finding) {
        return render(FindingArgs.of(finding));
    }

    /** An audit finding (cross-year, link or carried over from a form) as one sentence in this language. */
    public String message(AuditFinding finding) {
        return render(FindingArgs.of(finding));
    }

    /** The severity's name: 错误/警告/提示 or error/warning/info. */
    public String severity(String severity) {
        return strings.getProperty("severity." + severity, Objects.toString(severity, ""));
    }

    /** The one-line description of a code, or the code itself when it is none the product knows. */
    public String description(String code) {
        return FindingCode.of(code).map(c -> language == Language.EN ? c.en() : c.zh()).orElse(Objects.toString(code, ""));
    }

    /** A field path named for people: {@code budget.items[2].amount} → 第 3 项预算明细的金额; unknown paths as they are. */
    public String field(String path) {
        if (path == null || path.isEmpty()) {
            return strings.getProperty("field.form");
        }
        Matcher m = INDEX.matcher(path);
        Integer position = null;
        StringBuilder normal = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (position == null) {
                position = Integer.parseInt(m.group(1)) + 1;
            }
            normal.append(path, last, m.start()).append("[]");
            last = m.end();
        }
        normal.append(path.substring(last));
        String label = strings.getProperty("field." + normal);
        if (label == null) {
            return path;
        }
        return position == null ? label : label.replace("{i}", position.toString());
    }

    /** A catalogue string with its {@code {name}} placeholders filled; blanks become the "none" mark. */
    public String text(String key, Map<String, ?> values) {
        String template = strings.getProperty(key);
        if (template == null) {
            throw new IllegalArgumentException("no catalogue entry " + key);
        }
        return fill(template, values, null);
    }

    /** Every catalogue entry whose key starts with {@code prefix}, the prefix removed, in key order. */
    public Map<String, String> entries(String prefix) {
        Map<String, String> out = new TreeMap<>();
        for (String key : strings.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                out.put(key.substring(prefix.length()), strings.getProperty(key));
            }
        }
        return out;
    }

    String render(FindingArgs args) {
        String template = args.key() == null ? null : strings.getProperty(args.key());
        if (template == null) {
            template = strings.getProperty("unknown");
        }
        return fill(template, args.values(), args.field());
    }

    /** The catalogue key a finding is rendered with, and whether every placeholder of it has a value. */
    boolean complete(FindingArgs args) {
        String template = strings.getProperty(args.key());
        if (template == null) {
            return false;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            String name = m.group(1);
            if (!name.equals("field") && args.values().get(name) == null) {
                return false;
            }
        }
        return true;
    }

    private String fill(String template, Map<String, ?> values, String field) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length() + 32);
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals("field") ? field(field) : format(values.get(name));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String format(Object value) {
        if (value == null) {
            return strings.getProperty("none", "—");
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(((Number) value).longValue());
        }
        if (value instanceof Number || value instanceof CharSequence || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(this::format).collect(Collectors.joining(strings.getProperty("list.separator", ", ")));
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return value.toString();
        }
    }
}
