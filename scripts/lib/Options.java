import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} command-line options for the single-file tools in scripts/lib; a name may repeat. */
final class Options {

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    Options(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            values.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[++i]);
        }
    }

    /** The last value given for {@code name}. */
    String required(String name) {
        String value = optional(name, null);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    /** The last value given for {@code name}, or {@code fallback} (which may be null). */
    String optional(String name, String fallback) {
        List<String> v = values.get(name);
        return v == null ? fallback : v.getLast();
    }

    /** Every value given for a repeatable option. */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }
}
