package com.healthoptions.mtm.disposal;

/** What a collection site takes, when its listing says. */
public enum SiteAcceptance {
    PILLS, PATCHES, LIQUIDS, INHALERS, SHARPS
}
