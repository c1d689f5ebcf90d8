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
    /** Runs once, on the invocation's thread, right after the next committed chunk (then clears itself). */
    private static volatile java.util.function.Consumer<StagingProgress> afterNextChunk;

    static void afterNextChunk(java.util.function.Consumer<StagingProgress> action) {
        afterNextChunk = action;
    }

    static void crashAfterChunks(int chunks) {
        CHUNKS_LEFT.set(chunks);
    }

    static void disarm() {
        CHUNKS_LEFT.set(-1);
        afterNextChunk = null;
    }

    void onChunk(@Observes StagingProgress progress) {
        var action = afterNextChunk;
        if (action != null) {
            afterNextChunk = null;
            action.accept(progress);
        }
        if (CHUNKS_LEFT.get() > 0 && CHUNKS_LEFT.decrementAndGet() == 0) {
            CHUNKS_LEFT.set(-1);
            throw new IllegalStateException("simulated crash after a committed chunk");
        }
    }
}
