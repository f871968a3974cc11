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

    /** Read from the raster's array or asked pixel by pixel, the shapes, their order and their pixels are the same. */
    @Test
    void aRastersDarkShapesAreTheSameReadFromItsArrayOrAskedPixelByPixel() {
        java.util.Random random = new java.util.Random(5);
        boolean[] dark = new boolean[40 * 30];
        for (int i = 0; i < dark.length; i++) {
            dark[i] = random.nextInt(3) == 0;
        }
        ScanRaster r = new ScanRaster(dark, 40, 30, 1);
        InkComponents array = InkComponents.dark(r), asked = new InkComponents(40, 30, r::dark);
        assertThat(array.all()).isEqualTo(asked.all());
        assertThat(array.labels()).isEqualTo(asked.labels());
        array = InkComponents.dark(r);
        asked = new InkComponents(40, 30, r::dark);
        array.rows(5, 20);
        asked.rows(5, 20);
        for (int start = dark.length - 1; start >= 0; start -= 7) {
            assertThat(array.grow(start)).isEqualTo(asked.grow(start));
            assertThat(array.pixels()).isEqualTo(asked.pixels());
        }
    }
}
