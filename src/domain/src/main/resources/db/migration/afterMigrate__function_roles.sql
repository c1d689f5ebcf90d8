-- One database role per function, and exactly what each function's SQL needs (issue 11, item 16).
--
-- A Flyway callback, not a migration: it runs after every migrate, whatever was applied, so a table that a
-- later migration creates or re-creates gets its grants in the same run, and a grant made by hand in between
-- is taken back. Each role's table privileges are revoked first and granted again, in one transaction.
--
-- A new table: add it to the grants of every function that uses it (and to nothing else); a table no function
-- uses goes on the list in FunctionRolesTest. A new function: add its role to the array below, one grant block
-- like the others, FunctionSpec in infra/ gives it the same name (mtm_<function id with _ for ->), and its tests
-- connect as that role (PostgresTestDatabase).
--
-- Roles belong to the whole PostgreSQL cluster, not to this database: the tests migrate many databases on one
-- server, so creating a role tolerates it being there already (or being created right now by another run).
-- On Aurora the roles log in through IAM only (rds_iam, RDS Proxy end-to-end IAM); elsewhere they have no
-- password at all, which only a trust-auth test server accepts.

do $$
declare
    function_role text;
begin
    foreach function_role in array array[
            'mtm_eligibility', 'mtm_claims_intake', 'mtm_pin_verification', 'mtm_opt_out', 'mtm_disposal_guidance',
            'mtm_program_worklist', 'mtm_cms_mtm_file', 'mtm_tmr_screening', 'mtm_cmr_summary'] loop
        begin
            execute format('create role %I login', function_role);
        exception when duplicate_object or unique_violation then
            null;
        end;
        if exists (select 1 from pg_roles where rolname = 'rds_iam') then
            execute format('grant rds_iam to %I', function_role);
        end if;
        -- A role made or changed by hand into something more powerful fails the deployment.
        if exists (select 1 from pg_roles where rolname = function_role
                   and (rolsuper or rolcreaterole or rolcreatedb or rolreplication or rolbypassrls or not rolcanlogin)) then
            raise exception 'role % must be a plain login role', function_role;
        end if;
        if exists (select 1 from pg_auth_members m join pg_roles r on r.oid = m.roleid
                   where m.member = (select oid from pg_roles where rolname = function_role)
                     and r.rolname <> 'rds_iam') then
            raise exception 'role % must not be a member of another role (rds_iam aside)', function_role;
        end if;
    end loop;

    -- Only the function roles (and the owner) may connect; only intake uses temporary tables.
    execute format('revoke all on database %I from public, mtm_eligibility, mtm_claims_intake, '
                   'mtm_pin_verification, mtm_opt_out, mtm_disposal_guidance, mtm_program_worklist, mtm_cms_mtm_file, '
                   'mtm_tmr_screening, mtm_cmr_summary', current_database());
    execute format('grant connect on database %I to mtm_eligibility, mtm_claims_intake, mtm_pin_verification, '
                   'mtm_opt_out, mtm_disposal_guidance, mtm_program_worklist, mtm_cms_mtm_file, mtm_tmr_screening, mtm_cmr_summary', current_database());
    execute format('grant temporary on database %I to mtm_claims_intake', current_database());
end
$$;

-- Start from nothing: what is not granted below, no function may do.
revoke all on all tables in schema public
    from mtm_eligibility, mtm_claims_intake, mtm_pin_verification, mtm_opt_out, mtm_disposal_guidance,
        mtm_program_worklist, mtm_cms_mtm_file, mtm_tmr_screening, mtm_cmr_summary;
revoke all on all sequences in schema public
    from mtm_eligibility, mtm_claims_intake, mtm_pin_verification, mtm_opt_out, mtm_disposal_guidance,
        mtm_program_worklist, mtm_cms_mtm_file, mtm_tmr_screening, mtm_cmr_summary;
revoke all on schema intake_stage
    from mtm_eligibility, mtm_claims_intake, mtm_pin_verification, mtm_opt_out, mtm_disposal_guidance,
        mtm_program_worklist, mtm_cms_mtm_file, mtm_tmr_screening, mtm_cmr_summary;
revoke create on schema public from public;
grant usage on schema public
    to mtm_eligibility, mtm_claims_intake, mtm_pin_verification, mtm_opt_out, mtm_disposal_guidance,
        mtm_program_worklist, mtm_cms_mtm_file, mtm_tmr_screening, mtm_cmr_summary;

-- The audit trail: every function writes rows, none reads, changes or removes one (the trigger of V600 refuses
-- update, delete and truncate even to the owner).
grant insert on audit_event
    to mtm_eligibility, mtm_claims_intake, mtm_pin_verification, mtm_opt_out, mtm_disposal_guidance,
        mtm_program_worklist, mtm_cms_mtm_file, mtm_tmr_screening, mtm_cmr_summary;

-- eligibility: a member's decision from their claims, diagnoses and DMP periods, and their enrollment.
grant select on member, pharmacy_claim, diagnosis, dmp_status, mtm_enrollment to mtm_eligibility;
grant select on plan, plan_criteria, plan_criteria_condition to mtm_eligibility;
grant select on chronic_condition, condition_icd10_range, drug, drug_condition, drug_brand, ndc_product_ingredient,
    ndc_product, pharm_class_maintenance, drug_product_condition, drug_brand_schedule
    to mtm_eligibility;

-- opt-out: the enrollment row and the idempotency record of a request; the eligibility decision of an opt-back-in.
grant select, insert, update, delete on mtm_enrollment to mtm_opt_out;
grant select, insert, update on enrollment_change_request to mtm_opt_out;
grant select on member, pharmacy_claim, diagnosis, dmp_status to mtm_opt_out;
grant select on plan, plan_criteria, plan_criteria_condition to mtm_opt_out;
grant select on chronic_condition, condition_icd10_range, drug, drug_condition, drug_brand, ndc_product_ingredient,
    ndc_product, pharm_class_maintenance, drug_product_condition, drug_brand_schedule
    to mtm_opt_out;

-- pin-verification: only the member columns a verification compares (never names); the member row is locked
-- while a PIN is issued (FOR NO KEY UPDATE needs UPDATE on one column: updated_at, which nothing reads).
grant select (member_id, date_of_birth, zip, phone_e164) on member to mtm_pin_verification;
grant update (updated_at) on member to mtm_pin_verification;
grant select, insert, update on pin_challenge to mtm_pin_verification;
grant select, insert, update, delete on verification_throttle, connect_request to mtm_pin_verification;

-- disposal-guidance: reads reference data and nothing else (no member, claim or enrollment).
grant select on drug, drug_brand, drug_condition, chronic_condition, condition_icd10_range,
    ndc_product, ndc_product_ingredient, disposal_flush_form_rule, disposal_brand_form, disposal_ingredient_form,
    take_back_site, zip_centroid, drug_brand_schedule, drug_product_condition, pharm_class_maintenance
    to mtm_disposal_guidance;

-- claims-intake: loads member, claim, diagnosis and DMP files and reference files, re-evaluates and enrolls;
-- its staging tables are its own, in intake_stage. Decisions are append-only like the audit trail.
grant usage, create on schema intake_stage to mtm_claims_intake;
grant select, insert, update on intake_file to mtm_claims_intake;
grant select, insert, delete on intake_rejection to mtm_claims_intake;
grant select, insert on intake_enrollee to mtm_claims_intake;
grant select, insert, update on intake_touched to mtm_claims_intake;
grant select, insert, update on member, pharmacy_claim, diagnosis, dmp_status to mtm_claims_intake;
grant select, insert, update on mtm_enrollment to mtm_claims_intake;
grant insert on eligibility_determination to mtm_claims_intake;
grant select, insert, update on ndc_product, zip_centroid to mtm_claims_intake;
grant select, insert, delete on ndc_product_ingredient to mtm_claims_intake;
grant select, insert, update, delete on take_back_site to mtm_claims_intake;
grant select on plan, plan_criteria, plan_criteria_condition to mtm_claims_intake;
grant select on chronic_condition, condition_icd10_range, drug, drug_condition, drug_brand,
    pharm_class_maintenance, drug_product_condition, drug_brand_schedule to mtm_claims_intake;

-- claims-intake also loads the MTM program record files (outreach, CMR offers, CMRs, TMRs, safe-disposal
-- notices); a voicemail attempt is linked to the PIN challenge issued on its Connect contact (never the PIN).
grant select, insert, update on outreach_attempt, cmr_offer, cmr, tmr, safe_disposal_notice to mtm_claims_intake;
grant select (id, member_id, issued_contact_id) on pin_challenge to mtm_claims_intake;

-- program-worklist: who is due for what, from enrollments and the program records; the outreach list needs a
-- member's name and phone, never their date of birth or ZIP. Its run record makes a day's list once.
grant select (member_id, contract_id, first_name, last_name, phone_e164) on member to mtm_program_worklist;
grant select on mtm_enrollment, cmr_offer, cmr, tmr, safe_disposal_notice to mtm_program_worklist;
grant select, insert, update on program_run to mtm_program_worklist;

-- cms-mtm-file: the CMS beneficiary-level record carries the MBI, name and date of birth of every enrollee.
grant select on member, plan, mtm_enrollment, cmr_offer, cmr, tmr, safe_disposal_notice to mtm_cms_mtm_file;
grant select, insert, update on program_run to mtm_cms_mtm_file;

-- claims-intake loads the prescriber directory (reference/prescribers/) the TMR letters are addressed from.
grant select, insert, update on prescriber to mtm_claims_intake;

-- tmr-screening: a member's fills, diagnoses and enrollment as the eligibility rules read them, plus the
-- prescriber on each claim; it stores each screening as a TMR with its findings and evidence, and addresses
-- a letter per prescriber (names and date of birth of the patients in it; never ZIP or phone).
grant select (member_id, contract_id, plan_id, first_name, last_name, date_of_birth, coverage_start, coverage_end,
    date_of_death) on member to mtm_tmr_screening;
grant select on pharmacy_claim, diagnosis, dmp_status, mtm_enrollment to mtm_tmr_screening;
grant select on plan, plan_criteria, plan_criteria_condition to mtm_tmr_screening;
grant select on chronic_condition, condition_icd10_range, drug, drug_condition, drug_brand, ndc_product_ingredient,
    ndc_product, pharm_class_maintenance, drug_product_condition, drug_brand_schedule
    to mtm_tmr_screening;
grant select, insert, update on tmr to mtm_tmr_screening;
grant select, insert, delete on tmr_finding, tmr_finding_fill, tmr_finding_diagnosis to mtm_tmr_screening;
grant usage on sequence tmr_finding_id_seq to mtm_tmr_screening;
grant select on prescriber to mtm_tmr_screening;
grant select, insert, update on program_run to mtm_tmr_screening;

-- claims-intake loads what the pharmacist recorded at each CMR (cmr-summary-items/), replacing a CMR's items.
grant select, insert, delete on cmr_item to mtm_claims_intake;

-- cmr-summary: the member's written summary of each CMR, addressed to them (name, date of birth, mailing address;
-- never phone or MBI), from the CMR and its items; it records what it rendered and its daily run.
grant select (member_id, first_name, last_name, date_of_birth, zip, address_line1, address_line2, city, state,
    date_of_death) on member to mtm_cmr_summary;
grant select on cmr, cmr_item to mtm_cmr_summary;
grant select, insert on cmr_summary_document to mtm_cmr_summary;
grant select, insert, update on program_run to mtm_cmr_summary;
