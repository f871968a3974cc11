package perfdecl.validate;

import org.junit.jupiter.api.Test;
import perfdecl.model.Finding;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.validate.DeclarationFixture.declaration;

class RequiredFieldsRuleTest {

    private final RequiredFieldsRule rule = new RequiredFieldsRule();

    @Test
    void eachMissingFieldIsAnErrorNamingItsPath() {
        var d = declaration().unitName(null).projectName(" ").period(null, null, null, null)
                .budget(1000L, null).build();

        List<Finding> findings = rule.check(d);

        assertThat(findings).extracting(Finding::field).containsExactly(
                "unit.name", "projectName", "period.start", "period.end", "budget.currentYear", "indicators");
        assertThat(findings).extracting(Finding::code).containsOnly("FIELD_MISSING");
        assertThat(findings).extracting(Finding::severity).containsOnly(Finding.ERROR);
        assertThat(findings.get(0).message()).contains("申报单位名称");
        assertThat(findings.get(4).message()).contains("项目当年预算");
    }

    @Test
    void unreadableDateCarriesTheFiledText() {
        var d = withAnIndicator().period("2019-01-01", null, "2019-1-1", "2019年13月").build();

        assertThat(rule.check(d)).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("period.end");
            assertThat(f.actual()).isEqualTo("2019年13月");
            assertThat(f.message()).contains("结束时间", "2019年13月");
        });
    }

    @Test
    void completeDeclarationGivesNoFinding() {
        assertThat(rule.check(withAnIndicator().build())).isEmpty();
    }

    @Test
    void aFormWithoutAnyIndicatorLacksItsIndicatorTable() {
        assertThat(rule.check(declaration().build())).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("indicators");
            assertThat(f.message()).contains("分解目标");
        });
    }

    private static DeclarationFixture withAnIndicator() {
        return declaration().indicator("资金投入管理", "预算执行率", "≥98%", "≥", "98", "%");
    }

    private static perfdecl.model.Declaration asTemplate(perfdecl.model.Declaration d, String template) {
        return new perfdecl.model.Declaration(d.schemaVersion(), template, d.id(), d.source(), d.title(), d.year(),
                d.unit(), d.department(), d.projectName(), d.projectLead(), d.contactPerson(), d.contactPhone(),
                d.projectType(), d.fundUse(), d.projectNature(), d.projectCategory(), d.period(), d.texts(),
                d.budget(), d.indicators(), d.findings(), d.provenance());
    }

    @Test
    void eachGenerationIsHeldToItsOwnTemplatesFields() {
        var d = withAnIndicator().period(null, null, null, null).build();
        var byTemplate = java.util.Map.of("mof-2021", List.of("unit", "projectName", "budget.currentYear",
                "indicators"), "sh-2025", RequiredFieldsRule.SH_2019);
        RequiredFieldsRule perTemplate = new RequiredFieldsRule(byTemplate);

        // the national form prints no period: none is required of it
        assertThat(perTemplate.check(asTemplate(d, "mof-2021"))).isEmpty();
        assertThat(perTemplate.check(asTemplate(d, "sh-2025"))).extracting(Finding::field)
                .containsExactly("period.start", "period.end");
        // a form of no known generation is held to the 2019 form's fields
        assertThat(perTemplate.check(asTemplate(d, null))).extracting(Finding::field)
                .containsExactly("period.start", "period.end");
    }
}
