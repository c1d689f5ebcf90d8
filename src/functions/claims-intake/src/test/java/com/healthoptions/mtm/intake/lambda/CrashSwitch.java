package com.healthoptions.mtm.intake.lambda;

import com.healthoptions.mtm.intake.StagingProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Simulates the function dying part-way through a file: when armed, the invocation fails right after
 * the given number of staging chunks have been committed.
 */
@ApplicationScoped
public class CrashSwitch {

    private static final AtomicInteger CHUNKS_LEFT = new AtomicInteger(-1);

    static void crashAfterChunks(int chunks) {
        CHUNKS_LEFT.set(chunks);
    }

    static void disarm() {
        CHUNKS_LEFT.set(-1);
    }

    void onChunk(@Observes StagingProgress progress) {
        if (CHUNKS_LEFT.get() > 0 && CHUNKS_LEFT.decrementAndGet() == 0) {
            CHUNKS_LEFT.set(-1);
            throw new IllegalStateException("simulated crash after a committed chunk");
        }
    }
}
