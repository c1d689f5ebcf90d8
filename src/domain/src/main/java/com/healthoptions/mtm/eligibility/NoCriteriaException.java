package com.healthoptions.mtm.eligibility;

/** The plan is unknown, or has no targeting criteria for the plan year asked about. */
public class NoCriteriaException extends RuntimeException {

    private final boolean planKnown;

    public NoCriteriaException(String planId, int planYear, boolean planKnown) {
        super(planKnown ? "Plan " + planId + " has no MTM targeting criteria for " + planYear : "No plan " + planId);
        this.planKnown = planKnown;
    }

    public boolean planKnown() {
        return planKnown;
    }
}
