package com.healthoptions.mtm.intake;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Keeps the lease on the files this instance works on: renewed every third of its length while held,
 * released when the work ends. A lease that lapses anyway is fenced at the holder's next commit.
 */
final class FileLease {

    private static final Logger LOG = Logger.getLogger(ClaimsIntake.class);

    private final IntakeFiles files;
    private final Duration lease;
    /** One thread; a renewal is one update. */
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "intake-lease-heartbeat");
        t.setDaemon(true);
        return t;
    });

    FileLease(IntakeFiles files, Duration lease) {
        this.files = files;
        this.lease = lease;
    }

    Duration length() {
        return lease;
    }

    /** A held lease: closing it stops the renewals and releases the file. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }

    Held hold(long fileId, String owner) {
        long beat = Math.max(1000, lease.toMillis() / 3);
        ScheduledFuture<?> heartbeat = heartbeats.scheduleAtFixedRate(() -> renew(fileId, owner), beat, beat,
                TimeUnit.MILLISECONDS);
        return () -> {
            heartbeat.cancel(false);
            files.release(fileId, owner);
        };
    }

    private void renew(long fileId, String owner) {
        try {
            if (!files.renew(fileId, owner, lease)) {
                LOG.warnf("file %d: lease no longer held by this invocation", fileId);
            }
        } catch (RuntimeException e) {
            // The next beat tries again; a lease that does lapse is fenced at the next commit.
            LOG.warnf("file %d: lease renewal failed (%s)", fileId, e.getClass().getName());
        }
    }
}
