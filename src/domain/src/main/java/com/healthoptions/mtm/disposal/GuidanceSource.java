package com.healthoptions.mtm.disposal;

/** A public source the guidance follows. */
public record GuidanceSource(String title, String url) {

    public static final GuidanceSource FDA_DISPOSAL = new GuidanceSource(
            "FDA: Disposal of Unused Medicines: What You Should Know",
            "https://www.fda.gov/drugs/safe-disposal-medicines/disposal-unused-medicines-what-you-should-know");
    public static final GuidanceSource FDA_FLUSH_LIST = new GuidanceSource(
            "FDA: Drug Disposal: FDA's Flush List for Certain Medicines",
            "https://www.fda.gov/drugs/disposal-unused-medicines-what-you-should-know/drug-disposal-fdas-flush-list-certain-medicines");
    public static final GuidanceSource FDA_TRASH = new GuidanceSource(
            "FDA: Drug Disposal: Dispose \"Non-Flush List\" Medicine in Trash",
            "https://www.fda.gov/drugs/disposal-unused-medicines-what-you-should-know/drug-disposal-dispose-non-flush-list-medicine-trash");
    public static final GuidanceSource FDA_WHERE_AND_HOW = new GuidanceSource(
            "FDA: Where and How to Dispose of Unused Medicines (inhaler products)",
            "https://www.fda.gov/consumers/consumer-updates/where-and-how-dispose-unused-medicines");
    public static final GuidanceSource FDA_SHARPS = new GuidanceSource(
            "FDA: Best Way to Get Rid of Used Needles and Other Sharps",
            "https://www.fda.gov/medical-devices/safely-using-sharps-needles-and-syringes-home-work-and-travel/best-way-get-rid-used-needles-and-other-sharps");
    public static final GuidanceSource DEA_DISPOSAL_RULE = new GuidanceSource(
            "DEA: 21 CFR part 1317, Disposal (collection receptacles, mail-back programs, take-back events)",
            "https://www.ecfr.gov/current/title-21/chapter-II/part-1317");
    public static final GuidanceSource DEA_TAKE_BACK_DAY = new GuidanceSource(
            "DEA: National Prescription Drug Take Back Day",
            "https://www.dea.gov/takebackday");
    public static final GuidanceSource DEA_SITE_SEARCH = new GuidanceSource(
            "DEA Diversion Control Division: controlled substance public disposal locations",
            "https://apps.deadiversion.usdoj.gov/pubdispsearch");
    public static final GuidanceSource EPA_FLUSH_LIST_ROLE = new GuidanceSource(
            "EPA: The Limited Role of the Food and Drug Administration's Flush List",
            "https://www.epa.gov/household-medication-disposal/limited-role-food-and-drug-administrations-flush-list");
}
