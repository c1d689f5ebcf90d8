-- Core MTM schema: reference data, plans and criteria, members and their clinical facts,
-- eligibility history, enrollment and the audit trail.
-- Version ranges: V1-V99 foundation, V100+ claims intake, V200+ PIN verification,
-- V300+ opt-out, V400+ disposal guidance.

-- Reference: chronic conditions. The ten CMS core chronic diseases have core_code = null;
-- finer conditions (depression, asthma, ...) point at the core disease they belong to.
create table chronic_condition (
    code      text primary key,
    name      text not null,
    core_code text references chronic_condition (code),
    check (code ~ '^[A-Z][A-Z_]*$')
);

-- ICD-10-CM code ranges per condition. Codes are stored without the dot, upper case.
-- A diagnosis code c matches when left(c, length(code_from)) between code_from and code_to.
create table condition_icd10_range (
    condition_code text not null references chronic_condition (code),
    code_from      text not null check (code_from ~ '^[A-Z][0-9][0-9A-Z]{1,5}$'),
    code_to        text not null check (code_to ~ '^[A-Z][0-9][0-9A-Z]{1,5}$'),
    primary key (condition_code, code_from),
    check (length(code_from) = length(code_to) and code_from <= code_to)
);

-- Reference: drugs keyed by active ingredient (lower case, salt-free: 'metformin', 'insulin glargine').
create table drug (
    ingredient        text primary key check (ingredient = lower(ingredient)),
    therapeutic_class text    not null,
    chronic           boolean not null,               -- maintenance / chronic use
    dea_schedule      text check (dea_schedule in ('CII', 'CIII', 'CIV', 'CV')),
    fda_flush_list    boolean not null default false
);

create table drug_condition (
    ingredient     text not null references drug (ingredient),
    condition_code text not null references chronic_condition (code),
    primary key (ingredient, condition_code)
);

-- Brand names (lower case) to ingredients; a combination brand has one row per ingredient.
create table drug_brand (
    brand_name text not null check (brand_name = lower(brand_name)),
    ingredient text not null references drug (ingredient),
    primary key (brand_name, ingredient)
);

-- NDC product to ingredients, filled from the FDA NDC directory (product.txt) by the intake function.
-- product_key is labeler (5) + product (4), zero padded: the first nine digits of an 11-digit NDC.
create table ndc_product (
    product_key         char(9) primary key check (product_key ~ '^[0-9]{9}$'),
    product_ndc         text not null,
    proprietary_name    text,
    nonproprietary_name text,
    dosage_form         text,
    route               text,
    dea_schedule        text check (dea_schedule in ('CII', 'CIII', 'CIV', 'CV')),
    pharm_classes       text,
    updated_at          timestamptz not null default now()
);

create table ndc_product_ingredient (
    product_key char(9) not null references ndc_product (product_key) on delete cascade,
    ingredient  text    not null check (ingredient = lower(ingredient)),
    primary key (product_key, ingredient)
);

-- Plans and their criteria per plan year.
create table plan (
    plan_id     text primary key,
    contract_id text not null,
    name        text not null
);

create table plan_criteria (
    plan_id                text          not null references plan (plan_id),
    plan_year              integer       not null check (plan_year between 2006 and 2100),
    min_chronic_conditions integer       not null check (min_chronic_conditions between 1 and 10),
    min_chronic_drugs      integer       not null check (min_chronic_drugs between 1 and 8),
    annual_cost_threshold  numeric(10, 2) not null check (annual_cost_threshold >= 0),
    dmp_at_risk_qualifies  boolean       not null,
    source                 text          not null,
    primary key (plan_id, plan_year)
);

-- The conditions that count toward min_chronic_conditions. Each row is one countable item: a core
-- disease (any of its finer conditions matches it) or a finer condition.
create table plan_criteria_condition (
    plan_id        text    not null,
    plan_year      integer not null,
    condition_code text    not null references chronic_condition (code),
    primary key (plan_id, plan_year, condition_code),
    foreign key (plan_id, plan_year) references plan_criteria (plan_id, plan_year)
);

-- Members and their clinical facts.
create table member (
    member_id     text primary key check (member_id ~ '^[A-Za-z0-9_-]{1,40}$'),
    contract_id   text not null,
    plan_id       text not null references plan (plan_id),
    first_name    text not null,
    last_name     text not null,
    date_of_birth date not null,
    zip           char(5) not null check (zip ~ '^[0-9]{5}$'),
    phone_e164    text check (phone_e164 ~ '^\+[1-9][0-9]{6,14}$'),
    updated_at    timestamptz not null default now()
);
create index member_phone_idx on member (phone_e164);

create table pharmacy_claim (
    claim_id    text primary key,
    member_id   text           not null references member (member_id),
    fill_date   date           not null,
    ndc         char(11) check (ndc ~ '^[0-9]{11}$'),
    drug_name   text,
    days_supply integer        not null check (days_supply between 1 and 365),
    quantity    numeric(12, 3) not null check (quantity > 0),
    gross_cost  numeric(12, 2) not null check (gross_cost >= 0),
    reversed    boolean        not null default false,
    updated_at  timestamptz    not null default now(),
    check (ndc is not null or drug_name is not null)
);
create index pharmacy_claim_member_fill_idx on pharmacy_claim (member_id, fill_date);

create table diagnosis (
    member_id    text not null references member (member_id),
    icd10_code   text not null check (icd10_code ~ '^[A-Z][0-9][0-9A-Z]{1,5}$'),
    service_date date not null,
    source       text,
    primary key (member_id, icd10_code, service_date)
);

-- Drug Management Program status periods (42 CFR 423.153(f)).
create table dmp_status (
    member_id      text not null references member (member_id),
    status         text not null check (status in ('AT_RISK', 'POTENTIAL_AT_RISK', 'NOT_AT_RISK')),
    effective_date date not null,
    end_date       date,
    primary key (member_id, effective_date),
    check (end_date is null or end_date >= effective_date)
);

-- Every stored eligibility decision, never updated.
create table eligibility_determination (
    id                     bigint generated always as identity primary key,
    member_id              text          not null references member (member_id),
    plan_id                text          not null,
    plan_year              integer       not null,
    as_of                  date          not null,
    determined_at          timestamptz   not null default now(),
    eligible               boolean       not null,
    reason_targeted        char(2)       not null check (reason_targeted in ('01', '02', '03', '04')),
    chronic_drug_count     integer       not null,
    chronic_condition_count integer      not null,
    projected_annual_cost  numeric(12, 2) not null,
    dmp_at_risk            boolean       not null,
    inputs_summary         jsonb         not null,
    triggered_by           text          not null
);
create index eligibility_determination_member_idx on eligibility_determination (member_id, plan_year, determined_at);

-- MTM enrollment, one row per member and plan year carrying the current state; history lives in
-- audit_event. Opt-out enrollment: enrolled unless opted out.
create table mtm_enrollment (
    member_id         text    not null references member (member_id),
    plan_year         integer not null,
    enrollment_date   date,
    date_met_criteria date,
    reason_targeted   char(2) check (reason_targeted in ('01', '02', '03')),
    opt_out_date      date,
    opt_out_reason    char(2) check (opt_out_reason in ('01', '02', '03', '99')),
    updated_at        timestamptz not null default now(),
    primary key (member_id, plan_year),
    check ((opt_out_date is null) = (opt_out_reason is null))
);

-- Audit trail (HIPAA 164.312(b)): who did what to which member, when, and the outcome.
-- Never holds a PIN, date of birth, ZIP, name or phone number.
create table audit_event (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz not null default now(),
    actor          text        not null,
    action         text        not null,
    member_id      text,
    outcome        text        not null,
    details        jsonb       not null default '{}'::jsonb,
    correlation_id text
);
create index audit_event_member_idx on audit_event (member_id, occurred_at);
