package com.healthoptions.mtm.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary file an output is written through before it is put whole (so the output's size costs no heap);
 * deleted when closed.
 */
public final class ScratchFile implements AutoCloseable {

    private final Path path;

    private ScratchFile(Path path) {
        this.path = path;
    }

    public static ScratchFile create(String prefix, String suffix) {
        try {
            return new ScratchFile(Files.createTempFile(prefix, suffix));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // /tmp belongs to this execution environment and goes with it
        }
    }
}
