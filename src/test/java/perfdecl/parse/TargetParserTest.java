package perfdecl.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import perfdecl.model.Target;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class TargetParserTest {

    private final TargetParser parser = new TargetParser();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", quoteCharacter = '\'', textBlock = """
            # filed                                              | raw                                       | op   | value     | unit       | word
            =100%                                                | =100%                                     | =    | 100       | %          | NULL
            ≤200元/亩                                            | ≤200元/亩                                 | ≤    | 200       | 元/亩      | NULL
            约12000批次                                          | 约12000批次                               | ≈    | 12000     | 批次       | NULL
            ≥2次/年                                              | ≥2次/年                                   | ≥    | 2         | 次/年      | NULL
            不少于30架次                                         | 不少于30架次                              | ≥    | 30        | 架次       | NULL
            ≥98%                                                 | ≥98%                                      | ≥    | 98        | %          | NULL
            ≥80.00%                                              | ≥80.00%                                   | ≥    | 80.00     | %          | NULL
            100.00%                                              | 100.00%                                   | =    | 100.00    | %          | NULL
            $\\geq 98.00\\%$                                     | ≥98.00%                                   | ≥    | 98.00     | %          | NULL
            $\\leq 20.00\\%$                                     | ≤20.00%                                   | ≤    | 20.00     | %          | NULL
            $\\geq 97.00\\%$                                     | ≥97.00%                                   | ≥    | 97.00     | %          | NULL
            $\\leq 0.01\\%$                                      | ≤0.01%                                    | ≤    | 0.01      | %          | NULL
            $\\geq 90.00\\%$                                     | ≥90.00%                                   | ≥    | 90.00     | %          | NULL
            响应时间：立即响应，故障处理时间 ≤ 90 分钟           | 响应时间：立即响应，故障处理时间 ≤ 90 分钟 | NULL | NULL      | NULL       | NULL
            响应时间： ≤ 30 分钟内，故障处理时间 ≤ 180 分钟      | 响应时间： ≤ 30 分钟内，故障处理时间 ≤ 180 分钟 | NULL | NULL | NULL      | NULL
            响应时间： ≤ 30 分钟内，故障处理时间 ≤ 24 小时       | 响应时间： ≤ 30 分钟内，故障处理时间 ≤ 24 小时 | NULL | NULL  | NULL       | NULL
            < 4.97 元/分钟                                       | < 4.97 元/分钟                            | <    | 4.97      | 元/分钟    | NULL
            对项目的长期发展应该有相应的管理措施                 | 对项目的长期发展应该有相应的管理措施      | NULL | NULL      | NULL       | NULL
            人力资源配备和培训应该满足可持续发展的需求           | 人力资源配备和培训应该满足可持续发展的需求 | NULL | NULL     | NULL       | NULL
            >98%                                                 | >98%                                      | >    | 98        | %          | NULL
            >95%                                                 | >95%                                      | >    | 95        | %          | NULL
            ≥95%                                                 | ≥95%                                      | ≥    | 95        | %          | NULL
            ≥85%                                                 | ≥85%                                      | ≥    | 85        | %          | NULL
            ≥98.00%                                              | ≥98.00%                                   | ≥    | 98.00     | %          | NULL
            =100.00%                                             | =100.00%                                  | =    | 100.00    | %          | NULL
            100%                                                 | 100%                                      | =    | 100       | %          | NULL
            充分                                                 | 充分                                      | NULL | NULL      | NULL       | 充分
            合规                                                 | 合规                                      | NULL | NULL      | NULL       | 合规
            健全                                                 | 健全                                      | NULL | NULL      | NULL       | 健全
            有效                                                 | 有效                                      | NULL | NULL      | NULL       | 有效
            准确                                                 | 准确                                      | NULL | NULL      | NULL       | 准确
            及时                                                 | 及时                                      | NULL | NULL      | NULL       | 及时
            满意                                                 | 满意                                      | NULL | NULL      | NULL       | 满意
            完善                                                 | 完善                                      | NULL | NULL      | NULL       | 完善
            规范                                                 | 规范                                      | NULL | NULL      | NULL       | 规范
            基本满意                                             | 基本满意                                  | NULL | NULL      | NULL       | 基本满意
            满意或基本满意                                       | 满意或基本满意                            | NULL | NULL      | NULL       | 满意或基本满意
            ' 良好 '                                             | 良好                                      | NULL | NULL      | NULL       | 良好
            较上一年度有提升                                     | 较上一年度有提升                          | NULL | NULL      | NULL       | NULL
            符合项目采购招标文件需求                             | 符合项目采购招标文件需求                  | NULL | NULL      | NULL       | NULL
            有效预防、及时处理                                   | 有效预防、及时处理                        | NULL | NULL      | NULL       | NULL
            确保鉴定工作公平公正举行                             | 确保鉴定工作公平公正举行                  | NULL | NULL      | NULL       | NULL
            按月组织实施各类技能鉴定工作                         | 按月组织实施各类技能鉴定工作              | NULL | NULL      | NULL       | NULL
            提高了各类鉴定工作效率，使鉴定工作的组织开展更高效、更合理 | 提高了各类鉴定工作效率，使鉴定工作的组织开展更高效、更合理 | NULL | NULL | NULL | NULL
            排除政策变动因素，完成鉴定人数40万左右               | 排除政策变动因素，完成鉴定人数40万左右    | ≈    | 400000    | NULL       | NULL
            提高考生满意度，有责投诉率控制在千分之一以下         | 提高考生满意度，有责投诉率控制在千分之一以下 | ≤  | 0.1       | %          | NULL
            ≥ 95%                                                | ≥ 95%                                     | ≥    | 95        | %          | NULL
            ＞95%                                                | ＞95%                                     | >    | 95        | %          | NULL
            ＜5%                                                 | ＜5%                                      | <    | 5         | %          | NULL
            ＝100%                                               | ＝100%                                    | =    | 100       | %          | NULL
            >=95%                                                | >=95%                                     | ≥    | 95        | %          | NULL
            ≧90%                                                 | ≧90%                                      | ≥    | 90        | %          | NULL
            ⩽2%                                                  | ⩽2%                                       | ≤    | 2         | %          | NULL
            不低于95%                                            | 不低于95%                                 | ≥    | 95        | %          | NULL
            大于等于90%                                          | 大于等于90%                               | ≥    | 90        | %          | NULL
            95%以上                                              | 95%以上                                   | ≥    | 95        | %          | NULL
            95%（含）以上                                        | 95%（含）以上                             | ≥    | 95        | %          | NULL
            客户满意度达到90%以上                                | 客户满意度达到90%以上                     | ≥    | 90        | %          | NULL
            不少于10次                                           | 不少于10次                                | ≥    | 10        | 次         | NULL
            至少3场                                              | 至少3场                                   | ≥    | 3         | 场         | NULL
            超过1000人                                           | 超过1000人                                | >    | 1000      | 人         | NULL
            高于95%                                              | 高于95%                                   | >    | 95        | %          | NULL
            低于5%                                               | 低于5%                                    | <    | 5         | %          | NULL
            少于3次                                              | 少于3次                                   | <    | 3         | 次         | NULL
            不超过2%                                             | 不超过2%                                  | ≤    | 2         | %          | NULL
            控制在5%以内                                         | 控制在5%以内                              | ≤    | 5         | %          | NULL
            ≤3个工作日                                           | ≤3个工作日                                | ≤    | 3         | 个工作日   | NULL
            三个工作日内                                         | 三个工作日内                              | ≤    | 3         | 个工作日   | NULL
            不超过两天                                           | 不超过两天                                | ≤    | 2         | 天         | NULL
            30分钟内                                             | 30分钟内                                  | ≤    | 30        | 分钟       | NULL
            24小时以内                                           | 24小时以内                                | ≤    | 24        | 小时       | NULL
            约500人次                                            | 约500人次                                 | ≈    | 500       | 人次       | NULL
            500份左右                                            | 500份左右                                 | ≈    | 500       | 份         | NULL
            大约200家                                            | 大约200家                                 | ≈    | 200       | 家         | NULL
            2万人次                                              | 2万人次                                   | =    | 2         | 万人次     | NULL
            1.5亿元                                              | 1.5亿元                                   | =    | 1.5       | 亿元       | NULL
            3亿                                                  | 3亿                                       | =    | 300000000 | NULL       | NULL
            1.5万                                                | 1.5万                                     | =    | 15000     | NULL       | NULL
            '1,000人次'                                          | '1,000人次'                               | =    | 1000      | 人次       | NULL
            1次/年                                               | 1次/年                                    | =    | 1         | 次/年      | NULL
            =3(元/人·日)                                         | =3(元/人·日)                              | =    | 3         | 元/人·日   | NULL
            ≥500人·次                                            | ≥500人·次                                 | ≥    | 500       | 人·次      | NULL
            ≤-5(%)                                               | ≤-5(%)                                    | ≤    | -5        | %          | NULL
            ≥-0.50(个百分点)                                     | ≥-0.50(个百分点)                          | ≥    | -0.50     | 个百分点   | NULL
            ≤12(元/人・次)                                       | ≤12(元/人・次)                            | ≤    | 12        | 元/人・次  | NULL
            百分之百                                             | 百分之百                                  | =    | 100       | %          | NULL
            百分之九十五以上                                     | 百分之九十五以上                          | ≥    | 95        | %          | NULL
            千分之五                                             | 千分之五                                  | =    | 0.5       | %          | NULL
            万分之三以下                                         | 万分之三以下                              | ≤    | 0.03      | %          | NULL
            ≤1‰                                                  | ≤1‰                                       | ≤    | 0.1       | %          | NULL
            100                                                  | 100                                       | =    | 100       | NULL       | NULL
            达到100%                                             | 达到100%                                  | =    | 100       | %          | NULL
            0                                                    | 0                                         | =    | 0         | NULL       | NULL
            ≥９８．５％                                          | ≥９８．５％                               | ≥    | 98.5      | %          | NULL
            '  ≥  98 %  '                                        | ≥ 98 %                                    | ≥    | 98        | %          | NULL
            ≥ 98 %                                               | ≥ 98 %                                    | ≥    | 98        | %          | NULL
            ≥98%。                                               | ≥98%。                                    | ≥    | 98        | %          | NULL
            $\\ge 98\\%$                                         | ≥98%                                      | ≥    | 98        | %          | NULL
            \\lt 5\\%                                            | <5%                                       | <    | 5         | %          | NULL
            $\\approx 300$ 人                                    | ≈300 人                                   | ≈    | 300       | 人         | NULL
            &gt;95%                                              | >95%                                      | >    | 95        | %          | NULL
            满意度≥90%                                           | 满意度≥90%                                | ≥    | 90        | %          | NULL
            占比≥30%                                             | 占比≥30%                                  | ≥    | 30        | %          | NULL
            增长率≥5%                                            | 增长率≥5%                                 | ≥    | 5         | %          | NULL
            提高至95%以上                                        | 提高至95%以上                             | ≥    | 95        | %          | NULL
            确保质量，合格率≥95%                                 | 确保质量，合格率≥95%                      | ≥    | 95        | %          | NULL
            有效，合格率≥95%                                     | 有效，合格率≥95%                          | NULL | NULL      | NULL       | NULL
            95%-100%                                             | 95%-100%                                  | NULL | NULL      | NULL       | NULL
            较上年提高5%                                         | 较上年提高5%                              | NULL | NULL      | NULL       | NULL
            2019年底前完成                                       | 2019年底前完成                            | NULL | NULL      | NULL       | NULL
            100%完成                                             | 100%完成                                  | =    | 100       | %          | NULL
            每季度1次                                            | 每季度1次                                 | =    | 1         | 次/季度    | NULL
            ≥12000m²                                             | ≥12000m²                                  | ≥    | 12000     | m²         | NULL
            ≤180元/m²                                            | ≤180元/m²                                 | ≤    | 180       | 元/m²      | NULL
            ≥1次/月                                              | ≥1次/月                                   | ≥    | 1         | 次/月      | NULL
            ≥4.5分（满分5分）                                    | ≥4.5分（满分5分）                         | ≥    | 4.5       | 分         | NULL
            ≥95%（按季度考核）                                   | ≥95%（按季度考核）                        | ≥    | 95        | %          | NULL
            ≥9000件（套）                                        | ≥9000件（套）                             | ≥    | 9000      | 件（套）   | NULL
            ≥3天（含）                                           | ≥3天（含）                                | ≥    | 3         | 天         | NULL
            16个区                                               | 16个区                                    | =    | 16        | 个区       | NULL
            100%（全覆盖）                                       | 100%（全覆盖）                            | =    | 100       | %          | NULL
            5个工作日内办结                                      | 5个工作日内办结                           | ≤    | 5         | 个工作日   | NULL
            0.5‰以下                                             | 0.5‰以下                                  | ≤    | 0.05      | %          | NULL
            ≥90%（含90%）                                        | ≥90%（含90%）                             | ≥    | 90        | %          | NULL
            完成率≥95%，满意度≥90%                               | 完成率≥95%，满意度≥90%                    | NULL | NULL      | NULL       | NULL
            一次性完成                                           | 一次性完成                                | NULL | NULL      | NULL       | NULL
            一级故障处理及时                                     | 一级故障处理及时                          | NULL | NULL      | NULL       | NULL
            """)
    void parsesFiledTarget(String filed, String raw, String operator, String value, String unit, String word) {
        Target t = parser.parse(filed);

        assertThat(t).isNotNull();
        assertThat(t.raw()).isEqualTo(raw);
        assertThat(t.operator()).isEqualTo(operator);
        assertThat(t.value() == null ? null : t.value().toPlainString()).isEqualTo(value);
        assertThat(t.unit()).isEqualTo(unit);
        assertThat(t.qualitative()).isEqualTo(word);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            # filed        | op   | value  | unit
            -5%            | =    | -5     | %
            －5%           | =    | -5     | %
            −0.5%          | =    | -0.5   | %
            ≥-5%           | ≥    | -5     | %
            控制在-3%以内   | ≤    | -3     | %
            增长率-2.5%     | =    | -2.5   | %
            """)
    void negativeTargetKeepsItsSign(String filed, String operator, String value, String unit) {
        Target t = parser.parse(filed);

        assertThat(t.operator()).isEqualTo(operator);
        assertThat(t.value().toPlainString()).isEqualTo(value);
        assertThat(t.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource({"5-10次", "2019-12-31", "减少5%"})
    void hyphenBetweenNumbersOrAChangeWordIsNoSignedBound(String filed) {
        Target t = parser.parse(filed);

        assertThat(t.operator()).isNull();
        assertThat(t.value()).isNull();
    }

    @ParameterizedTest
    @CsvSource(nullValues = "NULL", value = {"NULL", "''", "'   '", "'\u3000'"})
    void blankCellHasNoTarget(String filed) {
        assertThat(parser.parse(filed)).isNull();
    }

    @Test
    void scaledValueIsWrittenWithoutExponent() {
        BigDecimal value = parser.parse("40万左右").value();

        assertThat(value.toString()).isEqualTo("400000");
        assertThat(value.scale()).isZero();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥10(万人份)          | ≥ | 10   | 万人份
            ≤3200(元/点位·年)    | ≤ | 3200 | 元/点位·年
            ≥40(万只)            | ≥ | 40   | 万只
            """)
    void bracketsAfterTheNumberHoldTheWholeUnit(String filed, String operator, String value, String unit) {
        Target t = parser.parse(filed);

        assertThat(t.operator()).isEqualTo(operator);
        assertThat(t.value()).isEqualByComparingTo(value);
        assertThat(t.unit()).isEqualTo(unit);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            ≥10万人份            | ≥ | 10   | 万人份
            不少于500人份        | ≥ | 500  | 人份
            ≥3万人次             | ≥ | 3    | 万人次
            """)
    void doseUnitWithoutBracketsIsReadWhole(String filed, String operator, String value, String unit) {
        Target t = parser.parse(filed);

        assertThat(t.operator()).isEqualTo(operator);
        assertThat(t.value()).isEqualByComparingTo(value);
        assertThat(t.unit()).isEqualTo(unit);
    }
}
