package com.healthoptions.mtm.intake;

/**
 * This invocation no longer holds the file's lease (it stalled past the lease and another invocation took
 * the file over): the step's transaction is rolled back so two invocations never both write one file.
 */
public class LeaseLostException extends IllegalStateException {

    public LeaseLostException() {
        super("the intake file's lease was lost to another invocation");
    }
}
