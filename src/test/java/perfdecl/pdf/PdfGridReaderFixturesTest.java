package perfdecl.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import perfdecl.grid.Cell;
import perfdecl.grid.FormGrid;
import perfdecl.grid.Row;
import perfdecl.grid.SourceDocument;
import perfdecl.grid.Token;

class PdfGridReaderFixturesTest {

    private final PdfGridReader reader = new PdfGridReader();

    @ParameterizedTest
    @ValueSource(strings = {"pdf-form-1", "pdf-form-2", "pdf-form-3", "pdf-form-4", "pdf-form-5"})
    void singleFormHoldsTheExpectedRows(String fixture) throws Exception {
        SourceDocument doc = reader.read(Fixtures.input(fixture));
        assertThat(doc.inputKind()).isEqualTo("pdf");
        assertThat(doc.forms()).hasSize(1);
        FormGrid form = doc.forms().get(0);
        assertThat(form.firstPage()).isEqualTo(1);
        assertThat(form.lastPage()).isEqualTo(doc.pages());
        assertFormMatches(form, Fixtures.expected(fixture));
    }

    @Test
    void bundleSplitsIntoFiveFormsWithConsecutivePageRanges() throws Exception {
        SourceDocument doc = reader.read(Fixtures.input("pdf-bundle-2019"));
        JsonNode expected = Fixtures.expected("pdf-bundle-2019");
        assertThat(doc.pages()).isEqualTo(12);
        assertThat(doc.forms()).hasSize(expected.size()).hasSize(5);
        int nextPage = 1;
        for (int i = 0; i < doc.forms().size(); i++) {
            FormGrid form = doc.forms().get(i);
            assertThat(form.formIndex()).isEqualTo(i);
            assertThat(form.firstPage()).isEqualTo(nextPage);
            int singlePages = reader.read(Fixtures.input("pdf-form-" + (i + 1))).pages();
            assertThat(form.lastPage() - form.firstPage() + 1).as("pages of form %d", i).isEqualTo(singlePages);
            nextPage = form.lastPage() + 1;
            assertFormMatches(form, expected.get(i));
        }
        assertThat(nextPage - 1).isEqualTo(12);
    }

    @Test
    void fullWidthPunctuationAndRealSpacesAreKeptAsFiled() throws Exception {
        FormGrid form = reader.read(Fixtures.input("pdf-form-2")).forms().get(0);
        assertThat(rowStartingWith(form, "开始时间").cells().get(1).text()).isEqualTo("2019. 1. 1");
        assertThat(form.rows().get(2).cells().get(0).text()).isEqualTo("申报单位名称：上海市就业促进中心");
    }

    @Test
    void paragraphsAreSeparatedAndWrappedLinesJoined() throws Exception {
        FormGrid form = reader.read(Fixtures.input("pdf-form-1")).forms().get(0);
        String annual = Fixtures.expected("pdf-form-1").path("texts").path("annualGoal").asText();
        assertThat(annual).contains("\n");
        assertThat(rowStartingWith(form, "年度绩效目标").cells().get(1).text()).isEqualTo(annual);
        assertThat(cellTexts(form)).contains("项目设立的必要性", "保证项目实施的制度、措施");
    }

    private static void assertFormMatches(FormGrid form, JsonNode expected) {
        Row name = rowStartingWith(form, "项目名称");
        assertThat(name.cells().get(1).text()).isEqualTo(expected.path("projectName").asText());

        assertMarksMatch(rowStartingWith(form, "项目类型"), expected.path("projectType").path("options"));
        assertMarksMatch(rowStartingWith(form, "资金用途"), expected.path("fundUse").path("options"));

        boolean comma = "comma".equals(expected.path("render").path("amountStyle").asText());
        List<String> texts = cellTexts(form);
        JsonNode budget = expected.path("budget");
        for (String field : List.of("total", "currentYear", "priorYearBudget", "priorYearExecuted")) {
            assertThat(texts).contains(amount(budget.path(field).asLong(), comma));
        }
        for (JsonNode item : budget.path("items")) {
            Row row = rowWithCell(form, item.path("name").asText()).orElseThrow();
            assertThat(row.cells().get(row.cells().size() - 1).text())
                    .isEqualTo(amount(item.path("amount").asLong(), comma));
        }

        for (JsonNode ind : expected.path("indicators")) {
            String name3 = ind.path("level3").isNull() ? ind.path("level2").asText() : ind.path("level3").asText();
            Row row = rowWithCell(form, name3).orElseThrow(() -> new AssertionError("no row for " + name3));
            assertThat(row.cells().get(0).column()).isZero();
            assertThat(level1Above(form, row)).as("level-1 above %s", name3).isEqualTo(ind.path("level1").asText());
            Cell last = row.cells().get(row.cells().size() - 1);
            String raw = ind.path("target").isNull() ? "" : ind.path("target").path("raw").asText();
            assertThat(last.text()).isEqualTo(raw);
            assertThat(row.cells()).extracting(Cell::column).isSorted().doesNotHaveDuplicates();
        }
    }

    private static void assertMarksMatch(Row row, JsonNode options) {
        List<Token> tokens = row.cells().get(1).tokens();
        List<Boolean> marks = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isMark()) {
                marks.add(t.checked());
                Token label = tokens.get(i - 1);
                assertThat(label.isMark()).isFalse();
                assertThat(label.line()).isEqualTo(t.line());
                assertThat(label.text()).isEqualTo(options.get(marks.size() - 1).path("label").asText());
            }
        }
        List<Boolean> expected = new ArrayList<>();
        options.forEach(o -> expected.add(o.path("checked").asBoolean()));
        assertThat(marks).isEqualTo(expected);
        assertThat(row.cells().get(1).text()).doesNotContain("☑", "□");
    }

    /** The merged level-1 cell is filled in the first row it spans and left empty in the rows below. */
    private static String level1Above(FormGrid form, Row row) {
        for (int i = form.rows().indexOf(row); i >= 0; i--) {
            String text = form.rows().get(i).cells().get(0).text();
            if (!text.isEmpty()) {
                return text;
            }
        }
        return null;
    }

    private static String amount(long yuan, boolean comma) {
        return comma ? String.format("%,d", yuan) : Long.toString(yuan);
    }

    static Row rowStartingWith(FormGrid form, String label) {
        return form.rows().stream().filter(r -> !r.cells().isEmpty() && r.cells().get(0).text().equals(label))
                .findFirst().orElseThrow(() -> new AssertionError("no row starting with " + label));
    }

    private static Optional<Row> rowWithCell(FormGrid form, String text) {
        return form.rows().stream().filter(r -> r.cells().stream().anyMatch(c -> c.text().equals(text))).findFirst();
    }

    private static List<String> cellTexts(FormGrid form) {
        return form.rows().stream().flatMap(r -> r.cells().stream()).map(Cell::text).toList();
    }
}
