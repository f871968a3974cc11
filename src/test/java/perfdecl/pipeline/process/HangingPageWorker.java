package perfdecl.pipeline.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import perfdecl.fixtures.SlowPdfReader;
import perfdecl.grid.GridReader;
import perfdecl.grid.ReadListener;
import perfdecl.grid.SourceDocument;
import perfdecl.grid.UnreadableInputException;
import perfdecl.pipeline.FileExtractor;

/**
 * A worker process whose PDF reader hangs on page N of a file named {@code …hang-at-N….pdf} until its thread is
 * interrupted ({@link SlowPdfReader}), asleep, or spinning on the CPU for {@code …spin-at-N….pdf}, and reads the
 * pages of {@code …bursts-B-S….pdf} in bursts of B ms of CPU, S ms asleep after each, so that a test can run a page
 * out of time inside a worker, or slow one down as a loaded machine does.
 */
public final class HangingPageWorker {

    private static final Pattern HANG_AT = Pattern.compile("hang-at-(\\d+)");
    private static final Pattern SPIN_AT = Pattern.compile("spin-at-(\\d+)");
    private static final Pattern BURSTS = Pattern.compile("bursts-(\\d+)-(\\d+)");

    private HangingPageWorker() {
    }

    /** Worker processes started from now on in this JVM are this class. */
    public static void start() {
        System.setProperty(ExtractionWorker.MAIN_CLASS, HangingPageWorker.class.getName());
    }

    /** Worker processes started from now on are the product's. */
    public static void stop() {
        System.clearProperty(ExtractionWorker.MAIN_CLASS);
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        ExtractionWorker.serve(args, ExtractionWorker.Hooks.NONE, new FileExtractor(List.of(new Hanging())));
    }

    private static final class Hanging implements GridReader {
        @Override
        public boolean accepts(Path file, byte[] head) {
            return new SlowPdfReader(0, 0).accepts(file, head);
        }

        @Override
        public SourceDocument read(Path file) throws UnreadableInputException {
            throw new UnsupportedOperationException("read with a listener");
        }

        @Override
        public SourceDocument read(Path file, ReadListener listener) throws UnreadableInputException {
            String name = String.valueOf(file.getFileName());
            Matcher spin = SPIN_AT.matcher(name);
            Matcher bursts = BURSTS.matcher(name);
            Matcher m = HANG_AT.matcher(name);
            SlowPdfReader reader = spin.find() ? SlowPdfReader.spinning(Integer.parseInt(spin.group(1)))
                    : bursts.find() ? SlowPdfReader.inBursts(Long.parseLong(bursts.group(1)),
                            Long.parseLong(bursts.group(2)))
                    : new SlowPdfReader(0, m.find() ? Integer.parseInt(m.group(1)) : 0);
            return reader.read(file, listener);
        }
    }
}
