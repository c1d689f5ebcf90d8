package com.healthoptions.mtm.program.worklist;

/** What a member can be due for. */
public enum WorkItemKind {
    CMR_OFFER, TMR, SAFE_DISPOSAL_INFORMATION
}
