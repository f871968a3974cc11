package perfdecl.pdf.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/** The gate the JVM's exit waits at while a reader is still inside ONNX Runtime. */
class NativeCallsTest {

    @Test
    void closingWaitsForTheCallInFlightToLeave() throws Exception {
        NativeCalls calls = new NativeCalls();
        CountDownLatch inside = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            assertThat(calls.enter()).isTrue();
            inside.countDown();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                finished.set(true);
                calls.leave();
            }
        });
        reader.start();
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(calls.close(10_000)).isTrue();

        assertThat(finished).isTrue();
        assertThat(calls.inFlight()).isZero();
        reader.join();
    }

    @Test
    void noCallEntersOnceClosingHasBegun() {
        NativeCalls calls = new NativeCalls();
        assertThat(calls.close(0)).isTrue();

        assertThat(calls.enter()).isFalse();
        assertThat(calls.inFlight()).isZero();
    }

    @Test
    void closingGivesUpAfterItsWaitWhenACallNeverLeaves() {
        NativeCalls calls = new NativeCalls();
        assertThat(calls.enter()).isTrue();

        assertThat(calls.close(50)).isFalse();
        assertThat(calls.inFlight()).isEqualTo(1);
    }
}
