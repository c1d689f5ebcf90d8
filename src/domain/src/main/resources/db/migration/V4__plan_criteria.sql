-- The seed plan and its MTM targeting criteria per plan year (42 CFR 423.153(d)(2)).
-- 2024: the plan's own published rule (its member page, "Last Modified: January 22, 2024").
-- 2025 and 2026: the CMS-4205-F shape (all ten core chronic diseases count; at most 8 drugs with all
-- maintenance drugs counting; threshold = average annual cost of 8 generic drugs), keeping this plan's
-- 3-condition and 8-drug minimums. Thresholds are data: the 2026 value is the least certain.
insert into plan (plan_id, contract_id, name) values
    ('S5801-001', 'S5801', 'Health Options Program - Medicare Prescription Drug Options');

insert into plan_criteria (plan_id, plan_year, min_chronic_conditions, min_chronic_drugs,
                           annual_cost_threshold, dmp_at_risk_qualifies, source) values
    ('S5801-001', 2024, 3, 8, 5330.00, true, 'Health Options Program MTM page (2024): 8+ chronic Part D drugs, 3 of 10 listed conditions, $5,330, or DMP'),
    ('S5801-001', 2025, 3, 8, 1623.00, true, 'CMS-4205-F (April 2024): all 10 core chronic diseases, max 8 drugs, CY2025 threshold $1,623'),
    ('S5801-001', 2026, 3, 8, 1276.00, true, 'CMS-4205-F shape; CY2026 threshold $1,276 (least certain value: verify against the CY2026 CMS memo)');

-- 2024: the ten conditions the plan lists. Asthma and COPD are two items, as are osteoporosis and
-- rheumatoid arthritis; depression is the plan's only mental-health item.
insert into plan_criteria_condition (plan_id, plan_year, condition_code)
select 'S5801-001', 2024, code from (values
    ('HYPERTENSION'), ('DYSLIPIDEMIA'), ('CHF'), ('DIABETES'), ('DEPRESSION'),
    ('OSTEOPOROSIS'), ('RHEUMATOID_ARTHRITIS'), ('ASTHMA'), ('COPD'), ('HIV_AIDS')) as c(code);

-- 2025 on: the ten CMS core chronic diseases, each counting once whatever finer condition shows it.
insert into plan_criteria_condition (plan_id, plan_year, condition_code)
select 'S5801-001', y, code
from (values (2025), (2026)) as years(y)
cross join (select code from chronic_condition where core_code is null) as core;
