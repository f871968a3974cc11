package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.parse.Grids.form;
import static perfdecl.parse.Grids.row;

import org.junit.jupiter.api.Test;

import perfdecl.model.Declaration;
import perfdecl.model.Source;

class FormTemplatesTest {

    private static final Source SOURCE = new Source("a.txt", "4aef5326443e4e0d00", 0, null, "ocr-text");
    private final DeclarationParser parser = new DeclarationParser();

    @Test
    void theTwentyNineteenFormIsRecordedAsItsTemplate() {
        Declaration d = parser.parse(form(row("上海市黄浦区财政支出项目绩效目标申报表"), row("(2019年)"),
                row("项目名称", "社区配送"), row("项目当年预算（元）", "1000")), SOURCE);
        assertThat(d.template()).isEqualTo("sh-2019");
        assertThat(d.title()).isEqualTo("上海市黄浦区财政支出项目绩效目标申报表");
        assertThat(d.findings()).noneMatch(f -> f.code().equals("TEMPLATE_UNKNOWN"));
    }

    @Test
    void aFormWithoutTheTitleIsKnownByTheLabelsOnlyItsGenerationPrints() {
        Declaration d = parser.parse(form(row("项目名称", "社区配送"), row("项目类型", "[x] 结转项目"),
                row("资金用途", "[x] 政府购买服务"), row("项目当年预算（元）", "1000")), SOURCE);
        assertThat(d.template()).isEqualTo("sh-2019");
    }

    @Test
    void aFormOfNoKnownGenerationIsReadButReported() {
        Declaration d = parser.parse(form(row("某某专项资金绩效目标申报表"), row("项目名称", "社区配送")), SOURCE);
        assertThat(d.template()).isNull();
        assertThat(d.projectName()).isEqualTo("社区配送");
        assertThat(d.findings()).anyMatch(f -> f.code().equals("TEMPLATE_UNKNOWN") && f.severity().equals("error"));
    }

    @Test
    void everyTemplateNamesOnlyKnownLabelsAndATaxonomy() {
        assertThat(FormTemplates.all().templates()).isNotEmpty().allSatisfy(t -> {
            assertThat(t.labels()).containsKey("projectName");
            assertThat(t.indicators().level1()).isNotEmpty();
            assertThat(t.amountUnit()).isIn("元", "万元");
        });
    }
}
