package com.healthoptions.mtm.intake;

import java.nio.file.Path;

/** Where the intake writes its reports and outreach files (the intake bucket, beside the input). */
public interface IntakeOutputs {

    void put(String key, String contentType, byte[] body);

    void put(String key, String contentType, Path file);
}
