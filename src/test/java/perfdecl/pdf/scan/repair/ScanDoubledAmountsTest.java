package perfdecl.pdf.scan.repair;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.Box;
import perfdecl.pdf.scan.ScanDrawing;
import perfdecl.pdf.scan.ScanRaster;

class ScanDoubledAmountsTest {

    private static final Box CELL = new Box(0, 0, 300 / ScanDrawing.SCALE, 40 / ScanDrawing.SCALE);

    @Test
    void anAmountReadTwiceIsReadOnceWhenTheInkHoldsOneAmount() throws Exception {
        for (String font : List.of(ScanDrawing.SONG, ScanDrawing.HEI)) {
            for (String amount : List.of("860000", "2468000", "1,280,000")) {
                ScanRaster r = ScanDrawing.textLine(font, amount, 300);
                InkReview review = ScanDoubledAmounts.review(amount + amount, r, CELL);
                assertThat(review).as(font + " " + amount).isNotNull();
                assertThat(review.text()).as(review.evidence()).isEqualTo(amount);
                assertThat(review.unsure()).isFalse();
            }
        }
    }

    @Test
    void aStringThatIsTheSameDigitsTwiceAndPrintedSoIsLeftAsRead() throws Exception {
        for (String font : List.of(ScanDrawing.SONG, ScanDrawing.HEI)) {
            for (String amount : List.of("100100", "125125", "860000860000")) {
                ScanRaster r = ScanDrawing.textLine(font, amount, 300);
                InkReview review = ScanDoubledAmounts.review(amount, r, CELL);
                assertThat(review).as(font + " " + amount + (review == null ? "" : review.evidence())).isNull();
            }
        }
    }

    @Test
    void twoAmountsApartInOneCellAreUnsure() throws Exception {
        ScanRaster r = ScanDrawing.textLine(ScanDrawing.SONG, "860000          860000", 300);
        InkReview review = ScanDoubledAmounts.review("860000860000", r, CELL);
        assertThat(review.unsure()).isTrue();
        assertThat(review.text()).isEqualTo("860000860000");
        assertThat(review.evidence()).contains("two runs of ink");
    }

    @Test
    void onlyADigitStringWrittenTwiceIsJudged() {
        assertThat(ScanDoubledAmounts.half("860000860000")).isEqualTo("860000");
        assertThat(ScanDoubledAmounts.half("860 000860 000")).isEqualTo("860000");
        assertThat(ScanDoubledAmounts.half("1212")).isNull();
        assertThat(ScanDoubledAmounts.half("860000")).isNull();
        assertThat(ScanDoubledAmounts.half("项目项目")).isNull();
    }
}
