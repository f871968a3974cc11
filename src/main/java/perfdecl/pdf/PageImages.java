package perfdecl.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * Whether a page may paint an image, told from its objects before its text is read: an image among the streams
 * it reaches ({@link PageStreams}), or an inline image ({@code BI}) in its content or in a form it reaches. Errs
 * towards yes — an image that is never drawn, the letters {@code BI} in a string, a stream that cannot be decoded
 * all count — so that a page said to paint none paints none when its text is read. Not thread-safe: one per
 * document, as forms are shared by its pages.
 */
final class PageImages {

    private final Map<COSStream, Boolean> inlineImage = new IdentityHashMap<>();

    /** Whether {@code page} may paint an image. */
    boolean mayPaint(PDPage page) {
        List<COSStream> streams;
        try {
            streams = new ArrayList<>(PageStreams.of(page.getCOSObject()));
            if (!page.getCOSObject().containsKey(COSName.RESOURCES) && page.getResources() != null) {
                // resources a page tree node hands down to its pages
                streams.addAll(PageStreams.of(page.getResources().getCOSObject()));
            }
        } catch (PageStreams.TooDeep | RuntimeException e) {
            return true;
        }
        Set<COSBase> contents = contents(page);
        for (COSStream stream : streams) {
            COSName subtype = stream.getCOSName(COSName.SUBTYPE);
            if (COSName.IMAGE.equals(subtype)) {
                return true;
            }
            if ((COSName.FORM.equals(subtype) || contents.contains(stream))
                    && inlineImage.computeIfAbsent(stream, PageImages::hasInlineImage)) {
                return true;
            }
        }
        return false;
    }

    private static Set<COSBase> contents(PDPage page) {
        Set<COSBase> out = Collections.newSetFromMap(new IdentityHashMap<>());
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        if (contents instanceof COSArray array) {
            for (COSBase b : array) {
                out.add(b instanceof COSObject o ? o.getObject() : b);
            }
        } else if (contents != null) {
            out.add(contents);
        }
        return out;
    }

    /** Whether the decoded stream holds the operator {@code BI}: the two letters between non-regular characters. */
    private static boolean hasInlineImage(COSStream stream) {
        try (InputStream in = stream.createInputStream()) {
            byte[] buf = new byte[1 << 16];
            // the last three characters read; a stream starts and ends as white space would
            int a = ' ', b = ' ', c = ' ';
            for (int n; (n = in.read(buf)) > 0; ) {
                for (int i = 0; i < n; i++) {
                    int d = buf[i] & 0xff;
                    if (isOperatorBI(a, b, c, d)) {
                        return true;
                    }
                    a = b;
                    b = c;
                    c = d;
                }
            }
            return isOperatorBI(a, b, c, ' ');
        } catch (IOException | RuntimeException e) {
            // what cannot be decoded here is for the first look to judge
            return true;
        }
    }

    private static boolean isOperatorBI(int before, int b, int i, int after) {
        return b == 'B' && i == 'I' && !isRegular(before) && !isRegular(after);
    }

    private static boolean isRegular(int c) {
        return switch (c) {
            case 0, '\t', '\n', '\f', '\r', ' ', '(', ')', '<', '>', '[', ']', '{', '}', '/', '%' -> false;
            default -> true;
        };
    }
}
