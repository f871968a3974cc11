package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static perfdecl.parse.Grids.formWith;
import static perfdecl.parse.Grids.row;

import org.junit.jupiter.api.Test;

import perfdecl.model.Declaration;
import perfdecl.model.Indicator;
import perfdecl.model.Source;

/** Text copied out of a published form: the cells of a table row a space apart on one line, no tabs. */
class SpacedCellsTest {

    private static final Source SOURCE = new Source("a.txt", "4aef5326443e4e0d00", 0, null, "ocr-text");
    private final DeclarationParser parser = new DeclarationParser();

    private static String line(Indicator i) {
        return i.level1() + "|" + i.level2() + "|" + i.level3() + "|" + (i.target() == null ? null : i.target().raw());
    }

    @Test
    void anIndicatorTableWithItsCellsASpaceApartIsReadByColumn() {
        Declaration d = parser.parse(formWith(row("分解目标"), row("一级指标 二级指标 三级指标 指标目标值"),
                row("投入和管理目标 资金投入管理 预算执行率 ≥98%"),
                row("项目实施管理 培训机构考核制度健全性 健全"),
                row("产出目标 数量目标 培训残疾人人次 ≥300人次"),
                row("质量目标 培训合格率 ≥85%"),
                row("补贴结算及时率 100%"),
                row("效果目标 经济效益目标 培训后就业率 ≥ 30 %"),
                row("生态效益目标"),
                row("备注 无")), SOURCE);

        assertThat(d.indicators()).extracting(SpacedCellsTest::line).containsExactly(
                "投入和管理目标|资金投入管理|预算执行率|≥98%",
                "投入和管理目标|项目实施管理|培训机构考核制度健全性|健全",
                "产出目标|数量目标|培训残疾人人次|≥300人次",
                "产出目标|质量目标|培训合格率|≥85%",
                "产出目标|质量目标|补贴结算及时率|100%",
                "效果目标|经济效益目标|培训后就业率|≥ 30 %");
        assertThat(d.indicators().get(5).target().value()).isEqualByComparingTo("30");
        assertThat(d.findings()).extracting(f -> f.code() + " " + f.actual())
                .contains("DIMENSION_WITHOUT_INDICATOR 生态效益目标");
        assertThat(d.texts().remarks()).isEqualTo("无");
    }

    @Test
    void outsideATableWhoseHeaderWasSpacedASpacedRowStaysOneCell() {
        Declaration d = parser.parse(formWith(row("分解目标"), row("一级指标", "二级指标", "三级指标", "指标目标值"),
                row("产出目标", "数量目标", "GDP 核算 单位数", "≥3家")), SOURCE);

        assertThat(d.indicators()).extracting(SpacedCellsTest::line)
                .containsExactly("产出目标|数量目标|GDP 核算 单位数|≥3家");
    }

    @Test
    void aBudgetItemWithItsAmountASpaceApartIsANameAndAnAmount() {
        Declaration d = parser.parse(formWith(row("项目总预算（元）", "2,406,080", "项目当年预算（元）", "2,406,080"),
                row("项目当年投入资金构成子项目名称预算金额（元）"), row("培训补贴 2,106,080"),
                row("培训教材及耗材 180,000"), row("2024 年度考核鉴定费 120,000")), SOURCE);

        assertThat(d.budget().items()).extracting(i -> i.name() + "=" + i.amount())
                .containsExactly("培训补贴=2106080", "培训教材及耗材=180000", "2024 年度考核鉴定费=120000");
    }
}
