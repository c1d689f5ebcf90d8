package com.healthoptions.mtm.enrollment;

/** A member sent an opt-out effective date: only staff record an opt-out that took effect earlier. */
public class EffectiveDateNotPermittedException extends RuntimeException {

    public EffectiveDateNotPermittedException() {
        super("An earlier effective date is recorded by staff only; a member's opt-out takes effect the day it is made.");
    }
}
