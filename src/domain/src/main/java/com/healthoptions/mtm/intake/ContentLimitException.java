package com.healthoptions.mtm.intake;

import java.io.IOException;
import java.util.Optional;

/**
 * A file breaks one of the reader's limits (field length, fields per row, line length, decompressed
 * size per compressed byte): it is rejected whole with this message, and the instance keeps its memory.
 * The message names the limit and the line, never content.
 */
public class ContentLimitException extends IOException {

    public ContentLimitException(String message) {
        super(message);
    }

    /** This exception anywhere in a cause chain (loaders may wrap what their input stream threw). */
    static Optional<ContentLimitException> in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ContentLimitException limit) {
                return Optional.of(limit);
            }
        }
        return Optional.empty();
    }
}
