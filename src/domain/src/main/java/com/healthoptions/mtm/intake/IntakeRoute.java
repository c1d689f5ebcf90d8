package com.healthoptions.mtm.intake;

import com.healthoptions.mtm.files.ReferenceFileLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * Which handling an intake key gets: none (the intake's own outputs and console "folders"), a member-data
 * format ({@link IntakeKind}, by key prefix), a reference-file loader (the longest matching prefix of the
 * loaders the application provides), or none known. A new member-data file is one {@link IntakeKind} entry;
 * a new reference file is one {@link ReferenceFileLoader} bean; this class needs no change for either.
 */
sealed interface IntakeRoute {

    /** Keys the intake writes itself; events for them are ignored (no report about a report). */
    List<String> OWN_OUTPUT_PREFIXES = List.of("reports/", "outreach/", "worklists/");

    /** The kind recorded with the file (and named in its report). */
    String kindName();

    /** An own output or a folder placeholder: no file is claimed, nothing is reported. */
    record Ignored() implements IntakeRoute {
        @Override
        public String kindName() {
            return "IGNORED";
        }
    }

    /** A member-data file: staged, checked and applied through its kind's format. */
    record MemberData(IntakeKind kind) implements IntakeRoute {
        @Override
        public String kindName() {
            return kind.name();
        }
    }

    /**
     * A reference file for {@code loader}; {@code claimants} is how many loaders claim exactly that prefix
     * (more than one is a configuration error the file's report names).
     */
    record Reference(ReferenceFileLoader loader, long claimants) implements IntakeRoute {
        @Override
        public String kindName() {
            return "REFERENCE " + loader.keyPrefix();
        }
    }

    /** No kind and no loader takes the key; {@code knownPrefixes} lists what would have. */
    record Unknown(String knownPrefixes) implements IntakeRoute {
        @Override
        public String kindName() {
            return "UNKNOWN";
        }
    }

    static IntakeRoute of(String key, Iterable<ReferenceFileLoader> loaders) {
        if (OWN_OUTPUT_PREFIXES.stream().anyMatch(key::startsWith) || key.endsWith("/")) {
            return new Ignored();
        }
        var kind = IntakeKind.forKey(key);
        if (kind.isPresent()) {
            return new MemberData(kind.get());
        }
        ReferenceFileLoader best = null;
        for (ReferenceFileLoader l : loaders) {
            if (key.startsWith(l.keyPrefix()) && (best == null || l.keyPrefix().length() > best.keyPrefix().length())) {
                best = l;
            }
        }
        if (best != null) {
            long claimants = 0;
            for (ReferenceFileLoader l : loaders) {
                if (l.keyPrefix().equals(best.keyPrefix())) {
                    claimants++;
                }
            }
            return new Reference(best, claimants);
        }
        List<String> prefixes = new ArrayList<>();
        for (IntakeKind k : IntakeKind.values()) {
            prefixes.add(k.prefix());
        }
        loaders.forEach(l -> prefixes.add(l.keyPrefix()));
        return new Unknown(String.join(", ", prefixes));
    }
}
