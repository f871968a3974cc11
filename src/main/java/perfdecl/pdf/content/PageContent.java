package perfdecl.pdf.content;

import java.util.List;

/**
 * Everything read from one page in its single content-stream pass.
 *
 * @param page     1-based page number
 * @param glyphs   characters and marks
 * @param segments axis-parallel strokes (table rulings)
 * @param hasImage whether the page paints an image
 */
public record PageContent(int page, double width, double height, List<Glyph> glyphs, List<Segment> segments,
                   boolean hasImage) {
}
