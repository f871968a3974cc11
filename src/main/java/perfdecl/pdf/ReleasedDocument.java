package perfdecl.pdf;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A loaded document that, when closed, also lets go of every object it parsed. PDFBox 2.0's {@code COSDocument}
 * has a finalizer, so a closed document stays reachable until the finalizer thread has run, and with it the whole
 * object graph (fonts, page content, images): in a long batch these graphs were promoted and piled up in a worker's
 * old generation. Emptied, the finalizable shell that is left is a few hundred bytes.
 */
final class ReleasedDocument implements AutoCloseable {

    private final PDDocument document;

    ReleasedDocument(PDDocument document) {
        this.document = document;
    }

    PDDocument document() {
        return document;
    }

    @Override
    public void close() throws IOException {
        List<COSObject> objects = document.getDocument().getObjects();
        try {
            document.close();
        } finally {
            for (COSObject o : objects) {
                o.setObject(null);
            }
            document.getDocument().getTrailer().clear();
        }
    }
}
