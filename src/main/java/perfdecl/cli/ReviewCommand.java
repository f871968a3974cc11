package perfdecl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import perfdecl.pipeline.review.ReviewFolder;
import perfdecl.review.ReviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code perfdecl review}: serves an extract output folder's review page on 127.0.0.1 until stopped. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Serves a local page (127.0.0.1 only) to check and correct what extraction was unsure of.",
                "Corrections are appended to DIR/corrections.jsonl; the next extract or audit applies them.",
                "Exit code 2: usage error or a folder that is not extract output."})
final class ReviewCommand implements Callable<Integer> {

    @Parameters(paramLabel = "DIR", description = "An extract output folder (with json/)")
    Path dir;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7407",
            description = "Port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--reviewer", paramLabel = "NAME", description = "Name recorded with each correction "
            + "(default: the user name)")
    String reviewer;

    @Option(names = "--inputs", paramLabel = "PATH", arity = "1..*",
            description = "Files or folders to find moved sources in, by SHA-256")
    List<Path> inputs;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(dir.resolve("json"))) {
            System.err.println("perfdecl: " + dir + ": not an extract output folder (no json/)");
            return 2;
        }
        if (port < 0 || port > 65535) {
            System.err.println("perfdecl: --port must be between 0 and 65535");
            return 2;
        }
        String who = reviewer != null && !reviewer.isBlank() ? reviewer.strip() : System.getProperty("user.name");
        ReviewFolder folder = ReviewFolder.open(dir, inputs == null ? List.of() : inputs, who);
        ReviewServer server = ReviewServer.start(folder, port);
        ReviewFolder.Queue queue = folder.queue();
        System.out.printf("perfdecl: reviewing %d form(s), %d item(s) (%d done) as %s%n", folder.forms(),
                queue.items().size(), queue.done(), who);
        System.out.println(server.url());
        System.out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
