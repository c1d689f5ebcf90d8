package com.healthoptions.mtm.program.tmr;

/** Where a TMR record came from: the vendor's file, or the plan's own quarterly screening run. */
public enum TmrSource {
    VENDOR_FILE, SCREENING
}
