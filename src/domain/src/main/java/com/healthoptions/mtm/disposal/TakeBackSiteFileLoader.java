package com.healthoptions.mtm.disposal;

import com.healthoptions.mtm.files.ReferenceTableLoader;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Loads the take-back site directory ({@code reference/take-back-sites/}, CSV with a header; format in
 * the disposal-guidance README). A file replaces every site of the states it contains and leaves other
 * states alone, so the directory can come as one national file or one file per state; loading the same
 * file again gives the same table.
 */
@Singleton
public class TakeBackSiteFileLoader extends ReferenceTableLoader<TakeBackSite> {

    static final List<String> REQUIRED = List.of("site_id", "name", "address", "city", "state", "zip", "latitude",
            "longitude");
    static final List<String> ACCEPTS_COLUMNS = List.of("accepts_pills", "accepts_patches", "accepts_liquids",
            "accepts_inhalers", "accepts_sharps");
    private static final SiteAcceptance[] ACCEPTANCES = {SiteAcceptance.PILLS, SiteAcceptance.PATCHES,
            SiteAcceptance.LIQUIDS, SiteAcceptance.INHALERS, SiteAcceptance.SHARPS};
    private static final Set<String> OPTIONAL = Set.of("collector_type", "accepts_pills", "accepts_patches",
            "accepts_liquids", "accepts_inhalers", "accepts_sharps", "phone");

    private static final Set<String> STATES = ReferenceTableLoader.US_STATES;

    private static final Pattern SITE_ID = Pattern.compile("^[A-Za-z0-9._:-]{1,64}$");
    private static final Pattern ZIP = Pattern.compile("^(\\d{5})(-\\d{4})?$");

    private static final String INSERT = """
            insert into take_back_site (site_id, name, address, city, state, zip, latitude, longitude, collector_type,
                                        accepts_pills, accepts_patches, accepts_liquids, accepts_inhalers,
                                        accepts_sharps, phone)
            select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                                 $7::float8[], $8::float8[], $9::text[], $10::bool[], $11::bool[], $12::bool[],
                                 $13::bool[], $14::bool[], $15::text[])
            on conflict (site_id) do update set
                name = excluded.name, address = excluded.address, city = excluded.city, state = excluded.state,
                zip = excluded.zip, latitude = excluded.latitude, longitude = excluded.longitude,
                collector_type = excluded.collector_type, accepts_pills = excluded.accepts_pills,
                accepts_patches = excluded.accepts_patches, accepts_liquids = excluded.accepts_liquids,
                accepts_inhalers = excluded.accepts_inhalers, accepts_sharps = excluded.accepts_sharps,
                phone = excluded.phone, loaded_at = now()""";

    private static final Layout<TakeBackSite> LAYOUT = new Layout<>("reference/take-back-sites/", ',', REQUIRED, OPTIONAL, "site_id", TakeBackSite::siteId);

    public TakeBackSiteFileLoader(Pool pool) {
        super(pool, LAYOUT);
    }

    @Override
    protected TakeBackSite parse(Fields f, Problems problems) {
        String siteId = f.get("site_id");
        if (siteId.isEmpty()) {
            problems.add("site_id", "required");
        } else if (!SITE_ID.matcher(siteId).matches()) {
            problems.add("site_id", "must be 1-64 letters, digits, '.', '_', ':' or '-'");
        }
        String name = required(f, "name", 200, problems);
        String address = required(f, "address", 200, problems);
        String city = required(f, "city", 100, problems);
        String state = f.get("state").toUpperCase(Locale.ROOT);
        if (!STATES.contains(state)) {
            problems.add("state", "must be a USPS state or territory code");
        }
        var zip = ZIP.matcher(f.get("zip"));
        boolean zipOk = zip.matches();
        if (!zipOk) {
            problems.add("zip", "must be a 5-digit ZIP code (ZIP+4 allowed)");
        }
        Double latitude = coordinate(f, "latitude", 90, problems);
        Double longitude = coordinate(f, "longitude", 180, problems);
        if (latitude != null && longitude != null && latitude == 0 && longitude == 0) {
            problems.add("latitude", "0,0 is not a geocoded location");
        }
        CollectorType type = null;
        String typeText = f.get("collector_type").toUpperCase(Locale.ROOT).replace(' ', '_');
        if (!typeText.isEmpty()) {
            try {
                type = CollectorType.valueOf(typeText);
            } catch (IllegalArgumentException e) {
                problems.add("collector_type", "must be one of " + java.util.Arrays.toString(CollectorType.values()));
            }
        }
        Set<SiteAcceptance> accepts = EnumSet.noneOf(SiteAcceptance.class);
        Set<SiteAcceptance> refuses = EnumSet.noneOf(SiteAcceptance.class);
        for (int i = 0; i < ACCEPTS_COLUMNS.size(); i++) {
            String column = ACCEPTS_COLUMNS.get(i);
            switch (f.get(column).toUpperCase(Locale.ROOT)) {
                case "" -> {
                }
                case "Y", "YES", "TRUE", "1" -> accepts.add(ACCEPTANCES[i]);
                case "N", "NO", "FALSE", "0" -> refuses.add(ACCEPTANCES[i]);
                default -> problems.add(column, "must be Y, N or blank (unknown)");
            }
        }
        String phone = f.get("phone");
        if (phone.length() > 40) {
            problems.add("phone", "longer than 40 characters");
        }
        if (problems.any()) {
            return null;
        }
        return new TakeBackSite(siteId, name, address, city, state, zip.group(1), latitude, longitude, type, accepts,
                refuses, phone.isEmpty() ? null : phone);
    }

    @Override
    protected String apply(List<TakeBackSite> accepted) {
        TreeSet<String> states = new TreeSet<>();
        accepted.forEach(r -> states.add(r.state()));
        // Written in Z-order of their location: the sites of one search area share a few heap pages, so the
        // index's box prefilter reads tens of pages rather than one page per site.
        List<TakeBackSite> rows = accepted.stream().sorted(Comparator.comparingLong(TakeBackSiteFileLoader::zOrder))
                .toList();
        writeInChunks(conn -> conn.preparedQuery("delete from take_back_site where state = any($1)")
                .execute(Tuple.of((Object) states.toArray(String[]::new))), INSERT, rows, TakeBackSiteFileLoader::columns);
        return "Replaced the take-back sites of " + states.size() + " state(s) (" + String.join(", ", states)
                + ") with " + rows.size() + " site(s); other states unchanged.";
    }

    /** Interleaves the bits of the site's latitude and longitude, each quantized to 16 bits. */
    static long zOrder(TakeBackSite site) {
        long x = (long) ((site.longitude() + 180) / 360 * 0xFFFF);
        long y = (long) ((site.latitude() + 90) / 180 * 0xFFFF);
        long key = 0;
        for (int bit = 15; bit >= 0; bit--) {
            key = (key << 2) | (((y >> bit) & 1) << 1) | ((x >> bit) & 1);
        }
        return key;
    }

    private static Tuple columns(List<TakeBackSite> chunk) {
        int n = chunk.size();
        String[] ids = new String[n], names = new String[n], addresses = new String[n], cities = new String[n],
                states = new String[n], zips = new String[n], types = new String[n], phones = new String[n];
        Double[] lats = new Double[n], lons = new Double[n];
        Boolean[][] flags = new Boolean[ACCEPTANCES.length][n];
        for (int i = 0; i < n; i++) {
            TakeBackSite s = chunk.get(i);
            ids[i] = s.siteId();
            names[i] = s.name();
            addresses[i] = s.address();
            cities[i] = s.city();
            states[i] = s.state();
            zips[i] = s.zip();
            lats[i] = s.latitude();
            lons[i] = s.longitude();
            types[i] = s.collectorType() == null ? null : s.collectorType().name();
            phones[i] = s.phone();
            for (int k = 0; k < ACCEPTANCES.length; k++) {
                flags[k][i] = s.accepts().contains(ACCEPTANCES[k]) ? Boolean.TRUE
                        : s.refuses().contains(ACCEPTANCES[k]) ? Boolean.FALSE : null;
            }
        }
        Tuple t = Tuple.tuple().addArrayOfString(ids).addArrayOfString(names).addArrayOfString(addresses)
                .addArrayOfString(cities).addArrayOfString(states).addArrayOfString(zips).addArrayOfDouble(lats)
                .addArrayOfDouble(lons).addArrayOfString(types);
        for (Boolean[] column : flags) {
            t.addArrayOfBoolean(column);
        }
        return t.addArrayOfString(phones);
    }
}
