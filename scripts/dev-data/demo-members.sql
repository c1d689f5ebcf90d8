-- Demo data for scripts/dev: three dozen members of the seed plan covering the eligibility cases.
-- Names, dates of birth, ZIPs and phones are invented. Fills repeat monthly in 2024, 2025 and 2026 unless
-- a scenario says otherwise; gross cost is per monthly fill.
begin;

insert into member (member_id, contract_id, plan_id, first_name, last_name, date_of_birth, zip, phone_e164)
select id, 'S5801', 'S5801-001', first, last, dob::date, zip, phone
from (values
    ('DEMO-001', 'Ada',     'Lovelace', '1948-12-10', '60601', '+13125550101'),
    ('DEMO-002', 'Basil',   'Hallward', '1951-03-02', '60602', '+13125550102'),
    ('DEMO-003', 'Celia',   'Brooke',   '1946-07-19', '60603', '+13125550103'),
    ('DEMO-004', 'Dorian',  'Gray',     '1949-10-31', '60604', '+13125550104'),
    ('DEMO-005', 'Emma',    'Woodhouse','1952-05-05', '60605', '+13125550105'),
    ('DEMO-006', 'Fanny',   'Price',    '1950-01-22', '60606', '+13125550106'),
    ('DEMO-007', 'Gabriel', 'Oak',      '1947-08-08', '60607', '+13125550107'),
    ('DEMO-008', 'Hester',  'Prynne',   '1953-02-14', '60608', '+13125550108'),
    ('DEMO-009', 'Isabel',  'Archer',   '1945-11-11', '60609', '+13125550109'),
    ('DEMO-010', 'Jude',    'Fawley',   '1954-04-04', '60610', '+13125550110'),
    ('DEMO-011', 'Kitty',   'Bennet',   '1950-06-06', '60611', '+13125550111'),
    ('DEMO-012', 'Lydia',   'Bennet',   '1951-06-07', '60612', '+13125550112'),
    ('DEMO-013', 'Mary',    'Bennet',   '1949-06-08', '60613', '+13125550113'),
    ('DEMO-014', 'Ned',     'Land',     '1948-09-09', '60614', '+13125550114'),
    ('DEMO-015', 'Olive',   'Chancellor','1952-10-10','60615', '+13125550115'),
    ('DEMO-016', 'Pip',     'Pirrip',   '1947-12-24', '60616', '+13125550116'),
    ('DEMO-017', 'Quentin', 'Compson',  '1950-03-03', '60617', '+13125550117'),
    ('DEMO-018', 'Rosamond','Vincy',    '1953-07-07', '60618', '+13125550118'),
    ('DEMO-019', 'Silas',   'Marner',   '1946-01-01', '60619', '+13125550119'),
    ('DEMO-020', 'Tess',    'Durbeyfield','1954-08-18','60620', '+13125550120'),
    ('DEMO-021', 'Uriah',   'Heep',     '1949-02-28', '60621', '+13125550121'),
    ('DEMO-022', 'Viola',   'Hastings', '1951-09-19', '60622', '+13125550122'),
    ('DEMO-023', 'Walter',  'Hartright','1948-04-14', '60623', '+13125550123'),
    ('DEMO-024', 'Xenia',   'Orlova',   '1955-05-25', '60624', '+13125550124'),
    ('DEMO-025', 'Yorick',  'Dane',     '1947-03-13', '60625', '+13125550125'),
    ('DEMO-026', 'Zenobia', 'Frome',    '1950-12-12', '60626', '+13125550126'),
    ('DEMO-027', 'Amos',    'Barton',   '1946-06-16', '60627', '+13125550127'),
    -- A couple sharing one line: the IVR must tell them apart by date of birth and ZIP.
    ('DEMO-028', 'Bertha',  'Mason',    '1949-04-01', '60628', '+13125550128'),
    ('DEMO-029', 'Bruno',   'Mason',    '1948-09-30', '60628', '+13125550128'),
    ('DEMO-030', 'Clara',   'Peggotty', '1952-02-02', '60630', null),
    ('DEMO-031', 'Daniel',  'Deronda',  '1951-11-30', '60631', '+13125550131'),
    ('DEMO-032', 'Esther',  'Summerson','1953-03-30', '60632', '+13125550132'),
    ('DEMO-033', 'Felix',   'Holt',     '1945-07-04', '60633', '+13125550133'),
    ('DEMO-034', 'Gwendolen','Harleth', '1954-10-01', '60634', '+13125550134'),
    ('DEMO-035', 'Henry',   'Crawford', '1950-05-15', '60635', '+13125550135'),
    ('DEMO-036', 'Ivy',     'Compton',  '1955-12-31', '60636', '+13125550136')
) as m(id, first, last, dob, zip, phone);

-- Scenario fills: (member, drug names, monthly gross cost per drug, years, first and last month).
create temporary table demo_regimen (member_id text, drugs text[], monthly_cost numeric, years int[], from_month int, to_month int);
insert into demo_regimen values
    -- Eligible: 8+ chronic drugs, 3+ conditions, cost above every year's threshold (reason 01).
    ('DEMO-001', array['LISINOPRIL 10 MG TAB','ATORVASTATIN 20 MG TAB','METFORMIN 500 MG TAB','SERTRALINE 50 MG TAB',
                       'LEVOTHYROXINE 50 MCG TAB','AMLODIPINE 5 MG TAB','OMEPRAZOLE 20 MG CAP','TAMSULOSIN 0.4 MG CAP'], 60, array[2024,2025,2026], 1, 12),
    ('DEMO-002', array['LOSARTAN 50 MG TAB','ROSUVASTATIN 10 MG TAB','JANUVIA 100 MG TAB','ELIQUIS 5 MG TAB',
                       'CARVEDILOL 12.5 MG TAB','FUROSEMIDE 40 MG TAB','ENTRESTO 49-51 MG TAB','SPIRIVA 18 MCG CAP'], 95, array[2024,2025,2026], 1, 12),
    ('DEMO-003', array['BIKTARVY TAB','ATORVASTATIN 40 MG TAB','LISINOPRIL 20 MG TAB','ALENDRONATE 70 MG TAB',
                       'ESCITALOPRAM 10 MG TAB','PANTOPRAZOLE 40 MG TAB','GABAPENTIN 300 MG CAP','MONTELUKAST 10 MG TAB'], 400, array[2024,2025,2026], 1, 12),
    ('DEMO-004', array['INSULIN GLARGINE 100 UNIT/ML PEN','METFORMIN ER 750 MG','OZEMPIC 1 MG PEN','LISINOPRIL-HCTZ 20-12.5',
                       'PRAVASTATIN 40 MG','DONEPEZIL 10 MG','MEMANTINE 10 MG','CLOPIDOGREL 75 MG'], 80, array[2024,2025,2026], 1, 12),
    ('DEMO-005', array['ADVAIR DISKUS 250/50','ALBUTEROL HFA','MONTELUKAST 10 MG','PREDNISONE 10 MG',
                       'METOPROLOL SUCC ER 50 MG','SIMVASTATIN 20 MG','GLIPIZIDE 5 MG','DULOXETINE 60 MG','TRELEGY ELLIPTA'], 70, array[2024,2025,2026], 1, 12),
    ('DEMO-006', array['SEVELAMER 800 MG','CINACALCET 30 MG','AMLODIPINE 10 MG','ATORVASTATIN 80 MG',
                       'INSULIN LISPRO PEN','CARVEDILOL 25 MG','HYDRALAZINE 50 MG','FERRIC CITRATE 210 MG'], 90, array[2024,2025,2026], 1, 12),
    ('DEMO-007', array['METHOTREXATE 2.5 MG','HUMIRA PEN','FOLIC ACID 1 MG','PROLIA 60 MG/ML',
                       'LISINOPRIL 5 MG','ATORVASTATIN 10 MG','METFORMIN 1000 MG','BUPROPION XL 300 MG'], 500, array[2024,2025,2026], 1, 12),
    ('DEMO-008', array['QUETIAPINE 200 MG','LITHIUM CARBONATE 300 MG','LAMOTRIGINE 100 MG','LEVOTHYROXINE 100 MCG',
                       'ATORVASTATIN 20 MG','LISINOPRIL 10 MG','METFORMIN 500 MG','OMEPRAZOLE 40 MG'], 65, array[2024,2025,2026], 1, 12),
    ('DEMO-009', array['XARELTO 20 MG','DIGOXIN 0.125 MG','METOPROLOL TARTRATE 25 MG','FUROSEMIDE 20 MG',
                       'SPIRONOLACTONE 25 MG','ATORVASTATIN 40 MG','JARDIANCE 10 MG','LISINOPRIL 2.5 MG'], 75, array[2024,2025,2026], 1, 12),
    ('DEMO-010', array['TRULICITY 1.5 MG PEN','FARXIGA 10 MG','VALSARTAN 160 MG','EZETIMIBE 10 MG',
                       'ROSUVASTATIN 20 MG','SERTRALINE 100 MG','TRAZODONE 50 MG','FINASTERIDE 5 MG'], 85, array[2024,2025,2026], 1, 12),
    -- Not eligible: seven chronic drugs only.
    ('DEMO-011', array['LISINOPRIL 10 MG TAB','ATORVASTATIN 20 MG TAB','METFORMIN 500 MG TAB','SERTRALINE 50 MG TAB',
                       'LEVOTHYROXINE 50 MCG TAB','AMLODIPINE 5 MG TAB','OMEPRAZOLE 20 MG CAP'], 90, array[2024,2025,2026], 1, 12),
    -- Not eligible in 2024: two conditions only (hypertension, dyslipidemia); from 2025 mental health counts too.
    ('DEMO-012', array['LISINOPRIL 10 MG','AMLODIPINE 5 MG','ATORVASTATIN 20 MG','LEVOTHYROXINE 50 MCG',
                       'OMEPRAZOLE 20 MG','GABAPENTIN 300 MG','SERTRALINE 50 MG','TAMSULOSIN 0.4 MG'], 70, array[2024,2025,2026], 1, 12),
    -- 2024: eight drugs, three conditions, $5,329.92 for the full year (8 x 12 x 55.52), just under $5,330
    -- (asOf=2024-12-31); earlier as-of dates annualise a higher run rate.
    ('DEMO-013', array['LISINOPRIL 10 MG TAB','ATORVASTATIN 20 MG TAB','METFORMIN 500 MG TAB','SERTRALINE 50 MG TAB',
                       'LEVOTHYROXINE 50 MCG TAB','AMLODIPINE 5 MG TAB','OMEPRAZOLE 20 MG CAP','TAMSULOSIN 0.4 MG CAP'], 55.52, array[2024], 1, 12),
    -- Not eligible: a few acute drugs only.
    ('DEMO-014', array['AMOXICILLIN 500 MG','IBUPROFEN 800 MG','CEPHALEXIN 500 MG'], 15, array[2024,2025,2026], 3, 4),
    -- Not eligible in 2024 (cost), eligible from 2025 on the lower CMS threshold ($1,623 / $1,276).
    ('DEMO-015', array['LISINOPRIL 10 MG TAB','ATORVASTATIN 20 MG TAB','METFORMIN 500 MG TAB','SERTRALINE 50 MG TAB',
                       'LEVOTHYROXINE 50 MCG TAB','AMLODIPINE 5 MG TAB','OMEPRAZOLE 20 MG CAP','TAMSULOSIN 0.4 MG CAP'], 20, array[2024,2025,2026], 1, 12),
    ('DEMO-016', array['LOSARTAN 25 MG','PRAVASTATIN 20 MG','GLIMEPIRIDE 2 MG','CITALOPRAM 20 MG',
                       'LEVOTHYROXINE 25 MCG','HYDROCHLOROTHIAZIDE 25 MG','FAMOTIDINE 20 MG','ALLOPURINOL 100 MG'], 18, array[2024,2025,2026], 1, 12),
    -- DMP at-risk and meeting the criteria (reason 03).
    ('DEMO-021', array['LISINOPRIL 10 MG TAB','ATORVASTATIN 20 MG TAB','METFORMIN 500 MG TAB','SERTRALINE 50 MG TAB',
                       'LEVOTHYROXINE 50 MCG TAB','AMLODIPINE 5 MG TAB','OMEPRAZOLE 20 MG CAP','TAMSULOSIN 0.4 MG CAP'], 60, array[2024,2025,2026], 1, 12),
    -- DMP at-risk on an opioid and a benzodiazepine, seven chronic drugs: the DMP alone targets (reason 02).
    ('DEMO-022', array['OXYCODONE 10 MG','ALPRAZOLAM 0.5 MG','LISINOPRIL 10 MG','ATORVASTATIN 20 MG','METFORMIN 500 MG',
                       'DULOXETINE 60 MG','PREGABALIN 75 MG','LEVOTHYROXINE 75 MCG','OMEPRAZOLE 20 MG'], 80, array[2024,2025,2026], 1, 12),
    -- Opted out in 2024 although eligible.
    ('DEMO-027', array['LISINOPRIL 10 MG TAB','ATORVASTATIN 20 MG TAB','METFORMIN 500 MG TAB','SERTRALINE 50 MG TAB',
                       'LEVOTHYROXINE 50 MCG TAB','AMLODIPINE 5 MG TAB','OMEPRAZOLE 20 MG CAP','TAMSULOSIN 0.4 MG CAP'], 60, array[2024,2025,2026], 1, 12),
    ('DEMO-028', array['LISINOPRIL 10 MG TAB','ATORVASTATIN 20 MG TAB','METFORMIN 500 MG TAB','SERTRALINE 50 MG TAB',
                       'LEVOTHYROXINE 50 MCG TAB','AMLODIPINE 5 MG TAB','OMEPRAZOLE 20 MG CAP','TAMSULOSIN 0.4 MG CAP'], 60, array[2024,2025,2026], 1, 12),
    -- Edge: two strengths of one drug are one drug (seven distinct + atorvastatin twice).
    ('DEMO-031', array['ATORVASTATIN 20 MG TAB','ATORVASTATIN 40 MG TAB','LISINOPRIL 10 MG','METFORMIN 500 MG',
                       'SERTRALINE 50 MG','LEVOTHYROXINE 50 MCG','OMEPRAZOLE 20 MG','TAMSULOSIN 0.4 MG'], 80, array[2024,2025,2026], 1, 12),
    -- Edge: a combination product counts as its own drug beside its single ingredients.
    ('DEMO-032', array['ZESTORETIC 20-12.5','LISINOPRIL 10 MG','HYDROCHLOROTHIAZIDE 25 MG','ATORVASTATIN 20 MG',
                       'METFORMIN 500 MG','SERTRALINE 50 MG','OMEPRAZOLE 20 MG','TAMSULOSIN 0.4 MG'], 80, array[2024,2025,2026], 1, 12),
    -- Edge: the eighth drug starts in November (asOf before November: seven drugs).
    ('DEMO-033', array['LISINOPRIL 10 MG TAB','ATORVASTATIN 20 MG TAB','METFORMIN 500 MG TAB','SERTRALINE 50 MG TAB',
                       'LEVOTHYROXINE 50 MCG TAB','AMLODIPINE 5 MG TAB','OMEPRAZOLE 20 MG CAP'], 90, array[2024,2025,2026], 1, 12),
    ('DEMO-033', array['ELIQUIS 5 MG'], 90, array[2024,2025,2026], 11, 12),
    -- Edge: the only evidence of diabetes is insulin (a condition known from a drug).
    ('DEMO-034', array['INSULIN ASPART PEN','LOSARTAN 50 MG','ROSUVASTATIN 10 MG','LEVOTHYROXINE 50 MCG',
                       'OMEPRAZOLE 20 MG','TAMSULOSIN 0.4 MG','FINASTERIDE 5 MG','ALLOPURINOL 300 MG'], 75, array[2024,2025,2026], 1, 12),
    -- Edge: only January to March filled: eligible on a projection at asOf=2024-03-31, not at year end.
    ('DEMO-035', array['LISINOPRIL 10 MG TAB','ATORVASTATIN 20 MG TAB','METFORMIN 500 MG TAB','SERTRALINE 50 MG TAB',
                       'LEVOTHYROXINE 50 MCG TAB','AMLODIPINE 5 MG TAB','OMEPRAZOLE 20 MG CAP','TAMSULOSIN 0.4 MG CAP'], 60, array[2024,2025,2026], 1, 3);

insert into pharmacy_claim (claim_id, member_id, fill_date, drug_name, days_supply, quantity, gross_cost)
select r.member_id || '-' || y || '-' || lpad(m::text, 2, '0') || '-' || lpad(d.ord::text, 2, '0') || '-' || r.from_month,
       r.member_id, make_date(y, m, least(28, 2 + d.ord::int)), d.name, 30, 30, r.monthly_cost
from demo_regimen r
cross join unnest(r.years) as y
cross join generate_series(r.from_month, r.to_month) as m
cross join unnest(r.drugs) with ordinality as d(name, ord);

-- Edge: DEMO-036's fills were all reversed: nothing counts.
insert into pharmacy_claim (claim_id, member_id, fill_date, drug_name, days_supply, quantity, gross_cost, reversed)
select 'DEMO-036-' || y || '-' || d.ord, 'DEMO-036', make_date(y, 2, 1), d.name, 30, 30, 900, true
from unnest(array[2024, 2025, 2026]) as y
cross join unnest(array['LISINOPRIL 10 MG','ATORVASTATIN 20 MG','METFORMIN 500 MG','SERTRALINE 50 MG',
                        'LEVOTHYROXINE 50 MCG','AMLODIPINE 5 MG','OMEPRAZOLE 20 MG','TAMSULOSIN 0.4 MG']) with ordinality as d(name, ord);

-- Diagnoses from medical claims (ICD-10-CM).
insert into diagnosis (member_id, icd10_code, service_date, source)
select member_id, code, service_date::date, 'demo' from (values
    ('DEMO-001', 'I10', '2024-01-15'), ('DEMO-001', 'E119', '2024-01-15'), ('DEMO-001', 'E785', '2024-01-15'),
    ('DEMO-002', 'I5022', '2024-02-01'), ('DEMO-002', 'J449', '2024-02-01'),
    ('DEMO-007', 'M0579', '2024-03-01'), ('DEMO-007', 'M810', '2024-03-01'),
    ('DEMO-012', 'I10', '2024-01-20'),
    ('DEMO-013', 'I10', '2024-01-20'), ('DEMO-013', 'E119', '2024-01-20'),
    ('DEMO-023', 'F329', '2025-01-10'), ('DEMO-023', 'I10', '2025-01-10'), ('DEMO-023', 'E785', '2025-01-10'),
    ('DEMO-030', 'E119', '2026-02-01')
) as d(member_id, code, service_date);

-- Drug Management Program: DMP alone (02), DMP with criteria (03), and periods that ended.
insert into dmp_status (member_id, status, effective_date, end_date)
select member_id, status, effective::date, ended::date from (values
    ('DEMO-017', 'AT_RISK', '2024-02-01', null),
    ('DEMO-018', 'AT_RISK', '2024-06-01', null),
    ('DEMO-019', 'AT_RISK', '2024-01-01', '2024-06-30'),
    ('DEMO-020', 'POTENTIAL_AT_RISK', '2024-03-01', null),
    ('DEMO-021', 'AT_RISK', '2024-01-01', null),
    ('DEMO-022', 'AT_RISK', '2024-04-01', null)
) as p(member_id, status, effective, ended);

-- Enrollment as a past intake run would have left it; DEMO-027 opted out (beneficiary request).
insert into mtm_enrollment (member_id, plan_year, enrollment_date, date_met_criteria, reason_targeted)
values ('DEMO-001', 2024, '2024-04-01', '2024-03-31', '01'),
       ('DEMO-002', 2024, '2024-04-01', '2024-03-31', '01'),
       ('DEMO-017', 2024, '2024-04-01', '2024-03-31', '02'),
       ('DEMO-021', 2024, '2024-04-01', '2024-03-31', '03');
insert into mtm_enrollment (member_id, plan_year, opt_out_date, opt_out_reason)
values ('DEMO-027', 2024, '2024-04-15', '03');

drop table demo_regimen;
commit;
