package com.healthoptions.mtm.screening;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One of the screening's data files ({@code src/main/resources/screening/*.tsv}): tab-separated rows under
 * a header, comment lines starting with {@code #}, and one {@code # version<TAB>...} line that every finding
 * read from the table carries.
 */
record ScreeningTable(String name, String version, List<Map<String, String>> rows) {

    static ScreeningTable load(String name) {
        String resource = "screening/" + name;
        try (InputStream in = ScreeningTable.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("screening table missing from the classpath: " + resource);
            }
            return parse(name, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ScreeningTable parse(String name, List<String> lines) {
        String version = null;
        List<String> header = null;
        List<Map<String, String>> rows = new ArrayList<>();
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            if (line.startsWith("# version\t")) {
                version = line.substring("# version\t".length()).strip();
                continue;
            }
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = List.of(cells);
                continue;
            }
            if (cells.length != header.size()) {
                throw new IllegalStateException(name + " line " + lineNumber + ": " + cells.length + " cells, header has "
                        + header.size());
            }
            Map<String, String> row = new TreeMap<>();
            for (int i = 0; i < cells.length; i++) {
                row.put(header.get(i), cells[i].strip());
            }
            rows.add(row);
        }
        if (version == null || header == null) {
            throw new IllegalStateException(name + ": needs a '# version' line and a header row");
        }
        return new ScreeningTable(name, version, List.copyOf(rows));
    }
}
