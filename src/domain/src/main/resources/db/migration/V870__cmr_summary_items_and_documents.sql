-- Issue 13, the CMR written summary (Form CMS-10396): what the pharmacist recorded at each CMR, where the
-- member's summary is mailed, and which summaries were rendered.

-- The member's mailing address (members/, optional columns): the summary's inside address. ZIP stays in zip.
-- A member without one gets no summary; the run lists their CMR as "no mailing address".
alter table member
    add column address_line1 text check (length(address_line1) between 1 and 200),
    add column address_line2 text check (length(address_line2) between 1 and 200),
    add column city          text check (length(city) between 1 and 100),
    add column state         char(2) check (state ~ '^[A-Z]{2}$'),
    add constraint member_address_complete check (
        (address_line1 is null and address_line2 is null and city is null and state is null)
        or (address_line1 is not null and city is not null and state is not null));

-- cmr-summary-items/: one row per thing the summary prints, keyed by the CMR (which must be loaded first).
-- A file naming a CMR replaces all of that CMR's items (a corrected file is the whole list again).
create table cmr_item (
    cmr_id             text        not null references cmr (cmr_id),
    item_type          text        not null check (item_type in ('MEDICATION', 'ACTION_ITEM', 'FOLLOW_UP',
                                                                 'QUESTION', 'ALLERGY', 'OTHER_INFORMATION')),
    item_no            integer     not null check (item_no between 1 and 999),
    -- MEDICATION: the Personal Medication List's box.
    medicine           text        check (length(medicine) between 1 and 500),
    how_i_use_it       text        check (length(how_i_use_it) between 1 and 500),
    why_i_use_it       text        check (length(why_i_use_it) between 1 and 500),
    prescriber         text        check (length(prescriber) between 1 and 200),
    date_started       date,
    date_stopped       date,
    why_stopped        text        check (length(why_stopped) between 1 and 500),
    -- ACTION_ITEM: the Medication Action Plan's box.
    talked_about       text        check (length(talked_about) between 1 and 1000),
    what_i_need_to_do  text        check (length(what_i_need_to_do) between 1 and 1000),
    what_i_did         text        check (length(what_i_did) between 1 and 1000),
    -- FOLLOW_UP, QUESTION, ALLERGY, OTHER_INFORMATION: one line of text.
    text               text        check (length(text) between 1 and 1000),
    source_file_id     bigint      references intake_file (file_id) on delete set null,
    updated_at         timestamptz not null default now(),
    primary key (cmr_id, item_type, item_no),
    check ((item_type = 'MEDICATION') = (medicine is not null)),
    check ((item_type = 'ACTION_ITEM') = (talked_about is not null and what_i_need_to_do is not null)),
    check ((item_type in ('FOLLOW_UP', 'QUESTION', 'ALLERGY', 'OTHER_INFORMATION')) = (text is not null)),
    check (date_stopped is null or date_started is null or date_stopped >= date_started)
);

-- The summaries rendered: one per CMR and version of its items (the intake file that last loaded them), so a
-- re-fired schedule writes nothing and a corrected items file gets a new summary. Rendering is not mailing:
-- cmr.summary_sent_date stays the vendor file's (see the cmr-summary README).
create table cmr_summary_document (
    cmr_id         text        not null references cmr (cmr_id),
    items_version  bigint      not null,
    object_key     text        not null unique check (object_key ~ '^reports/cmr-summaries/[0-9]{4}-[0-9]{2}-[0-9]{2}/[0-9a-f-]{36}\.pdf$'),
    sha256         char(64)    not null check (sha256 ~ '^[0-9a-f]{64}$'),
    rendered_at    timestamptz not null default now(),
    run_date       date        not null,
    primary key (cmr_id, items_version)
);

alter table program_run drop constraint program_run_function_name_check;
alter table program_run add constraint program_run_function_name_check
    check (function_name in ('program-worklist', 'cms-mtm-file', 'tmr-screening', 'cmr-summary'));
