-- The MTM program after enrollment (issue 12): outreach attempts, CMR offers and reviews, TMRs and
-- safe-disposal information, all loaded from vendor files by the intake (see the claims-intake README),
-- the Medicare Beneficiary Identifier the CMS beneficiary-level file needs, and the runs of the two
-- scheduled functions (daily work list, CMS file).
--
-- Codes are stored by business name (TELEPHONE, not '02'): the CMS codes live in the per-year layout
-- files (cms-mtm-layout/<year>.layout), because several of them are recalled, not confirmed.

-- Medicare Beneficiary Identifier: 11 characters, CMS format (no S, L, O, I, B or Z; no dashes stored).
-- Not unique: the CMS file's "one record per MBI" edit reports duplicates instead of refusing a roster.
alter table member add column mbi char(11)
    check (mbi ~ '^[1-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y][AC-HJKMNP-RT-Y0-9][0-9][AC-HJKMNP-RT-Y]{2}[0-9]{2}$');
create index member_mbi_idx on member (mbi);

-- One attempt to reach a member (mail, call, voicemail, portal message). A voicemail left on an
-- outbound call is where the IVR issued a PIN: pin_challenge_id links the attempt to that challenge
-- (found by the call's Amazon Connect ContactId); the PIN itself exists only as the challenge's HMAC.
create table outreach_attempt (
    attempt_id       text        primary key check (attempt_id ~ '^[A-Za-z0-9._:-]{1,64}$'),
    member_id        text        not null references member (member_id),
    plan_year        integer     not null,
    attempted_at     timestamptz not null,
    -- the day as the vendor's local time stamp names it (its own offset): the plan-year and window day
    attempt_date     date        not null,
    channel          text        not null check (channel in ('MAIL', 'OUTBOUND_CALL', 'VOICEMAIL', 'PORTAL')),
    purpose          text        not null check (purpose in ('ENROLLMENT_NOTICE', 'CMR_OFFER',
                                                             'SAFE_DISPOSAL_INFORMATION', 'TMR_FOLLOW_UP')),
    outcome          text        not null check (outcome in ('REACHED', 'NO_ANSWER', 'VOICEMAIL_LEFT',
                                                             'RETURNED_MAIL', 'WRONG_NUMBER')),
    contact_id       text        check (contact_id ~ '^[A-Za-z0-9_-]{1,128}$'),
    pin_challenge_id bigint      references pin_challenge (id) on delete set null,
    source_file_id   bigint      references intake_file (file_id) on delete set null,
    updated_at       timestamptz not null default now(),
    check (plan_year = extract(year from attempt_date)),
    check (pin_challenge_id is null or outcome = 'VOICEMAIL_LEFT')
);
create index outreach_attempt_member_idx on outreach_attempt (member_id, attempt_date);
-- The intake links voicemail attempts to the challenge issued on the same Connect contact.
create index pin_challenge_issued_contact_idx on pin_challenge (issued_contact_id);

-- An offer of a comprehensive medication review (CMS: "CMR offered", "date of CMR offer", offer recipient).
create table cmr_offer (
    offer_id       text        primary key check (offer_id ~ '^[A-Za-z0-9._:-]{1,64}$'),
    member_id      text        not null references member (member_id),
    plan_year      integer     not null,
    offer_date     date        not null,
    method         text        not null check (method in ('MAIL', 'TELEPHONE', 'IN_PERSON', 'ELECTRONIC', 'OTHER')),
    recipient      text        not null check (recipient in ('BENEFICIARY', 'PRESCRIBER', 'CAREGIVER',
                                                             'OTHER_AUTHORIZED_INDIVIDUAL')),
    source_file_id bigint      references intake_file (file_id) on delete set null,
    updated_at     timestamptz not null default now(),
    check (plan_year = extract(year from offer_date))
);
create index cmr_offer_member_idx on cmr_offer (member_id, offer_date);

-- A comprehensive medication review delivered, with the written summary in the CMS Standardized Format.
create table cmr (
    cmr_id               text        primary key check (cmr_id ~ '^[A-Za-z0-9._:-]{1,64}$'),
    member_id            text        not null references member (member_id),
    plan_year            integer     not null,
    cmr_date             date        not null,
    delivery_method      text        not null check (delivery_method in ('FACE_TO_FACE', 'TELEPHONE', 'TELEHEALTH', 'OTHER')),
    provider_type        text        not null check (provider_type in ('PHYSICIAN', 'REGISTERED_NURSE',
        'LICENSED_PRACTICAL_NURSE', 'NURSE_PRACTITIONER', 'PHYSICIAN_ASSISTANT', 'LOCAL_PHARMACIST',
        'LTC_CONSULTANT_PHARMACIST', 'PLAN_SPONSOR_PHARMACIST', 'PBM_PHARMACIST', 'MTM_VENDOR_LOCAL_PHARMACIST',
        'MTM_VENDOR_IN_HOUSE_PHARMACIST', 'HOSPITAL_PHARMACIST', 'OTHER_PHARMACIST', 'PHARMACY_INTERN', 'OTHER')),
    recipient            text        not null check (recipient in ('BENEFICIARY', 'PRESCRIBER', 'CAREGIVER',
                                                                   'OTHER_AUTHORIZED_INDIVIDUAL')),
    cognitively_impaired text        not null check (cognitively_impaired in ('YES', 'NO', 'UNKNOWN')),
    ltc_resident         text        not null check (ltc_resident in ('YES', 'NO', 'UNKNOWN')),
    summary_sent_date    date,
    source_file_id       bigint      references intake_file (file_id) on delete set null,
    updated_at           timestamptz not null default now(),
    check (plan_year = extract(year from cmr_date)),
    check (summary_sent_date is null or summary_sent_date >= cmr_date)
);
create index cmr_member_idx on cmr (member_id, cmr_date);

-- A targeted medication review. Vendor files bring TMRs with their counts; the quarterly screening
-- (issue 13) will insert its own (source SCREENING, no vendor id) and may add its findings and
-- prescriber letters in tables that reference tmr(id).
create table tmr (
    id                       bigint      generated always as identity primary key,
    vendor_tmr_id            text        unique check (vendor_tmr_id ~ '^[A-Za-z0-9._:-]{1,64}$'),
    source                   text        not null check (source in ('VENDOR_FILE', 'SCREENING')),
    member_id                text        not null references member (member_id),
    plan_year                integer     not null,
    tmr_date                 date        not null,
    recommendations_sent     integer     not null check (recommendations_sent between 0 and 999),
    recommendations_resolved integer     not null check (recommendations_resolved between 0 and 999),
    source_file_id           bigint      references intake_file (file_id) on delete set null,
    updated_at               timestamptz not null default now(),
    check (plan_year = extract(year from tmr_date)),
    check (recommendations_resolved <= recommendations_sent),
    check ((source = 'VENDOR_FILE') = (vendor_tmr_id is not null))
);
create index tmr_member_idx on tmr (member_id, tmr_date);

-- Information on safe disposal of (controlled-substance) medications given to an enrollee (from 2022).
create table safe_disposal_notice (
    notice_id      text        primary key check (notice_id ~ '^[A-Za-z0-9._:-]{1,64}$'),
    member_id      text        not null references member (member_id),
    plan_year      integer     not null,
    provided_date  date        not null,
    method         text        not null check (method in ('MAIL', 'TELEPHONE', 'IN_PERSON', 'ELECTRONIC', 'OTHER')),
    source_file_id bigint      references intake_file (file_id) on delete set null,
    updated_at     timestamptz not null default now(),
    check (plan_year = extract(year from provided_date))
);
create index safe_disposal_notice_member_idx on safe_disposal_notice (member_id, provided_date);

-- One row per (function, run key): the daily work list per date, the CMS file per contract and year.
-- A re-fired schedule finds its run COMPLETE and changes nothing.
create table program_run (
    function_name text        not null check (function_name in ('program-worklist', 'cms-mtm-file')),
    run_key       text        not null check (run_key ~ '^[A-Za-z0-9/_.-]{1,200}$'),
    state         text        not null check (state in ('RUNNING', 'COMPLETE')),
    summary       jsonb,
    started_at    timestamptz not null default now(),
    completed_at  timestamptz,
    correlation_id text,
    primary key (function_name, run_key)
);
