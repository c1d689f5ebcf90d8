-- 100,000 (:members) targeted members of contract S5801 enrolled in MTM in 2026, with a year of program
-- records: CMR offers (90 %), CMRs with summaries (40 %), three TMRs each, safe-disposal notices (80 %),
-- opt-outs (5 %: half disenrolled, half by request), each member with a valid, distinct MBI.
begin;
insert into member (member_id, contract_id, plan_id, first_name, last_name, date_of_birth, zip, mbi)
select 'B' || lpad(i::text, 7, '0'), 'S5801', 'S5801-001', 'First' || i, 'Last' || i, date '1940-01-01' + (i % 9000),
       lpad((60000 + i % 1000)::text, 5, '0'),
       chr(49 + i % 9) || substr(l, 1 + (i / 9) % 20, 1) || ((i / 180) % 10)::text || ((i / 1800) % 10)::text
           || substr(l, 1 + (i / 18000) % 20, 1) || 'A1AA00'
from generate_series(0, :members - 1) i, (select 'ACDEFGHJKMNPQRTUVWXY'::text as l) letters;

insert into mtm_enrollment (member_id, plan_year, enrollment_date, date_met_criteria, reason_targeted, opt_out_date,
                            opt_out_reason)
select 'B' || lpad(i::text, 7, '0'), 2026, date '2026-01-02' + (i % 150), date '2026-01-02' + (i % 150),
       case when i % 10 = 0 then '03' when i % 7 = 0 then '02' else '01' end,
       case when i % 20 = 0 then date '2026-01-02' + (i % 150) + 200 end,
       case when i % 40 = 0 then '02' when i % 20 = 0 then '03' end
from generate_series(0, :members - 1) i;

insert into cmr_offer (offer_id, member_id, plan_year, offer_date, method, recipient)
select 'OF' || i, 'B' || lpad(i::text, 7, '0'), 2026, date '2026-01-12' + (i % 150), 'MAIL', 'BENEFICIARY'
from generate_series(0, :members - 1) i where i % 10 <> 9;

insert into cmr (cmr_id, member_id, plan_year, cmr_date, delivery_method, provider_type, recipient,
                 cognitively_impaired, ltc_resident, summary_sent_date)
select 'CMR' || i, 'B' || lpad(i::text, 7, '0'), 2026, date '2026-01-22' + (i % 150), 'TELEPHONE',
       'MTM_VENDOR_IN_HOUSE_PHARMACIST', 'BENEFICIARY', 'NO', case when i % 50 = 0 then 'YES' else 'NO' end,
       date '2026-01-29' + (i % 150)
from generate_series(0, :members - 1) i where i % 10 < 4;

insert into tmr (vendor_tmr_id, source, member_id, plan_year, tmr_date, recommendations_sent, recommendations_resolved)
select 'TMR' || i || '-' || q, 'VENDOR_FILE', 'B' || lpad(i::text, 7, '0'), 2026,
       date '2026-02-01' + (i % 150) + 90 * q, (i + q) % 4, ((i + q) % 4) / 2
from generate_series(0, :members - 1) i, generate_series(0, 2) q;

insert into safe_disposal_notice (notice_id, member_id, plan_year, provided_date, method)
select 'SD' || i, 'B' || lpad(i::text, 7, '0'), 2026, date '2026-01-22' + (i % 150), 'MAIL'
from generate_series(0, :members - 1) i where i % 5 <> 0;
commit;
analyze;
