-- PIN verification for the IVR (Amazon Connect). No PIN, date of birth, ZIP or phone number is stored
-- here: a PIN only as HMAC-SHA256 under a key held outside the database (MTM_PIN_HMAC_KEY), a caller
-- number only as a keyed hash.

-- One row per PIN issued. A challenge is live while used_at and revoked_at are null and expires_at is
-- in the future; issuing a new PIN revokes the member's live one.
create table pin_challenge (
    id                bigint generated always as identity primary key,
    member_id         text        not null references member (member_id),
    pin_hmac          bytea       not null check (length(pin_hmac) = 32),
    issued_at         timestamptz not null default now(),
    expires_at        timestamptz not null,
    used_at           timestamptz,
    revoked_at        timestamptz,
    issued_contact_id text        not null,
    check (used_at is null or revoked_at is null),
    check (expires_at > issued_at)
);
-- At most one unused challenge per member, and an unused PIN names exactly one challenge. An expired but
-- unused challenge still holds its PIN until it is revoked (issuing retires one that collides).
create unique index pin_challenge_open_member_idx on pin_challenge (member_id)
    where used_at is null and revoked_at is null;
create unique index pin_challenge_open_pin_idx on pin_challenge (pin_hmac)
    where used_at is null and revoked_at is null;
-- Used and revoked PINs are looked up too, so the audit can say why a PIN failed.
create index pin_challenge_pin_idx on pin_challenge (pin_hmac);

-- Failed-attempt counters (NIST SP 800-63B rate limiting). subject_key: a member id (MEMBER), a Connect
-- contact id (CONTACT), a keyed hash of the caller number (CALLER) or '*' for every withheld caller id
-- (WITHHELD). Rows are locked (upsert) for the whole check-and-count transaction.
create table verification_throttle (
    subject_kind         text        not null check (subject_kind in ('MEMBER', 'CONTACT', 'CALLER', 'WITHHELD')),
    subject_key          text        not null check (subject_key ~ '^[A-Za-z0-9_*-]{1,128}$'),
    failures             integer     not null default 0 check (failures >= 0),
    -- Failures since the last success, never reset by time: the hard cap (at most 100 in a row).
    consecutive_failures integer     not null default 0 check (consecutive_failures >= 0),
    window_started_at    timestamptz not null default now(),
    locked_until         timestamptz,
    -- Locked until staff clear the row (the consecutive-failure cap was reached).
    held                 boolean     not null default false,
    updated_at           timestamptz not null default now(),
    primary key (subject_kind, subject_key)
);
create index verification_throttle_updated_idx on verification_throttle (updated_at);

-- Idempotency for Connect's retries: one row per (contact, action, keyed hash of the parameters) holding
-- the answer given. A retry within the window gets the same answer without counting again; for an issued
-- PIN the answer's PIN is kept sealed (AES-GCM under a key derived from the same secret) only until the
-- window closes.
create table connect_request (
    contact_id  text        not null check (contact_id ~ '^[A-Za-z0-9_-]{1,128}$'),
    action      text        not null check (action in ('issue', 'verify')),
    request_mac bytea       not null check (length(request_mac) = 32),
    received_at timestamptz not null default now(),
    response    jsonb       not null default '{}'::jsonb,
    sealed_pin  bytea,
    primary key (contact_id, action, request_mac)
);
create index connect_request_received_idx on connect_request (received_at);
