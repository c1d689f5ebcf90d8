package com.healthoptions.mtm.files;

import java.io.InputStream;

/**
 * Loads one kind of reference file (a directory the plan uploads, not member data) into its tables.
 * The intake function finds every loader bean and hands it the files under its key prefix.
 *
 * <p>Called on a worker thread, never the event loop: blocking on the database ({@code Uni.await()})
 * is allowed. The file is applied atomically: all accepted rows or nothing.
 */
public interface ReferenceFileLoader {

    /** The intake bucket prefix this loader owns, e.g. {@code reference/zip-centroids/}. */
    String keyPrefix();

    /**
     * Streams {@code content} (already gunzipped, UTF-8) and applies it.
     *
     * @param rejectThreshold fraction of data rows (0.01 = 1 %) above which the whole file is rejected
     */
    ReferenceFileResult load(InputStream content, double rejectThreshold);
}
