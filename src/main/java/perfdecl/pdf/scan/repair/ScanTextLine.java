package perfdecl.pdf.scan.repair;

import java.util.ArrayList;
import java.util.List;

import perfdecl.grid.Box;
import perfdecl.pdf.scan.ScanRaster;

/**
 * The one line of ink in a cell of a scanned page, in pixels, and the glyphs on it (runs of inked columns, each
 * {@code {x0, x1, y0, y1}}): what the pixel checks of single-line values (dashes, brackets) look at.
 */
public record ScanTextLine(int top, int bottom, List<int[]> glyphs) {

    int height() {
        return bottom - top + 1;
    }

    /** The cell's line, or {@code null} when the cell holds no ink or more than one line of it. */
    public static ScanTextLine in(ScanRaster r, Box cell) {
        int inset = (int) Math.ceil(2 * r.scale);
        int cx0 = (int) (cell.x() * r.scale) + inset, cy0 = (int) (cell.y() * r.scale) + inset;
        int cx1 = (int) (cell.right() * r.scale) - inset, cy1 = (int) (cell.bottom() * r.scale) - inset;
        int top = -1, bottom = -1, bands = 0;
        boolean inBand = false;
        for (int y = cy0; y < cy1; y++) {
            boolean ink = r.ink(cx0, y, cx1, y + 1) > 0;
            if (ink && !inBand) {
                bands++;
                inBand = true;
                if (bands == 1) {
                    top = y;
                }
            } else if (!ink && inBand) {
                inBand = false;
            }
            if (ink && bands == 1) {
                bottom = y;
            }
        }
        if (bands != 1) {
            return null;
        }
        List<int[]> glyphs = new ArrayList<>();
        int x = cx0;
        while (x < cx1) {
            if (!columnInk(r, x, top, bottom)) {
                x++;
                continue;
            }
            int start = x;
            while (x < cx1 && columnInk(r, x, top, bottom)) {
                x++;
            }
            int gy0 = Integer.MAX_VALUE, gy1 = -1;
            for (int gx = start; gx < x; gx++) {
                for (int y = top; y <= bottom; y++) {
                    if (r.inked(gx, y)) {
                        gy0 = Math.min(gy0, y);
                        gy1 = Math.max(gy1, y);
                    }
                }
            }
            glyphs.add(new int[] {start, x - 1, gy0, gy1});
        }
        return new ScanTextLine(top, bottom, List.copyOf(glyphs));
    }

    private static boolean columnInk(ScanRaster r, int x, int top, int bottom) {
        for (int y = top; y <= bottom; y++) {
            if (r.inked(x, y)) {
                return true;
            }
        }
        return false;
    }
}
