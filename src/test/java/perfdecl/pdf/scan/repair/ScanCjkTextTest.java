package perfdecl.pdf.scan.repair;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScanCjkTextTest {

    @Test
    void spacesBetweenChineseCharactersGoAndLatinSpacesStay() {
        assertThat(ScanCjkText.join("项 目 名 称")).isEqualTo("项目名称");
        assertThat(ScanCjkText.join("12333 热线 全 媒体")).isEqualTo("12333热线全媒体");
        assertThat(ScanCjkText.join("（2019 年 ）")).isEqualTo("（2019年）");
        assertThat(ScanCjkText.join("ISO 9001 认证")).isEqualTo("ISO 9001认证");
        assertThat(ScanCjkText.join("第一行\n第 二 行")).isEqualTo("第一行\n第二行");
        assertThat(ScanCjkText.join("。服务单位考核")).isEqualTo("服务单位考核");
    }

    @Test
    void anAngleBracketClosedByAParenthesisWasAParenthesis() {
        assertThat(ScanCjkText.repairBrackets("上海市社会保险事业管理中心〈盖章)"))
                .isEqualTo("上海市社会保险事业管理中心(盖章)");
        assertThat(ScanCjkText.repairBrackets("〈人社部发【2016】105号）")).isEqualTo("（人社部发【2016】105号）");
        assertThat(ScanCjkText.repairBrackets("见〈条例〉(2019)")).isNull();
        assertThat(ScanCjkText.repairBrackets("〈元\n)")).isNull();
    }

    @Test
    void colonsSemicolonsAndBracketsNextToChineseAreFullWidth() {
        assertThat(ScanCjkText.fullWidthPunctuation("响应时间:≤30分钟内;故障处理")).isEqualTo("响应时间：≤30分钟内；故障处理");
        assertThat(ScanCjkText.fullWidthPunctuation("项目当年预算(元)")).isEqualTo("项目当年预算（元）");
        assertThat(ScanCjkText.fullWidthPunctuation("(2019年)")).isEqualTo("（2019年）");
        assertThat(ScanCjkText.fullWidthPunctuation("合规;\n2、预算")).isEqualTo("合规；\n2、预算");
    }

    @Test
    void theDotRadicalReadForAnEnumerationCommaIsTheComma() {
        assertThat(ScanCjkText.fullWidthPunctuation("存在虫蛀丶霉蚀丶絮化等破损")).isEqualTo("存在虫蛀、霉蚀、絮化等破损");
        assertThat(ScanCjkText.fullWidthPunctuation("1丶加强管理")).isEqualTo("1、加强管理");
    }

    @Test
    void asciiPunctuationAmongLatinAndDigitsStays() {
        assertThat(ScanCjkText.fullWidthPunctuation("ISO 9001 (2015)")).isEqualTo("ISO 9001 (2015)");
        assertThat(ScanCjkText.fullWidthPunctuation("10:30; 12:00")).isEqualTo("10:30; 12:00");
        assertThat(ScanCjkText.fullWidthPunctuation("021-6000 (8)\n联系")).isEqualTo("021-6000 (8)\n联系");
    }

    @Test
    void aStraightQuoteThatClosesOrOpensACurlyOneBecomesCurly() {
        assertThat(ScanCjkText.pairQuotes("浦东新区城市运行“一网统管\"平台运维")).isEqualTo("浦东新区城市运行“一网统管”平台运维");
        assertThat(ScanCjkText.pairQuotes("教育-\"激活你的课堂”主题")).isEqualTo("教育-“激活你的课堂”主题");
        assertThat(ScanCjkText.pairQuotes("从“一口咨询\"服务角度出发，“二\"字"))
                .isEqualTo("从“一口咨询”服务角度出发，“二”字");
        assertThat(ScanCjkText.pairQuotes("阅读“十三\n五\"规划")).isEqualTo("阅读“十三\n五”规划");
    }

    @Test
    void straightPairsAndLoneStraightQuotesStay() {
        assertThat(ScanCjkText.pairQuotes("Wi-Fi \"6\" 覆盖")).isNull();
        assertThat(ScanCjkText.pairQuotes("附件\"")).isNull();
        assertThat(ScanCjkText.pairQuotes("“智慧校园”5G")).isNull();
        assertThat(ScanCjkText.pairQuotes("标准\"A\"与“B”")).isNull();
    }
}
