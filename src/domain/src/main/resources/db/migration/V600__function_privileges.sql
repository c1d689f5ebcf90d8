-- Least privilege for the functions (V600-V649). Each function logs in as a role of its own; the roles and
-- their grants are (re)asserted after every migration by afterMigrate__function_roles.sql, beside this file.

-- Claims intake stages each file in a table of its own. Those tables hold the file's raw rows (names, dates of
-- birth, phone numbers), so they live in a schema where only intake may create tables (granted by the
-- callback) and no other function role may even look; public is closed to table creation (the callback).
create schema if not exists intake_stage;
revoke all on schema intake_stage from public;

-- The audit trail (HIPAA 164.312(b)) is append-only for everyone, the schema owner included: function roles
-- are granted insert only, and this trigger refuses update, delete and truncate whoever asks.
create function audit_event_append_only() returns trigger
    language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;
revoke all on function audit_event_append_only() from public;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_append_only();
