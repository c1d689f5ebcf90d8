package com.healthoptions.mtm.reference;

/**
 * Whether a product is a Part D maintenance drug, what decided it and, for a pharmacologic class, which
 * class ({@code decidedBy} is null otherwise).
 */
public record MaintenanceClass(boolean maintenance, ResolvedDrug.MaintenanceBasis basis, String decidedBy) {
}
