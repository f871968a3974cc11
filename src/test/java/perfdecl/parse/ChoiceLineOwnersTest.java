package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Token;

class ChoiceLineOwnersTest {

    private static final Map<String, List<String>> OPTIONS = Map.of(
            "projectType", DeclarationParser.PROJECT_TYPES, "fundUse", DeclarationParser.FUND_USES);

    private static List<Token> line(String spec) {
        return Grids.cell(0, spec).tokens();
    }

    private static String text(List<List<Token>> lines) {
        StringBuilder b = new StringBuilder();
        for (List<Token> l : lines) {
            l.stream().filter(t -> !t.isMark()).forEach(t -> b.append(t.text()));
            b.append('/');
        }
        return b.toString();
    }

    @Test
    void linesOfTheGroupBelowThatTheCellAboveRanOverGoToTheGroupBelow() {
        // the rule between 项目类型 and 资金用途 was lost: 资金用途's options came with 项目类型's cell
        var lines = regrouped(List.of("[ ] 市委市政府已确定的新增项目 [ ] 结转项目 [ ] 其他一次性项目",
                "[ ] 经常性专项业务费 [ ] 其他经常性项目", "[ ] 基本建设工程类 [ ] 信息化建设类 [ ] 政策补贴类 [x] 政府购买服务",
                "[ ] 资产购置类"), List.of());
        assertThat(text(lines.get("projectType"))).isEqualTo("市委市政府已确定的新增项目结转项目其他一次性项目/经常性专项业务费其他经常性项目/");
        assertThat(text(lines.get("fundUse"))).isEqualTo("基本建设工程类信息化建设类政策补贴类政府购买服务/资产购置类/");
        var r = new ChoiceGroupParser().parse("fundUse", DeclarationParser.FUND_USES, lines.get("fundUse"), true);
        assertThat(r.group().selected()).containsExactly("政府购买服务");
    }

    /** Each group's lines as read under its label, from the specs of its lines. */
    private static Map<String, List<List<Token>>> regrouped(List<String> projectType, List<String> fundUse) {
        Map<String, List<List<Token>>> lines = new LinkedHashMap<>();
        lines.put("projectType", new ArrayList<>(projectType.stream().map(ChoiceLineOwnersTest::line).toList()));
        if (fundUse != null) {
            lines.put("fundUse", new ArrayList<>(fundUse.stream().map(ChoiceLineOwnersTest::line).toList()));
        }
        ChoiceLineOwners.regroup(lines, OPTIONS);
        return lines;
    }

    @Test
    void aGroupWithLinesOfItsOwnIsNotGivenASecondReadingOfThem() {
        var lines = regrouped(List.of("[x] 结转项目 [ ] 其他一次性项目", "[ ] 基本建设工程类 [x] 信息化建设类"),
                List.of("[ ] 基本建设工程类 [x] 信息化建设类"));
        assertThat(lines.get("projectType")).hasSize(1);
        assertThat(lines.get("fundUse")).hasSize(1);
    }

    @Test
    void aLineNamingOneOptionOfAnotherGroupAmongItsOwnStays() {
        var lines = regrouped(List.of("[x] 结转项目 [ ] 其他一次性项目", "[ ] 政府购买服务项目"), null);
        assertThat(lines.get("projectType")).hasSize(2);
        assertThat(lines).doesNotContainKey("fundUse");
    }
}
