package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** A recognised line checked against its ink for characters the recogniser dropped. */
class DroppedCharactersTest {

    /** Ink of {@code n} characters, each {@code width} columns wide at a pitch of {@code pitch}, from column 0. */
    private static boolean[] ink(int n, int width, int pitch) {
        boolean[] out = new boolean[(n - 1) * pitch + width];
        for (int k = 0; k < n; k++) {
            for (int x = 0; x < width; x++) {
                out[k * pitch + x] = true;
            }
        }
        return out;
    }

    private static double[] centres(int width, int pitch, int... at) {
        double[] out = new double[at.length];
        for (int i = 0; i < at.length; i++) {
            out[i] = at[i] * pitch + width / 2.0;
        }
        return out;
    }

    @Test
    void aLineReadWholeLeavesNoInkUnexplained() {
        // eight Chinese characters 27 px wide, 31 apart, on a line 30 px high
        DroppedCharacters.Finding f = DroppedCharacters.check("劳动和社会保障部",
                centres(27, 31, 0, 1, 2, 3, 4, 5, 6, 7), ink(8, 27, 31), 30);

        assertThat(f.lost()).isFalse();
        assertThat(f.ems()).isLessThan(0.1);
    }

    @Test
    void aCharacterDroppedInsideTheLineIsTheInkBetweenItsNeighbours() {
        // the recogniser read seven of the eight: nothing at the fourth character's steps
        DroppedCharacters.Finding f = DroppedCharacters.check("劳动和会保障部",
                centres(27, 31, 0, 1, 2, 4, 5, 6, 7), ink(8, 27, 31), 30);

        assertThat(f.lost()).isTrue();
        // 62 px between the steps, 33 explained by two characters: a character's worth left over
        assertThat(f.ems()).isCloseTo(29 / 30.0, within(1e-9));
        assertThat(f.evidence()).isEqualTo("1.0 em of ink between characters 3 and 4 no character was read for");
    }

    @Test
    void aCharacterDroppedAtEitherEndIsInkBeyondTheFirstOrLastStep() {
        DroppedCharacters.Finding first = DroppedCharacters.check("动和社会保障部",
                centres(27, 31, 1, 2, 3, 4, 5, 6, 7), ink(8, 27, 31), 30);
        DroppedCharacters.Finding last = DroppedCharacters.check("劳动和社会保障",
                centres(27, 31, 0, 1, 2, 3, 4, 5, 6), ink(8, 27, 31), 30);

        assertThat(first.lost()).isTrue();
        assertThat(first.where()).isEqualTo("before the first character");
        assertThat(first.ems()).isCloseTo((44.5 - 15) / 30, within(1e-9));
        assertThat(last.lost()).isTrue();
        assertThat(last.where()).isEqualTo("after the last character");
    }

    @Test
    void aBlankBetweenWordsIsNotALostCharacter() {
        // "预算 1250000": two characters, a blank of 40 px, seven digits 15 px wide 16 apart
        boolean[] inked = new boolean[27 + 31 + 40 + 6 * 16 + 15];
        double[] centres = new double[9];
        for (int k = 0; k < 2; k++) {
            for (int x = 0; x < 27; x++) {
                inked[k * 31 + x] = true;
            }
            centres[k] = k * 31 + 13.5;
        }
        int digits = 31 + 27 + 40;
        for (int k = 0; k < 7; k++) {
            for (int x = 0; x < 15; x++) {
                inked[digits + k * 16 + x] = true;
            }
            centres[2 + k] = digits + k * 16 + 7.5;
        }

        DroppedCharacters.Finding f = DroppedCharacters.check("预算1250000", centres, inked, 30);

        assertThat(f.lost()).isFalse();
    }

    @Test
    void aLineWithInkReadAsNothingIsAllUnexplained() {
        DroppedCharacters.Finding f = DroppedCharacters.check("", new double[0], ink(3, 27, 31), 30);

        assertThat(f.lost()).isTrue();
        assertThat(f.ems()).isCloseTo(89 / 30.0, within(1e-9));
    }
}
