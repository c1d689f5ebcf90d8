package com.healthoptions.mtm.screening;

import com.healthoptions.mtm.files.ReferenceTableLoader;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads the prescriber directory ({@code reference/prescribers/}): where the quarterly TMR letters go. CSV with a
 * header, one row per NPI: {@code npi,name,address_line1,address_line2,city,state,zip,fax} ({@code address_line2}
 * and {@code fax} optional; fax in E.164). The NPI must pass its check digit ({@link Npi}). Rows are upserted, so
 * a monthly NPPES extract or the plan's provider file can be loaded again and again; a prescriber missing from a
 * later file keeps their last address.
 */
@Singleton
public class PrescriberDirectoryLoader extends ReferenceTableLoader<Prescriber> {

    private static final List<String> REQUIRED = List.of("npi", "name", "address_line1", "city", "state", "zip");
    private static final Set<String> OPTIONAL = Set.of("address_line2", "fax");
    private static final Pattern ZIP = Pattern.compile("^\\d{5}(-\\d{4})?$");
    private static final Pattern E164 = Pattern.compile("^\\+[0-9]{7,15}$");

    private static final String UPSERT = """
            insert into prescriber (npi, name, address_line1, address_line2, city, state, zip, fax)
            select * from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                                 $8::text[])
            on conflict (npi) do update set name = excluded.name, address_line1 = excluded.address_line1,
                address_line2 = excluded.address_line2, city = excluded.city, state = excluded.state,
                zip = excluded.zip, fax = excluded.fax, updated_at = now()""";

    private static final Layout<Prescriber> LAYOUT = new Layout<>("reference/prescribers/", ',', REQUIRED, OPTIONAL, "npi", Prescriber::npi);

    public PrescriberDirectoryLoader(Pool pool) {
        super(pool, LAYOUT);
    }

    @Override
    protected Prescriber parse(Fields f, Problems problems) {
        String npi = Npi.parse(f.get("npi")).orElse(null);
        if (npi == null) {
            problems.add("npi", "must be 10 digits with a correct check digit");
        }
        String name = required(f, "name", 200, problems);
        String line1 = required(f, "address_line1", 200, problems);
        String line2 = f.get("address_line2").strip();
        if (line2.length() > 200) {
            problems.add("address_line2", "longer than 200 characters");
        }
        String city = required(f, "city", 100, problems);
        String state = f.get("state").strip().toUpperCase(java.util.Locale.ROOT);
        if (!US_STATES.contains(state)) {
            problems.add("state", "must be a USPS state or territory code");
        }
        String zip = f.get("zip").strip();
        if (!ZIP.matcher(zip).matches()) {
            problems.add("zip", "must be a ZIP or ZIP+4");
        }
        String fax = f.get("fax").strip();
        if (!fax.isEmpty() && !E164.matcher(fax).matches()) {
            problems.add("fax", "must be E.164 (+ and 7 to 15 digits)");
        }
        return problems.any() ? null
                : new Prescriber(npi, name.strip(), line1.strip(), line2.isEmpty() ? null : line2, city.strip(), state,
                        zip, fax.isEmpty() ? null : fax);
    }

    @Override
    protected String apply(List<Prescriber> rows) {
        writeInChunks(UPSERT, rows, chunk -> Tuple.tuple().addArrayOfString(texts(chunk, Prescriber::npi))
                .addArrayOfString(texts(chunk, Prescriber::name))
                .addArrayOfString(texts(chunk, Prescriber::addressLine1))
                .addArrayOfString(texts(chunk, Prescriber::addressLine2))
                .addArrayOfString(texts(chunk, Prescriber::city))
                .addArrayOfString(texts(chunk, Prescriber::state))
                .addArrayOfString(texts(chunk, Prescriber::zip))
                .addArrayOfString(texts(chunk, Prescriber::fax)));
        return "Upserted " + rows.size() + " prescriber(s).";
    }
}
