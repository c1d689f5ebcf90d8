package com.healthoptions.mtm.intake.lambda;

import com.healthoptions.mtm.files.ReferenceFileLoader;
import com.healthoptions.mtm.files.ReferenceFileResult;
import com.healthoptions.mtm.files.RowRejection;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stand-ins for the disposal function's reference loaders (take-back sites, ZIP centroids) until those
 * land: they record the lines they were handed and reject lines saying "bad". Remove when the real
 * loaders for these prefixes merge (two loaders for one prefix is a configuration error).
 */
final class TestSiteLoaders {

    static final Map<String, List<String>> RECEIVED = new ConcurrentHashMap<>();

    private TestSiteLoaders() {
    }

    static ReferenceFileResult load(String prefix, InputStream content, double threshold) {
        List<String> lines = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8)).lines().toList();
            RECEIVED.put(prefix, lines);
            List<RowRejection> bad = new java.util.ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).contains("bad")) {
                    bad.add(new RowRejection(i + 1, "site", "test loader refuses it"));
                }
            }
            long rows = lines.size() - 1;
            boolean rejected = bad.size() > threshold * rows;
            return new ReferenceFileResult(rejected ? ReferenceFileResult.Status.REJECTED : ReferenceFileResult.Status.APPLIED,
                    rows, rejected ? 0 : rows - bad.size(), bad.size(), bad, rejected ? "too many bad rows" : null);
    }

    @ApplicationScoped
    static class TakeBackSites implements ReferenceFileLoader {
        @Override
        public String keyPrefix() {
            return "reference/take-back-sites/";
        }

        @Override
        public ReferenceFileResult load(InputStream content, double rejectThreshold) {
            return TestSiteLoaders.load(keyPrefix(), content, rejectThreshold);
        }
    }

    @ApplicationScoped
    static class ZipCentroids implements ReferenceFileLoader {
        @Override
        public String keyPrefix() {
            return "reference/zip-centroids/";
        }

        @Override
        public ReferenceFileResult load(InputStream content, double rejectThreshold) {
            return TestSiteLoaders.load(keyPrefix(), content, rejectThreshold);
        }
    }
}
