-- :members synthetic members of the seed plan, each with 0-14 chronic drugs filled monthly in 2024
-- (random months), two diagnoses for half of them and a DMP period for one in a hundred.
insert into member (member_id, contract_id, plan_id, first_name, last_name, date_of_birth, zip, phone_e164)
select 'BENCH-' || n, 'S5801', 'S5801-001', 'Bench', 'Member', date '1940-01-01' + (n % 9000), lpad((n % 99999)::text, 5, '0'),
       '+1312' || lpad(n::text, 7, '0')
from generate_series(1, :members) n;

with chronic as (select ingredient, row_number() over (order by ingredient) as k, count(*) over () as total
                 from drug where chronic),
     regimen as (select n, d, 1 + (hashint4(n * 31 + d) & 2147483647) % (select count(*) from drug where chronic) as k,
                        1 + (hashint4(n * 17 + d) & 2147483647) % 12 as months
                 from generate_series(1, :members) n
                 cross join lateral generate_series(1, (hashint4(n) & 2147483647) % 15) d)
insert into pharmacy_claim (claim_id, member_id, fill_date, drug_name, days_supply, quantity, gross_cost)
select 'BENCH-' || r.n || '-' || r.d || '-' || m, 'BENCH-' || r.n, make_date(2024, m, 1 + r.d), upper(c.ingredient) || ' TAB',
       30, 30, 5 + ((hashint4(r.n * 7 + r.d * 3 + m) & 2147483647) % 20000) / 100.0
from regimen r join chronic c on c.k = r.k
cross join lateral generate_series(1, r.months) m;

insert into diagnosis (member_id, icd10_code, service_date, source)
select 'BENCH-' || n, code, date '2024-02-01', 'bench'
from generate_series(1, :members, 2) n
cross join (values ('I10'), ('E119')) as c(code);

insert into dmp_status (member_id, status, effective_date)
select 'BENCH-' || n, 'AT_RISK', date '2024-03-01' from generate_series(1, :members, 100) n;
analyze;
