package com.healthoptions.mtm.disposal;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the collection sites nearest a ZIP code: the ZIP's centroid, a bounding-box prefilter on the
 * sites' GiST point index, then the exact haversine distance, sorted, within the radius, limited.
 */
@ApplicationScoped
public class TakeBackSiteSearch {

    private static final String CENTROID = "select zip, latitude, longitude from zip_centroid where zip = $1";

    /** $1 lat, $2 lon, $3 radius, $4 limit; the box conditions follow from $5. */
    private static final String NEAREST = """
            select site_id, name, address, city, state, zip, latitude, longitude, collector_type,
                   accepts_pills, accepts_patches, accepts_liquids, accepts_inhalers, accepts_sharps, phone, miles
            from (select s.*, 2 * %s * asin(least(1, sqrt(
                             power(sin(radians(s.latitude - $1) / 2), 2)
                           + cos(radians($1)) * cos(radians(s.latitude)) * power(sin(radians(s.longitude - $2) / 2), 2)
                         ))) as miles
                  from take_back_site s
                  where %s) t
            where miles <= $3
            order by miles, site_id
            limit $4""";

    private static final String BOX = "point(s.longitude, s.latitude) <@ box(point($%d, $%d), point($%d, $%d))";

    private final Pool pool;

    public TakeBackSiteSearch(Pool pool) {
        this.pool = pool;
    }

    public Uni<NearbySites> near(String zip, double radiusMiles, int limit) {
        return pool.preparedQuery(CENTROID).execute(Tuple.of(zip)).flatMap(rows -> {
            if (rows.size() == 0) {
                return Uni.createFrom().item(new NearbySites(null, List.of()));
            }
            Row r = rows.iterator().next();
            ZipCentroid origin = new ZipCentroid(r.getString(0), r.getDouble(1), r.getDouble(2));
            return nearest(origin.latitude(), origin.longitude(), radiusMiles, limit)
                    .map(sites -> new NearbySites(origin, sites));
        });
    }

    public Uni<List<NearbySite>> nearest(double latitude, double longitude, double radiusMiles, int limit) {
        List<GreatCircle.Box> boxes = GreatCircle.boundingBoxes(latitude, longitude, radiusMiles);
        List<Object> params = new ArrayList<>(List.of(latitude, longitude, radiusMiles, limit));
        List<String> conditions = new ArrayList<>();
        for (GreatCircle.Box box : boxes) {
            int p = params.size() + 1;
            conditions.add(BOX.formatted(p, p + 1, p + 2, p + 3));
            params.addAll(List.of(box.west(), box.south(), box.east(), box.north()));
        }
        String sql = NEAREST.formatted(GreatCircle.EARTH_RADIUS_MILES, String.join(" or ", conditions));
        return pool.preparedQuery(sql).execute(Tuple.from(params)).map(rows -> {
            List<NearbySite> out = new ArrayList<>(rows.size());
            rows.forEach(row -> out.add(new NearbySite(site(row), row.getDouble(15))));
            return out;
        });
    }

    private static TakeBackSite site(Row r) {
        Set<SiteAcceptance> accepts = EnumSet.noneOf(SiteAcceptance.class);
        Set<SiteAcceptance> refuses = EnumSet.noneOf(SiteAcceptance.class);
        SiteAcceptance[] columns = {SiteAcceptance.PILLS, SiteAcceptance.PATCHES, SiteAcceptance.LIQUIDS,
                SiteAcceptance.INHALERS, SiteAcceptance.SHARPS};
        for (int i = 0; i < columns.length; i++) {
            Boolean flag = r.getBoolean(9 + i);
            if (flag != null) {
                (flag ? accepts : refuses).add(columns[i]);
            }
        }
        String type = r.getString(8);
        return new TakeBackSite(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                r.getString(5), r.getDouble(6), r.getDouble(7), type == null ? null : CollectorType.valueOf(type),
                accepts, refuses, r.getString(14));
    }
}
