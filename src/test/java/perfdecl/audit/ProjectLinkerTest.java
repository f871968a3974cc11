package perfdecl.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import perfdecl.model.AuditReport;
import perfdecl.model.Declaration;
import perfdecl.model.FormRef;
import perfdecl.model.ProjectLink;

class ProjectLinkerTest {

    private static AuditReport audit(Declaration... declarations) {
        return new Auditor().audit(List.of(declarations), AuditSettings.DEFAULTS);
    }

    private static ProjectLink projectOf(AuditReport report, String id) {
        String key = report.forms().stream().filter(f -> f.declaration().equals(id)).map(FormRef::project)
                .findFirst().orElseThrow();
        return report.projects().stream().filter(p -> p.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void projectFundsAndProjectAreTheSameProject() {
        AuditReport report = audit(
                Filing.of("a", 2019, "上海市就业促进中心", "社区就业援助项目经费"),
                Filing.of("b", 2020, "上海市就业促进中心", "社区就业援助项目"));
        assertThat(report.projects()).hasSize(1);
        ProjectLink link = report.projects().get(0);
        assertThat(link.declarations()).containsExactly("a", "b");
        assertThat(link.years()).containsExactly(2019, 2020);
        assertThat(link.names()).containsExactly("社区就业援助项目经费", "社区就业援助项目");
        assertThat(link.similarity()).isEqualTo(1.0);
    }

    @Test
    void fullAndHalfWidthBracketsAndSpacesDoNotSeparateFilings() {
        AuditReport report = audit(
                Filing.of("a", 2018, "上海市人才服务中心", "外国人（台港澳）来华工作许可专项"),
                Filing.of("b", 2019, "上海市人才服务中心 ", "外国人(台港澳) 来华工作许可"),
                Filing.of("c", 2020, "上海市人才服务中心（盖章）", "外国人【台港澳】来华工作许可专项经费"));
        assertThat(report.projects()).singleElement()
                .satisfies(p -> assertThat(p.declarations()).containsExactly("a", "b", "c"))
                .satisfies(p -> assertThat(p.unitSimilarity()).isEqualTo(1.0));
    }

    @Test
    void aSlightlyRenamedProjectIsLinkedAndItsSimilarityReported() {
        AuditReport report = audit(
                Filing.of("a", 2019, "上海市职业技能鉴定中心", "职业技能竞赛组织经费"),
                Filing.of("b", 2020, "上海市职业技能鉴定中心", "职业技能竞赛组织实施经费"));
        assertThat(report.projects()).singleElement()
                .satisfies(p -> assertThat(p.similarity()).isEqualTo(0.8));
    }

    @Test
    void differentProjectsOfTheSameUnitAreNotLinked() {
        AuditReport report = audit(
                Filing.of("teachers", 2019, "上海市就业促进中心", "职业培训基础能力建设—师资进修"),
                Filing.of("textbooks", 2020, "上海市就业促进中心", "职业培训基础能力建设—教材开发"));
        assertThat(report.projects()).hasSize(2);
        assertThat(report.findings()).isEmpty();
    }

    @Test
    void phasesOfAProjectAreDifferentProjects() {
        AuditReport report = audit(
                Filing.of("one", 2019, "上海市大数据中心", "数据中心一期工程"),
                Filing.of("two", 2020, "上海市大数据中心", "数据中心二期工程"),
                Filing.of("three", 2021, "上海市大数据中心", "数据中心第3期工程"));
        assertThat(report.projects()).hasSize(3);
    }

    @Test
    void twoSimilarlyNamedProjectsFiledInOneYearStayApartAndEachFindsItsSuccessor() {
        AuditReport report = audit(
                Filing.of("ops19", 2019, "上海市城市运行管理中心", "城市运行监测平台运维"),
                Filing.of("build19", 2019, "上海市城市运行管理中心", "城市运行监测平台建设"),
                Filing.of("ops20", 2020, "上海市城市运行管理中心", "城市运行监测平台运维项目"),
                Filing.of("build20", 2020, "上海市城市运行管理中心", "城市运行监测平台建设经费"));
        assertThat(report.projects()).hasSize(2);
        assertThat(projectOf(report, "ops19").declarations()).containsExactly("ops19", "ops20");
        assertThat(projectOf(report, "build19").declarations()).containsExactly("build19", "build20");
        assertThat(report.findings()).extracting(f -> f.code()).doesNotContain("DUPLICATE_FILING");
    }

    @Test
    void theSameProjectNameInDifferentUnitsIsNotLinked() {
        AuditReport report = audit(
                Filing.of("a", 2019, "上海市就业促进中心", "信息系统运维经费"),
                Filing.of("b", 2020, "上海市人才服务中心", "信息系统运维经费"),
                Filing.of("c", 2020, "上海市第一人民医院", "信息系统运维经费"),
                Filing.of("d", 2021, "上海市第六人民医院", "信息系统运维经费"));
        assertThat(report.projects()).hasSize(4);
    }

    @Test
    void theFilingYearInAProjectNameDoesNotSeparateYears() {
        AuditReport report = audit(
                Filing.of("a", 2019, "上海市就业促进中心", "2019年度职业指导专项"),
                Filing.of("b", 2020, "上海市就业促进中心", "2020年职业指导专项"));
        assertThat(report.projects()).singleElement()
                .satisfies(p -> assertThat(p.declarations()).containsExactly("a", "b"));
    }

    @Test
    void declarationsWithoutIdOrWithARepeatedIdGetDistinctAuditIds() {
        AuditReport report = audit(
                Filing.of(null, 2019, "上海市就业促进中心", "职业指导专项"),
                Filing.of("same", 2020, "上海市就业促进中心", "职业指导专项"),
                Filing.of("same", 2020, "上海市就业促进中心", "职业指导专项"));
        assertThat(report.forms()).extracting(FormRef::declaration).containsExactly("form-1", "same", "same~2");
        assertThat(report.findings()).extracting(f -> f.code()).containsExactly("DUPLICATE_FILING");
    }

    @Test
    void aFilingWithoutYearIsLinkedButNotCompared() {
        AuditReport report = audit(
                Filing.of("a", 2019, "上海市就业促进中心", "职业指导专项"),
                Filing.of("b", null, "上海市就业促进中心", "职业指导专项"));
        assertThat(report.projects()).singleElement()
                .satisfies(p -> assertThat(p.declarations()).containsExactly("a", "b"));
        assertThat(report.findings()).extracting(f -> f.code()).containsExactly("YEAR_UNKNOWN");
    }

    /** A 2025+ form naming a 实施单位 under a 主管部门. */
    private static Declaration later(String id, int year, String unit, String department, String project) {
        Declaration d = Filing.of(id, year, unit, project);
        return new Declaration(d.schemaVersion(), "sh-2025", d.id(), d.source(), "财政项目支出绩效目标申报表", year,
                d.unit(), department, d.projectName(), null, null, null, null, null, "经常性项目", "特定目标类",
                d.period(), d.texts(), d.budget(), d.indicators(), d.findings(), d.provenance());
    }

    @Test
    void aProjectTheDepartmentFiledOnTheOldFormLinksUnderItWhenTheNewFormNamesItAsSupervisor() {
        AuditReport report = audit(
                Filing.of("a", 2024, "上海市静安区民政局", "社区养老服务设施运营补贴"),
                later("b", 2025, "上海市静安区养老服务指导中心", "上海市静安区民政局", "社区养老服务设施运营补贴"),
                later("c", 2026, "上海市静安区养老服务指导中心", "上海市静安区民政局", "社区养老服务设施运营补贴"));
        assertThat(report.projects()).singleElement().satisfies(p -> {
            assertThat(p.declarations()).containsExactly("a", "b", "c");
            assertThat(p.unit()).isEqualTo("上海市静安区民政局");
        });
    }

    @Test
    void aProjectTheImplementingUnitFiledItselfStaysWithItThoughTheNewFormNamesADepartment() {
        AuditReport report = audit(
                Filing.of("a", 2024, "上海市静安区养老服务指导中心", "社区老年人助餐服务补贴"),
                Filing.of("x", 2024, "上海市静安区民政局", "社区老年人助餐服务补贴"),
                later("b", 2025, "上海市静安区养老服务指导中心", "上海市静安区民政局", "社区老年人助餐服务补贴"));
        assertThat(projectOf(report, "b").declarations()).containsExactly("a", "b");
        assertThat(projectOf(report, "x").declarations()).containsExactly("x");
    }
}
