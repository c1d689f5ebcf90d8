package com.healthoptions.mtm.disposal;

import java.util.List;

/** One disposal method for a drug: what to do, step by step, and why it comes at this place in the order. */
public record MethodAdvice(DisposalMethod method, List<String> steps, String why) {

    public MethodAdvice {
        steps = List.copyOf(steps);
    }
}
