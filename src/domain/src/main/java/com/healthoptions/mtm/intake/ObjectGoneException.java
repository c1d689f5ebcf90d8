package com.healthoptions.mtm.intake;

import java.io.IOException;

/** The object version an event named can no longer be read: deleted, or replaced in an unversioned bucket. */
public class ObjectGoneException extends IOException {

    public ObjectGoneException(String message) {
        super(message);
    }
}
