-- Bench data for scripts/bench/intake: the members the generated claims name, and the twelve NDC
-- products (with their ingredients) those claims carry.
insert into member (member_id, contract_id, plan_id, first_name, last_name, date_of_birth, zip, phone_e164)
select 'BENCH-' || lpad(g::text, 6, '0'), 'S5801', 'S5801-001', 'Bench', 'Member', date '1950-01-01', '60601',
       '+1312555' || lpad((g % 10000)::text, 4, '0')
from generate_series(1, :members) g;

insert into ndc_product (product_key, product_ndc, proprietary_name, nonproprietary_name)
select left(ndc, 9), ndc, name, name from (values
    ('00093721401', 'Lisinopril'), ('00071015523', 'Atorvastatin'), ('00093104801', 'Metformin'),
    ('00378180001', 'Levothyroxine'), ('00069154041', 'Amlodipine'), ('62175011843', 'Omeprazole'),
    ('16729021301', 'Sertraline'), ('00597005801', 'Tamsulosin'), ('00006095254', 'Losartan'),
    ('00006074031', 'Simvastatin'), ('00378003201', 'Metoprolol'), ('00173068220', 'Albuterol')) p(ndc, name)
on conflict do nothing;

insert into ndc_product_ingredient (product_key, ingredient)
select product_key, lower(nonproprietary_name) from ndc_product
where product_key in ('000937214', '000710155', '000931048', '003781800', '000691540', '621750118', '167290213',
                      '005970058', '000060952', '000060740', '003780032', '001730682')
on conflict do nothing;

-- The floor: the same file into a plain table with no index, key or constraint.
create table bench_claims_floor (
    claim_id text, member_id text, fill_date date, ndc text, drug_name text, days_supply integer,
    quantity numeric, gross_cost numeric, claim_status text
);

-- The indexed floor: the same file into a table shaped like pharmacy_claim: its primary key, its
-- (member, fill date) index and its member foreign key, checked per row as intake's apply is. A reversal
-- carries the id of the claim it reverses, so the key is (claim_id, claim_status) to take every row of the file.
create table bench_claims_indexed_floor (
    claim_id text not null, member_id text not null references member (member_id), fill_date date, ndc text,
    drug_name text, days_supply integer, quantity numeric, gross_cost numeric, claim_status text not null,
    primary key (claim_id, claim_status)
);
create index bench_claims_indexed_floor_member_fill_idx on bench_claims_indexed_floor (member_id, fill_date);
