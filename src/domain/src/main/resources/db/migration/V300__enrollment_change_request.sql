-- Opt-out and opt-back-in requests sent with an Idempotency-Key (V300-V399: opt-out).
-- The row is written in the same transaction as the enrollment change it answers, so a repeat with the
-- same key returns the stored answer and changes nothing; the same key with another request is refused.
-- Keyed per caller: two callers never share a key. Rows older than the retention
-- (mtm.opt-out.idempotency-retention) may be replaced by a new request with the same key.
create table enrollment_change_request (
    caller              text        not null,
    idempotency_key     text        not null check (idempotency_key ~ '^[\x21-\x7e]{1,255}$'),
    request_fingerprint text        not null,
    member_id           text        not null,
    response            jsonb,
    created_at          timestamptz not null default now(),
    primary key (caller, idempotency_key)
);
create index enrollment_change_request_created_idx on enrollment_change_request (created_at);
