package perfdecl.pdf.scan;

import java.util.List;
import java.util.Map;

import perfdecl.grid.Box;
import perfdecl.grid.ReaderNote;
import perfdecl.pdf.layout.LayoutRow;

/**
 * One scanned page laid out: its rows as the born-digital layout builds them, what the reader noted, and the
 * confidence of each cell (by its rectangle) and of each pixel-read checkbox (by its square).
 */
public record ScanPage(List<LayoutRow> rows, List<ReaderNote> notes, Map<Box, Double> cellConfidence,
                Map<Box, Double> markConfidence, double skewDegrees, int rereads) {
}
