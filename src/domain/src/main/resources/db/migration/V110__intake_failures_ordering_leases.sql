-- Claims intake hardening: poison files end FAILED (terminal, with a report), versions of one key apply
-- in S3 order (sequencer), leases are short and renewed while an invocation works, and a file that stops
-- moving can be found (last_activity_at).

alter table intake_file drop constraint intake_file_state_check;
alter table intake_file add constraint intake_file_state_check
    check (state in ('STAGING', 'STAGED', 'CHECKED', 'APPLIED', 'EVALUATED', 'COMPLETE', 'FAILED'));
alter table intake_file drop constraint intake_file_outcome_check;
alter table intake_file add constraint intake_file_outcome_check
    check (outcome in ('APPLIED', 'REJECTED', 'SUPERSEDED', 'FAILED'));

alter table intake_file
    -- S3's event sequencer (hex) for this version: orders versions of one key
    add column sequencer        text,
    -- when this version's rows reached the real tables (the apply transaction)
    add column applied_at       timestamptz,
    -- claim, heartbeat, release: a non-terminal file whose last activity is old has stopped moving
    add column last_activity_at timestamptz not null default now(),
    -- an invocation holds or held the file and has not yet ended cleanly (true at the next claim: it died)
    add column attempt_open     boolean     not null default false,
    -- consecutive failed attempts at the same point of progress (failure_marker)
    add column step_failures    integer     not null default 0,
    add column failure_marker   text,
    -- the failing step and the Java class of the last error; never a message (it can quote row values)
    add column failed_step      text,
    add column last_error_class text,
    -- where the report of this version is written (one report per version)
    add column report_key       text,
    -- row budgeting of the re-evaluation: intake_touched.fills is counted once, before the first batch
    add column touched_weighed  boolean     not null default false;

-- The fills each touched (member, plan year) has in that year: batches are cut by rows, not members.
alter table intake_touched add column fills bigint;

create index intake_file_open on intake_file (last_activity_at) where state not in ('COMPLETE', 'FAILED');
