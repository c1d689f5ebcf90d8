package com.healthoptions.mtm.disposal;

import java.util.List;

/** How to dispose of one drug: the methods in order of preference, the sources, and notes for the member. */
public record DisposalGuidance(boolean fdaFlushList, List<MethodAdvice> methods, List<GuidanceSource> sources,
        List<String> notes) {

    public DisposalGuidance {
        methods = List.copyOf(methods);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
    }
}
