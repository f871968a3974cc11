package perfdecl.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import perfdecl.grid.Cell;
import perfdecl.grid.Row;
import perfdecl.grid.Token;

/** Splits a row into label/value pairs: each label owns the non-label cells after it. */
final class LabelPairs {

    private final LabelMatcher labels;

    LabelPairs(LabelMatcher labels) {
        this.labels = labels;
    }

    List<LabelPair> of(Row row) {
        List<LabelPair> out = new ArrayList<>();
        List<Cell> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c.isBlank()) {
                continue;
            }
            Optional<LabelMatch> m = labels.whole(c.text());
            if (m.isEmpty()) {
                int j = nextFilled(cells, i);
                Optional<LabelMatch> split = j < cells.size() ? split(c, cells.get(j)) : Optional.empty();
                if (split.isPresent()) {
                    out.add(new LabelPair(split.get(), cells.get(j), new ArrayList<>()));
                    i = j;
                    continue;
                }
            }
            if (m.isEmpty() && (out.isEmpty() || inlineLabel(c))) {
                m = labels.prefix(c.text()).filter(x -> x.rest().isEmpty() ? out.isEmpty()
                        : x.label().plausibleInlineValue(x.rest()));
            }
            if (m.isEmpty()) {
                m = halfRead(cells, i, out);
            }
            if (m.isEmpty()) {
                if (!out.isEmpty()) {
                    out.get(out.size() - 1).values().add(c);
                }
                continue;
            }
            out.add(new LabelPair(m.get(), c, new ArrayList<>()));
            if (m.get().label().isText() && m.get().rest().isEmpty()) {
                // a free-text value may begin with words that look like a label: take the next cell whole
                int j = nextFilled(cells, i);
                if (j < cells.size() && labels.whole(cells.get(j).text()).isEmpty()) {
                    out.get(out.size() - 1).values().add(cells.get(j));
                    i = j;
                }
            }
        }
        return out;
    }

    /** The index of the first filled cell after cell {@code i}, or the cells' count when none is. */
    private static int nextFilled(List<Cell> cells, int i) {
        int j = i + 1;
        while (j < cells.size() && cells.get(j).isBlank()) {
            j++;
        }
        return j;
    }

    /**
     * Cell {@code i} as a label a mark across it left half read ({@link LabelMatcher#halfRead}): only where OCR
     * was unsure of the reading, the label is not the one just before it, or where only the label's head was read
     * ({@link LabelMatcher#headOf}); and the next filled cell is a value of its shape written with digits (a phone
     * number after a garbled 联系电话, a date): a name or a unit's, which has no shape to tell it by, is left to be
     * reported as an unknown label.
     */
    private Optional<LabelMatch> halfRead(List<Cell> cells, int i, List<LabelPair> before) {
        Cell c = cells.get(i);
        int j = nextFilled(cells, i);
        if (j == cells.size() || labels.whole(cells.get(j).text()).isPresent()) {
            return Optional.empty();
        }
        String value = cells.get(j).text().strip();
        Label previous = before.isEmpty() ? null : before.get(before.size() - 1).label().label();
        java.util.Set<Label> read = java.util.EnumSet.noneOf(Label.class);
        before.forEach(p -> read.add(p.label().label()));
        // a label's head alone (联系 of 联系电话, its tail under a stroke) names it only where the other labels it
        // begins are read already in the row; OCR may be sure of the characters it did read
        Optional<LabelMatch> m = c.confidence() < Token.UNCERTAIN ? labels.halfRead(c.text())
                .filter(x -> x.label() != previous) : Optional.empty();
        return m.or(() -> labels.headOf(c.text(), read))
                .filter(x -> value.chars().anyMatch(Character::isDigit) && x.label().plausibleInlineValue(value));
    }

    /**
     * A label a stroke across it split into two cells (a signature's line taken for a column rule: "联" | "系电话"):
     * the two read together are one of its spellings exactly, which neither is alone, so the first is no value
     * of the label before it.
     */
    private Optional<LabelMatch> split(Cell head, Cell tail) {
        String h = LabelKey.of(head.text());
        String t = LabelKey.of(tail.text());
        if (h.isEmpty() || t.isEmpty() || labels.whole(t).filter(m -> m.distance() == 0).isPresent()) {
            return Optional.empty();
        }
        return labels.whole(h + t).filter(m -> m.distance() == 0)
                .map(m -> new LabelMatch(m.label(), head.text().strip() + tail.text().strip(), "", 0));
    }

    private boolean inlineLabel(Cell c) {
        return labels.prefix(c.text()).filter(m -> !m.rest().isEmpty()
                && (m.label().takesShortValue() && m.label().plausibleInlineValue(m.rest())
                || m.label().isAmount() && Cells.looksLikeAmount(m.rest()))).isPresent();
    }
}
