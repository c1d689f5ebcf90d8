-- Claims intake bookkeeping: one row per object version received, its checkpoint while it is staged,
-- the rows it rejected, the members it touched and the members it enrolled.

-- One S3 object version = one file. object_version is the S3 versionId, or 'etag:<ETag>' for an
-- unversioned bucket. A redelivered event finds its row and changes nothing.
create table intake_file (
    file_id              bigint generated always as identity primary key,
    bucket               text        not null,
    object_key           text        not null,
    object_version       text        not null,
    kind                 text        not null,
    -- STAGING -> STAGED -> CHECKED -> APPLIED -> EVALUATED -> COMPLETE (see the function's README)
    state                text        not null default 'STAGING'
        check (state in ('STAGING', 'STAGED', 'CHECKED', 'APPLIED', 'EVALUATED', 'COMPLETE')),
    outcome              text check (outcome in ('APPLIED', 'REJECTED')),
    header               text[],
    -- checkpoint of the staging pass: uncompressed bytes and physical lines consumed, rows staged
    bytes_done           bigint      not null default 0,
    lines_done           bigint      not null default 0,
    rows_read            bigint      not null default 0,
    rows_staged          bigint      not null default 0,
    rows_rejected        bigint      not null default 0,
    rows_applied         bigint      not null default 0,
    -- checkpoint of the re-evaluation pass (keyset over intake_touched)
    eval_after_year      integer,
    eval_after_member    text,
    members_evaluated    bigint      not null default 0,
    newly_enrolled       bigint      not null default 0,
    plan_years           integer[]   not null default '{}',
    outreach_key         text,
    message              text,
    report               jsonb,
    invocations          integer     not null default 0,
    lease_owner          text,
    lease_until          timestamptz,
    received_at          timestamptz not null default now(),
    completed_at         timestamptz,
    unique (bucket, object_key, object_version)
);

-- Why a row was not applied: line (1 is the header), column, reason. Never the value (it may be PHI).
create table intake_rejection (
    file_id     bigint not null references intake_file (file_id) on delete cascade,
    line        bigint not null,
    column_name text,
    reason      text   not null,
    primary key (file_id, line)
);

-- The (plan year, member) pairs a file's applied rows touch: the work list of the re-evaluation pass.
create table intake_touched (
    file_id   bigint  not null references intake_file (file_id) on delete cascade,
    plan_year integer not null,
    member_id text    not null,
    primary key (file_id, plan_year, member_id)
);

-- Members a file newly enrolled: the source of the outreach file.
create table intake_enrollee (
    file_id   bigint  not null references intake_file (file_id) on delete cascade,
    member_id text    not null,
    plan_year integer not null,
    primary key (file_id, member_id, plan_year)
);
