-- PIN verification hardening (issue 11, items 1-6 and the PIN key of 16).

-- The key a challenge's HMAC was made with (an id from the PIN key ring in Secrets Manager), so the key can
-- rotate: a PIN is checked with the key it was issued under, new PINs use the current key. Challenges
-- issued before key ids existed have none and are checked with the current key (the only key there was).
alter table pin_challenge add column key_id text check (key_id ~ '^[A-Za-z0-9_-]{1,40}$');

-- Failed attempts on the PIN path charge the members whose date of birth and ZIP were keyed.
create index member_dob_zip_idx on member (date_of_birth, zip);

-- New counters: LINE (a caller number on file, by keyed hash: date-of-birth-and-ZIP guesses from it; when
-- spent, the number stops verifying anyone by ANI for a while) and PIN_PATH (one row, '*': the global
-- budget of failed PIN-path attempts across all callers).
alter table verification_throttle drop constraint verification_throttle_subject_kind_check;
alter table verification_throttle add constraint verification_throttle_subject_kind_check
    check (subject_kind in ('MEMBER', 'CONTACT', 'CALLER', 'WITHHELD', 'LINE', 'PIN_PATH'));

-- A hold (30 failures without a success) now ends at locked_until like any lock (default 7 days, the
-- mtm.pin.member-hold default) or when staff lift it; holds set before this had no end.
update verification_throttle set locked_until = now() + interval '7 days'
where held and (locked_until is null or locked_until < now() + interval '7 days');
alter table verification_throttle add constraint verification_throttle_hold_ends
    check (not held or locked_until is not null);
