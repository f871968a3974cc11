package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateCatalogTest {

    @Test
    void theReadersLearnEveryGenerationsTitleFromTheTemplates() {
        var titles = TemplateCatalog.titles();
        assertThat(titles.titles()).contains("上海市财政支出项目绩效目标申报表", "财政项目支出绩效目标申报表", "项目支出绩效目标表");
        assertThat(titles.endings()).containsExactlyInAnyOrder("绩效目标申报表", "绩效目标表");
    }

    @Test
    void theTemplatesSayWhatEachGenerationRequires() {
        var required = TemplateCatalog.requiredFields();
        assertThat(required.get("sh-2019")).containsExactly("unit", "projectName", "period.start", "period.end",
                "budget.currentYear", "indicators");
        // the national form prints no period
        assertThat(required.get("mof-2021")).containsExactly("unit", "projectName", "budget.currentYear", "indicators");
    }
}
