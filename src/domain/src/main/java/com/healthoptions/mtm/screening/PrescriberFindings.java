package com.healthoptions.mtm.screening;

import java.util.List;

/**
 * The findings one prescriber is told about: each finding whose triggering fills name them. Findings with no
 * prescriber on their fills (claims without an NPI, or rules on missing therapy) come under a null NPI, for the
 * plan's pharmacist to route.
 */
public record PrescriberFindings(String prescriberNpi, List<Finding> findings) {

    public PrescriberFindings {
        findings = List.copyOf(findings);
    }
}
