package com.healthoptions.mtm.intake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A file's header row: column names (trimmed, lower case) to positions. */
final class Header {

    private final List<String> names;
    private final Map<String, Integer> positions = new HashMap<>();

    Header(String[] fields) {
        List<String> cleaned = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            String name = fields[i];
            if (i == 0 && !name.isEmpty() && name.charAt(0) == '\uFEFF') {
                name = name.substring(1);
            }
            name = name.strip().toLowerCase(Locale.ROOT);
            cleaned.add(name);
            positions.putIfAbsent(name, i);
        }
        this.names = List.copyOf(cleaned);
    }

    int index(String column) {
        Integer i = positions.get(column);
        return i == null ? -1 : i;
    }

    List<String> names() {
        return names;
    }

    List<String> missing(List<String> required) {
        return required.stream().filter(c -> !positions.containsKey(c)).toList();
    }
}
