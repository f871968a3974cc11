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

    /**
     * Shapes grow in the order of a depth-first walk over each pixel's neighbours row by row, left to right, with
     * rows limited and at the image's edges: the order every shape's pixels (and so the rings fitted to them) have
     * always come in. The walk written out plainly here is the reference.
     */
    @Test
    void shapesGrowInTheOrderOfADepthFirstWalkOverNeighboursRowByRow() {
        java.util.Random random = new java.util.Random(11);
        int w = 37, h = 23;
        boolean[] dark = new boolean[w * h];
        for (int i = 0; i < dark.length; i++) {
            dark[i] = random.nextInt(5) < 2;
        }
        for (int[] limit : new int[][] {{0, h}, {4, 17}}) {
            InkComponents shapes = InkComponents.of(w, h, dark);
            shapes.rows(limit[0], limit[1]);
            int[] label = new int[w * h];
            int count = 0;
            for (int start = 0; start < w * h; start++) {
                InkComponents.Shape s = shapes.grow(start);
                int y0 = start / w;
                if (label[start] != 0 || !dark[start] || y0 < limit[0] || y0 >= limit[1]) {
                    assertThat(s).isNull();
                    continue;
                }
                count++;
                java.util.List<Integer> order = new java.util.ArrayList<>();
                java.util.ArrayDeque<Integer> stack = new java.util.ArrayDeque<>();
                stack.push(start);
                label[start] = count;
                while (!stack.isEmpty()) {
                    int p = stack.pop(), x = p % w, y = p / w;
                    order.add(p);
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int nx = x + dx, ny = y + dy;
                            if (nx >= 0 && nx < w && ny >= limit[0] && ny < limit[1] && label[ny * w + nx] == 0
                                    && dark[ny * w + nx]) {
                                label[ny * w + nx] = count;
                                stack.push(ny * w + nx);
                            }
                        }
                    }
                }
                assertThat(s.label()).isEqualTo(count);
                assertThat(shapes.pixels()).containsExactly(order.stream().mapToInt(Integer::intValue).toArray());
            }
            assertThat(shapes.labels()).isEqualTo(label);
            assertThat(count).isGreaterThan(5);
        }
    }

    /** The inked shapes take in the raster's visibly gray pixels as well as its dark ones, as asking it does. */
    @Test
    void inkedShapesTakeInVisiblyGrayPixelsAsAskingTheRasterDoes() {
        java.util.Random random = new java.util.Random(7);
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30,
                java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                // mostly paper, some black, some mid gray a thin blurred line leaves
                int v = random.nextInt(10) < 7 ? 235 : random.nextBoolean() ? 20 : 150;
                image.getRaster().setSample(x, y, 0, v);
            }
        }
        ScanRaster r = new ScanRaster(image, 1);
        InkComponents masked = InkComponents.inked(r), asked = new InkComponents(40, 30, r::inked),
                darkOnly = InkComponents.dark(r);
        java.util.List<InkComponents.Shape> shapes = masked.all();
        assertThat(shapes).isEqualTo(asked.all());
        assertThat(masked.labels()).isEqualTo(asked.labels());
        assertThat(shapes.stream().mapToInt(InkComponents.Shape::size).sum())
                .isGreaterThan(darkOnly.all().stream().mapToInt(InkComponents.Shape::size).sum());
    }
}
