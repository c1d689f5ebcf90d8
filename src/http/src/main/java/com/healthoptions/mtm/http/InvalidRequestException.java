package com.healthoptions.mtm.http;

import java.util.List;

/** The request is well-formed JSON (or has no body) but its values break the contract: 400 with every error. */
public class InvalidRequestException extends RuntimeException {

    private final List<String> errors;

    public InvalidRequestException(List<String> errors) {
        super(String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(String error) {
        this(List.of(error));
    }

    public List<String> errors() {
        return errors;
    }
}
