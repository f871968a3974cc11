package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;

class InkComponentsTest {

    /** A 12 × 8 image: a diagonal stroke from (1, 1) to (4, 4), a 3 × 2 block at (8, 2), a lone pixel at (10, 7). */
    private static ScanRaster strokes() {
        boolean[] dark = new boolean[12 * 8];
        for (int i = 1; i <= 4; i++) {
            dark[i * 12 + i] = true;
        }
        for (int y = 2; y <= 3; y++) {
            for (int x = 8; x <= 10; x++) {
                dark[y * 12 + x] = true;
            }
        }
        dark[7 * 12 + 10] = true;
        return new ScanRaster(dark, 12, 8, 1);
    }

    @Test
    void pixelsTouchingAtACornerAreOneShapeMeasuredByItsBox() {
        assertThat(InkComponents.dark(strokes()).all())
                .extracting(InkComponents.Shape::label, InkComponents.Shape::minX, InkComponents.Shape::minY,
                        InkComponents.Shape::width, InkComponents.Shape::height, InkComponents.Shape::size)
                .containsExactly(tuple(1, 1, 1, 4, 4, 4), tuple(2, 8, 2, 3, 2, 6), tuple(3, 10, 7, 1, 1, 1));
    }

    @Test
    void growthLimitedToRowsCutsAShapeWhereItLeavesThem() {
        InkComponents shapes = InkComponents.dark(strokes());
        shapes.rows(2, 4);
        assertThat(shapes.grow(1 * 12 + 1)).isNull();
        InkComponents.Shape cut = shapes.grow(2 * 12 + 2);
        assertThat(cut.size()).isEqualTo(2);
        assertThat(shapes.pixels()).containsExactlyInAnyOrder(2 * 12 + 2, 3 * 12 + 3);
        assertThat(shapes.labels()[4 * 12 + 4]).isZero();
    }
}
