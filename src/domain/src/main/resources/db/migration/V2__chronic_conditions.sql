-- Reference data: chronic conditions and the ICD-10-CM ranges that evidence them.
-- Sources: the 10 CMS core chronic diseases for MTM targeting (42 CFR 423.153(d), CMS-4205-F, April
-- 2024); condition names follow the seed plan's member page (high blood pressure, high cholesterol, ...);
-- ICD-10-CM categories per the domain brief (FY ICD-10-CM tabular list).
-- Codes are stored without the dot, upper case. A diagnosis code c matches a range when
-- left(c, length(code_from)) between code_from and code_to.

-- The ten CMS core chronic diseases (core_code null).
insert into chronic_condition (code, name, core_code) values
    ('ALZHEIMERS',             'Alzheimer''s disease',                                   null),
    ('BONE_DISEASE_ARTHRITIS', 'Bone disease and arthritis',                             null),
    ('CHF',                    'Chronic congestive heart failure (CHF)',                 null),
    ('DIABETES',               'Diabetes',                                               null),
    ('DYSLIPIDEMIA',           'Dyslipidemia (high cholesterol)',                        null),
    ('ESRD',                   'End-stage renal disease (ESRD)',                         null),
    ('HIV_AIDS',               'HIV/AIDS',                                               null),
    ('HYPERTENSION',           'Hypertension (high blood pressure)',                     null),
    ('MENTAL_HEALTH',          'Mental health (chronic or disabling mental health conditions)', null),
    ('RESPIRATORY',            'Respiratory disease (chronic lung disorders)',           null);

-- Finer conditions, each under its core disease.
insert into chronic_condition (code, name, core_code) values
    ('OSTEOPOROSIS',         'Osteoporosis',                                   'BONE_DISEASE_ARTHRITIS'),
    ('OSTEOARTHRITIS',       'Osteoarthritis',                                 'BONE_DISEASE_ARTHRITIS'),
    ('RHEUMATOID_ARTHRITIS', 'Rheumatoid arthritis',                           'BONE_DISEASE_ARTHRITIS'),
    ('DEPRESSION',           'Depression',                                     'MENTAL_HEALTH'),
    ('SCHIZOPHRENIA',        'Schizophrenia',                                  'MENTAL_HEALTH'),
    ('BIPOLAR_DISORDER',     'Bipolar disorder',                               'MENTAL_HEALTH'),
    ('ASTHMA',               'Asthma',                                         'RESPIRATORY'),
    ('COPD',                 'Chronic obstructive pulmonary disease (COPD)',   'RESPIRATORY');

-- Cardiovascular and metabolic ranges (brief: I10-I16, I50, I11.0, I13.0, I13.2, E78, E08-E13).
insert into condition_icd10_range (condition_code, code_from, code_to) values
    ('HYPERTENSION', 'I10',  'I16'),
    ('CHF',          'I50',  'I50'),
    ('CHF',          'I110', 'I110'),  -- hypertensive heart disease with heart failure
    ('CHF',          'I130', 'I130'),  -- hypertensive heart and CKD with heart failure
    ('CHF',          'I132', 'I132'),  -- hypertensive heart and CKD with heart failure and ESRD
    ('CHF',          'I0981','I0981'), -- added: rheumatic heart failure, a chronic heart failure coded outside I50
    ('DYSLIPIDEMIA', 'E78',  'E78'),
    ('DIABETES',     'E08',  'E13');

-- Kidney and HIV ranges (brief: N18.6, B20, Z21).
insert into condition_icd10_range (condition_code, code_from, code_to) values
    ('ESRD',     'N186', 'N186'),
    ('ESRD',     'Z992', 'Z992'),      -- added: dependence on renal dialysis is coded for patients on maintenance dialysis
    ('HIV_AIDS', 'B20',  'B20'),
    ('HIV_AIDS', 'Z21',  'Z21');

-- Neurological and mental health ranges (brief: G30, F32-F33, F20, F31).
insert into condition_icd10_range (condition_code, code_from, code_to) values
    ('ALZHEIMERS',       'G30',  'G30'),
    ('DEPRESSION',       'F32',  'F33'),
    ('DEPRESSION',       'F341', 'F341'),  -- added: dysthymia (persistent depressive disorder) is chronic depression
    ('SCHIZOPHRENIA',    'F20',  'F20'),
    ('SCHIZOPHRENIA',    'F25',  'F25'),   -- added: schizoaffective disorder, treated and tracked with schizophrenia
    ('BIPOLAR_DISORDER', 'F31',  'F31'),
    ('MENTAL_HEALTH',    'F22',  'F22');   -- added: persistent delusional disorder, a chronic psychotic disorder

-- Bone disease and arthritis ranges (brief: M80-M81, M05-M06, M15-M19).
insert into condition_icd10_range (condition_code, code_from, code_to) values
    ('OSTEOPOROSIS',         'M80', 'M81'),
    ('RHEUMATOID_ARTHRITIS', 'M05', 'M06'),
    ('OSTEOARTHRITIS',       'M15', 'M19');

-- Respiratory ranges (brief: J45, J41-J44).
insert into condition_icd10_range (condition_code, code_from, code_to) values
    ('ASTHMA',      'J45',  'J45'),
    ('COPD',        'J41',  'J44'),
    ('RESPIRATORY', 'J47',  'J47'),   -- added: bronchiectasis, a chronic lung disorder
    ('RESPIRATORY', 'J84',  'J84'),   -- added: interstitial lung disease (incl. pulmonary fibrosis), a chronic lung disorder
    ('RESPIRATORY', 'E840', 'E840');  -- added: cystic fibrosis with pulmonary manifestations, a chronic lung disorder
