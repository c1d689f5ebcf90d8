package com.healthoptions.mtm.disposal;

/** A collection site and its great-circle distance from the search origin. */
public record NearbySite(TakeBackSite site, double distanceMiles) {
}
