-- Take-back sites and ZIP centroids (issue 6), both filled from reference files the intake function
-- hands to the disposal loaders (reference/take-back-sites/, reference/zip-centroids/).

-- DEA-registered collection sites (21 CFR 1317.40: retail pharmacies, hospitals/clinics with an on-site
-- pharmacy, narcotic treatment programs, law enforcement). The accepts_* flags are null when the source
-- does not say.
create table take_back_site (
    site_id          text primary key check (site_id ~ '^[A-Za-z0-9._:-]{1,64}$'),
    name             text not null check (length(name) between 1 and 200),
    address          text not null check (length(address) between 1 and 200),
    city             text not null check (length(city) between 1 and 100),
    state            char(2) not null check (state ~ '^[A-Z]{2}$'),
    zip              char(5) not null check (zip ~ '^[0-9]{5}$'),
    latitude         double precision not null check (latitude between -90 and 90),
    longitude        double precision not null check (longitude between -180 and 180),
    collector_type   text check (collector_type in ('RETAIL_PHARMACY', 'HOSPITAL_CLINIC', 'LAW_ENFORCEMENT',
                                                     'NARCOTIC_TREATMENT_PROGRAM', 'OTHER')),
    accepts_pills    boolean,
    accepts_patches  boolean,
    accepts_liquids  boolean,
    accepts_inhalers boolean,
    accepts_sharps   boolean,
    phone            text check (length(phone) <= 40),
    loaded_at        timestamptz not null default now()
);

-- Nearest-site searches prefilter on a bounding box: a GiST index on the site's point (x = longitude,
-- y = latitude) answers "point <@ box" without scanning a whole latitude band. Built in, no extension.
create index take_back_site_location_idx on take_back_site using gist (point(longitude, latitude));
create index take_back_site_state_idx on take_back_site (state);

-- ZIP Code Tabulation Area internal points (Census gazetteer INTPTLAT / INTPTLONG), the origin of a
-- "sites near my ZIP" search.
create table zip_centroid (
    zip        char(5) primary key check (zip ~ '^[0-9]{5}$'),
    latitude   double precision not null check (latitude between -90 and 90),
    longitude  double precision not null check (longitude between -180 and 180),
    updated_at timestamptz not null default now()
);
