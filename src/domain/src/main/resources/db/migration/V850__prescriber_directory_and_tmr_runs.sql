-- Issue 13, the quarterly TMR run: the prescribers its letters go to, and its run record.

-- The prescriber directory (reference/prescribers/, from NPPES or the plan's provider file): where a TMR letter
-- to a prescriber is sent. A claim's NPI without a row here is reported by the run, never guessed.
create table prescriber (
    npi           char(10)    primary key check (npi ~ '^[0-9]{10}$'),
    name          text        not null check (length(name) between 1 and 200),
    address_line1 text        not null check (length(address_line1) between 1 and 200),
    address_line2 text        check (length(address_line2) <= 200),
    city          text        not null check (length(city) between 1 and 100),
    state         char(2)     not null check (state ~ '^[A-Z]{2}$'),
    zip           text        not null check (zip ~ '^[0-9]{5}(-[0-9]{4})?$'),
    fax           text        check (fax ~ '^\+[0-9]{7,15}$'),
    updated_at    timestamptz not null default now()
);

-- The TMR run makes a quarter's letters once, like the work list's day and the CMS file's year.
alter table program_run drop constraint program_run_function_name_check;
alter table program_run add constraint program_run_function_name_check
    check (function_name in ('program-worklist', 'cms-mtm-file', 'tmr-screening'));
