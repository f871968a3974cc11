package perfdecl.pdf.scan;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import perfdecl.pdf.OcrEngine;

/**
 * Settles by reading whether a page stands upside down when its ink could not tell ({@link ScanOrientation}'s
 * half-turn cues unsure): a page of centred labels and values, as an indicator table's last page without rulings
 * is, has no flush side and few dots, and on a 1-bit copy the dust beside its lines sways what little the cues
 * see. A recogniser reads print the right way up with confidence and turned print as scraps it doubts, so a few
 * of the page's text lines are read both ways and the way it is surer of wins. Where the two readings are as sure,
 * the cues' decision stands. Cues short of certain are read too: on a 1-bit copy cut at its top, whose text and dot
 * cues see next to nothing, the row rulings' ends alone were half sure of a turn the page never had; where such
 * cues were sure on their own (above {@link ScanOrientation#SURE}), a reading decides against them only if it is
 * surer than they are.
 */
final class ScanReadTurn {

    /** Lines read each way: enough to outvote one line the recogniser happens to like upside down. */
    static final int LINES = 8;
    /** How much surer (mean confidence per character) the reading one way must be to decide. */
    static final double CLEARLY_SURER = 0.1;
    /** A margin this wide is a sure decision (confidence 1). */
    private static final double SURE_MARGIN = 0.3;
    /** Text lines are this tall (points): a speck's band is lower, a stack of lines taller. */
    private static final double LOWEST_PT = 5, TALLEST_PT = 20;
    /** Paper kept round a line's ink (pixels), as a recogniser expects a margin. */
    private static final int PAD = 3;

    private ScanReadTurn() {
    }

    /**
     * The half turn (0 or 180) of {@code image} (deskewed, rulings painted out; {@code scale} pixels per point) as
     * reading it settles it, or {@code cues} when the reading does not: the page's widest text lines read as they
     * stand and turned, by {@code ocr}.
     */
    static ScanOrientation.Turn settle(BufferedImage image, double scale, ScanOrientation.Turn cues, OcrEngine ocr) {
        List<Rectangle> lines = sample(image, scale);
        if (lines.size() < 2) {
            return cues;
        }
        List<BufferedImage> crops = new ArrayList<>();
        for (Rectangle l : lines) {
            Rectangle r = new Rectangle(l.x - PAD, l.y - PAD, l.width + 2 * PAD, l.height + 2 * PAD)
                    .intersection(new Rectangle(0, 0, image.getWidth(), image.getHeight()));
            BufferedImage crop = image.getSubimage(r.x, r.y, r.width, r.height);
            crops.add(crop);
        }
        List<BufferedImage> turned = crops.stream().map(c -> ScanOrientation.turn(c, 180)).toList();
        List<BufferedImage> both = new ArrayList<>(crops);
        both.addAll(turned);
        List<OcrReading> read = ocr.readBlocks(both);
        if (read == null || read.size() != both.size()) {
            return cues;
        }
        double upright = mean(read.subList(0, crops.size())), upsideDown = mean(read.subList(crops.size(),
                both.size()));
        double margin = Math.abs(upright - upsideDown);
        if (margin < CLEARLY_SURER) {
            return cues;
        }
        ScanOrientation.Turn reading = new ScanOrientation.Turn(upsideDown > upright ? 180 : 0,
                Math.min(1, margin / SURE_MARGIN));
        // cues that were sure on their own stand against a reading no surer than they are
        boolean cuesStand = reading.degrees() != cues.degrees() && cues.confidence() >= ScanOrientation.SURE
                && cues.confidence() >= reading.confidence();
        return cuesStand ? cues : reading;
    }

    /** The widest text lines of the page, up to {@link #LINES}, in reading order of the page found. */
    static List<Rectangle> sample(BufferedImage image, double scale) {
        int lowest = (int) Math.round(LOWEST_PT * scale), tallest = (int) Math.round(TALLEST_PT * scale);
        return InkLines.find(image, new Rectangle(0, 0, image.getWidth(), image.getHeight()), scale).stream()
                .filter(l -> l.height >= lowest && l.height <= tallest && l.width >= 2 * l.height)
                .sorted(Comparator.comparingInt((Rectangle l) -> -l.width).thenComparingInt(l -> l.y)
                        .thenComparingInt(l -> l.x))
                .limit(LINES)
                .toList();
    }

    /** Mean confidence per character over the readings; a crop read as nothing counts as doubt (0). */
    private static double mean(List<OcrReading> readings) {
        double sum = 0;
        for (OcrReading r : readings) {
            sum += r == null || r.text().isBlank() ? 0 : r.meanConfidence();
        }
        return sum / readings.size();
    }
}
