package perfdecl.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import perfdecl.correct.CorrectionReplay;
import perfdecl.model.Correction;

class CorrectionLogTest {

    @TempDir
    Path dir;

    private static Correction amount(String id, String field, long before, long after, String who, String at) {
        return new Correction(id, field, before, after, who, at, "ab".repeat(32), "input.pdf", Correction.CORRECT);
    }

    @Test
    void appendedCorrectionsReplayInOrderWithTheirValues() throws Exception {
        CorrectionLog log = new CorrectionLog(dir.resolve(CorrectionLog.FILE_NAME));
        log.append(amount("abc-0", "budget.items[4].amount", 87075, 87076, "li", "2026-12-06T01:00:00Z"));
        log.append(new Correction("abc-0", "fundUse", null, "政府购买服务", "li", "2026-12-06T01:00:05Z",
                "ab".repeat(32), "input.pdf", Correction.CORRECT));

        CorrectionLog.Replay replay = log.replay();

        assertThat(replay.damaged()).isEmpty();
        assertThat(replay.corrections()).extracting(Correction::field).containsExactly("budget.items[4].amount", "fundUse");
        assertThat(replay.corrections().get(0).after()).isEqualTo(87076L);
        assertThat(replay.corrections().get(1).before()).isNull();
        assertThat(Files.readString(log.file())).startsWith("{\"id\":\"abc-0\",\"field\":\"budget.items[4].amount\","
                + "\"before\":87075,\"after\":87076,\"reviewer\":\"li\",\"at\":\"2026-12-06T01:00:00Z\",\"sourceSha256\":");
    }

    @Test
    void theLaterCorrectionOfAFieldWinsAndTheEarlierStaysInTheHistory() throws Exception {
        CorrectionLog log = new CorrectionLog(dir.resolve(CorrectionLog.FILE_NAME));
        log.append(amount("abc-0", "budget.total", 100, 110, "li", "2026-12-06T01:00:00Z"));
        log.append(amount("abc-0", "budget.total", 110, 120, "wang", "2026-12-06T01:01:00Z"));

        CorrectionReplay replay = CorrectionReplay.of(log.replay().corrections());

        assertThat(replay.inForce("abc-0")).singleElement().satisfies(c -> {
            assertThat(c.after()).isEqualTo(120L);
            assertThat(c.reviewer()).isEqualTo("wang");
        });
        assertThat(replay.history("abc-0", "budget.total")).extracting(Correction::after).containsExactly(110L, 120L);
    }

    @Test
    void undoGivesTheFieldBackItsEarlierCorrection() throws Exception {
        CorrectionLog log = new CorrectionLog(dir.resolve(CorrectionLog.FILE_NAME));
        log.append(amount("abc-0", "budget.total", 100, 110, "li", "2026-12-06T01:00:00Z"));
        log.append(amount("abc-0", "budget.total", 110, 120, "li", "2026-12-06T01:01:00Z"));
        log.append(new Correction("abc-0", "budget.total", 120, null, "li", "2026-12-06T01:02:00Z", null, null,
                Correction.UNDO));

        CorrectionReplay replay = CorrectionReplay.of(log.replay().corrections());

        assertThat(replay.value("abc-0", "budget.total").after()).isEqualTo(110L);
        assertThat(replay.history("abc-0", "budget.total")).hasSize(3);
    }

    @Test
    void aLineCutShortByAKillIsReportedAndTheNextAppendStartsOnItsOwnLine() throws Exception {
        Path file = dir.resolve(CorrectionLog.FILE_NAME);
        CorrectionLog log = new CorrectionLog(file);
        log.append(amount("abc-0", "budget.total", 100, 110, "li", "2026-12-06T01:00:00Z"));
        Files.writeString(file, "{\"id\":\"abc-0\",\"field\":\"budg", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        log.append(amount("abc-0", "budget.currentYear", 100, 90, "li", "2026-12-06T01:03:00Z"));

        CorrectionLog.Replay replay = log.replay();

        assertThat(replay.corrections()).extracting(Correction::field)
                .containsExactly("budget.total", "budget.currentYear");
        assertThat(replay.damaged()).singleElement().asString().startsWith("corrections.jsonl line 2:");
    }

    @Test
    void twoThreadsAppendingAtOnceLoseNothing() throws Exception {
        CorrectionLog one = new CorrectionLog(dir.resolve(CorrectionLog.FILE_NAME));
        CorrectionLog two = new CorrectionLog(dir.resolve(CorrectionLog.FILE_NAME));
        int each = 200;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (CorrectionLog log : List.of(one, two)) {
            String who = log == one ? "one" : "two";
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < each; i++) {
                    log.append(amount(who + "-0", "budget.items[" + i + "].amount", i, i + 1, who, "t" + i));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();

        CorrectionLog.Replay replay = one.replay();

        assertThat(replay.damaged()).isEmpty();
        assertThat(replay.corrections()).hasSize(2 * each);
        assertThat(replay.corrections().stream().filter(c -> c.reviewer().equals("two"))).hasSize(each);
    }
}
