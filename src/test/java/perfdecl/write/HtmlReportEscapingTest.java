package perfdecl.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import perfdecl.audit.AuditSettings;
import perfdecl.audit.Auditor;
import perfdecl.audit.MultiYearFilings;
import perfdecl.model.AuditReport;
import perfdecl.model.Declaration;

/**
 * The audit report keeps filed text out of its markup: with a script, quotes and event attributes appended to
 * every text field of every filing, the written page has no tag or attribute that the same report of the clean
 * filings lacks, and the text is in the page's data. How the browser then shows it is
 * {@code HtmlReportHostileTextChromiumTest}'s part.
 */
class HtmlReportEscapingTest {

    static final String PAYLOAD = "<script>alert(1)</script>\"' onmouseover=\"alert(2)\" x='"
            + "<img src=x onerror=alert(3)></textarea></title><svg onload=alert(4)>";

    /** Values the audit reads as codes or dates; every other string of a declaration is filed text. */
    private static final Set<String> NOT_TEXT = Set.of("schemaVersion", "sha256", "inputKind", "status", "start",
            "end", "code", "severity", "operator", "field");

    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s\"'=/>]+)(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?");

    @Test
    void scriptsQuotesAndEventAttributesInEveryTextFieldAreShownAsText() throws Exception {
        List<Declaration> clean = MultiYearFilings.load();
        List<Declaration> hostile = new ArrayList<>();
        for (Declaration d : clean) {
            hostile.add(poisoned(d));
        }
        assertThat(hostile.get(0).unit().name()).endsWith(PAYLOAD);
        assertThat(hostile.get(0).indicators().get(0).target().raw()).endsWith(PAYLOAD);

        String cleanPage = page(clean);
        String hostilePage = page(hostile);

        assertThat(markup(hostilePage)).isEqualTo(markup(cleanPage));
        for (String element : new String[] {"<script", "<img", "<svg", "</textarea>", "</title>"}) {
            assertThat(count(hostilePage, element)).as(element).isEqualTo(count(cleanPage, element));
        }
        // the filed text is in the page, as data
        assertThat(HtmlReportWriterTest.data(hostilePage).toString()).contains("<script>alert(1)</script>")
                .contains("onmouseover");
    }

    private static String page(List<Declaration> filings) throws Exception {
        AuditReport report = new Auditor().audit(filings, AuditSettings.DEFAULTS);
        return HtmlReportWriterTest.html(report, filings, Language.ZH);
    }

    /** Every tag name and every tag-name/attribute-name pair the page has. */
    private static Set<String> markup(String html) {
        Set<String> seen = new TreeSet<>();
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase();
            seen.add(name);
            Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
            while (attribute.find()) {
                seen.add(name + " " + attribute.group(1).toLowerCase());
            }
        }
        return seen;
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static Declaration poisoned(Declaration d) throws Exception {
        ObjectMapper json = new ObjectMapper();
        StringWriter text = new StringWriter();
        new DeclarationJsonWriter().write(d, text);
        JsonNode tree = json.readTree(text.toString());
        poison(tree);
        return new DeclarationJsonReader().read(new StringReader(json.writeValueAsString(tree)));
    }

    private static void poison(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (NOT_TEXT.contains(field.getKey())) {
                    continue;
                }
                if (field.getValue().isTextual()) {
                    field.setValue(TextNode.valueOf(field.getValue().textValue() + PAYLOAD));
                } else if (!field.getKey().equals("provenance")) {
                    poison(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(array.get(i).textValue() + PAYLOAD));
                } else {
                    poison(array.get(i));
                }
            }
        }
    }
}
