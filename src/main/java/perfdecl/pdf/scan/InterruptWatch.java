package perfdecl.pdf.scan;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Tells a native call that its thread was interrupted. A call into ONNX Runtime does not answer
 * {@link Thread#interrupt}, and one batch of lines can take many seconds on a loaded machine (a reader the time limit
 * stopped was still inside one half a minute later); the runtime can end a run early when asked, so a thread
 * watched here has its call's stop run within {@link #POLL_MILLIS} of its interrupt. One daemon thread polls (an
 * empty set while no call is watched).
 */
final class InterruptWatch {

    static final long POLL_MILLIS = 50;

    private final Set<Watch> watched = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "perfdecl-ocr-interrupts");
        t.setDaemon(true);
        return t;
    });

    InterruptWatch() {
        poller.scheduleWithFixedDelay(this::poll, POLL_MILLIS, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * Watches the calling thread until the returned watch is closed: once the thread is interrupted, {@code stop}
     * runs once, on the poller's thread, never after the watch is closed (close it before what {@code stop} touches
     * is released).
     */
    Watch watch(Runnable stop) {
        Watch w = new Watch(Thread.currentThread(), stop);
        watched.add(w);
        return w;
    }

    private void poll() {
        for (Watch w : watched) {
            if (w.thread.isInterrupted()) {
                w.fire();
            }
        }
    }

    /** One watched call; closing it ends the watch. */
    final class Watch implements AutoCloseable {
        private final Thread thread;
        private final Runnable stop;
        private boolean done;

        private Watch(Thread thread, Runnable stop) {
            this.thread = thread;
            this.stop = stop;
        }

        private synchronized void fire() {
            if (!done) {
                done = true;
                try {
                    stop.run();
                } catch (RuntimeException e) {
                    // the call then runs to its end, as an unwatched one does
                }
            }
        }

        @Override
        public synchronized void close() {
            done = true;
            watched.remove(this);
        }
    }
}
