-- Targeting that matches CMS from 2025 (issue 10; V500-V549 belong to targeting).
-- Sources: SSA 1860D-4(c)(2)(A); 42 CFR 423.153(d)(2) as amended by CMS-4205-F (April 2024); the seed plan's
-- 2024 MTM page; FDA NDC directory (PHARM_CLASSES = FDA Established Pharmacologic Class, EPC); ICD-10-CM
-- FY2023 addenda; DEA 21 CFR 1308.13/1308.32; each product's FDA label for its indications.

-- ============================================================================ criteria per plan year
-- Cost basis: the statute and 423.153(d)(2) count annual costs of covered Part D drugs (ALL_COVERED). The
-- seed plan's 2024 page says "covered chronic Part D medications" (CHRONIC_ONLY), kept for that year only.
-- Drug-count basis: from 2025 every Part D maintenance drug must count (MAINTENANCE); a sponsor may count
-- all Part D drugs instead (ALL_PART_D).
alter table plan_criteria
    add column cost_basis       text not null default 'ALL_COVERED'
        check (cost_basis in ('ALL_COVERED', 'CHRONIC_ONLY')),
    add column drug_count_basis text not null default 'MAINTENANCE'
        check (drug_count_basis in ('MAINTENANCE', 'ALL_PART_D')),
    -- DMP at-risk beneficiaries are mandatory MTM targets from 2022 (423.153(d)(2)(ii)): not a plan option.
    add constraint plan_criteria_dmp_mandatory_from_2022 check (plan_year < 2022 or dmp_at_risk_qualifies);

update plan_criteria set cost_basis = 'CHRONIC_ONLY',
    source = 'Health Options Program MTM page (2024): 8+ chronic Part D drugs, 3 of 10 listed conditions, '
          || 'likely cost of covered chronic Part D medications >= $5,330, or DMP at-risk'
where plan_id = 'S5801-001' and plan_year = 2024;

update plan_criteria set
    source = 'CMS-4205-F (April 2024): all 10 core chronic diseases, at most 8 drugs with every Part D maintenance '
          || 'drug counting, cost of all covered Part D drugs; CY2025 threshold $1,623 (confirmed); DMP at-risk mandatory'
where plan_id = 'S5801-001' and plan_year = 2025;

update plan_criteria set
    source = 'CMS-4205-F shape as 2025; CY2026 threshold $1,276 UNCONFIRMED (not yet checked against the CY2026 '
          || 'CMS MTM memo: verify before use); DMP at-risk mandatory'
where plan_id = 'S5801-001' and plan_year = 2026;

-- ============================================================================ coverage
-- From the roster (members/ files): the plan coverage span and the date of death. Null start: covered
-- before the plan year; null end: still covered.
alter table member
    add column coverage_start date,
    add column coverage_end   date,
    add column date_of_death  date,
    add constraint member_coverage_order check (coverage_start is null or coverage_end is null
                                                or coverage_end >= coverage_start);

-- The day the member first met the criteria (the fill, diagnosis or DMP period that tipped it).
alter table eligibility_determination add column date_met_criteria date;

-- ============================================================================ maintenance drugs by EPC
-- A product of the loaded FDA NDC directory is a maintenance drug when the drug table knows its
-- ingredients (the table overrides), else when one of its Established Pharmacologic Classes is listed
-- here as maintenance; a product whose classes are all listed as not maintenance is not one; anything
-- else falls to the default (not maintenance) and is counted as such in the directory load report.
-- Maintenance = taken continuously for a chronic condition (the CMS-4205-F term); courses, rescue and
-- as-needed classes are not. Names as FDA prints them without " [EPC]"; matched ignoring case and hyphens.
create table pharm_class_maintenance (
    pharm_class text primary key,
    maintenance boolean not null,
    note        text
);

insert into pharm_class_maintenance (pharm_class, maintenance, note) values
    -- hypertension, heart failure, arrhythmia, angina, pulmonary hypertension
    ('Angiotensin Converting Enzyme Inhibitor', true, null),
    ('Angiotensin 2 Receptor Blocker', true, null),
    ('Renin Inhibitor', true, null),
    ('Dihydropyridine Calcium Channel Blocker', true, null),
    ('Calcium Channel Blocker', true, null),
    ('beta-Adrenergic Blocker', true, null),
    ('alpha-Adrenergic Blocker', true, 'hypertension, BPH'),
    ('Thiazide Diuretic', true, null),
    ('Thiazide-like Diuretic', true, null),
    ('Loop Diuretic', true, null),
    ('Potassium-sparing Diuretic', true, null),
    ('Aldosterone Antagonist', true, null),
    ('Mineralocorticoid Receptor Antagonist', true, null),
    ('Central alpha-2 Adrenergic Agonist', true, null),
    ('Arteriolar Vasodilator', true, null),
    ('Nitrate Vasodilator', true, 'daily patches and long-acting nitrates'),
    ('Neprilysin Inhibitor', true, null),
    ('Hyperpolarization-activated Cyclic Nucleotide-gated Channel Blocker', true, 'ivabradine'),
    ('Soluble Guanylate Cyclase Stimulator', true, 'vericiguat, riociguat'),
    ('Cardiac Myosin Inhibitor', true, 'mavacamten'),
    ('Transthyretin Stabilizer', true, 'tafamidis'),
    ('Antiarrhythmic', true, null),
    ('Cardiac Glycoside', true, null),
    ('Anti-anginal', true, 'ranolazine'),
    ('Endothelin Receptor Antagonist', true, 'pulmonary arterial hypertension'),
    ('Phosphodiesterase 5 Inhibitor', true, 'PAH and BPH; Part D excludes erectile dysfunction'),
    ('Prostacyclin Receptor Agonist', true, 'selexipag'),
    ('Prostacycline', true, 'treprostinil'),
    ('Vasopressin V2 Receptor Antagonist', true, 'tolvaptan (ADPKD)'),
    -- anticoagulants, antiplatelets
    ('Factor Xa Inhibitor', true, null),
    ('Direct Thrombin Inhibitor', true, null),
    ('Vitamin K Antagonist', true, null),
    ('P2Y12 Platelet Inhibitor', true, null),
    ('Platelet Aggregation Inhibitor', true, null),
    ('Anti-coagulant', false, 'heparins: short courses'),
    -- lipids
    ('HMG-CoA Reductase Inhibitor', true, null),
    ('Dietary Cholesterol Absorption Inhibitor', true, 'ezetimibe'),
    ('Bile Acid Sequestrant', true, null),
    ('Peroxisome Proliferator Receptor alpha Agonist', true, 'fibrates'),
    ('Nicotinic Acid', true, null),
    ('Proprotein Convertase Subtilisin Kexin 9 Inhibitor', true, null),
    ('PCSK9 Inhibitor', true, null),
    ('Adenosine Triphosphate-Citrate Lyase Inhibitor', true, 'bempedoic acid'),
    ('Small Interfering Ribonucleic Acid', true, 'inclisiran and other siRNA maintenance injections'),
    ('Angiopoietin-like 3 Inhibitor', true, null),
    ('Microsomal Triglyceride Transfer Protein Inhibitor', true, null),
    -- diabetes
    ('Biguanide', true, null),
    ('Sulfonylurea', true, null),
    ('Dipeptidyl Peptidase 4 Inhibitor', true, null),
    ('Sodium-Glucose Cotransporter 2 Inhibitor', true, null),
    ('Sodium-Glucose Co-transporter 2 Inhibitor', true, null),
    ('GLP-1 Receptor Agonist', true, null),
    ('Glucagon-like Peptide-1 (GLP-1) Agonist', true, null),
    ('GIP Receptor and GLP-1 Receptor Agonist', true, 'tirzepatide'),
    ('Insulin', true, null),
    ('Insulin Analog', true, null),
    ('Thiazolidinedione', true, null),
    ('Glinide', true, null),
    ('alpha-Glucosidase Inhibitor', true, null),
    ('Amylin Analog', true, null),
    ('Antihypoglycemic Agent', false, 'glucagon: rescue'),
    -- endocrine, bone, kidney
    ('l-Thyroxine', true, null),
    ('Thyroid', true, null),
    ('Thyroid Hormone Synthesis Inhibitor', true, null),
    ('Somatostatin Analog', true, null),
    ('Androgen', true, null),
    ('Estrogen', true, null),
    ('Progestin', true, null),
    ('Selective Estrogen Receptor Modulator', true, null),
    ('Estrogen Agonist/Antagonist', true, null),
    ('Gonadotropin Releasing Hormone Receptor Agonist', true, null),
    ('Gonadotropin Releasing Hormone Receptor Antagonist', true, null),
    ('Bisphosphonate', true, null),
    ('RANK Ligand Inhibitor', true, null),
    ('Parathyroid Hormone Analog', true, null),
    ('Sclerostin Inhibitor', true, null),
    ('Vitamin D3 Analog', true, 'calcitriol and analogs (CKD)'),
    ('Vitamin D2 Analog', true, null),
    ('Calcium-sensing Receptor Agonist', true, 'cinacalcet'),
    ('Phosphate Binder', true, null),
    ('Erythropoiesis-stimulating Agent', true, null),
    ('Potassium Binder', true, null),
    ('5-alpha Reductase Inhibitor', true, null),
    ('beta3-Adrenergic Agonist', true, 'mirabegron, vibegron'),
    ('Xanthine Oxidase Inhibitor', true, null),
    ('Iron Chelator', true, null),
    -- eye
    ('Prostaglandin Analog', true, 'glaucoma'),
    ('Rho Kinase Inhibitor', true, 'glaucoma'),
    ('Carbonic Anhydrase Inhibitor', true, 'glaucoma (dorzolamide, brinzolamide)'),
    -- respiratory
    ('beta2-Adrenergic Agonist', true, 'includes rescue inhalers, refilled for years in chronic lung disease'),
    ('Anticholinergic', true, 'long-acting muscarinic antagonists'),
    ('Leukotriene Receptor Antagonist', true, null),
    ('Phosphodiesterase 4 Inhibitor', true, 'roflumilast, apremilast'),
    ('Methylxanthine', true, null),
    ('Interleukin-5 Antagonist', true, null),
    ('Interleukin 5 Receptor alpha-directed Cytolytic Antibody', true, 'benralizumab'),
    ('Anti-IgE', true, null),
    ('Interleukin-4 Receptor alpha Antagonist', true, null),
    ('Thymic Stromal Lymphopoietin Blocker', true, null),
    ('Cystic Fibrosis Transmembrane Conductance Regulator Potentiator', true, 'ivacaftor'),
    ('Cystic Fibrosis Transmembrane Conductance Regulator Corrector', true, null),
    ('Pyridone', true, 'pirfenidone (idiopathic pulmonary fibrosis)'),
    -- HIV, hepatitis B
    ('Human Immunodeficiency Virus Integrase Strand Transfer Inhibitor', true, null),
    ('Human Immunodeficiency Virus Nucleoside Analog Reverse Transcriptase Inhibitor', true, null),
    ('Human Immunodeficiency Virus 1 Non-Nucleoside Analog Reverse Transcriptase Inhibitor', true, null),
    ('Human Immunodeficiency Virus Protease Inhibitor', true, null),
    ('HIV-1 Protease Inhibitor', true, null),
    ('CCR5 Co-receptor Antagonist', true, null),
    ('Cytochrome P450 3A Inhibitor', true, 'cobicistat boosting'),
    ('Human Immunodeficiency Virus Type 1 Attachment Inhibitor', true, null),
    ('HIV-1 Capsid Inhibitor', true, null),
    ('Hepatitis B Virus Nucleoside Analog Reverse Transcriptase Inhibitor', true, null),
    ('Hepatitis C Virus NS3/4A Protease Inhibitor', false, '8-12 week course'),
    ('Hepatitis C Virus NS5A Inhibitor', false, '8-12 week course'),
    ('Hepatitis C Virus NS5B RNA-dependent RNA Polymerase Inhibitor', false, '8-12 week course'),
    -- neurology, psychiatry
    ('Selective Serotonin Reuptake Inhibitor', true, null),
    ('Serotonin and Norepinephrine Reuptake Inhibitor', true, null),
    ('Tricyclic Antidepressant', true, null),
    ('Aminoketone', true, 'bupropion'),
    ('Tetracyclic Antidepressant', true, null),
    ('Monoamine Oxidase Inhibitor', true, null),
    ('Serotonin Reuptake Inhibitor', true, null),
    ('Atypical Antipsychotic', true, null),
    ('Typical Antipsychotic', true, null),
    ('Mood Stabilizer', true, null),
    ('Anti-epileptic Agent', true, null),
    ('Cholinesterase Inhibitor', true, null),
    ('N-methyl-D-aspartate Receptor Antagonist', true, 'memantine'),
    ('Amyloid Beta-directed Antibody', true, null),
    ('Dopamine Agonist', true, null),
    ('Aromatic Amino Acid Decarboxylation Inhibitor', true, 'carbidopa'),
    ('Catechol-O-Methyltransferase Inhibitor', true, null),
    ('Monoamine Oxidase Type B Inhibitor', true, null),
    ('Vesicular Monoamine Transporter 2 Inhibitor', true, null),
    ('Central Nervous System Stimulant', true, 'ADHD, narcolepsy'),
    ('Sphingosine 1-Phosphate Receptor Modulator', true, 'multiple sclerosis'),
    ('Potassium Channel Blocker', true, 'dalfampridine'),
    ('Benzodiazepine', false, 'as needed or short term (Beers); clonazepam is chronic in the drug table'),
    ('Opioid Agonist', false, 'pain; DMP handles opioid risk'),
    ('Barbiturate', false, null),
    ('Serotonin-1b and Serotonin-1d Receptor Agonist', false, 'triptans: acute migraine'),
    ('Serotonin-3 Receptor Antagonist', false, 'antiemetics'),
    ('General Anesthetic', false, null),
    ('Amide Local Anesthetic', false, null),
    -- oncology and hematology taken continuously
    ('Kinase Inhibitor', true, 'osimertinib, ruxolitinib, nintedanib, imatinib, ...'),
    ('Poly(ADP-Ribose) Polymerase Inhibitor', true, 'olaparib'),
    ('BCL-2 Inhibitor', true, 'venetoclax'),
    ('Aromatase Inhibitor', true, null),
    ('Androgen Receptor Inhibitor', true, null),
    ('Estrogen Receptor Antagonist', true, null),
    ('Thalidomide Analog', true, null),
    ('Hedgehog Pathway Inhibitor', true, null),
    ('Proteasome Inhibitor', true, null),
    ('Nuclear Export Inhibitor', true, null),
    ('Histone Deacetylase Inhibitor', true, null),
    ('Nucleoside Metabolic Inhibitor', true, 'oral capecitabine and similar, repeated cycles'),
    ('Thrombopoietin Receptor Agonist', true, null),
    -- immunology, rheumatology, GI
    ('Tumor Necrosis Factor Blocker', true, null),
    ('Janus Kinase Inhibitor', true, null),
    ('Interleukin-6 Receptor Antagonist', true, null),
    ('Interleukin-17A Antagonist', true, null),
    ('Interleukin-23 Antagonist', true, null),
    ('Interleukin-12 and Interleukin-23 Antagonist', true, null),
    ('Interleukin-1 Receptor Antagonist', true, null),
    ('Selective T Cell Costimulation Modulator', true, null),
    ('Calcineurin Inhibitor Immunosuppressant', true, null),
    ('mTOR Inhibitor Immunosuppressant', true, null),
    ('Antimetabolite Immunosuppressant', true, null),
    ('Antirheumatic Agent', true, null),
    ('Aminosalicylate', true, null),
    ('Integrin Receptor Antagonist', true, null),
    ('Proton Pump Inhibitor', true, null),
    ('Histamine-2 Receptor Antagonist', true, null),
    ('Chloride Channel Activator', true, null),
    ('Guanylate Cyclase-C Agonist', true, null),
    ('Bile Acid', true, 'ursodiol'),
    -- courses and as-needed
    ('Penicillin-class Antibacterial', false, null),
    ('Cephalosporin Antibacterial', false, null),
    ('Macrolide Antimicrobial', false, null),
    ('Quinolone Antimicrobial', false, null),
    ('Tetracycline-class Drug', false, null),
    ('Sulfonamide Antibacterial', false, null),
    ('Lincosamide Antibacterial', false, null),
    ('Nitrofuran Antibacterial', false, null),
    ('Nitroimidazole Antimicrobial', false, null),
    ('Aminoglycoside Antibacterial', false, null),
    ('Glycopeptide Antibacterial', false, null),
    ('Oxazolidinone-class Antibacterial', false, null),
    ('Azole Antifungal', false, null),
    ('Polyene Antifungal', false, null),
    ('Neuraminidase Inhibitor', false, null),
    ('Herpes Simplex Virus Nucleoside Analog DNA Polymerase Inhibitor', false, null),
    ('Nonsteroidal Anti-inflammatory Drug', false, null),
    ('Corticosteroid', false, 'bursts, tapers, topical; inhaled steroids are chronic through the drug table'),
    ('Histamine-1 Receptor Antagonist', false, null),
    ('Osmotic Laxative', false, null),
    ('Stimulant Laxative', false, null),
    ('Anthelmintic', false, null),
    ('Antiprotozoal', false, null),
    ('Antimalarial', false, 'hydroxychloroquine also carries Antirheumatic Agent, which wins'),
    ('alpha-Adrenergic Agonist', false, 'decongestants'),
    ('Vaccine', false, null);

-- ============================================================================ implied conditions by product
-- A drug implies a condition by product, not only by ingredient: semaglutide is Ozempic and Rybelsus
-- (type 2 diabetes) but also Wegovy (obesity, cardiovascular risk reduction, Part D-coverable since March
-- 2024); tirzepatide is Mounjaro (diabetes) and Zepbound (obesity, sleep apnea, Part D from January
-- 2025); liraglutide is Victoza (diabetes) and Saxenda (weight). A row here replaces the ingredients'
-- implied conditions for that product: a brand name (lower case) or an ingredient combination as the
-- rules label it ("sacubitril + valsartan"). condition_code null: the product implies nothing.
create table drug_product_condition (
    product        text not null check (product = lower(product)),
    condition_code text references chronic_condition (code),
    source         text not null
);
create unique index drug_product_condition_uq on drug_product_condition (product, coalesce(condition_code, ''));

insert into drug_product_condition (product, condition_code, source) values
    ('ozempic',   'DIABETES', 'FDA label: type 2 diabetes (also CV risk and CKD in T2D)'),
    ('rybelsus',  'DIABETES', 'FDA label: type 2 diabetes'),
    ('wegovy',    null,       'FDA label: chronic weight management, CV risk reduction with obesity, MASH: not diabetes'),
    ('mounjaro',  'DIABETES', 'FDA label: type 2 diabetes'),
    ('zepbound',  null,       'FDA label: chronic weight management, obstructive sleep apnea: not diabetes'),
    ('victoza',   'DIABETES', 'FDA label: type 2 diabetes'),
    ('saxenda',   null,       'FDA label: chronic weight management: not diabetes'),
    ('entresto',  'CHF',      'FDA label: heart failure only; its valsartan does not show hypertension'),
    ('sacubitril + valsartan', 'CHF', 'the Entresto combination by its ingredients (NDC directory products)'),
    ('farxiga',   null,       'FDA label: T2D, heart failure and CKD: none of them alone'),
    ('jardiance', null,       'FDA label: T2D, heart failure and CKD: none of them alone'),
    ('cymbalta',  null,       'FDA label: MDD, GAD, diabetic neuropathic pain, fibromyalgia, chronic musculoskeletal pain'),
    ('singulair', null,       'FDA label: asthma, exercise-induced bronchoconstriction, allergic rhinitis');

-- Ingredient-level links that no longer hold without the product (the ingredient alone is ambiguous):
-- GLP-1/GIP agonists sold for weight or sleep apnea as well as diabetes; empagliflozin and dapagliflozin
-- (heart failure and CKD without diabetes); duloxetine (pain indications as common as depression in
-- Medicare); montelukast (allergic rhinitis as well as asthma). Canagliflozin (diabetes and diabetic
-- kidney disease), ertugliflozin and bexagliflozin (diabetes only) and zafirlukast (asthma only) stay linked.
delete from drug_condition where (ingredient, condition_code) in (
    ('semaglutide', 'DIABETES'), ('tirzepatide', 'DIABETES'), ('liraglutide', 'DIABETES'),
    ('empagliflozin', 'DIABETES'), ('dapagliflozin', 'DIABETES'),
    ('duloxetine', 'MENTAL_HEALTH'), ('montelukast', 'ASTHMA'));

-- ============================================================================ ICD-10-CM
insert into condition_icd10_range (condition_code, code_from, code_to) values
    ('HYPERTENSION',     'I1A',   'I1A'),    -- I1A.0 resistant hypertension (new in FY2023), outside I10-I16
    ('ASTHMA',           'J8283', 'J8283'),  -- J82.83 eosinophilic asthma (new in FY2023), outside J45
    -- Mental health against the CMS core list ("depression, schizophrenia, bipolar disorder and other
    -- chronic/disabling mental health conditions"), read with CMS's C-SNP list of chronic and disabling
    -- mental health conditions (bipolar disorders, major depressive disorders, paranoid disorder,
    -- schizophrenia, schizoaffective disorder; recalled, not re-checked): F30 manic episode and F34.0
    -- cyclothymic disorder are bipolar-spectrum disorders and were missing.
    ('BIPOLAR_DISORDER', 'F30',   'F30'),
    ('BIPOLAR_DISORDER', 'F340',  'F340');

-- ============================================================================ DEA schedules by name
-- A product's schedule can differ from its ingredients' (21 CFR 1308.13, 1308.32): codeine is C-II alone
-- but Tylenol with Codeine (<= 90 mg per unit with acetaminophen) is C-III; butalbital is C-III but the
-- butalbital/acetaminophen/caffeine products Fioricet and Esgic are exempted prescription products;
-- dronabinol is C-III as Marinol capsules but C-II as Syndros oral solution. dea_schedule null: not controlled.
create table drug_brand_schedule (
    brand_name   text primary key check (brand_name = lower(brand_name)),
    dea_schedule text check (dea_schedule in ('CII', 'CIII', 'CIV', 'CV')),
    source       text not null
);

insert into drug_brand_schedule (brand_name, dea_schedule, source) values
    ('tylenol with codeine', 'CIII', '21 CFR 1308.13(e): codeine <= 90 mg per dosage unit with a non-narcotic ingredient'),
    ('fioricet',             null,   '21 CFR 1308.32 exempted prescription products: butalbital/acetaminophen/caffeine'),
    ('esgic',                null,   '21 CFR 1308.32 exempted prescription products: butalbital/acetaminophen/caffeine'),
    ('fiorinal',             'CIII', '21 CFR 1308.13(c): butalbital with aspirin is not exempted'),
    ('syndros',              'CII',  'DEA final rule (2017): FDA-approved dronabinol oral solution in Schedule II'),
    ('marinol',              'CIII', '21 CFR 1308.13(g): dronabinol in sesame oil in soft gelatin capsules');
