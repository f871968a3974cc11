package perfdecl.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.grid.Token;
import perfdecl.model.ChoiceGroup;
import perfdecl.model.Finding;

class ChoiceGroupParserTest {

    private final ChoiceGroupParser parser = new ChoiceGroupParser();

    private ChoiceGroupParser.Result parse(String... lines) {
        return parser.parse("projectType", DeclarationParser.PROJECT_TYPES,
                java.util.Arrays.stream(lines).map(l -> Grids.cell(0, l).tokens()).toList(), false);
    }

    private ChoiceGroupParser.Result parseScanned(String... lines) {
        return parser.parse("projectType", DeclarationParser.PROJECT_TYPES,
                java.util.Arrays.stream(lines).map(l -> Grids.cell(0, l).tokens()).toList(), true);
    }

    private static List<Boolean> checked(ChoiceGroup g) {
        return g.options().stream().map(ChoiceGroup.Option::checked).toList();
    }

    @Test
    void boxesBeforeLabelsBelongToTheLabelAfterThem() {
        var r = parse("[ ] 市委市政府已确定的新增项目 [ ] 结转项目 [ ] 其他一次性项目", "[x] 经常性专项业务费 [ ] 其他经常性项目");
        assertThat(checked(r.group())).containsExactly(false, false, false, true, false);
        assertThat(r.group().selected()).containsExactly("经常性专项业务费");
        assertThat(r.group().status()).isEqualTo(ChoiceGroup.ONE);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void boxesAfterLabelsBelongToTheLabelBeforeThem() {
        var r = parse("市委市政府已确定的新增项目 [ ] 结转项目 [x] 其他一次性项目 [ ]", "经常性专项业务费 [ ] 其他经常性项目 [ ]");
        assertThat(checked(r.group())).containsExactly(false, true, false, false, false);
        assertThat(r.group().status()).isEqualTo(ChoiceGroup.ONE);
    }

    @Test
    void anExtraTickedBoxAfterTheLastOptionIsAttributedAndReported() {
        var r = parse("市委市政府已确定的新增项目 [ ] 结转项目 [ ] 其他一次性项目 [ ]", "经常性专项业务费 [ ] 其他经常性项目 [ ] [x]");
        assertThat(r.group().selected()).containsExactly("其他经常性项目");
        assertThat(r.group().status()).isEqualTo(ChoiceGroup.ONE);
        assertThat(r.findings()).extracting(Finding::code).containsExactly("CHOICE_EXTRA_MARK");
        assertThat(r.findings().get(0).field()).isEqualTo("projectType.options[4]");
        assertThat((List<?>) r.findings().get(0).actual()).hasSize(2);
    }

    @Test
    void anOptionPrintedWithoutABoxIsNullNotFalse() {
        var r = parse("市委市政府已确定的新增项目 [ ] 结转项目 [ ] 其他一次性项目", "经常性专项业务费 [x] 其他经常性项目 [ ]");
        assertThat(checked(r.group())).containsExactly(false, false, null, true, false);
        assertThat(r.findings()).extracting(Finding::code).containsExactly("CHOICE_OPTION_WITHOUT_MARK");
    }

    @Test
    void anOptionWithoutABoxOnAScanWhoseOtherOptionsHaveOneIsAWarningAndStaysNull() {
        var r = parseScanned("市委市政府已确定的新增项目 [ ] 结转项目 [x] 其他一次性项目", "经常性专项业务费 [ ] 其他经常性项目 [ ]");
        assertThat(checked(r.group())).containsExactly(false, true, null, false, false);
        assertThat(r.group().selected()).containsExactly("结转项目");
        assertThat(r.findings()).extracting(Finding::code).containsExactly("CHOICE_BOX_NOT_FOUND");
        assertThat(r.findings().get(0).severity()).isEqualTo(Finding.WARNING);
        assertThat(r.findings().get(0).field()).isEqualTo("projectType.options[2]");
        assertThat(r.findings().get(0).message()).contains("其他一次性项目");
    }

    @Test
    void aScannedGroupWithEveryBoxFoundHasNoBoxFinding() {
        var r = parseScanned("市委市政府已确定的新增项目 [ ] 结转项目 [x] 其他一次性项目 [ ]", "经常性专项业务费 [ ] 其他经常性项目 [ ]");
        assertThat(r.findings()).isEmpty();
        assertThat(r.group().status()).isEqualTo(ChoiceGroup.ONE);
    }

    @Test
    void noTickGivesStatusNone() {
        var r = parse("市委市政府已确定的新增项目 [ ] 结转项目 [ ] 其他一次性项目 [ ]", "经常性专项业务费 [ ] 其他经常性项目 [ ]");
        assertThat(r.group().status()).isEqualTo(ChoiceGroup.NONE);
        assertThat(r.group().selected()).isEmpty();
    }

    @Test
    void twoTicksGiveStatusMultiple() {
        var r = parse("[x] 市委市政府已确定的新增项目 [ ] 结转项目 [x] 其他一次性项目", "[ ] 经常性专项业务费 [ ] 其他经常性项目");
        assertThat(r.group().status()).isEqualTo(ChoiceGroup.MULTIPLE);
        assertThat(r.group().selected()).containsExactly("市委市政府已确定的新增项目", "其他一次性项目");
    }

    @Test
    void aTickThatNoOptionOnItsSideCanOwnMakesTheGroupAmbiguous() {
        // boxes after labels, but a ticked box opens the second line before any label
        var r = parse("市委市政府已确定的新增项目 [ ] 结转项目 [ ] 其他一次性项目 [ ]", "[x] 经常性专项业务费 [ ] 其他经常性项目 [ ]");
        assertThat(r.group().status()).isEqualTo(ChoiceGroup.AMBIGUOUS);
        assertThat(r.findings()).extracting(Finding::code).contains("CHOICE_AMBIGUOUS");
    }

    @Test
    void optionsOfAGroupSpreadOverCellsAreReturnedInCanonicalOrder() {
        var r = parser.parse("fundUse", DeclarationParser.FUND_USES, List.of(
                Grids.cell(1, "基本建设工程类 [ ] 政府购买服务 [x]").tokens(),
                Grids.cell(2, "信息化建设类 [ ] 资产购置类 [ ]").tokens(),
                Grids.cell(3, "政策补贴类 [ ] 其他事业专业类 [ ]").tokens()), false);
        assertThat(r.group().options()).extracting(ChoiceGroup.Option::label).containsExactlyElementsOf(
                DeclarationParser.FUND_USES);
        assertThat(r.group().selected()).containsExactly("政府购买服务");
    }

    @Test
    void aLabelMisreadByOneCharacterIsStillFound() {
        var r = parse("[ ] 市委市政府已确定的新增项目 [x] 结转项日 [ ] 其他一次性项目");
        assertThat(r.group().selected()).containsExactly("结转项目");
    }

    @Test
    void anOptionWrittenWithAnEnumerationCommaIsTheCanonicalOption() {
        var r = parse("[x] 市委、市政府已确定的新增项目 [ ] 结转项目 [ ] 其他一次性项目", "[ ] 经常性专项业务费 [ ] 其他经常性项目");
        assertThat(checked(r.group())).containsExactly(true, false, false, false, false);
        assertThat(r.group().selected()).containsExactly("市委市政府已确定的新增项目");
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void aSecondBoxAgainstAnOptionWithoutOneOnTheGroupsSideIsThatOptionsBox() {
        var r = parser.parse("fundUse", DeclarationParser.FUND_USES, List.of(Grids.cell(0,
                "基本建设工程类 [ ] [x] 信息化建设类 政策补贴类 [ ] 政府购买服务 [ ] 资产购置类 [ ] 其他事业专业类 [ ]").tokens()), false);
        assertThat(checked(r.group())).containsExactly(false, true, false, false, false, false);
        assertThat(r.group().status()).isEqualTo(ChoiceGroup.ONE);
        assertThat(r.findings()).extracting(Finding::code).contains("CHOICE_MARK_BESIDE")
                .doesNotContain("CHOICE_EXTRA_MARK", "CHOICE_OPTION_WITHOUT_MARK");
    }

    @Test
    void aGroupPrintingOnlyItsChosenOptionWithoutBoxesHasThatValue() {
        var r = parse("经常性专项业务费");
        assertThat(checked(r.group())).containsExactly(false, false, false, true, false);
        assertThat(r.group().selected()).containsExactly("经常性专项业务费");
        assertThat(r.group().status()).isEqualTo(ChoiceGroup.ONE);
        assertThat(r.findings()).extracting(Finding::code).containsExactly("CHOICE_PRINTED_VALUE");
    }

    @Test
    void optionsPrintedWithoutAnyBoxStayUndecided() {
        var r = parse("结转项目 经常性专项业务费");
        assertThat(checked(r.group())).containsOnlyNulls();
        assertThat(r.group().selected()).isEmpty();
    }

    @Test
    void aLongOptionWithThreeCharactersMisreadIsStillFoundAndTakesNoNeighboursText() {
        var r = parse("由魏站政府已确定的新增项目 [ ] 结转项目 [ ] 其他一次性项目 [ ]", "经常性专项业务费 [x] 其他经常性项目 [ ]");
        assertThat(checked(r.group())).containsExactly(false, false, false, true, false);
        assertThat(r.findings()).extracting(Finding::code).doesNotContain("CHOICE_OPTION_MISSING", "CHOICE_EXTRA_MARK");
    }

    @Test
    void anOptionWithOneCharacterDroppedByOcrIsStillFound() {
        var r = parse("[ ] 市委市政府已确定的新增项目 [ ] 结转项目 [x] 其他一次项目", "[ ] 经常性专项业务费 [ ] 其他经常性项目");
        assertThat(r.group().selected()).containsExactly("其他一次性项目");
        assertThat(r.group().status()).isEqualTo(ChoiceGroup.ONE);
    }

    @Test
    void withPositionsATieIsBrokenByTheNearerLabel() {
        // one line "A ☐   B ☐": both edges are labels or marks equally, the gaps decide
        List<Token> line = List.of(
                Token.text("结转项目", 0, new Box(100, 10, 40, 10)),
                Token.mark(true, "☑", 0, new Box(141, 10, 8, 8), 1.0),
                Token.text("其他一次性项目", 0, new Box(180, 10, 70, 10)),
                Token.mark(false, "□", 0, new Box(251, 10, 8, 8), 1.0));
        var r = parser.parse("projectType", DeclarationParser.PROJECT_TYPES, List.of(line), false);
        assertThat(r.group().selected()).containsExactly("结转项目");
    }

    @Test
    void aLowConfidenceMarkIsNotDecidedSilently() {
        List<Token> line = List.of(Token.mark(true, "口", 0, null, 0.4), Token.text("结转项目", 0, null));
        var r = parser.parse("projectType", DeclarationParser.PROJECT_TYPES, List.of(line), false);
        assertThat(r.group().status()).isEqualTo(ChoiceGroup.AMBIGUOUS);
        assertThat(r.findings()).extracting(Finding::code).contains("CHOICE_AMBIGUOUS");
    }

    @Test
    void aBoxAWrappedLineCarriedToTheNextLineBelongsToTheOptionItFollows() {
        // published forms print √/□ after the options; the last option's mark wrapped onto a line of its own
        var r = parse("市委市政府已确定的新增项目 [ ] 结转项目 [ ] 其他一次性项目 [ ] 经常性专项业务费 [ ] 其他经常性项目",
                "[x]");
        assertThat(checked(r.group())).containsExactly(false, false, false, false, true);
        assertThat(r.group().status()).isEqualTo(ChoiceGroup.ONE);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void anOptionLabelWrappedOverTwoLinesOwnsTheMarkAfterItsSecondPart() {
        // published forms wrap a long option ("其他" / "事业专业类√") inside the value cell
        var r = parser.parse("fundUse", DeclarationParser.FUND_USES, java.util.stream.Stream.of(
                "基本建设工程类 [ ] 信息化建设类 [ ] 政策补贴类 [ ] 政府购买服务 [ ] 资产购置类 [ ] 其他", "事业专业类 [x]")
                .map(l -> Grids.cell(0, l).tokens()).toList(), false);
        assertThat(r.group().selected()).containsExactly("其他事业专业类");
        assertThat(r.group().status()).isEqualTo(ChoiceGroup.ONE);
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void anOptionLabelWrappedOverTwoLinesOwnsTheBoxBeforeItsFirstPart() {
        var r = parser.parse("fundUse", DeclarationParser.FUND_USES, java.util.stream.Stream.of(
                "[ ] 基本建设工程类 [ ] 信息化建设类 [ ] 政策补贴类 [ ] 政府购买服务 [ ] 资产购置类 [x] 其他", "事业专业类")
                .map(l -> Grids.cell(0, l).tokens()).toList(), false);
        assertThat(r.group().selected()).containsExactly("其他事业专业类");
        assertThat(r.group().status()).isEqualTo(ChoiceGroup.ONE);
    }

    @Test
    void bracketsTypedAroundATickAreOneTickedBoxBeforeItsLabel() {
        // a Writer document's "[ ]结转项目 [√]其他一次性项目": the reader reads √ as a mark, the brackets as text
        List<Token> line = List.of(Token.text("[ ]市委市政府已确定的新增项目 [ ]结转项目 [", 0, new Box(155, 181, 226, 5)),
                Token.mark(true, "√", 0, new Box(381, 181, 10.5, 5), 1.0),
                Token.text("]其他一次性项目 [ ]经常性", 0, new Box(391.6, 181, 131, 5)));
        List<Token> wrapped = List.of(Token.text("专项业务费 [ ]其他经常性项目", 1, new Box(155, 195, 147, 5)));
        var r = parser.parse("projectType", DeclarationParser.PROJECT_TYPES, List.of(line, wrapped), false);
        assertThat(checked(r.group())).containsExactly(false, false, true, false, false);
        assertThat(r.group().selected()).containsExactly("其他一次性项目");
        assertThat(r.group().status()).isEqualTo(ChoiceGroup.ONE);
    }

    @Test
    void bracketPairsWrittenAsTextAreBoxesToo() {
        var r = parser.parse("fundUse", DeclarationParser.FUND_USES, List.of(
                List.of(Token.text("【 】基本建设工程类 【 】信息化建设类 【√】政策补贴类 【 】政府购买服务", 0, null)),
                List.of(Token.text("【 】资产购置类 【 】其他事业专业类", 1, null))), false);
        assertThat(r.group().selected()).containsExactly("政策补贴类");
        assertThat(checked(r.group())).containsExactly(false, false, true, false, false, false);
    }

    @Test
    void aTickBetweenTwoOptionsWithNothingTellingTheSideMakesTheGroupAmbiguous() {
        // no line starts or ends with a box and the tick touches both labels: before or after cannot be told
        List<Token> line = List.of(Token.text("市委市政府已确定的新增项目 结转项目", 0, new Box(100, 10, 120, 6)),
                Token.mark(true, "√", 0, new Box(220, 10, 6, 6), 1.0),
                Token.text("其他一次性项目 经常性专项业务费 其他经常性项目", 0, new Box(226, 10, 150, 6)));
        var r = parser.parse("projectType", DeclarationParser.PROJECT_TYPES, List.of(line), false);
        assertThat(r.group().status()).isEqualTo(ChoiceGroup.AMBIGUOUS);
        assertThat(r.findings()).extracting(Finding::code).contains("CHOICE_AMBIGUOUS");
    }

    @Test
    void boxesAfterLabelsAreSeenWhenTheFirstLabelOfEachLineWasNotRead() {
        // a scan's OCR lost the first label of both lines (a pen stroke, a seal): each line now starts with a box
        var r = parseScanned("中女干 [ ] 结转项目 [x] 其他一次性项目 [ ]", "乡少 [ ] 其他经常性项目 [ ]");
        assertThat(r.group().selected()).containsExactly("结转项目");
        assertThat(checked(r.group())).containsExactly(null, true, false, null, false);
    }

    @Test
    void aTickBesideALabelOcrCouldNotReadGoesToNoNeighbourButToTheUnreadOptionFlaggedUncertain() {
        // boxes after labels; the label before the tick was garbled: the tick is its box, not a second 结转项目 box,
        // and the one option the group does not print stands in that place
        var r = parseScanned("市委市政府已确定的新增项目 [ ] 结转项目 [ ] 具他一欢陛硕日 [x]", "经常性专项业务费 [ ] 其他经常性项目 [ ]");
        assertThat(checked(r.group())).containsExactly(false, false, true, false, false);
        assertThat(r.group().selected()).containsExactly("其他一次性项目");
        assertThat(r.group().status()).isEqualTo(ChoiceGroup.ONE);
        assertThat(r.findings()).extracting(Finding::code).containsExactly("VALUE_UNCERTAIN");
        assertThat(r.findings().get(0).field()).isEqualTo("projectType.options[2]");
        assertThat(r.findings().get(0).severity()).isEqualTo(Finding.WARNING);
    }

    @Test
    void aCrossedBoxOcrReadAsACharacterBetweenTwoLabelsTicksTheOptionBeforeItAndIsReported() {
        // a pen cross drawn through the box hid it from the pixel search; OCR read the crossed box as 区
        List<Token> line = List.of(
                Token.text("经常性专项业务费区其他经常性项目", 0, new Box(160, 10, 176, 11)),
                Token.mark(false, "pixels ink=0.00", 0, new Box(341, 10, 8, 8), 1.0));
        var r = parser.parse("projectType", DeclarationParser.PROJECT_TYPES, List.of(
                Grids.cell(0, "市委市政府已确定的新增项目 [ ] 结转项目 [ ] 其他一次性项目 [ ]").tokens(), line), true);
        assertThat(checked(r.group())).containsExactly(false, false, false, true, false);
        assertThat(r.group().status()).isEqualTo(ChoiceGroup.ONE);
        assertThat(r.findings()).extracting(Finding::code).containsExactly("VALUE_UNCERTAIN");
        assertThat(r.findings().get(0).field()).isEqualTo("projectType.options[3]");
    }

    @Test
    void aPenCrossReadAsTextAfterTheLastLabelOfALineIsItsTick() {
        var r = parser.parse("fundUse", DeclarationParser.FUND_USES, List.of(
                Grids.cell(0, "基本建设工程类 [ ] 信息化建设类 [ ] 政策补贴类 [ ]").tokens(),
                Grids.cell(0, "资产购置类 [ ] 其他事业专业类 [ ]").tokens(),
                List.of(Token.text("政府购买服务×", 0, new Box(422, 40, 75, 11)))), true);
        assertThat(r.group().selected()).containsExactly("政府购买服务");
        assertThat(r.group().status()).isEqualTo(ChoiceGroup.ONE);
        assertThat(r.findings()).extracting(Finding::code).containsExactly("VALUE_UNCERTAIN");
    }

    @Test
    void aTickCharacterNextToABoxFoundInThePixelsIsThatBoxsReadingNotASecondBox() {
        // OCR's word box reached over the ticked box the pixels found and read it as √ too
        List<Token> line = new java.util.ArrayList<>(List.of(Token.text("结转项目√", 0, new Box(100, 10, 50, 10)),
                Token.mark(true, "pixels ink=0.40", 0, new Box(141, 10, 9, 9), 1.0)));
        line.addAll(Grids.cell(0, "其他一次性项目 [ ]").tokens());
        var r = parser.parse("projectType", DeclarationParser.PROJECT_TYPES, List.of(line), true);
        assertThat(r.group().selected()).containsExactly("结转项目");
        assertThat(r.findings()).extracting(Finding::code).doesNotContain("VALUE_UNCERTAIN", "CHOICE_EXTRA_MARK");
    }

    @Test
    void aTickCharacterInsideAMisreadLabelIsPartOfTheLabel() {
        // 区 stands for 化 here: taking it out would lose the option, so it is no box
        var r = parser.parse("fundUse", DeclarationParser.FUND_USES, List.of(
                Grids.cell(0, "基本建设工程类 [ ] 信息区建设类 [x] 政策补贴类 [ ]").tokens()), true);
        assertThat(r.group().selected()).containsExactly("信息化建设类");
        assertThat(r.findings()).extracting(Finding::code).doesNotContain("VALUE_UNCERTAIN");
    }

    @Test
    void aTickedSecondBoxWhereALabelWasLostEntirelyIsTheLostOptionsBox() {
        // boxes after labels; nothing at all was read of 其他一次性项目, so its ticked box follows 结转项目's own
        var r = parseScanned("市委市政府已确定的新增项目 [ ] 结转项目 [ ] [x]", "经常性专项业务费 [ ] 其他经常性项目 [ ]");
        assertThat(checked(r.group())).containsExactly(false, false, true, false, false);
        assertThat(r.group().status()).isEqualTo(ChoiceGroup.ONE);
        assertThat(r.findings()).extracting(Finding::code).containsExactly("VALUE_UNCERTAIN");
    }

    @Test
    void aTickedBoxIsNotGivenToALostLabelWhenTwoLabelsAreLost() {
        var r = parseScanned("市委市政府已确定的新增项目 [ ] 结转项目 [ ] 二.洲戈 [x]", "经常性专项业务费 [ ] 其 [ ]");
        assertThat(r.group().selected()).isEmpty();
        assertThat(r.group().status()).isEqualTo(ChoiceGroup.AMBIGUOUS);
    }
}
