-- Plain members for the opt-out writes: :members each for the requests without and with an
-- Idempotency-Key (OPTA-n, OPTB-n), and for the status reads (OPTR-n, a third of them opted out already).
insert into member (member_id, contract_id, plan_id, first_name, last_name, date_of_birth, zip, phone_e164)
select p || n, 'S5801', 'S5801-001', 'Bench', 'Member', date '1940-01-01' + (n % 9000), lpad((n % 99999)::text, 5, '0'), null
from generate_series(1, :members) n
cross join (values ('OPTA-'), ('OPTB-'), ('OPTR-')) as prefix(p);

insert into mtm_enrollment (member_id, plan_year, enrollment_date, date_met_criteria, reason_targeted, opt_out_date, opt_out_reason)
select 'OPTR-' || n, :year, date '2026-01-15', date '2026-01-15', '01',
       case when n % 3 = 0 then date '2026-02-01' end, case when n % 3 = 0 then '03' end
from generate_series(1, :members) n;
analyze;
