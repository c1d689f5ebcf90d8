package com.healthoptions.mtm.disposal;

/** A ZIP Code Tabulation Area's internal point (Census gazetteer INTPTLAT / INTPTLONG). */
public record ZipCentroid(String zip, double latitude, double longitude) {
}
