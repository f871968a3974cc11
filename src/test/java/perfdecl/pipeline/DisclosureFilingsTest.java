package perfdecl.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import perfdecl.fixtures.Fixtures;
import perfdecl.model.Declaration;
import perfdecl.model.Finding;
import perfdecl.pipeline.batch.BatchExtraction;

/**
 * A budget disclosure prints its forms after a contents page, budget tables and prose, and a glossary after them:
 * it yields exactly its forms, and the report lists the other pages as skipped, each with why.
 */
class DisclosureFilingsTest {

    private static final FileExtractor EXTRACTOR = new FileExtractor(BatchExtraction.standardReaders());

    @ParameterizedTest
    @ValueSource(strings = {"pdf-own-disclosure-boxes-before-mof2021", "pdf-own-disclosure-office-export-sh2025"})
    void aDisclosureYieldsItsFormsAndListsTheOtherPagesAsSkipped(String caseName) {
        InputResult result = EXTRACTOR.extract(Fixtures.input(caseName));
        List<Declaration> forms = result.declarations();
        int expectedForms = Fixtures.expected(caseName).size();
        assertThat(forms).hasSize(expectedForms);
        int formPages = 0;
        for (Declaration d : forms) {
            formPages += d.source().pages().get(1) - d.source().pages().get(0) + 1;
        }
        assertThat(result.report().pages()).isBetween(20, 60);
        assertThat(forms.get(0).source().pages().get(0)).as("first form page").isGreaterThan(16);
        assertThat(result.report().pagesSkipped()).hasSize(result.report().pages() - formPages);
        assertThat(perfdecl.model.RunReport.of(List.of(result.report())).totals().pagesSkipped())
                .as("run.json's total of skipped pages").isEqualTo(result.report().pages() - formPages);
        assertThat(result.report().pagesSkipped().get(0).reason()).as("first page").endsWith("before the first form");
        assertThat(result.report().pagesFailed()).isEmpty();
        // nothing of the budget tables or the glossary reaches a form as an unrecognised row
        assertThat(forms).flatExtracting(Declaration::findings).extracting(Finding::code)
                .doesNotContain("ROW_UNRECOGNISED", "LABEL_UNKNOWN", "AMOUNT_ROW_UNKNOWN", "TEMPLATE_UNKNOWN");
    }

    @Test
    void aPageMarkedContinuedGoesOnWithItsFormAndAWholeDepartmentsTableIsSkipped() {
        InputResult result = EXTRACTOR.extract(Fixtures.input("pdf-own-disclosure-continued-chromium-mof2021"));
        assertThat(result.declarations()).extracting(d -> d.source().pages())
                .containsExactly(List.of(2, 3), List.of(5, 5));
        assertThat(result.declarations().get(0).indicators()).hasSize(6);
        assertThat(result.report().pagesSkipped()).extracting(p -> p.page()).containsExactly(1, 4);
        assertThat(result.report().pagesSkipped().get(1).reason()).contains("部门整体支出绩效目标表");
    }
}
