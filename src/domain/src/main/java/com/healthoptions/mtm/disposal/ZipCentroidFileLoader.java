package com.healthoptions.mtm.disposal;

import com.healthoptions.mtm.files.ReferenceTableLoader;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads ZIP centroids ({@code reference/zip-centroids/}) from the Census ZCTA gazetteer as published:
 * tab-separated, header {@code GEOID ALAND AWATER ALAND_SQMI AWATER_SQMI INTPTLAT INTPTLONG} (the last
 * name padded with blanks). Only GEOID, INTPTLAT and INTPTLONG are read. Rows are upserted: loading a
 * newer gazetteer moves centroids and adds ZCTAs; a ZCTA the Census retires keeps its last centroid.
 */
@Singleton
public class ZipCentroidFileLoader extends ReferenceTableLoader<ZipCentroid> {

    private static final Pattern GEOID = Pattern.compile("^\\d{5}$");
    private static final String UPSERT = """
            insert into zip_centroid (zip, latitude, longitude)
            select * from unnest($1::text[], $2::float8[], $3::float8[])
            on conflict (zip) do update set latitude = excluded.latitude, longitude = excluded.longitude,
                                            updated_at = now()""";

    private static final Layout<ZipCentroid> LAYOUT = new Layout<>("reference/zip-centroids/", '\t',
            List.of("geoid", "intptlat", "intptlong"),
            // Read past, not used: land and water area (and the 2010 vintage's population and housing counts).
            Set.of("aland", "awater", "aland_sqmi", "awater_sqmi", "pop10", "hu10"), "geoid", ZipCentroid::zip);

    public ZipCentroidFileLoader(Pool pool) {
        super(pool, LAYOUT);
    }

    @Override
    protected ZipCentroid parse(Fields f, Problems problems) {
        String zip = f.get("geoid");
        if (!GEOID.matcher(zip).matches()) {
            problems.add("geoid", "must be a 5-digit ZCTA code");
        }
        Double latitude = coordinate(f, "intptlat", 90, problems);
        Double longitude = coordinate(f, "intptlong", 180, problems);
        return problems.any() ? null : new ZipCentroid(zip, latitude, longitude);
    }

    @Override
    protected String apply(List<ZipCentroid> rows) {
        writeInChunks(UPSERT, rows, chunk -> Tuple.tuple().addArrayOfString(texts(chunk, ZipCentroid::zip))
                .addArrayOfDouble(chunk.stream().map(ZipCentroid::latitude).toArray(Double[]::new))
                .addArrayOfDouble(chunk.stream().map(ZipCentroid::longitude).toArray(Double[]::new)));
        return "Upserted " + rows.size() + " ZIP centroid(s).";
    }
}
