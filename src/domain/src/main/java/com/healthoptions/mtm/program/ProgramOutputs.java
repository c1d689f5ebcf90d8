package com.healthoptions.mtm.program;

import java.nio.file.Path;

/** Where the program's scheduled functions write (the intake bucket: worklists/ and reports/cms/). */
public interface ProgramOutputs {

    void put(String key, String contentType, byte[] body);

    void put(String key, String contentType, Path file);
}
