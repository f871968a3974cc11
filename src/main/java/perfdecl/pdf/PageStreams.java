package perfdecl.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;

/**
 * The streams that reading or rendering one page can decode: its content, and everything its resources and
 * annotations reach (fonts, images, forms, patterns, soft masks, appearance streams), without going up the page
 * tree or across to another page through a link. Walked without recursion, so that objects nested too deep are
 * reported rather than overflowing the stack.
 */
final class PageStreams {

    /** Deeper than any real page's resources; a hostile file nests far deeper. */
    static final int MAX_DEPTH = 128;

    private static final Set<COSName> NOT_FOLLOWED = Set.of(COSName.PARENT, COSName.P, COSName.DEST,
            COSName.A, COSName.getPDFName("Dests"), COSName.NEXT, COSName.PREV, COSName.getPDFName("StructParents"));

    private PageStreams() {
    }

    /** Objects nested deeper than {@link #MAX_DEPTH} below the page. */
    static final class TooDeep extends Exception {
        TooDeep() {
            super("objects nested too deeply to read", null, false, false);
        }
    }

    /** The streams page {@code page} reaches, in the order met. */
    static List<COSStream> of(COSDictionary page) throws TooDeep {
        List<COSStream> out = new ArrayList<>();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Object[]> todo = new ArrayDeque<>();
        todo.push(new Object[] {page, 0});
        while (!todo.isEmpty()) {
            Object[] next = todo.pop();
            COSBase base = (COSBase) next[0];
            int depth = (Integer) next[1];
            if (base instanceof COSObject o) {
                base = o.getObject();
            }
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (depth > MAX_DEPTH) {
                throw new TooDeep();
            }
            if (base instanceof COSDictionary dict) {
                if (dict != page && isPageNode(dict)) {
                    continue;
                }
                if (dict instanceof COSStream stream) {
                    out.add(stream);
                }
                for (var e : dict.entrySet()) {
                    if (!NOT_FOLLOWED.contains(e.getKey())) {
                        todo.push(new Object[] {e.getValue(), depth + 1});
                    }
                }
            } else if (base instanceof COSArray array) {
                for (int i = array.size() - 1; i >= 0; i--) {
                    todo.push(new Object[] {array.get(i), depth + 1});
                }
            }
        }
        return out;
    }

    private static boolean isPageNode(COSDictionary dict) {
        COSName type = dict.getCOSName(COSName.TYPE);
        return COSName.PAGE.equals(type) || COSName.PAGES.equals(type);
    }
}
