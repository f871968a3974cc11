package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import perfdecl.grid.ReaderNote;

class ScanPageLayoutTest {

    @Test
    void aPageReadAsItStandsOnWeakEvidenceIsFlaggedUnsureWithItsConfidence() {
        List<ReaderNote> notes = new ArrayList<>();

        ScanPageLayout.noteTurn(notes, 3, 0, 0.32);

        assertThat(notes).singleElement().satisfies(n -> {
            assertThat(n.code()).isEqualTo("SCAN_ORIENTATION_UNSURE");
            assertThat(n.page()).isEqualTo(3);
            assertThat(n.message()).contains("0.32").contains("read as it stands");
        });
    }

    @Test
    void aPageTurnedOnWeakEvidenceIsNotedTurnedAndUnsureAndASurelyUprightOneNotAtAll() {
        List<ReaderNote> turned = new ArrayList<>(), upright = new ArrayList<>();

        ScanPageLayout.noteTurn(turned, 2, 180, 0.41);
        ScanPageLayout.noteTurn(upright, 2, 0, 0.93);

        assertThat(turned).extracting(ReaderNote::code).containsExactly("SCAN_PAGE_TURNED", "SCAN_ORIENTATION_UNSURE");
        assertThat(turned.get(1).message()).contains("0.41").contains("read turned 180°");
        assertThat(upright).isEmpty();
    }
}
