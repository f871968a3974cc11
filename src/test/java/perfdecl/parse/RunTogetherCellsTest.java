package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.parse.Grids.form;
import static perfdecl.parse.Grids.formWith;
import static perfdecl.parse.Grids.row;

import org.junit.jupiter.api.Test;

import perfdecl.model.Declaration;
import perfdecl.model.Source;

class RunTogetherCellsTest {

    private static final Source SOURCE = new Source("a.txt", "4aef5326443e4e0d00", 0, null, "ocr-text");
    private final DeclarationParser parser = new DeclarationParser();

    @Test
    void aLabelLeftBlankBeforeTheNextLabelRunTogetherIsBlank() {
        Declaration d = parser.parse(formWith(row("项目负责人联系人顾明联系电话57901288")), SOURCE);

        assertThat(d.projectLead()).isNull();
        assertThat(d.contactPerson()).isEqualTo("顾明");
        assertThat(d.contactPhone()).isEqualTo("57901288");
    }

    @Test
    void aLabelLeftBlankAtTheEndOfTheCellDoesNotSplitIt() {
        Declaration d = parser.parse(formWith(row("项目概况开设联系电话热线，联系人")), SOURCE);

        assertThat(d.texts().overview()).isEqualTo("开设联系电话热线，联系人");
        assertThat(d.contactPerson()).isNull();
    }

    @Test
    void aValueCellRunningOnIntoTheNextLabelAndItsValueIsSplitThere() {
        Declaration d = parser.parse(form(row("项目支出绩效目标表"), row("（2025年度）"),
                row("项目名称", "智慧水务监测平台建设"), row("主管部门", "某市水务局 实施单位某市水文站"),
                row("项目资金（万元）", "年度资金总额", "980.2150"),
                row("一级指标", "二级指标", "三级指标", "指标值"),
                row("产出指标", "数量指标", "新建监测站点数量", "≥120个")), SOURCE);

        assertThat(d.department()).isEqualTo("某市水务局");
        assertThat(d.unit().name()).isEqualTo("某市水文站");
    }

    @Test
    void aValueThatMerelyContainsALabelWordIsKeptWhole() {
        Declaration d = parser.parse(form(row("项目支出绩效目标表"), row("（2025年度）"),
                row("项目名称", "智慧水务监测平台建设"), row("主管部门", "某市水务局 实施单位"),
                row("项目资金（万元）", "年度资金总额", "980.2150"),
                row("一级指标", "二级指标", "三级指标", "指标值"),
                row("产出指标", "数量指标", "新建监测站点数量", "≥120个")), SOURCE);

        assertThat(d.department()).isEqualTo("某市水务局 实施单位");
    }
}
