package perfdecl.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import perfdecl.model.AuditFinding;
import perfdecl.model.AuditReport;
import perfdecl.model.Declaration;
import perfdecl.model.FormRef;
import perfdecl.model.ProjectLink;

/** Every inconsistency planted in the multi-year test set is found, with both values and years, and nothing else. */
class AuditorTest {

    private static List<Declaration> filings;
    private static AuditReport report;

    @BeforeAll
    static void audit() {
        filings = MultiYearFilings.load();
        report = new Auditor().audit(filings, AuditSettings.DEFAULTS);
    }

    private static String projectOf(String file) {
        return report.forms().stream().filter(f -> file.equals(f.file())).map(FormRef::project).findFirst().orElseThrow();
    }

    private static List<AuditFinding> findingsOf(String file) {
        String project = projectOf(file);
        return report.findings().stream().filter(f -> f.project().equals(project)).toList();
    }

    private static List<String> codesOf(String file) {
        return findingsOf(file).stream().map(AuditFinding::code).toList();
    }

    private static AuditFinding only(String file, String code, int fromYear) {
        List<AuditFinding> matches = findingsOf(file).stream()
                .filter(f -> f.code().equals(code) && f.years().get(0) == fromYear).toList();
        assertThat(matches).as(code + " from " + fromYear).hasSize(1);
        return matches.get(0);
    }

    @Test
    void everyPlantedFindingOfTheHotlineProjectAndNoOther() {
        assertThat(codesOf("hrss-12333-2018.pdf")).containsExactlyInAnyOrder(
                "EXECUTION_BELOW_DECLARED_TARGET", "TARGET_LOWERED", "INDICATOR_DROPPED", "INDICATOR_ADDED",
                "BUDGET_CHANGE", "BUDGET_CHANGE",
                "PRIOR_YEAR_BUDGET_MISMATCH", "TARGET_RAISED", "TARGET_LOWERED");
    }

    @Test
    void priorYearBudgetMismatchCarriesBothAmountsYearsAndFiles() {
        AuditFinding f = only("hrss-12333-2018.pdf", "PRIOR_YEAR_BUDGET_MISMATCH", 2019);
        assertThat(f.severity()).isEqualTo("warning");
        assertThat(f.expected()).isEqualTo(60_000_000L);
        assertThat(f.actual()).isEqualTo(58_000_000L);
        assertThat(f.years()).containsExactly(2019, 2020);
        assertThat(f.files()).containsExactly("hrss-12333-2019.pdf", "hrss-12333-2020.pdf");
        assertThat(f.fields()).containsExactly("budget.currentYear", "budget.priorYearBudget");
        assertThat(f.declarations()).containsExactly(filings.get(1).id(), filings.get(2).id());
    }

    @Test
    void executionBelowTheTargetDeclaredLastYearIsReportedWithTheRate() {
        AuditFinding f = only("hrss-12333-2018.pdf", "EXECUTION_BELOW_DECLARED_TARGET", 2018);
        assertThat(f.severity()).isEqualTo("warning");
        assertThat(f.expected()).isEqualTo("≥98%");
        assertThat(f.actual()).isEqualTo("92.50%");
        assertThat(f.years()).containsExactly(2018, 2019);
        assertThat(f.fields()).containsExactly("indicators[2].target", "budget.priorYearExecuted");
    }

    @Test
    void loweredAndRaisedTargetsAreToldApart() {
        AuditFinding lowered = findingsOf("hrss-12333-2018.pdf").stream()
                .filter(f -> f.code().equals("TARGET_LOWERED") && f.years().equals(List.of(2018, 2019)))
                .findFirst().orElseThrow();
        assertThat(lowered.severity()).isEqualTo("warning");
        assertThat(lowered.expected()).isEqualTo("≥98.00%");
        assertThat(lowered.actual()).isEqualTo("≥95.00%");
        assertThat(lowered.message()).contains("质量控制合格率");

        AuditFinding loosenedCeiling = findingsOf("hrss-12333-2018.pdf").stream()
                .filter(f -> f.code().equals("TARGET_LOWERED") && f.years().equals(List.of(2019, 2020)))
                .findFirst().orElseThrow();
        assertThat(loosenedCeiling.expected()).isEqualTo("≤0.01%");
        assertThat(loosenedCeiling.actual()).isEqualTo("≤0.02%");
        assertThat(loosenedCeiling.message()).contains("投诉率");

        AuditFinding raised = only("hrss-12333-2018.pdf", "TARGET_RAISED", 2019);
        assertThat(raised.severity()).isEqualTo("info");
        assertThat(raised.expected()).isEqualTo("≥97.00%");
        assertThat(raised.actual()).isEqualTo("≥98.00%");
    }

    @Test
    void droppedAndAddedIndicatorsNameTheIndicator() {
        AuditFinding dropped = only("hrss-12333-2018.pdf", "INDICATOR_DROPPED", 2018);
        assertThat(dropped.severity()).isEqualTo("warning");
        assertThat(dropped.expected()).isEqualTo("产出目标/服务人员流失率 ≤20.00%");
        assertThat(dropped.actual()).isNull();
        assertThat(dropped.fields()).containsExactly("indicators[7]", "indicators");

        AuditFinding added = only("hrss-12333-2018.pdf", "INDICATOR_ADDED", 2018);
        assertThat(added.severity()).isEqualTo("info");
        assertThat(added.expected()).isNull();
        assertThat(added.actual()).isEqualTo("产出目标/平台可用率 ≥99.9%");
        assertThat(added.fields()).containsExactly("indicators", "indicators[3]");
    }

    @Test
    void budgetJumpOfFiftyPercentIsReportedForTheProjectAndTheItem() {
        List<AuditFinding> changes = findingsOf("hrss-12333-2018.pdf").stream()
                .filter(f -> f.code().equals("BUDGET_CHANGE")).toList();
        assertThat(changes).extracting(AuditFinding::severity).containsOnly("info");
        assertThat(changes).extracting(AuditFinding::years).containsOnly(List.of(2018, 2019));
        assertThat(changes).extracting(AuditFinding::expected, AuditFinding::actual).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(40_000_000L, 60_000_000L),
                org.assertj.core.groups.Tuple.tuple(30_000_000L, 45_000_000L));
        assertThat(changes).extracting(f -> f.fields().get(1))
                .containsExactlyInAnyOrder("budget.currentYear", "budget.items[0]");
    }

    @Test
    void executedAboveLastYearsBudgetAndASoftenedOperatorAreTheTeacherProjectsOnlyFindings() {
        assertThat(codesOf("jobs-teachers-2019.pdf"))
                .containsExactlyInAnyOrder("PRIOR_YEAR_EXECUTED_EXCEEDS_BUDGET", "TARGET_LOWERED");
        AuditFinding exceeded = only("jobs-teachers-2019.pdf", "PRIOR_YEAR_EXECUTED_EXCEEDS_BUDGET", 2019);
        assertThat(exceeded.expected()).isEqualTo(3_511_500L);
        assertThat(exceeded.actual()).isEqualTo(3_600_000L);
        assertThat(exceeded.years()).containsExactly(2019, 2020);
        AuditFinding softened = only("jobs-teachers-2019.pdf", "TARGET_LOWERED", 2019);
        assertThat(softened.expected()).isEqualTo(">98%");
        assertThat(softened.actual()).isEqualTo("≥98%");
    }

    @Test
    void consistentYearsGiveNoFindingAtAll() {
        assertThat(codesOf("skills-2018.pdf")).isEmpty();
        ProjectLink skills = report.projects().stream().filter(p -> p.key().equals(projectOf("skills-2018.pdf")))
                .findFirst().orElseThrow();
        assertThat(skills.years()).containsExactly(2018, 2019, 2020);
    }

    @Test
    void aDifferentProjectOfTheSameUnitStandsAloneWithoutFindings() {
        assertThat(projectOf("jobs-textbooks-2020.pdf")).isNotEqualTo(projectOf("jobs-teachers-2020.pdf"));
        assertThat(codesOf("jobs-textbooks-2020.pdf")).isEmpty();
    }

    @Test
    void theSameProjectFiledTwiceInAYearIsADuplicateAndBothFormsAreKept() {
        assertThat(codesOf("talent-permits-2019.pdf")).containsExactly("DUPLICATE_FILING", "CHOICE_NONE_SELECTED");
        AuditFinding duplicate = findingsOf("talent-permits-2019.pdf").get(0);
        assertThat(duplicate.severity()).isEqualTo("warning");
        assertThat(duplicate.years()).containsExactly(2019, 2019);
        assertThat(duplicate.files()).containsExactly("talent-permits-2019.pdf", "talent-permits-2019-resubmitted.pdf");
        assertThat(duplicate.actual()).isEqualTo(2);
    }

    @Test
    void aFormsOwnFindingIsCarriedOverWithItsYearAndFile() {
        AuditFinding own = findingsOf("talent-permits-2019.pdf").get(1);
        assertThat(own.scope()).isEqualTo(AuditFinding.FORM);
        assertThat(own.severity()).isEqualTo("warning");
        assertThat(own.years()).containsExactly(2019);
        assertThat(own.files()).containsExactly("talent-permits-2019-resubmitted.pdf");
        assertThat(own.fields()).containsExactly("projectType");
        assertThat(own.expected()).isEqualTo("one");
        assertThat(own.actual()).isEqualTo("none");
    }

    @Test
    void findingsAreInProjectThenYearOrder() {
        List<String> projectKeys = report.projects().stream().map(ProjectLink::key).toList();
        assertThat(projectKeys).isSorted();
        List<Integer> order = report.findings().stream().map(f -> projectKeys.indexOf(f.project())).toList();
        assertThat(order).isSorted();
        List<Integer> hotlineYears = findingsOf("hrss-12333-2018.pdf").stream()
                .map(f -> f.years().get(f.years().size() - 1)).toList();
        assertThat(hotlineYears).isSorted();
    }

    @Test
    void theReportDoesNotDependOnTheOrderOfTheInput() {
        List<Declaration> reversed = new ArrayList<>(filings);
        Collections.reverse(reversed);
        AuditReport again = new Auditor().audit(reversed, AuditSettings.DEFAULTS);
        assertThat(again.projects()).isEqualTo(report.projects());
        assertThat(again.findings()).isEqualTo(report.findings());
        assertThat(again.forms()).containsExactlyInAnyOrderElementsOf(report.forms());
    }

    @Test
    void aHigherThresholdReportsSmallerBudgetChanges() {
        AuditReport strict = new Auditor().audit(filings,
                new AuditSettings(0.8, 0.9, java.math.BigDecimal.valueOf(10)));
        // 人员管理费 4,000,000 → 4,400,000 is +10 %, 业务委托经费 5,674,400 → 6,798,000 is +19.8 %, the skills
        // budget 11,374,400 → 13,035,400 is +14.6 %; 考场使用费 2,700,000 → 2,952,400 (+9.3 %) stays below.
        assertThat(strict.findings()).filteredOn(f -> f.code().equals("BUDGET_CHANGE"))
                .extracting(AuditFinding::expected)
                .containsExactlyInAnyOrder(40_000_000L, 30_000_000L, 4_000_000L, 11_374_400L, 5_674_400L);
    }
}
