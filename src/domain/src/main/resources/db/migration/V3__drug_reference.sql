-- Reference data: drugs by active ingredient, the chronic conditions a drug implies, and US brand names.
-- Sources: CMS core chronic diseases and MTM maintenance-drug rule (42 CFR 423.153(d), CMS-4205-F) per the
-- domain brief; ClinCalc DrugStats top 300 drugs by US prescriptions (MEPS) for coverage of maintenance
-- drugs; DEA controlled substance schedules (21 CFR 1308.11-1308.15); FDA "flush list" of medicines
-- recommended for disposal by flushing; FDA Orange Book / Drugs@FDA for nonproprietary and brand names.
--
-- Keys are lower case, salt-free USAN/FDA nonproprietary names ('metformin', 'amlodipine').
-- chronic = taken as maintenance therapy for a chronic condition (counts toward MTM drug criteria).
-- dea_schedule is the federal schedule of the ingredient; a product's schedule can differ (codeine,
-- butalbital, dronabinol) and the NDC table carries the product schedule.
-- fda_flush_list marks ingredients on the FDA flush list in every form. Diazepam (rectal gel only) and
-- methylphenidate (transdermal system only) are flush-listed by form: their flag stays false here and the
-- form-specific rule lives with the disposal function.

-- ============================================================================================ drugs

-- Hypertension: ACE inhibitors, ARBs, renin inhibitor.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('lisinopril',   'ACE inhibitor', true, null, false),
    ('enalapril',    'ACE inhibitor', true, null, false),
    ('benazepril',   'ACE inhibitor', true, null, false),
    ('ramipril',     'ACE inhibitor', true, null, false),
    ('quinapril',    'ACE inhibitor', true, null, false),
    ('fosinopril',   'ACE inhibitor', true, null, false),
    ('captopril',    'ACE inhibitor', true, null, false),
    ('perindopril',  'ACE inhibitor', true, null, false),
    ('trandolapril', 'ACE inhibitor', true, null, false),
    ('moexipril',    'ACE inhibitor', true, null, false),
    ('losartan',     'angiotensin II receptor blocker', true, null, false),
    ('valsartan',    'angiotensin II receptor blocker', true, null, false),
    ('olmesartan',   'angiotensin II receptor blocker', true, null, false),
    ('irbesartan',   'angiotensin II receptor blocker', true, null, false),
    ('telmisartan',  'angiotensin II receptor blocker', true, null, false),
    ('candesartan',  'angiotensin II receptor blocker', true, null, false),
    ('azilsartan',   'angiotensin II receptor blocker', true, null, false),
    ('eprosartan',   'angiotensin II receptor blocker', true, null, false),
    ('aliskiren',    'direct renin inhibitor', true, null, false);

-- Calcium channel blockers and beta blockers.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('amlodipine',  'calcium channel blocker (dihydropyridine)', true, null, false),
    ('nifedipine',  'calcium channel blocker (dihydropyridine)', true, null, false),
    ('felodipine',  'calcium channel blocker (dihydropyridine)', true, null, false),
    ('nisoldipine', 'calcium channel blocker (dihydropyridine)', true, null, false),
    ('isradipine',  'calcium channel blocker (dihydropyridine)', true, null, false),
    ('nicardipine', 'calcium channel blocker (dihydropyridine)', true, null, false),
    ('diltiazem',   'calcium channel blocker (non-dihydropyridine)', true, null, false),
    ('verapamil',   'calcium channel blocker (non-dihydropyridine)', true, null, false),
    ('metoprolol',  'beta blocker', true, null, false),
    ('carvedilol',  'beta blocker', true, null, false),
    ('atenolol',    'beta blocker', true, null, false),
    ('propranolol', 'beta blocker', true, null, false),
    ('bisoprolol',  'beta blocker', true, null, false),
    ('nebivolol',   'beta blocker', true, null, false),
    ('labetalol',   'beta blocker', true, null, false),
    ('nadolol',     'beta blocker', true, null, false),
    ('pindolol',    'beta blocker', true, null, false),
    ('acebutolol',  'beta blocker', true, null, false),
    ('timolol',     'beta blocker', true, null, false);   -- oral and ophthalmic (glaucoma) forms

-- Diuretics, potassium and other antihypertensives.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('hydrochlorothiazide', 'thiazide diuretic', true, null, false),
    ('chlorthalidone',      'thiazide-like diuretic', true, null, false),
    ('indapamide',          'thiazide-like diuretic', true, null, false),
    ('metolazone',          'thiazide-like diuretic', true, null, false),
    ('furosemide',          'loop diuretic', true, null, false),
    ('torsemide',           'loop diuretic', true, null, false),
    ('bumetanide',          'loop diuretic', true, null, false),
    ('ethacrynic acid',     'loop diuretic', true, null, false),
    ('spironolactone',      'mineralocorticoid receptor antagonist', true, null, false),
    ('eplerenone',          'mineralocorticoid receptor antagonist', true, null, false),
    ('finerenone',          'mineralocorticoid receptor antagonist', true, null, false),
    ('triamterene',         'potassium-sparing diuretic', true, null, false),
    ('amiloride',           'potassium-sparing diuretic', true, null, false),
    ('potassium chloride',  'potassium supplement', true, null, false),  -- the salt is the drug
    ('clonidine',           'central alpha-2 agonist', true, null, false),
    ('guanfacine',          'central alpha-2 agonist', true, null, false),
    ('methyldopa',          'central alpha-2 agonist', true, null, false),
    ('doxazosin',           'alpha-1 blocker', true, null, false),
    ('terazosin',           'alpha-1 blocker', true, null, false),
    ('prazosin',            'alpha-1 blocker', true, null, false),
    ('hydralazine',         'direct vasodilator', true, null, false),
    ('minoxidil',           'direct vasodilator', true, null, false),
    ('midodrine',           'alpha-1 agonist (orthostatic hypotension)', true, null, false),
    ('droxidopa',           'norepinephrine precursor (orthostatic hypotension)', true, null, false),
    ('patiromer',           'potassium binder', true, null, false),
    ('sodium zirconium cyclosilicate', 'potassium binder', true, null, false);

-- Heart failure, angina and arrhythmia.
-- Nitroglycerin is a rescue drug for chronic stable angina (and a daily patch): chronic, like albuterol.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('sacubitril',               'neprilysin inhibitor', true, null, false),
    ('ivabradine',               'HCN channel blocker', true, null, false),
    ('vericiguat',               'soluble guanylate cyclase stimulator', true, null, false),
    ('digoxin',                  'cardiac glycoside', true, null, false),
    ('mavacamten',               'cardiac myosin inhibitor', true, null, false),
    ('tafamidis',                'transthyretin stabilizer', true, null, false),
    ('isosorbide mononitrate',   'nitrate', true, null, false),
    ('isosorbide dinitrate',     'nitrate', true, null, false),
    ('nitroglycerin',            'nitrate', true, null, false),
    ('ranolazine',               'antianginal', true, null, false),
    ('amiodarone',               'antiarrhythmic', true, null, false),
    ('dronedarone',              'antiarrhythmic', true, null, false),
    ('flecainide',               'antiarrhythmic', true, null, false),
    ('propafenone',              'antiarrhythmic', true, null, false),
    ('dofetilide',               'antiarrhythmic', true, null, false),
    ('mexiletine',               'antiarrhythmic', true, null, false),
    ('sotalol',                  'antiarrhythmic (beta blocker)', true, null, false),
    ('quinidine',                'antiarrhythmic', true, null, false);

-- Pulmonary arterial hypertension. Part D excludes erectile-dysfunction use, so sildenafil and tadalafil
-- claims are PAH (or BPH for tadalafil): maintenance.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('sildenafil',  'phosphodiesterase-5 inhibitor', true, null, false),
    ('tadalafil',   'phosphodiesterase-5 inhibitor', true, null, false),
    ('ambrisentan', 'endothelin receptor antagonist', true, null, false),
    ('bosentan',    'endothelin receptor antagonist', true, null, false),
    ('macitentan',  'endothelin receptor antagonist', true, null, false),
    ('riociguat',   'soluble guanylate cyclase stimulator', true, null, false),
    ('selexipag',   'prostacyclin receptor agonist', true, null, false);

-- Anticoagulants and antiplatelets.
-- Aspirin: low-dose aspirin is daily secondary prevention but is bought over the counter (not a Part D
-- drug) and the ingredient is mostly an as-needed analgesic: not chronic. Enoxaparin is short-course.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('warfarin',       'vitamin K antagonist anticoagulant', true, null, false),
    ('apixaban',       'factor Xa inhibitor anticoagulant', true, null, false),
    ('rivaroxaban',    'factor Xa inhibitor anticoagulant', true, null, false),
    ('edoxaban',       'factor Xa inhibitor anticoagulant', true, null, false),
    ('dabigatran',     'direct thrombin inhibitor anticoagulant', true, null, false),
    ('enoxaparin',     'low molecular weight heparin', false, null, false),
    ('clopidogrel',    'P2Y12 inhibitor antiplatelet', true, null, false),
    ('prasugrel',      'P2Y12 inhibitor antiplatelet', true, null, false),
    ('ticagrelor',     'P2Y12 inhibitor antiplatelet', true, null, false),
    ('cilostazol',     'phosphodiesterase-3 inhibitor antiplatelet', true, null, false),
    ('dipyridamole',   'antiplatelet', true, null, false),
    ('pentoxifylline', 'hemorheologic agent', true, null, false),
    ('aspirin',        'salicylate analgesic / antiplatelet', false, null, false);

-- Lipid-lowering drugs.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('atorvastatin',              'statin', true, null, false),
    ('rosuvastatin',              'statin', true, null, false),
    ('simvastatin',               'statin', true, null, false),
    ('pravastatin',               'statin', true, null, false),
    ('lovastatin',                'statin', true, null, false),
    ('pitavastatin',              'statin', true, null, false),
    ('fluvastatin',               'statin', true, null, false),
    ('ezetimibe',                 'cholesterol absorption inhibitor', true, null, false),
    ('fenofibrate',               'fibrate', true, null, false),
    ('fenofibric acid',           'fibrate', true, null, false),
    ('gemfibrozil',               'fibrate', true, null, false),
    ('niacin',                    'nicotinic acid (lipid)', true, null, false),
    ('omega-3-acid ethyl esters', 'omega-3 fatty acid (triglyceride lowering)', true, null, false),
    ('icosapent ethyl',           'omega-3 fatty acid (triglyceride lowering)', true, null, false),
    ('colesevelam',               'bile acid sequestrant', true, null, false),
    ('colestipol',                'bile acid sequestrant', true, null, false),
    ('cholestyramine',            'bile acid sequestrant', true, null, false),
    ('evolocumab',                'PCSK9 inhibitor', true, null, false),
    ('alirocumab',                'PCSK9 inhibitor', true, null, false),
    ('inclisiran',                'PCSK9 siRNA', true, null, false),
    ('bempedoic acid',            'ACL inhibitor', true, null, false);

-- Diabetes: oral agents.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('metformin',      'biguanide', true, null, false),
    ('glipizide',      'sulfonylurea', true, null, false),
    ('glimepiride',    'sulfonylurea', true, null, false),
    ('glyburide',      'sulfonylurea', true, null, false),
    ('pioglitazone',   'thiazolidinedione', true, null, false),
    ('sitagliptin',    'DPP-4 inhibitor', true, null, false),
    ('linagliptin',    'DPP-4 inhibitor', true, null, false),
    ('saxagliptin',    'DPP-4 inhibitor', true, null, false),
    ('alogliptin',     'DPP-4 inhibitor', true, null, false),
    ('empagliflozin',  'SGLT2 inhibitor', true, null, false),
    ('dapagliflozin',  'SGLT2 inhibitor', true, null, false),
    ('canagliflozin',  'SGLT2 inhibitor', true, null, false),
    ('ertugliflozin',  'SGLT2 inhibitor', true, null, false),
    ('sotagliflozin',  'SGLT1/2 inhibitor', true, null, false),
    ('repaglinide',    'meglitinide', true, null, false),
    ('nateglinide',    'meglitinide', true, null, false),
    ('acarbose',       'alpha-glucosidase inhibitor', true, null, false),
    ('miglitol',       'alpha-glucosidase inhibitor', true, null, false);

-- Diabetes: GLP-1/GIP agonists, insulins, amylin analog, glucagon (hypoglycemia rescue: not chronic).
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('semaglutide',      'GLP-1 receptor agonist', true, null, false),
    ('liraglutide',      'GLP-1 receptor agonist', true, null, false),
    ('dulaglutide',      'GLP-1 receptor agonist', true, null, false),
    ('exenatide',        'GLP-1 receptor agonist', true, null, false),
    ('lixisenatide',     'GLP-1 receptor agonist', true, null, false),
    ('tirzepatide',      'GIP/GLP-1 receptor agonist', true, null, false),
    ('insulin glargine', 'insulin, long-acting', true, null, false),
    ('insulin detemir',  'insulin, long-acting', true, null, false),
    ('insulin degludec', 'insulin, long-acting', true, null, false),
    ('insulin lispro',   'insulin, rapid-acting', true, null, false),
    ('insulin aspart',   'insulin, rapid-acting', true, null, false),
    ('insulin glulisine','insulin, rapid-acting', true, null, false),
    ('insulin human',    'insulin, short-acting (regular)', true, null, false),
    ('insulin isophane', 'insulin, intermediate-acting (NPH)', true, null, false),
    ('pramlintide',      'amylin analog', true, null, false),
    ('glucagon',         'antihypoglycemic', false, null, false);

-- Thyroid and other endocrine.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('levothyroxine',     'thyroid hormone', true, null, false),
    ('liothyronine',      'thyroid hormone', true, null, false),
    ('thyroid',           'thyroid hormone (desiccated, USP name)', true, null, false),
    ('methimazole',       'antithyroid', true, null, false),
    ('propylthiouracil',  'antithyroid', true, null, false),
    ('cabergoline',       'dopamine agonist (prolactin)', true, null, false),
    ('desmopressin',      'vasopressin analog', true, null, false),
    ('fludrocortisone',   'mineralocorticoid', true, null, false);

-- Osteoporosis, vitamins and minerals.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('alendronate',     'bisphosphonate', true, null, false),
    ('risedronate',     'bisphosphonate', true, null, false),
    ('ibandronate',     'bisphosphonate', true, null, false),
    ('zoledronic acid', 'bisphosphonate', true, null, false),
    ('denosumab',       'RANKL inhibitor', true, null, false),
    ('teriparatide',    'parathyroid hormone analog', true, null, false),
    ('abaloparatide',   'parathyroid hormone-related peptide analog', true, null, false),
    ('romosozumab',     'sclerostin inhibitor', true, null, false),
    ('raloxifene',      'selective estrogen receptor modulator', true, null, false),
    ('ergocalciferol',  'vitamin D', true, null, false),
    ('cholecalciferol', 'vitamin D', true, null, false),
    ('calcitriol',      'active vitamin D', true, null, false),
    ('paricalcitol',    'active vitamin D analog', true, null, false),
    ('doxercalciferol', 'active vitamin D analog', true, null, false),
    ('cyanocobalamin',  'vitamin B12', true, null, false),
    ('folic acid',      'folate', true, null, false),
    ('ferrous sulfate', 'iron supplement', true, null, false);  -- the salt is the drug

-- End-stage renal disease: phosphate binders, calcimimetic, anemia.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('sevelamer',                'phosphate binder', true, null, false),
    ('calcium acetate',          'phosphate binder', true, null, false),  -- the salt is the drug
    ('lanthanum',                'phosphate binder', true, null, false),
    ('ferric citrate',           'phosphate binder', true, null, false),
    ('sucroferric oxyhydroxide', 'phosphate binder', true, null, false),
    ('cinacalcet',               'calcimimetic', true, null, false),
    ('epoetin alfa',             'erythropoiesis-stimulating agent', true, null, false),
    ('darbepoetin alfa',         'erythropoiesis-stimulating agent', true, null, false);

-- Sex hormones and contraceptives (maintenance). Testosterone replacement for hypogonadism is lifelong
-- maintenance therapy: chronic, although it is a C-III drug.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('estradiol',            'estrogen', true, null, false),
    ('conjugated estrogens', 'estrogen', true, null, false),
    ('ethinyl estradiol',    'estrogen (contraceptive)', true, null, false),
    ('medroxyprogesterone',  'progestin', true, null, false),
    ('progesterone',         'progestin', true, null, false),
    ('norethindrone',        'progestin', true, null, false),
    ('levonorgestrel',       'progestin', true, null, false),
    ('drospirenone',         'progestin', true, null, false),
    ('norgestimate',         'progestin', true, null, false),
    ('etonogestrel',         'progestin', true, null, false),
    ('testosterone',         'androgen', true, 'CIII', false);

-- Benign prostatic hyperplasia and overactive bladder.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('tamsulosin',   'alpha-1 blocker (BPH)', true, null, false),
    ('alfuzosin',    'alpha-1 blocker (BPH)', true, null, false),
    ('silodosin',    'alpha-1 blocker (BPH)', true, null, false),
    ('finasteride',  '5-alpha reductase inhibitor', true, null, false),
    ('dutasteride',  '5-alpha reductase inhibitor', true, null, false),
    ('oxybutynin',   'antimuscarinic (overactive bladder)', true, null, false),
    ('tolterodine',  'antimuscarinic (overactive bladder)', true, null, false),
    ('solifenacin',  'antimuscarinic (overactive bladder)', true, null, false),
    ('darifenacin',  'antimuscarinic (overactive bladder)', true, null, false),
    ('trospium',     'antimuscarinic (overactive bladder)', true, null, false),
    ('fesoterodine', 'antimuscarinic (overactive bladder)', true, null, false),
    ('mirabegron',   'beta-3 agonist (overactive bladder)', true, null, false),
    ('vibegron',     'beta-3 agonist (overactive bladder)', true, null, false);

-- Gout.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('allopurinol', 'xanthine oxidase inhibitor', true, null, false),
    ('febuxostat',  'xanthine oxidase inhibitor', true, null, false),
    ('colchicine',  'antigout (anti-inflammatory)', true, null, false),
    ('probenecid',  'uricosuric', true, null, false);

-- Glaucoma and chronic eye disease.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('latanoprost',          'prostaglandin analog (glaucoma)', true, null, false),
    ('latanoprostene bunod', 'prostaglandin analog (glaucoma)', true, null, false),
    ('travoprost',           'prostaglandin analog (glaucoma)', true, null, false),
    ('bimatoprost',          'prostaglandin analog (glaucoma)', true, null, false),
    ('tafluprost',           'prostaglandin analog (glaucoma)', true, null, false),
    ('brimonidine',          'alpha-2 agonist (glaucoma)', true, null, false),
    ('dorzolamide',          'carbonic anhydrase inhibitor (glaucoma)', true, null, false),
    ('brinzolamide',         'carbonic anhydrase inhibitor (glaucoma)', true, null, false),
    ('acetazolamide',        'carbonic anhydrase inhibitor', true, null, false),
    ('netarsudil',           'rho kinase inhibitor (glaucoma)', true, null, false),
    ('pilocarpine',          'cholinergic agonist', true, null, false),
    ('cyclosporine',         'calcineurin inhibitor', true, null, false),  -- transplant and ophthalmic (dry eye)
    ('lifitegrast',          'LFA-1 antagonist (dry eye)', true, null, false);

-- Respiratory: bronchodilators. Albuterol and levalbuterol are rescue inhalers for a chronic lung
-- disease, refilled for years: chronic.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('albuterol',     'short-acting beta-2 agonist', true, null, false),
    ('levalbuterol',  'short-acting beta-2 agonist', true, null, false),
    ('salmeterol',    'long-acting beta-2 agonist', true, null, false),
    ('formoterol',    'long-acting beta-2 agonist', true, null, false),
    ('arformoterol',  'long-acting beta-2 agonist', true, null, false),
    ('vilanterol',    'long-acting beta-2 agonist', true, null, false),
    ('olodaterol',    'long-acting beta-2 agonist', true, null, false),
    ('tiotropium',    'long-acting muscarinic antagonist', true, null, false),
    ('umeclidinium',  'long-acting muscarinic antagonist', true, null, false),
    ('aclidinium',    'long-acting muscarinic antagonist', true, null, false),
    ('revefenacin',   'long-acting muscarinic antagonist', true, null, false),
    ('glycopyrrolate','muscarinic antagonist', true, null, false),  -- inhaled (COPD) and oral (drooling, ulcer)
    ('ipratropium',   'short-acting muscarinic antagonist', true, null, false),
    ('theophylline',  'methylxanthine bronchodilator', true, null, false),
    ('roflumilast',   'phosphodiesterase-4 inhibitor', true, null, false),
    ('ensifentrine',  'phosphodiesterase-3/4 inhibitor', true, null, false);

-- Respiratory: corticosteroids, leukotriene modifiers, biologics, allergy.
-- Fluticasone is one row for the propionate and the furoate (same active moiety; nasal, inhaled and
-- topical products). Antihistamines for allergic rhinitis are seasonal or as needed: not chronic.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('fluticasone',     'corticosteroid (inhaled/nasal)', true, null, false),
    ('budesonide',      'corticosteroid (inhaled/nasal/oral)', true, null, false),
    ('mometasone',      'corticosteroid (inhaled/nasal/topical)', true, null, false),
    ('beclomethasone',  'corticosteroid (inhaled/nasal)', true, null, false),
    ('ciclesonide',     'corticosteroid (inhaled/nasal)', true, null, false),
    ('montelukast',     'leukotriene receptor antagonist', true, null, false),
    ('zafirlukast',     'leukotriene receptor antagonist', true, null, false),
    ('omalizumab',      'anti-IgE monoclonal antibody', true, null, false),
    ('mepolizumab',     'anti-IL-5 monoclonal antibody', true, null, false),
    ('benralizumab',    'anti-IL-5 receptor monoclonal antibody', true, null, false),
    ('tezepelumab',     'anti-TSLP monoclonal antibody', true, null, false),
    ('dupilumab',       'anti-IL-4 receptor monoclonal antibody', true, null, false),
    ('azelastine',      'antihistamine (nasal/ophthalmic)', false, null, false),
    ('olopatadine',     'antihistamine (ophthalmic/nasal)', false, null, false),
    ('cetirizine',      'antihistamine', false, null, false),
    ('levocetirizine',  'antihistamine', false, null, false),
    ('loratadine',      'antihistamine', false, null, false),
    ('fexofenadine',    'antihistamine', false, null, false),
    ('hydroxyzine',     'antihistamine (anxiety, itch)', false, null, false),
    ('diphenhydramine', 'antihistamine', false, null, false),
    ('benzonatate',     'antitussive', false, null, false),
    ('guaifenesin',     'expectorant', false, null, false),
    -- Dextromethorphan is mostly an OTC cough suppressant; its daily uses (Auvelity, Nuedexta) are
    -- made chronic by their partner ingredient.
    ('dextromethorphan','antitussive / NMDA antagonist', false, null, false),
    ('epinephrine',     'alpha/beta agonist (anaphylaxis rescue)', false, null, false);

-- HIV antiretrovirals and hepatitis B (lifelong); hepatitis C (8-12 week course: not chronic).
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('bictegravir',            'integrase inhibitor (HIV)', true, null, false),
    ('dolutegravir',           'integrase inhibitor (HIV)', true, null, false),
    ('raltegravir',            'integrase inhibitor (HIV)', true, null, false),
    ('elvitegravir',           'integrase inhibitor (HIV)', true, null, false),
    ('cabotegravir',           'integrase inhibitor (HIV)', true, null, false),
    ('emtricitabine',          'nucleoside reverse transcriptase inhibitor (HIV)', true, null, false),
    ('tenofovir alafenamide',  'nucleotide reverse transcriptase inhibitor (HIV, HBV)', true, null, false),
    ('tenofovir disoproxil',   'nucleotide reverse transcriptase inhibitor (HIV, HBV)', true, null, false),
    ('lamivudine',             'nucleoside reverse transcriptase inhibitor (HIV, HBV)', true, null, false),
    ('abacavir',               'nucleoside reverse transcriptase inhibitor (HIV)', true, null, false),
    ('zidovudine',             'nucleoside reverse transcriptase inhibitor (HIV)', true, null, false),
    ('rilpivirine',            'non-nucleoside reverse transcriptase inhibitor (HIV)', true, null, false),
    ('efavirenz',              'non-nucleoside reverse transcriptase inhibitor (HIV)', true, null, false),
    ('doravirine',             'non-nucleoside reverse transcriptase inhibitor (HIV)', true, null, false),
    ('etravirine',             'non-nucleoside reverse transcriptase inhibitor (HIV)', true, null, false),
    ('nevirapine',             'non-nucleoside reverse transcriptase inhibitor (HIV)', true, null, false),
    ('darunavir',              'protease inhibitor (HIV)', true, null, false),
    ('atazanavir',             'protease inhibitor (HIV)', true, null, false),
    ('lopinavir',              'protease inhibitor (HIV)', true, null, false),
    ('fosamprenavir',          'protease inhibitor (HIV)', true, null, false),
    ('tipranavir',             'protease inhibitor (HIV)', true, null, false),
    ('ritonavir',              'protease inhibitor / pharmacokinetic booster', true, null, false),
    ('cobicistat',             'pharmacokinetic booster (HIV)', true, null, false),
    ('maraviroc',              'CCR5 antagonist (HIV)', true, null, false),
    ('fostemsavir',            'attachment inhibitor (HIV)', true, null, false),
    ('lenacapavir',            'capsid inhibitor (HIV)', true, null, false),
    ('entecavir',              'nucleoside analog (hepatitis B)', true, null, false),
    ('sofosbuvir',             'NS5B polymerase inhibitor (hepatitis C)', false, null, false),
    ('velpatasvir',            'NS5A inhibitor (hepatitis C)', false, null, false),
    ('ledipasvir',             'NS5A inhibitor (hepatitis C)', false, null, false),
    ('glecaprevir',            'NS3/4A protease inhibitor (hepatitis C)', false, null, false),
    ('pibrentasvir',           'NS5A inhibitor (hepatitis C)', false, null, false),
    ('nirmatrelvir',           'protease inhibitor (COVID-19)', false, null, false);

-- Alzheimer's disease, Parkinson's disease and other neurological maintenance drugs.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('donepezil',            'cholinesterase inhibitor', true, null, false),
    ('rivastigmine',         'cholinesterase inhibitor', true, null, false),
    ('galantamine',          'cholinesterase inhibitor', true, null, false),
    ('memantine',            'NMDA receptor antagonist', true, null, false),
    ('lecanemab',            'anti-amyloid monoclonal antibody', true, null, false),
    ('donanemab',            'anti-amyloid monoclonal antibody', true, null, false),
    ('carbidopa',            'decarboxylase inhibitor (Parkinson''s)', true, null, false),
    ('levodopa',             'dopamine precursor (Parkinson''s)', true, null, false),
    ('pramipexole',          'dopamine agonist', true, null, false),
    ('ropinirole',           'dopamine agonist', true, null, false),
    ('rotigotine',           'dopamine agonist', true, null, false),
    ('rasagiline',           'MAO-B inhibitor', true, null, false),
    ('selegiline',           'MAO-B inhibitor', true, null, false),
    ('safinamide',           'MAO-B inhibitor', true, null, false),
    ('entacapone',           'COMT inhibitor', true, null, false),
    ('opicapone',            'COMT inhibitor', true, null, false),
    ('istradefylline',       'adenosine A2A antagonist', true, null, false),
    ('amantadine',           'NMDA antagonist (Parkinson''s)', true, null, false),
    ('benztropine',          'anticholinergic (Parkinson''s, EPS)', true, null, false),
    ('trihexyphenidyl',      'anticholinergic (Parkinson''s, EPS)', true, null, false),
    ('pyridostigmine',       'cholinesterase inhibitor (myasthenia gravis)', true, null, false),
    ('riluzole',             'glutamate antagonist (ALS)', true, null, false),
    ('tetrabenazine',        'VMAT2 inhibitor', true, null, false),
    ('deutetrabenazine',     'VMAT2 inhibitor', true, null, false),
    ('valbenazine',          'VMAT2 inhibitor', true, null, false),
    ('dimethyl fumarate',    'multiple sclerosis disease-modifying agent', true, null, false),
    ('teriflunomide',        'multiple sclerosis disease-modifying agent', true, null, false),
    ('fingolimod',           'multiple sclerosis disease-modifying agent', true, null, false),
    ('siponimod',            'multiple sclerosis disease-modifying agent', true, null, false),
    ('ozanimod',             'multiple sclerosis disease-modifying agent', true, null, false),
    ('glatiramer',           'multiple sclerosis disease-modifying agent', true, null, false),
    ('dalfampridine',        'potassium channel blocker (MS walking)', true, null, false),
    ('baclofen',             'skeletal muscle relaxant (spasticity)', true, null, false),
    ('tizanidine',           'skeletal muscle relaxant (spasticity)', true, null, false);

-- Anticonvulsants. Gabapentin is not federally controlled (some states schedule it as C-V) and, like
-- pregabalin, is taken daily for epilepsy or neuropathic pain: both chronic. Clobazam, phenobarbital and
-- the C-V/C-III antiepileptics are daily seizure maintenance: chronic.
-- Divalproex and valproic acid are both kept because FDA product substance names use both for the same
-- active moiety (valproate).
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('levetiracetam',    'antiepileptic', true, null, false),
    ('lamotrigine',      'antiepileptic / mood stabilizer', true, null, false),
    ('topiramate',       'antiepileptic', true, null, false),
    ('divalproex',       'antiepileptic / mood stabilizer', true, null, false),
    ('valproic acid',    'antiepileptic / mood stabilizer', true, null, false),
    ('oxcarbazepine',    'antiepileptic', true, null, false),
    ('carbamazepine',    'antiepileptic / mood stabilizer', true, null, false),
    ('eslicarbazepine',  'antiepileptic', true, null, false),
    ('phenytoin',        'antiepileptic', true, null, false),
    ('zonisamide',       'antiepileptic', true, null, false),
    ('primidone',        'antiepileptic', true, null, false),
    ('ethosuximide',     'antiepileptic', true, null, false),
    ('rufinamide',       'antiepileptic', true, null, false),
    ('felbamate',        'antiepileptic', true, null, false),
    ('tiagabine',        'antiepileptic', true, null, false),
    ('vigabatrin',       'antiepileptic', true, null, false),
    ('gabapentin',       'gabapentinoid', true, null, false),
    ('pregabalin',       'gabapentinoid', true, 'CV', false),
    ('lacosamide',       'antiepileptic', true, 'CV', false),
    ('brivaracetam',     'antiepileptic', true, 'CV', false),
    ('cenobamate',       'antiepileptic', true, 'CV', false),
    ('perampanel',       'antiepileptic', true, 'CIII', false),
    ('clobazam',         'benzodiazepine antiepileptic', true, 'CIV', false),
    ('phenobarbital',    'barbiturate antiepileptic', true, 'CIV', false);

-- Migraine: preventives are chronic; acute treatments are as needed.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('erenumab',     'CGRP monoclonal antibody (migraine prevention)', true, null, false),
    ('galcanezumab', 'CGRP monoclonal antibody (migraine prevention)', true, null, false),
    ('fremanezumab', 'CGRP monoclonal antibody (migraine prevention)', true, null, false),
    ('atogepant',    'CGRP receptor antagonist (migraine prevention)', true, null, false),
    ('rimegepant',   'CGRP receptor antagonist (migraine)', false, null, false),
    ('ubrogepant',   'CGRP receptor antagonist (acute migraine)', false, null, false),
    ('sumatriptan',  'triptan (acute migraine)', false, null, false),
    ('rizatriptan',  'triptan (acute migraine)', false, null, false),
    ('lasmiditan',   '5-HT1F agonist (acute migraine)', false, 'CV', false);

-- Antidepressants and anxiolytics.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('sertraline',      'SSRI antidepressant', true, null, false),
    ('escitalopram',    'SSRI antidepressant', true, null, false),
    ('citalopram',      'SSRI antidepressant', true, null, false),
    ('fluoxetine',      'SSRI antidepressant', true, null, false),
    ('paroxetine',      'SSRI antidepressant', true, null, false),
    ('fluvoxamine',     'SSRI antidepressant', true, null, false),
    ('vilazodone',      'SSRI/5-HT1A partial agonist antidepressant', true, null, false),
    ('vortioxetine',    'serotonin modulator antidepressant', true, null, false),
    ('duloxetine',      'SNRI antidepressant', true, null, false),
    ('venlafaxine',     'SNRI antidepressant', true, null, false),
    ('desvenlafaxine',  'SNRI antidepressant', true, null, false),
    ('levomilnacipran', 'SNRI antidepressant', true, null, false),
    ('milnacipran',     'SNRI (fibromyalgia)', true, null, false),
    ('bupropion',       'NDRI antidepressant', true, null, false),
    ('mirtazapine',     'tetracyclic antidepressant', true, null, false),
    ('trazodone',       'SARI antidepressant', true, null, false),
    ('nefazodone',      'SARI antidepressant', true, null, false),
    ('amitriptyline',   'tricyclic antidepressant', true, null, false),
    ('nortriptyline',   'tricyclic antidepressant', true, null, false),
    ('doxepin',         'tricyclic antidepressant', true, null, false),
    ('imipramine',      'tricyclic antidepressant', true, null, false),
    ('desipramine',     'tricyclic antidepressant', true, null, false),
    ('clomipramine',    'tricyclic antidepressant', true, null, false),
    ('phenelzine',      'MAO inhibitor antidepressant', true, null, false),
    ('tranylcypromine', 'MAO inhibitor antidepressant', true, null, false),
    ('esketamine',      'NMDA antagonist antidepressant', true, 'CIII', false),
    ('buspirone',       'anxiolytic (azapirone)', true, null, false);

-- Antipsychotics and mood stabilizers.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('quetiapine',     'second-generation antipsychotic', true, null, false),
    ('aripiprazole',   'second-generation antipsychotic', true, null, false),
    ('risperidone',    'second-generation antipsychotic', true, null, false),
    ('olanzapine',     'second-generation antipsychotic', true, null, false),
    ('ziprasidone',    'second-generation antipsychotic', true, null, false),
    ('lurasidone',     'second-generation antipsychotic', true, null, false),
    ('paliperidone',   'second-generation antipsychotic', true, null, false),
    ('clozapine',      'second-generation antipsychotic', true, null, false),
    ('cariprazine',    'second-generation antipsychotic', true, null, false),
    ('brexpiprazole',  'second-generation antipsychotic', true, null, false),
    ('asenapine',      'second-generation antipsychotic', true, null, false),
    ('iloperidone',    'second-generation antipsychotic', true, null, false),
    ('lumateperone',   'second-generation antipsychotic', true, null, false),
    ('pimavanserin',   'atypical antipsychotic (Parkinson''s psychosis)', true, null, false),
    ('haloperidol',    'first-generation antipsychotic', true, null, false),
    ('chlorpromazine', 'first-generation antipsychotic', true, null, false),
    ('fluphenazine',   'first-generation antipsychotic', true, null, false),
    ('perphenazine',   'first-generation antipsychotic', true, null, false),
    ('thiothixene',    'first-generation antipsychotic', true, null, false),
    ('loxapine',       'first-generation antipsychotic', true, null, false),
    ('xanomeline',     'muscarinic agonist antipsychotic', true, null, false),
    ('samidorphan',    'opioid antagonist (with olanzapine)', true, null, false),
    ('lithium',        'mood stabilizer', true, null, false);

-- ADHD, narcolepsy and wakefulness. Stimulants are taken daily for years for ADHD or narcolepsy, so they
-- are chronic here despite being C-II; sodium oxybate is nightly narcolepsy maintenance: chronic.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('amphetamine',            'CNS stimulant', true, 'CII', false),
    ('dextroamphetamine',      'CNS stimulant', true, 'CII', false),
    ('lisdexamfetamine',       'CNS stimulant', true, 'CII', false),
    ('methylphenidate',        'CNS stimulant', true, 'CII', false),  -- transdermal system is flush-listed: form rule in disposal
    ('dexmethylphenidate',     'CNS stimulant', true, 'CII', false),
    ('serdexmethylphenidate',  'CNS stimulant (prodrug)', true, 'CIV', false),
    ('atomoxetine',            'norepinephrine reuptake inhibitor (ADHD)', true, null, false),
    ('viloxazine',             'norepinephrine reuptake inhibitor (ADHD)', true, null, false),
    ('modafinil',              'wakefulness-promoting agent', true, 'CIV', false),
    ('armodafinil',            'wakefulness-promoting agent', true, 'CIV', false),
    ('solriamfetol',           'wakefulness-promoting agent', true, 'CIV', false),
    ('pitolisant',             'H3 receptor antagonist (narcolepsy)', true, null, false),
    ('sodium oxybate',         'CNS depressant (narcolepsy)', true, 'CIII', true);  -- the salt is the drug

-- Substance use disorders. Buprenorphine: chronic, because its dominant outpatient use is opioid use
-- disorder maintenance (Suboxone, Sublocade), not short-term pain. Naltrexone, acamprosate and
-- disulfiram are maintenance too; naloxone (rescue) and smoking-cessation courses are not.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('buprenorphine', 'partial opioid agonist', true, 'CIII', true),
    ('naloxone',      'opioid antagonist', false, null, false),
    ('naltrexone',    'opioid antagonist', true, null, false),
    ('acamprosate',   'alcohol use disorder agent', true, null, false),
    ('disulfiram',    'alcohol use disorder agent', true, null, false),
    ('varenicline',   'smoking cessation agent', false, null, false),
    ('nicotine',      'smoking cessation agent', false, null, false);

-- Opioid analgesics: not chronic (pain, acute or as needed; long-term opioid therapy is not treated as a
-- maintenance drug for MTM targeting, which DMP handles separately). Methadone for opioid use disorder
-- is dispensed by opioid treatment programs outside Part D, so Part D methadone is pain: not chronic.
-- Codeine is C-II as a single ingredient; codeine combinations are C-III (<= 90 mg/unit) or C-V (cough
-- preparations): the NDC table carries the product schedule.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('hydrocodone',     'opioid analgesic', false, 'CII', true),
    ('benzhydrocodone', 'opioid analgesic (hydrocodone prodrug)', false, 'CII', true),
    ('oxycodone',       'opioid analgesic', false, 'CII', true),
    ('morphine',        'opioid analgesic', false, 'CII', true),
    ('hydromorphone',   'opioid analgesic', false, 'CII', true),
    ('oxymorphone',     'opioid analgesic', false, 'CII', true),
    ('fentanyl',        'opioid analgesic', false, 'CII', true),
    ('methadone',       'opioid analgesic', false, 'CII', true),
    ('meperidine',      'opioid analgesic', false, 'CII', true),
    ('tapentadol',      'opioid analgesic', false, 'CII', true),
    ('codeine',         'opioid analgesic / antitussive', false, 'CII', false),
    ('tramadol',        'opioid analgesic', false, 'CIV', false),
    ('butorphanol',     'opioid agonist-antagonist analgesic', false, 'CIV', false);

-- Sedative-hypnotics and benzodiazepines. Clonazepam: chronic, it is typically a scheduled daily
-- maintenance drug (panic disorder, seizure disorders). Alprazolam, lorazepam, diazepam and temazepam:
-- not chronic, they are mostly as-needed or short-term and guidelines (Beers) discourage long-term use.
-- Hypnotics are labelled for short-term or as-needed insomnia: not chronic.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('clonazepam',       'benzodiazepine', true, 'CIV', false),
    ('alprazolam',       'benzodiazepine', false, 'CIV', false),
    ('lorazepam',        'benzodiazepine', false, 'CIV', false),
    ('diazepam',         'benzodiazepine', false, 'CIV', false),  -- rectal gel is flush-listed: form rule in disposal
    ('temazepam',        'benzodiazepine hypnotic', false, 'CIV', false),
    ('chlordiazepoxide', 'benzodiazepine', false, 'CIV', false),
    ('midazolam',        'benzodiazepine (seizure rescue)', false, 'CIV', false),
    ('zolpidem',         'non-benzodiazepine hypnotic', false, 'CIV', false),
    ('eszopiclone',      'non-benzodiazepine hypnotic', false, 'CIV', false),
    ('zaleplon',         'non-benzodiazepine hypnotic', false, 'CIV', false),
    ('suvorexant',       'orexin receptor antagonist hypnotic', false, 'CIV', false),
    ('lemborexant',      'orexin receptor antagonist hypnotic', false, 'CIV', false),
    ('daridorexant',     'orexin receptor antagonist hypnotic', false, 'CIV', false),
    ('ramelteon',        'melatonin receptor agonist hypnotic', false, null, false);

-- Other controlled substances members ask about for disposal.
-- Butalbital is C-III as an ingredient; butalbital/acetaminophen/caffeine products are exempt and
-- aspirin combinations are C-III. Dronabinol capsules are C-III (the oral solution is C-II).
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('carisoprodol',   'skeletal muscle relaxant', false, 'CIV', false),
    ('ketamine',       'anesthetic (NMDA antagonist)', false, 'CIII', false),
    ('butalbital',     'barbiturate (headache combinations)', false, 'CIII', false),
    ('dronabinol',     'cannabinoid antiemetic / appetite stimulant', false, 'CIII', false),
    ('phentermine',    'sympathomimetic anorectic', false, 'CIV', false),
    ('diphenoxylate',  'antidiarrheal (opioid-derived)', false, 'CV', false),
    ('atropine',       'anticholinergic', false, null, false),
    ('eluxadoline',    'mixed opioid receptor agent (IBS-D)', true, 'CIV', false);

-- Analgesics, NSAIDs and non-controlled muscle relaxants: as needed or short-term, not chronic
-- (NSAIDs are symptomatic and guidelines favour the shortest duration, even in osteoarthritis).
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('acetaminophen',  'analgesic / antipyretic', false, null, false),
    ('caffeine',       'methylxanthine (analgesic adjuvant)', false, null, false),
    ('ibuprofen',      'NSAID', false, null, false),
    ('naproxen',       'NSAID', false, null, false),
    ('meloxicam',      'NSAID', false, null, false),
    ('celecoxib',      'NSAID (COX-2 selective)', false, null, false),
    ('diclofenac',     'NSAID', false, null, false),
    ('nabumetone',     'NSAID', false, null, false),
    ('etodolac',       'NSAID', false, null, false),
    ('ketorolac',      'NSAID', false, null, false),
    ('indomethacin',   'NSAID', false, null, false),
    ('misoprostol',    'prostaglandin E1 analog', false, null, false),
    ('lidocaine',      'local anesthetic', false, null, false),
    ('cyclobenzaprine','skeletal muscle relaxant', false, null, false),
    ('methocarbamol',  'skeletal muscle relaxant', false, null, false),
    ('metaxalone',     'skeletal muscle relaxant', false, null, false);

-- Gastrointestinal and liver. PPIs and H2 blockers are refilled long term for GERD: chronic.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('omeprazole',       'proton pump inhibitor', true, null, false),
    ('pantoprazole',     'proton pump inhibitor', true, null, false),
    ('esomeprazole',     'proton pump inhibitor', true, null, false),
    ('lansoprazole',     'proton pump inhibitor', true, null, false),
    ('rabeprazole',      'proton pump inhibitor', true, null, false),
    ('dexlansoprazole',  'proton pump inhibitor', true, null, false),
    ('famotidine',       'H2 receptor antagonist', true, null, false),
    ('mesalamine',       'aminosalicylate (ulcerative colitis)', true, null, false),
    ('ursodiol',         'bile acid', true, null, false),
    ('linaclotide',      'guanylate cyclase-C agonist (constipation)', true, null, false),
    ('plecanatide',      'guanylate cyclase-C agonist (constipation)', true, null, false),
    ('lubiprostone',     'chloride channel activator (constipation)', true, null, false),
    ('prucalopride',     '5-HT4 agonist (constipation)', true, null, false),
    ('lactulose',        'osmotic laxative (hepatic encephalopathy)', true, null, false),
    ('rifaximin',        'rifamycin antibiotic (hepatic encephalopathy)', true, null, false),
    ('pancrelipase',     'pancreatic enzymes', true, null, false),
    ('sucralfate',       'mucosal protectant', false, null, false),
    ('dicyclomine',      'antispasmodic', false, null, false),
    ('hyoscyamine',      'antispasmodic', false, null, false),
    ('loperamide',       'antidiarrheal', false, null, false),
    ('ondansetron',      '5-HT3 antagonist antiemetic', false, null, false),
    ('metoclopramide',   'prokinetic antiemetic', false, null, false),
    ('prochlorperazine', 'phenothiazine antiemetic', false, null, false),
    ('promethazine',     'phenothiazine antihistamine / antiemetic', false, null, false),
    ('meclizine',        'antihistamine antiemetic (vertigo)', false, null, false),
    ('polyethylene glycol 3350', 'osmotic laxative', false, null, false);

-- Rheumatology and immunology: DMARDs, biologics, JAK inhibitors, transplant immunosuppressants.
-- Mycophenolate mofetil (ester prodrug) and mycophenolic acid (delayed-release salt) are distinct
-- nonproprietary drugs with different dosing: two rows.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('methotrexate',          'antimetabolite DMARD', true, null, false),
    ('hydroxychloroquine',    'antimalarial DMARD', true, null, false),
    ('leflunomide',           'pyrimidine synthesis inhibitor DMARD', true, null, false),
    ('sulfasalazine',         'aminosalicylate DMARD', true, null, false),
    ('azathioprine',          'antimetabolite immunosuppressant', true, null, false),
    ('apremilast',            'phosphodiesterase-4 inhibitor', true, null, false),
    ('adalimumab',            'TNF inhibitor', true, null, false),
    ('etanercept',            'TNF inhibitor', true, null, false),
    ('certolizumab',          'TNF inhibitor', true, null, false),
    ('golimumab',             'TNF inhibitor', true, null, false),
    ('infliximab',            'TNF inhibitor', true, null, false),
    ('abatacept',             'T-cell costimulation modulator', true, null, false),
    ('tocilizumab',           'IL-6 receptor antagonist', true, null, false),
    ('sarilumab',             'IL-6 receptor antagonist', true, null, false),
    ('anakinra',              'IL-1 receptor antagonist', true, null, false),
    ('secukinumab',           'IL-17A antagonist', true, null, false),
    ('ixekizumab',            'IL-17A antagonist', true, null, false),
    ('ustekinumab',           'IL-12/23 antagonist', true, null, false),
    ('guselkumab',            'IL-23 antagonist', true, null, false),
    ('risankizumab',          'IL-23 antagonist', true, null, false),
    ('tofacitinib',           'JAK inhibitor', true, null, false),
    ('baricitinib',           'JAK inhibitor', true, null, false),
    ('upadacitinib',          'JAK inhibitor', true, null, false),
    ('tacrolimus',            'calcineurin inhibitor', true, null, false),
    ('mycophenolate mofetil', 'antimetabolite immunosuppressant', true, null, false),
    ('mycophenolic acid',     'antimetabolite immunosuppressant', true, null, false),
    ('sirolimus',             'mTOR inhibitor immunosuppressant', true, null, false),
    ('everolimus',            'mTOR inhibitor', true, null, false);

-- Oral oncology and hematology maintenance (taken continuously for months to years).
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('tamoxifen',     'selective estrogen receptor modulator (breast cancer)', true, null, false),
    ('anastrozole',   'aromatase inhibitor', true, null, false),
    ('letrozole',     'aromatase inhibitor', true, null, false),
    ('exemestane',    'aromatase inhibitor', true, null, false),
    ('bicalutamide',  'antiandrogen', true, null, false),
    ('enzalutamide',  'androgen receptor inhibitor', true, null, false),
    ('apalutamide',   'androgen receptor inhibitor', true, null, false),
    ('abiraterone',   'CYP17 inhibitor', true, null, false),
    ('imatinib',      'tyrosine kinase inhibitor', true, null, false),
    ('ibrutinib',     'BTK inhibitor', true, null, false),
    ('palbociclib',   'CDK4/6 inhibitor', true, null, false),
    ('lenalidomide',  'immunomodulator', true, null, false),
    ('hydroxyurea',   'antimetabolite (sickle cell, myeloproliferative)', true, null, false),
    ('anagrelide',    'platelet-reducing agent', true, null, false);

-- Systemic and topical corticosteroids: bursts, tapers or as-needed topical use, not chronic.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('prednisone',         'corticosteroid', false, null, false),
    ('methylprednisolone', 'corticosteroid', false, null, false),
    ('dexamethasone',      'corticosteroid', false, null, false),
    ('hydrocortisone',     'corticosteroid', false, null, false),
    ('triamcinolone',      'corticosteroid', false, null, false),
    ('clobetasol',         'corticosteroid (topical)', false, null, false),
    ('betamethasone',      'corticosteroid (topical)', false, null, false),
    ('fluocinonide',       'corticosteroid (topical)', false, null, false),
    ('prednisolone',       'corticosteroid', false, null, false);

-- Anti-infectives: courses, not chronic. Valacyclovir/acyclovir are mostly episodic.
insert into drug (ingredient, therapeutic_class, chronic, dea_schedule, fda_flush_list) values
    ('amoxicillin',      'penicillin antibiotic', false, null, false),
    ('clavulanate',      'beta-lactamase inhibitor', false, null, false),
    ('penicillin v',     'penicillin antibiotic', false, null, false),
    ('azithromycin',     'macrolide antibiotic', false, null, false),
    ('cephalexin',       'cephalosporin antibiotic', false, null, false),
    ('cefdinir',         'cephalosporin antibiotic', false, null, false),
    ('cefuroxime',       'cephalosporin antibiotic', false, null, false),
    ('doxycycline',      'tetracycline antibiotic', false, null, false),
    ('minocycline',      'tetracycline antibiotic', false, null, false),
    ('ciprofloxacin',    'fluoroquinolone antibiotic', false, null, false),
    ('levofloxacin',     'fluoroquinolone antibiotic', false, null, false),
    ('sulfamethoxazole', 'sulfonamide antibiotic', false, null, false),
    ('trimethoprim',     'folate antagonist antibiotic', false, null, false),
    ('nitrofurantoin',   'urinary antibacterial', false, null, false),
    ('clindamycin',      'lincosamide antibiotic', false, null, false),
    ('metronidazole',    'nitroimidazole antibiotic', false, null, false),
    ('mupirocin',        'topical antibiotic', false, null, false),
    ('valacyclovir',     'antiviral (herpes)', false, null, false),
    ('acyclovir',        'antiviral (herpes)', false, null, false),
    ('oseltamivir',      'antiviral (influenza)', false, null, false),
    ('fluconazole',      'azole antifungal', false, null, false),
    ('terbinafine',      'allylamine antifungal', false, null, false),
    ('ketoconazole',     'azole antifungal', false, null, false),
    ('nystatin',         'polyene antifungal', false, null, false);

-- ============================================================================================ conditions
-- A drug is linked only when it strongly implies the condition on its own (used when no medical claims
-- are available). Combination products imply a condition through any linked component.

-- Hypertension: ACE inhibitors, ARBs, aliskiren, dihydropyridine CCBs, thiazides, methyldopa, hydralazine.
-- Not linked: diltiazem/verapamil (rate control, angina), beta blockers (CAD, AF, HF, migraine, tremor),
-- clonidine/guanfacine (ADHD, withdrawal), alpha blockers (BPH), minoxidil (hair loss), metolazone and
-- potassium-sparing diuretics (edema). Valsartan stays linked although Entresto (heart failure) contains it.
insert into drug_condition (ingredient, condition_code) values
    ('lisinopril', 'HYPERTENSION'), ('enalapril', 'HYPERTENSION'), ('benazepril', 'HYPERTENSION'),
    ('ramipril', 'HYPERTENSION'), ('quinapril', 'HYPERTENSION'), ('fosinopril', 'HYPERTENSION'),
    ('captopril', 'HYPERTENSION'), ('perindopril', 'HYPERTENSION'), ('trandolapril', 'HYPERTENSION'),
    ('moexipril', 'HYPERTENSION'), ('losartan', 'HYPERTENSION'), ('valsartan', 'HYPERTENSION'),
    ('olmesartan', 'HYPERTENSION'), ('irbesartan', 'HYPERTENSION'), ('telmisartan', 'HYPERTENSION'),
    ('candesartan', 'HYPERTENSION'), ('azilsartan', 'HYPERTENSION'), ('eprosartan', 'HYPERTENSION'),
    ('aliskiren', 'HYPERTENSION'), ('amlodipine', 'HYPERTENSION'), ('nifedipine', 'HYPERTENSION'),
    ('felodipine', 'HYPERTENSION'), ('nisoldipine', 'HYPERTENSION'), ('isradipine', 'HYPERTENSION'),
    ('nicardipine', 'HYPERTENSION'), ('hydrochlorothiazide', 'HYPERTENSION'),
    ('chlorthalidone', 'HYPERTENSION'), ('indapamide', 'HYPERTENSION'), ('methyldopa', 'HYPERTENSION'),
    ('hydralazine', 'HYPERTENSION');

-- Heart failure: drugs used only for heart failure. Loop diuretics are not linked (edema from CKD,
-- cirrhosis and venous disease is common), nor digoxin (AF), spironolactone or eplerenone (HTN, other).
insert into drug_condition (ingredient, condition_code) values
    ('sacubitril', 'CHF'), ('ivabradine', 'CHF'), ('vericiguat', 'CHF'), ('sotagliflozin', 'CHF');

-- Diabetes: all glucose-lowering drugs and glucagon (outpatient glucagon is hypoglycemia rescue for
-- insulin-treated diabetes). Semaglutide, liraglutide and tirzepatide stay linked: Part D excludes
-- weight-loss use. Empagliflozin and dapagliflozin are also used for HF/CKD without diabetes; linked
-- anyway as most use is diabetes.
insert into drug_condition (ingredient, condition_code) values
    ('metformin', 'DIABETES'), ('glipizide', 'DIABETES'), ('glimepiride', 'DIABETES'),
    ('glyburide', 'DIABETES'), ('pioglitazone', 'DIABETES'), ('sitagliptin', 'DIABETES'),
    ('linagliptin', 'DIABETES'), ('saxagliptin', 'DIABETES'), ('alogliptin', 'DIABETES'),
    ('empagliflozin', 'DIABETES'), ('dapagliflozin', 'DIABETES'), ('canagliflozin', 'DIABETES'),
    ('ertugliflozin', 'DIABETES'), ('repaglinide', 'DIABETES'), ('nateglinide', 'DIABETES'),
    ('acarbose', 'DIABETES'), ('miglitol', 'DIABETES'), ('semaglutide', 'DIABETES'),
    ('liraglutide', 'DIABETES'), ('dulaglutide', 'DIABETES'), ('exenatide', 'DIABETES'),
    ('lixisenatide', 'DIABETES'), ('tirzepatide', 'DIABETES'), ('insulin glargine', 'DIABETES'),
    ('insulin detemir', 'DIABETES'), ('insulin degludec', 'DIABETES'), ('insulin lispro', 'DIABETES'),
    ('insulin aspart', 'DIABETES'), ('insulin glulisine', 'DIABETES'), ('insulin human', 'DIABETES'),
    ('insulin isophane', 'DIABETES'), ('pramlintide', 'DIABETES'), ('glucagon', 'DIABETES');

-- Dyslipidemia. Cholestyramine is not linked (bile acid diarrhea and pruritus are common uses).
insert into drug_condition (ingredient, condition_code) values
    ('atorvastatin', 'DYSLIPIDEMIA'), ('rosuvastatin', 'DYSLIPIDEMIA'), ('simvastatin', 'DYSLIPIDEMIA'),
    ('pravastatin', 'DYSLIPIDEMIA'), ('lovastatin', 'DYSLIPIDEMIA'), ('pitavastatin', 'DYSLIPIDEMIA'),
    ('fluvastatin', 'DYSLIPIDEMIA'), ('ezetimibe', 'DYSLIPIDEMIA'), ('fenofibrate', 'DYSLIPIDEMIA'),
    ('fenofibric acid', 'DYSLIPIDEMIA'), ('gemfibrozil', 'DYSLIPIDEMIA'), ('niacin', 'DYSLIPIDEMIA'),
    ('omega-3-acid ethyl esters', 'DYSLIPIDEMIA'), ('icosapent ethyl', 'DYSLIPIDEMIA'),
    ('colesevelam', 'DYSLIPIDEMIA'), ('colestipol', 'DYSLIPIDEMIA'), ('evolocumab', 'DYSLIPIDEMIA'),
    ('alirocumab', 'DYSLIPIDEMIA'), ('inclisiran', 'DYSLIPIDEMIA'), ('bempedoic acid', 'DYSLIPIDEMIA');

-- Alzheimer's disease (rivastigmine is also labelled for Parkinson's dementia; linked anyway).
insert into drug_condition (ingredient, condition_code) values
    ('donepezil', 'ALZHEIMERS'), ('memantine', 'ALZHEIMERS'), ('rivastigmine', 'ALZHEIMERS'),
    ('galantamine', 'ALZHEIMERS'), ('lecanemab', 'ALZHEIMERS'), ('donanemab', 'ALZHEIMERS');

-- ESRD: phosphate binders labelled for dialysis patients and cinacalcet (secondary hyperparathyroidism
-- on dialysis). Active vitamin D and ESAs are not linked (used in earlier CKD stages too).
insert into drug_condition (ingredient, condition_code) values
    ('sevelamer', 'ESRD'), ('calcium acetate', 'ESRD'), ('lanthanum', 'ESRD'), ('ferric citrate', 'ESRD'),
    ('sucroferric oxyhydroxide', 'ESRD'), ('cinacalcet', 'ESRD');

-- HIV/AIDS: antiretrovirals used only to treat HIV. Not linked: emtricitabine, tenofovir alafenamide,
-- tenofovir disoproxil, cabotegravir and lenacapavir (also HIV PrEP, and tenofovir for hepatitis B) and
-- ritonavir (in Paxlovid for COVID-19); a treatment regimen implies HIV through its other components.
insert into drug_condition (ingredient, condition_code) values
    ('bictegravir', 'HIV_AIDS'), ('dolutegravir', 'HIV_AIDS'), ('raltegravir', 'HIV_AIDS'),
    ('elvitegravir', 'HIV_AIDS'), ('lamivudine', 'HIV_AIDS'), ('abacavir', 'HIV_AIDS'),
    ('zidovudine', 'HIV_AIDS'), ('rilpivirine', 'HIV_AIDS'), ('efavirenz', 'HIV_AIDS'),
    ('doravirine', 'HIV_AIDS'), ('etravirine', 'HIV_AIDS'), ('nevirapine', 'HIV_AIDS'),
    ('darunavir', 'HIV_AIDS'), ('atazanavir', 'HIV_AIDS'), ('lopinavir', 'HIV_AIDS'),
    ('fosamprenavir', 'HIV_AIDS'), ('tipranavir', 'HIV_AIDS'), ('cobicistat', 'HIV_AIDS'),
    ('maraviroc', 'HIV_AIDS'), ('fostemsavir', 'HIV_AIDS');

-- Osteoporosis. Zoledronic acid and denosumab also have oncology products (Zometa, Xgeva); linked
-- anyway as osteoporosis dominates in Medicare.
insert into drug_condition (ingredient, condition_code) values
    ('alendronate', 'OSTEOPOROSIS'), ('risedronate', 'OSTEOPOROSIS'), ('ibandronate', 'OSTEOPOROSIS'),
    ('zoledronic acid', 'OSTEOPOROSIS'), ('denosumab', 'OSTEOPOROSIS'), ('teriparatide', 'OSTEOPOROSIS'),
    ('abaloparatide', 'OSTEOPOROSIS'), ('romosozumab', 'OSTEOPOROSIS'), ('raloxifene', 'OSTEOPOROSIS');

-- Rheumatoid arthritis: only drugs whose predominant use is RA. Not linked: methotrexate (psoriasis,
-- oncology), hydroxychloroquine (lupus), sulfasalazine (ulcerative colitis), adalimumab, infliximab,
-- certolizumab, golimumab, upadacitinib (IBD, psoriasis, spondyloarthritis), IL-17/IL-23 agents.
insert into drug_condition (ingredient, condition_code) values
    ('leflunomide', 'RHEUMATOID_ARTHRITIS'), ('abatacept', 'RHEUMATOID_ARTHRITIS'),
    ('tocilizumab', 'RHEUMATOID_ARTHRITIS'), ('sarilumab', 'RHEUMATOID_ARTHRITIS'),
    ('tofacitinib', 'RHEUMATOID_ARTHRITIS'), ('baricitinib', 'RHEUMATOID_ARTHRITIS'),
    ('etanercept', 'RHEUMATOID_ARTHRITIS');

-- Mental health. Rule: link the core MENTAL_HEALTH unless every labelled indication is one finer
-- condition. SSRIs, SNRIs, bupropion, mirtazapine and most TCAs treat depression and anxiety disorders:
-- MENTAL_HEALTH. MDD-only drugs: DEPRESSION. Antipsychotics: MENTAL_HEALTH, except clozapine, paliperidone
-- and xanomeline (schizophrenia/schizoaffective only): SCHIZOPHRENIA. Lithium: BIPOLAR_DISORDER.
-- Not linked: amitriptyline, nortriptyline, doxepin, trazodone (mostly pain, migraine or insomnia at low
-- doses), milnacipran (fibromyalgia), ADHD drugs, benzodiazepines and hypnotics, substance use drugs.
insert into drug_condition (ingredient, condition_code) values
    ('sertraline', 'MENTAL_HEALTH'), ('escitalopram', 'MENTAL_HEALTH'), ('citalopram', 'MENTAL_HEALTH'),
    ('fluoxetine', 'MENTAL_HEALTH'), ('paroxetine', 'MENTAL_HEALTH'), ('fluvoxamine', 'MENTAL_HEALTH'),
    ('duloxetine', 'MENTAL_HEALTH'), ('venlafaxine', 'MENTAL_HEALTH'), ('bupropion', 'MENTAL_HEALTH'),
    ('mirtazapine', 'MENTAL_HEALTH'), ('imipramine', 'MENTAL_HEALTH'), ('desipramine', 'MENTAL_HEALTH'),
    ('clomipramine', 'MENTAL_HEALTH'), ('buspirone', 'MENTAL_HEALTH'),
    ('vilazodone', 'DEPRESSION'), ('vortioxetine', 'DEPRESSION'), ('desvenlafaxine', 'DEPRESSION'),
    ('levomilnacipran', 'DEPRESSION'), ('nefazodone', 'DEPRESSION'), ('phenelzine', 'DEPRESSION'),
    ('tranylcypromine', 'DEPRESSION'), ('esketamine', 'DEPRESSION'),
    ('quetiapine', 'MENTAL_HEALTH'), ('aripiprazole', 'MENTAL_HEALTH'), ('risperidone', 'MENTAL_HEALTH'),
    ('olanzapine', 'MENTAL_HEALTH'), ('ziprasidone', 'MENTAL_HEALTH'), ('lurasidone', 'MENTAL_HEALTH'),
    ('cariprazine', 'MENTAL_HEALTH'), ('brexpiprazole', 'MENTAL_HEALTH'), ('asenapine', 'MENTAL_HEALTH'),
    ('iloperidone', 'MENTAL_HEALTH'), ('lumateperone', 'MENTAL_HEALTH'), ('pimavanserin', 'MENTAL_HEALTH'),
    ('haloperidol', 'MENTAL_HEALTH'), ('chlorpromazine', 'MENTAL_HEALTH'), ('fluphenazine', 'MENTAL_HEALTH'),
    ('perphenazine', 'MENTAL_HEALTH'), ('thiothixene', 'MENTAL_HEALTH'), ('loxapine', 'MENTAL_HEALTH'),
    ('samidorphan', 'MENTAL_HEALTH'),
    ('clozapine', 'SCHIZOPHRENIA'), ('paliperidone', 'SCHIZOPHRENIA'), ('xanomeline', 'SCHIZOPHRENIA'),
    ('lithium', 'BIPOLAR_DISORDER');

-- Respiratory. COPD-only drugs: COPD. Leukotriene antagonists and tezepelumab: ASTHMA. Rescue
-- bronchodilators, LABAs, theophylline, inhaled ipratropium (nebulized use dominates) and the
-- eosinophilic/IgE biologics (asthma plus COPD or other indications): RESPIRATORY. Not linked: inhaled
-- corticosteroids (fluticasone, budesonide, mometasone, beclomethasone, ciclesonide) because the same
-- ingredient is sold as nasal sprays for allergic rhinitis and as oral or topical products; ICS/LABA
-- inhalers imply RESPIRATORY through their LABA. Glycopyrrolate (mostly oral) and dupilumab (mostly
-- atopic dermatitis) are not linked. Roflumilast also has a topical psoriasis product; oral COPD use dominates.
insert into drug_condition (ingredient, condition_code) values
    ('tiotropium', 'COPD'), ('umeclidinium', 'COPD'), ('aclidinium', 'COPD'), ('revefenacin', 'COPD'),
    ('arformoterol', 'COPD'), ('olodaterol', 'COPD'), ('roflumilast', 'COPD'), ('ensifentrine', 'COPD'),
    ('montelukast', 'ASTHMA'), ('zafirlukast', 'ASTHMA'), ('tezepelumab', 'ASTHMA'),
    ('albuterol', 'RESPIRATORY'), ('levalbuterol', 'RESPIRATORY'), ('salmeterol', 'RESPIRATORY'),
    ('formoterol', 'RESPIRATORY'), ('vilanterol', 'RESPIRATORY'), ('ipratropium', 'RESPIRATORY'),
    ('theophylline', 'RESPIRATORY'), ('omalizumab', 'RESPIRATORY'), ('mepolizumab', 'RESPIRATORY'),
    ('benralizumab', 'RESPIRATORY');

-- ============================================================================================ brands
-- Current and well-known former US brands, lower case; a combination brand has one row per ingredient.

-- Hypertension brands.
insert into drug_brand (brand_name, ingredient) values
    ('zestril', 'lisinopril'), ('prinivil', 'lisinopril'), ('qbrelis', 'lisinopril'),
    ('zestoretic', 'lisinopril'), ('zestoretic', 'hydrochlorothiazide'),
    ('prinzide', 'lisinopril'), ('prinzide', 'hydrochlorothiazide'),
    ('vasotec', 'enalapril'), ('epaned', 'enalapril'),
    ('vaseretic', 'enalapril'), ('vaseretic', 'hydrochlorothiazide'),
    ('lotensin', 'benazepril'),
    ('lotensin hct', 'benazepril'), ('lotensin hct', 'hydrochlorothiazide'),
    ('lotrel', 'amlodipine'), ('lotrel', 'benazepril'),
    ('altace', 'ramipril'),
    ('accupril', 'quinapril'),
    ('accuretic', 'quinapril'), ('accuretic', 'hydrochlorothiazide'),
    ('monopril', 'fosinopril'),
    ('capoten', 'captopril'),
    ('aceon', 'perindopril'),
    ('prestalia', 'perindopril'), ('prestalia', 'amlodipine'),
    ('mavik', 'trandolapril'),
    ('tarka', 'trandolapril'), ('tarka', 'verapamil'),
    ('univasc', 'moexipril'),
    ('cozaar', 'losartan'),
    ('hyzaar', 'losartan'), ('hyzaar', 'hydrochlorothiazide'),
    ('diovan', 'valsartan'),
    ('diovan hct', 'valsartan'), ('diovan hct', 'hydrochlorothiazide'),
    ('exforge', 'amlodipine'), ('exforge', 'valsartan'),
    ('exforge hct', 'amlodipine'), ('exforge hct', 'valsartan'), ('exforge hct', 'hydrochlorothiazide'),
    ('benicar', 'olmesartan'),
    ('benicar hct', 'olmesartan'), ('benicar hct', 'hydrochlorothiazide'),
    ('azor', 'amlodipine'), ('azor', 'olmesartan'),
    ('tribenzor', 'olmesartan'), ('tribenzor', 'amlodipine'), ('tribenzor', 'hydrochlorothiazide'),
    ('avapro', 'irbesartan'),
    ('avalide', 'irbesartan'), ('avalide', 'hydrochlorothiazide'),
    ('micardis', 'telmisartan'),
    ('micardis hct', 'telmisartan'), ('micardis hct', 'hydrochlorothiazide'),
    ('twynsta', 'telmisartan'), ('twynsta', 'amlodipine'),
    ('atacand', 'candesartan'),
    ('atacand hct', 'candesartan'), ('atacand hct', 'hydrochlorothiazide'),
    ('edarbi', 'azilsartan'),
    ('edarbyclor', 'azilsartan'), ('edarbyclor', 'chlorthalidone'),
    ('teveten', 'eprosartan'),
    ('tekturna', 'aliskiren'),
    ('norvasc', 'amlodipine'), ('katerzia', 'amlodipine'), ('norliqva', 'amlodipine'),
    ('procardia', 'nifedipine'), ('adalat', 'nifedipine'),
    ('plendil', 'felodipine'), ('sular', 'nisoldipine'), ('dynacirc', 'isradipine'), ('cardene', 'nicardipine'),
    ('cardizem', 'diltiazem'), ('tiazac', 'diltiazem'), ('cartia', 'diltiazem'), ('dilacor', 'diltiazem'),
    ('calan', 'verapamil'), ('verelan', 'verapamil'), ('isoptin', 'verapamil'),
    ('microzide', 'hydrochlorothiazide'), ('thalitone', 'chlorthalidone'), ('lozol', 'indapamide'),
    ('zaroxolyn', 'metolazone'),
    ('dyazide', 'triamterene'), ('dyazide', 'hydrochlorothiazide'),
    ('maxzide', 'triamterene'), ('maxzide', 'hydrochlorothiazide'),
    ('moduretic', 'amiloride'), ('moduretic', 'hydrochlorothiazide'), ('midamor', 'amiloride'),
    ('aldactone', 'spironolactone'), ('carospir', 'spironolactone'),
    ('aldactazide', 'spironolactone'), ('aldactazide', 'hydrochlorothiazide'),
    ('inspra', 'eplerenone'), ('kerendia', 'finerenone'),
    ('catapres', 'clonidine'), ('kapvay', 'clonidine'),
    ('tenex', 'guanfacine'), ('intuniv', 'guanfacine'),
    ('cardura', 'doxazosin'), ('hytrin', 'terazosin'), ('minipress', 'prazosin'),
    ('apresoline', 'hydralazine'), ('aldomet', 'methyldopa'), ('loniten', 'minoxidil'), ('rogaine', 'minoxidil'),
    ('proamatine', 'midodrine'), ('northera', 'droxidopa'),
    ('klor-con', 'potassium chloride'), ('k-dur', 'potassium chloride'), ('micro-k', 'potassium chloride'),
    ('k-tab', 'potassium chloride'),
    ('veltassa', 'patiromer'), ('lokelma', 'sodium zirconium cyclosilicate');

-- Beta blocker brands.
insert into drug_brand (brand_name, ingredient) values
    ('lopressor', 'metoprolol'), ('toprol', 'metoprolol'), ('toprol xl', 'metoprolol'),
    ('lopressor hct', 'metoprolol'), ('lopressor hct', 'hydrochlorothiazide'),
    ('dutoprol', 'metoprolol'), ('dutoprol', 'hydrochlorothiazide'),
    ('coreg', 'carvedilol'),
    ('tenormin', 'atenolol'),
    ('tenoretic', 'atenolol'), ('tenoretic', 'chlorthalidone'),
    ('inderal', 'propranolol'), ('innopran', 'propranolol'), ('hemangeol', 'propranolol'),
    ('zebeta', 'bisoprolol'),
    ('ziac', 'bisoprolol'), ('ziac', 'hydrochlorothiazide'),
    ('bystolic', 'nebivolol'),
    ('trandate', 'labetalol'), ('normodyne', 'labetalol'),
    ('corgard', 'nadolol'), ('sectral', 'acebutolol'), ('visken', 'pindolol'),
    ('betapace', 'sotalol'), ('sotylize', 'sotalol');

-- Heart failure, angina, arrhythmia, pulmonary hypertension brands.
insert into drug_brand (brand_name, ingredient) values
    ('entresto', 'sacubitril'), ('entresto', 'valsartan'),
    ('corlanor', 'ivabradine'), ('verquvo', 'vericiguat'), ('inpefa', 'sotagliflozin'),
    ('lanoxin', 'digoxin'), ('camzyos', 'mavacamten'),
    ('vyndaqel', 'tafamidis'), ('vyndamax', 'tafamidis'),
    ('lasix', 'furosemide'), ('furoscix', 'furosemide'),
    ('demadex', 'torsemide'), ('soaanz', 'torsemide'), ('bumex', 'bumetanide'), ('edecrin', 'ethacrynic acid'),
    ('imdur', 'isosorbide mononitrate'), ('monoket', 'isosorbide mononitrate'), ('ismo', 'isosorbide mononitrate'),
    ('isordil', 'isosorbide dinitrate'),
    ('bidil', 'isosorbide dinitrate'), ('bidil', 'hydralazine'),
    ('nitrostat', 'nitroglycerin'), ('nitro-dur', 'nitroglycerin'), ('nitrolingual', 'nitroglycerin'),
    ('minitran', 'nitroglycerin'),
    ('ranexa', 'ranolazine'), ('aspruzyo', 'ranolazine'),
    ('pacerone', 'amiodarone'), ('cordarone', 'amiodarone'),
    ('multaq', 'dronedarone'), ('tambocor', 'flecainide'), ('rythmol', 'propafenone'), ('tikosyn', 'dofetilide'),
    ('mexitil', 'mexiletine'),
    ('nuedexta', 'dextromethorphan'), ('nuedexta', 'quinidine'),
    ('revatio', 'sildenafil'), ('viagra', 'sildenafil'),
    ('cialis', 'tadalafil'), ('adcirca', 'tadalafil'), ('alyq', 'tadalafil'),
    ('letairis', 'ambrisentan'), ('tracleer', 'bosentan'), ('opsumit', 'macitentan'),
    ('opsynvi', 'macitentan'), ('opsynvi', 'tadalafil'),
    ('adempas', 'riociguat'), ('uptravi', 'selexipag');

-- Anticoagulant and antiplatelet brands.
insert into drug_brand (brand_name, ingredient) values
    ('coumadin', 'warfarin'), ('jantoven', 'warfarin'),
    ('eliquis', 'apixaban'), ('xarelto', 'rivaroxaban'), ('pradaxa', 'dabigatran'), ('savaysa', 'edoxaban'),
    ('lovenox', 'enoxaparin'),
    ('plavix', 'clopidogrel'), ('effient', 'prasugrel'), ('brilinta', 'ticagrelor'),
    ('pletal', 'cilostazol'), ('persantine', 'dipyridamole'),
    ('aggrenox', 'aspirin'), ('aggrenox', 'dipyridamole'),
    ('trental', 'pentoxifylline'),
    ('bayer', 'aspirin'), ('ecotrin', 'aspirin');

-- Lipid brands.
insert into drug_brand (brand_name, ingredient) values
    ('lipitor', 'atorvastatin'),
    ('caduet', 'amlodipine'), ('caduet', 'atorvastatin'),
    ('crestor', 'rosuvastatin'), ('ezallor', 'rosuvastatin'),
    ('roszet', 'ezetimibe'), ('roszet', 'rosuvastatin'),
    ('zocor', 'simvastatin'), ('flolipid', 'simvastatin'),
    ('vytorin', 'ezetimibe'), ('vytorin', 'simvastatin'),
    ('simcor', 'niacin'), ('simcor', 'simvastatin'),
    ('pravachol', 'pravastatin'),
    ('mevacor', 'lovastatin'), ('altoprev', 'lovastatin'),
    ('advicor', 'niacin'), ('advicor', 'lovastatin'),
    ('livalo', 'pitavastatin'), ('zypitamag', 'pitavastatin'),
    ('lescol', 'fluvastatin'),
    ('zetia', 'ezetimibe'),
    ('nexletol', 'bempedoic acid'),
    ('nexlizet', 'bempedoic acid'), ('nexlizet', 'ezetimibe'),
    ('tricor', 'fenofibrate'), ('fenoglide', 'fenofibrate'), ('lipofen', 'fenofibrate'), ('antara', 'fenofibrate'),
    ('triglide', 'fenofibrate'), ('lofibra', 'fenofibrate'),
    ('trilipix', 'fenofibric acid'), ('fibricor', 'fenofibric acid'),
    ('lopid', 'gemfibrozil'),
    ('niaspan', 'niacin'), ('niacor', 'niacin'),
    ('lovaza', 'omega-3-acid ethyl esters'), ('vascepa', 'icosapent ethyl'),
    ('welchol', 'colesevelam'), ('colestid', 'colestipol'),
    ('questran', 'cholestyramine'), ('prevalite', 'cholestyramine'),
    ('repatha', 'evolocumab'), ('praluent', 'alirocumab'), ('leqvio', 'inclisiran');

-- Diabetes brands: oral agents.
insert into drug_brand (brand_name, ingredient) values
    ('glucophage', 'metformin'), ('glumetza', 'metformin'), ('fortamet', 'metformin'), ('riomet', 'metformin'),
    ('glucotrol', 'glipizide'),
    ('metaglip', 'glipizide'), ('metaglip', 'metformin'),
    ('amaryl', 'glimepiride'),
    ('diabeta', 'glyburide'), ('micronase', 'glyburide'), ('glynase', 'glyburide'),
    ('glucovance', 'glyburide'), ('glucovance', 'metformin'),
    ('actos', 'pioglitazone'),
    ('actoplus met', 'pioglitazone'), ('actoplus met', 'metformin'),
    ('duetact', 'pioglitazone'), ('duetact', 'glimepiride'),
    ('oseni', 'alogliptin'), ('oseni', 'pioglitazone'),
    ('januvia', 'sitagliptin'), ('zituvio', 'sitagliptin'),
    ('janumet', 'sitagliptin'), ('janumet', 'metformin'),
    ('tradjenta', 'linagliptin'),
    ('jentadueto', 'linagliptin'), ('jentadueto', 'metformin'),
    ('onglyza', 'saxagliptin'),
    ('kombiglyze', 'saxagliptin'), ('kombiglyze', 'metformin'),
    ('nesina', 'alogliptin'),
    ('kazano', 'alogliptin'), ('kazano', 'metformin'),
    ('jardiance', 'empagliflozin'),
    ('synjardy', 'empagliflozin'), ('synjardy', 'metformin'),
    ('glyxambi', 'empagliflozin'), ('glyxambi', 'linagliptin'),
    ('trijardy', 'empagliflozin'), ('trijardy', 'linagliptin'), ('trijardy', 'metformin'),
    ('farxiga', 'dapagliflozin'),
    ('xigduo', 'dapagliflozin'), ('xigduo', 'metformin'),
    ('qtern', 'dapagliflozin'), ('qtern', 'saxagliptin'),
    ('invokana', 'canagliflozin'),
    ('invokamet', 'canagliflozin'), ('invokamet', 'metformin'),
    ('steglatro', 'ertugliflozin'),
    ('segluromet', 'ertugliflozin'), ('segluromet', 'metformin'),
    ('steglujan', 'ertugliflozin'), ('steglujan', 'sitagliptin'),
    ('prandin', 'repaglinide'), ('starlix', 'nateglinide'), ('precose', 'acarbose'), ('glyset', 'miglitol');

-- Diabetes brands: injectables and insulins.
insert into drug_brand (brand_name, ingredient) values
    ('ozempic', 'semaglutide'), ('wegovy', 'semaglutide'), ('rybelsus', 'semaglutide'),
    ('victoza', 'liraglutide'), ('saxenda', 'liraglutide'),
    ('xultophy', 'insulin degludec'), ('xultophy', 'liraglutide'),
    ('trulicity', 'dulaglutide'),
    ('byetta', 'exenatide'), ('bydureon', 'exenatide'),
    ('mounjaro', 'tirzepatide'), ('zepbound', 'tirzepatide'),
    ('adlyxin', 'lixisenatide'),
    ('soliqua', 'insulin glargine'), ('soliqua', 'lixisenatide'),
    ('lantus', 'insulin glargine'), ('basaglar', 'insulin glargine'), ('toujeo', 'insulin glargine'),
    ('semglee', 'insulin glargine'), ('rezvoglar', 'insulin glargine'),
    ('levemir', 'insulin detemir'), ('tresiba', 'insulin degludec'),
    ('humalog', 'insulin lispro'), ('admelog', 'insulin lispro'), ('lyumjev', 'insulin lispro'),
    ('humalog mix', 'insulin lispro'),
    ('novolog', 'insulin aspart'), ('fiasp', 'insulin aspart'), ('novolog mix', 'insulin aspart'),
    ('apidra', 'insulin glulisine'),
    ('humulin r', 'insulin human'), ('novolin r', 'insulin human'), ('afrezza', 'insulin human'),
    ('myxredlin', 'insulin human'),
    ('humulin n', 'insulin isophane'), ('novolin n', 'insulin isophane'),
    ('humulin 70/30', 'insulin isophane'), ('humulin 70/30', 'insulin human'),
    ('novolin 70/30', 'insulin isophane'), ('novolin 70/30', 'insulin human'),
    ('symlin', 'pramlintide'),
    ('gvoke', 'glucagon'), ('baqsimi', 'glucagon'), ('glucagen', 'glucagon');

-- Thyroid, endocrine, bone, vitamin and hormone brands.
insert into drug_brand (brand_name, ingredient) values
    ('synthroid', 'levothyroxine'), ('levoxyl', 'levothyroxine'), ('unithroid', 'levothyroxine'),
    ('euthyrox', 'levothyroxine'), ('tirosint', 'levothyroxine'), ('levo-t', 'levothyroxine'),
    ('cytomel', 'liothyronine'),
    ('armour thyroid', 'thyroid'), ('np thyroid', 'thyroid'), ('nature-throid', 'thyroid'),
    ('tapazole', 'methimazole'),
    ('dostinex', 'cabergoline'),
    ('ddavp', 'desmopressin'), ('nocdurna', 'desmopressin'),
    ('florinef', 'fludrocortisone'),
    ('fosamax', 'alendronate'), ('binosto', 'alendronate'),
    ('fosamax plus d', 'alendronate'), ('fosamax plus d', 'cholecalciferol'),
    ('actonel', 'risedronate'), ('atelvia', 'risedronate'),
    ('boniva', 'ibandronate'),
    ('reclast', 'zoledronic acid'), ('zometa', 'zoledronic acid'),
    ('prolia', 'denosumab'), ('xgeva', 'denosumab'), ('jubbonti', 'denosumab'), ('wyost', 'denosumab'),
    ('forteo', 'teriparatide'), ('bonsity', 'teriparatide'),
    ('tymlos', 'abaloparatide'), ('evenity', 'romosozumab'), ('evista', 'raloxifene'),
    ('drisdol', 'ergocalciferol'), ('nascobal', 'cyanocobalamin'), ('folvite', 'folic acid'),
    ('feosol', 'ferrous sulfate'), ('slow fe', 'ferrous sulfate'), ('rocaltrol', 'calcitriol'), ('zemplar', 'paricalcitol'),
    ('hectorol', 'doxercalciferol'),
    ('estrace', 'estradiol'), ('vivelle-dot', 'estradiol'), ('climara', 'estradiol'), ('divigel', 'estradiol'),
    ('estrogel', 'estradiol'), ('vagifem', 'estradiol'), ('estring', 'estradiol'), ('imvexxy', 'estradiol'),
    ('minivelle', 'estradiol'),
    ('activella', 'estradiol'), ('activella', 'norethindrone'),
    ('premarin', 'conjugated estrogens'),
    ('prempro', 'conjugated estrogens'), ('prempro', 'medroxyprogesterone'),
    ('premphase', 'conjugated estrogens'), ('premphase', 'medroxyprogesterone'),
    ('provera', 'medroxyprogesterone'), ('depo-provera', 'medroxyprogesterone'),
    ('depo-subq provera', 'medroxyprogesterone'),
    ('prometrium', 'progesterone'),
    ('aygestin', 'norethindrone'), ('camila', 'norethindrone'), ('errin', 'norethindrone'),
    ('micronor', 'norethindrone'), ('heather', 'norethindrone'),
    ('loestrin', 'norethindrone'), ('loestrin', 'ethinyl estradiol'),
    ('yaz', 'drospirenone'), ('yaz', 'ethinyl estradiol'),
    ('yasmin', 'drospirenone'), ('yasmin', 'ethinyl estradiol'),
    ('slynd', 'drospirenone'),
    ('sprintec', 'norgestimate'), ('sprintec', 'ethinyl estradiol'),
    ('ortho tri-cyclen', 'norgestimate'), ('ortho tri-cyclen', 'ethinyl estradiol'),
    ('seasonique', 'levonorgestrel'), ('seasonique', 'ethinyl estradiol'),
    ('mirena', 'levonorgestrel'), ('kyleena', 'levonorgestrel'), ('skyla', 'levonorgestrel'),
    ('liletta', 'levonorgestrel'), ('plan b', 'levonorgestrel'),
    ('nexplanon', 'etonogestrel'),
    ('nuvaring', 'etonogestrel'), ('nuvaring', 'ethinyl estradiol'),
    ('androgel', 'testosterone'), ('testim', 'testosterone'), ('axiron', 'testosterone'),
    ('fortesta', 'testosterone'), ('aveed', 'testosterone'), ('xyosted', 'testosterone'),
    ('jatenzo', 'testosterone'), ('tlando', 'testosterone'), ('kyzatrex', 'testosterone'),
    ('depo-testosterone', 'testosterone'), ('testopel', 'testosterone'), ('natesto', 'testosterone'),
    ('vogelxo', 'testosterone');

-- ESRD brands.
insert into drug_brand (brand_name, ingredient) values
    ('renvela', 'sevelamer'), ('renagel', 'sevelamer'),
    ('phoslo', 'calcium acetate'), ('phoslyra', 'calcium acetate'),
    ('fosrenol', 'lanthanum'), ('auryxia', 'ferric citrate'), ('velphoro', 'sucroferric oxyhydroxide'),
    ('sensipar', 'cinacalcet'),
    ('epogen', 'epoetin alfa'), ('procrit', 'epoetin alfa'), ('retacrit', 'epoetin alfa'),
    ('aranesp', 'darbepoetin alfa');

-- BPH, overactive bladder and gout brands.
insert into drug_brand (brand_name, ingredient) values
    ('flomax', 'tamsulosin'),
    ('jalyn', 'dutasteride'), ('jalyn', 'tamsulosin'),
    ('proscar', 'finasteride'), ('propecia', 'finasteride'), ('avodart', 'dutasteride'),
    ('uroxatral', 'alfuzosin'), ('rapaflo', 'silodosin'),
    ('ditropan', 'oxybutynin'), ('oxytrol', 'oxybutynin'), ('gelnique', 'oxybutynin'),
    ('detrol', 'tolterodine'), ('vesicare', 'solifenacin'), ('enablex', 'darifenacin'),
    ('sanctura', 'trospium'), ('toviaz', 'fesoterodine'), ('myrbetriq', 'mirabegron'), ('gemtesa', 'vibegron'),
    ('zyloprim', 'allopurinol'), ('aloprim', 'allopurinol'), ('uloric', 'febuxostat'),
    ('benemid', 'probenecid'), ('colcrys', 'colchicine'), ('mitigare', 'colchicine'), ('gloperba', 'colchicine');

-- Eye brands.
insert into drug_brand (brand_name, ingredient) values
    ('xalatan', 'latanoprost'), ('xelpros', 'latanoprost'), ('iyuzeh', 'latanoprost'),
    ('vyzulta', 'latanoprostene bunod'),
    ('travatan', 'travoprost'),
    ('lumigan', 'bimatoprost'), ('latisse', 'bimatoprost'), ('durysta', 'bimatoprost'),
    ('zioptan', 'tafluprost'),
    ('rhopressa', 'netarsudil'),
    ('rocklatan', 'netarsudil'), ('rocklatan', 'latanoprost'),
    ('alphagan', 'brimonidine'),
    ('combigan', 'brimonidine'), ('combigan', 'timolol'),
    ('simbrinza', 'brinzolamide'), ('simbrinza', 'brimonidine'),
    ('trusopt', 'dorzolamide'),
    ('cosopt', 'dorzolamide'), ('cosopt', 'timolol'),
    ('azopt', 'brinzolamide'),
    ('timoptic', 'timolol'), ('istalol', 'timolol'),
    ('diamox', 'acetazolamide'),
    ('isopto carpine', 'pilocarpine'), ('vuity', 'pilocarpine'), ('salagen', 'pilocarpine'),
    ('restasis', 'cyclosporine'), ('cequa', 'cyclosporine'), ('vevye', 'cyclosporine'),
    ('neoral', 'cyclosporine'), ('sandimmune', 'cyclosporine'), ('gengraf', 'cyclosporine'),
    ('xiidra', 'lifitegrast');

-- Respiratory brands.
insert into drug_brand (brand_name, ingredient) values
    ('proair', 'albuterol'), ('proventil', 'albuterol'), ('ventolin', 'albuterol'), ('accuneb', 'albuterol'),
    ('airsupra', 'albuterol'), ('airsupra', 'budesonide'),
    ('xopenex', 'levalbuterol'),
    ('combivent', 'ipratropium'), ('combivent', 'albuterol'),
    ('duoneb', 'ipratropium'), ('duoneb', 'albuterol'),
    ('atrovent', 'ipratropium'),
    ('flovent', 'fluticasone'), ('flonase', 'fluticasone'), ('arnuity', 'fluticasone'),
    ('armonair', 'fluticasone'), ('veramyst', 'fluticasone'), ('xhance', 'fluticasone'),
    ('advair', 'fluticasone'), ('advair', 'salmeterol'),
    ('wixela', 'fluticasone'), ('wixela', 'salmeterol'),
    ('airduo', 'fluticasone'), ('airduo', 'salmeterol'),
    ('breo', 'fluticasone'), ('breo', 'vilanterol'),
    ('trelegy', 'fluticasone'), ('trelegy', 'umeclidinium'), ('trelegy', 'vilanterol'),
    ('dymista', 'azelastine'), ('dymista', 'fluticasone'),
    ('anoro', 'umeclidinium'), ('anoro', 'vilanterol'),
    ('incruse', 'umeclidinium'),
    ('symbicort', 'budesonide'), ('symbicort', 'formoterol'),
    ('breyna', 'budesonide'), ('breyna', 'formoterol'),
    ('breztri', 'budesonide'), ('breztri', 'glycopyrrolate'), ('breztri', 'formoterol'),
    ('bevespi', 'glycopyrrolate'), ('bevespi', 'formoterol'),
    ('pulmicort', 'budesonide'), ('rhinocort', 'budesonide'), ('entocort', 'budesonide'),
    ('uceris', 'budesonide'), ('ortikos', 'budesonide'), ('tarpeyo', 'budesonide'),
    ('dulera', 'mometasone'), ('dulera', 'formoterol'),
    ('asmanex', 'mometasone'), ('nasonex', 'mometasone'), ('elocon', 'mometasone'),
    ('qvar', 'beclomethasone'), ('qnasl', 'beclomethasone'), ('beconase', 'beclomethasone'),
    ('alvesco', 'ciclesonide'), ('omnaris', 'ciclesonide'), ('zetonna', 'ciclesonide'),
    ('serevent', 'salmeterol'),
    ('foradil', 'formoterol'), ('perforomist', 'formoterol'),
    ('brovana', 'arformoterol'),
    ('striverdi', 'olodaterol'),
    ('stiolto', 'tiotropium'), ('stiolto', 'olodaterol'),
    ('spiriva', 'tiotropium'),
    ('tudorza', 'aclidinium'),
    ('duaklir', 'aclidinium'), ('duaklir', 'formoterol'),
    ('yupelri', 'revefenacin'),
    ('lonhala', 'glycopyrrolate'), ('seebri', 'glycopyrrolate'), ('robinul', 'glycopyrrolate'),
    ('cuvposa', 'glycopyrrolate'),
    ('singulair', 'montelukast'), ('accolate', 'zafirlukast'),
    ('daliresp', 'roflumilast'), ('zoryve', 'roflumilast'),
    ('theo-24', 'theophylline'), ('elixophyllin', 'theophylline'), ('uniphyl', 'theophylline'),
    ('theochron', 'theophylline'),
    ('ohtuvayre', 'ensifentrine'),
    ('xolair', 'omalizumab'), ('nucala', 'mepolizumab'), ('fasenra', 'benralizumab'),
    ('tezspire', 'tezepelumab'), ('dupixent', 'dupilumab'),
    ('astelin', 'azelastine'), ('astepro', 'azelastine'),
    ('patanol', 'olopatadine'), ('pataday', 'olopatadine'), ('pazeo', 'olopatadine'), ('patanase', 'olopatadine'),
    ('zyrtec', 'cetirizine'), ('xyzal', 'levocetirizine'), ('claritin', 'loratadine'), ('allegra', 'fexofenadine'),
    ('benadryl', 'diphenhydramine'), ('vistaril', 'hydroxyzine'), ('atarax', 'hydroxyzine'),
    ('tessalon', 'benzonatate'),
    ('mucinex', 'guaifenesin'), ('robitussin', 'guaifenesin'),
    ('epipen', 'epinephrine'), ('auvi-q', 'epinephrine'), ('adrenaclick', 'epinephrine'),
    ('symjepi', 'epinephrine'), ('neffy', 'epinephrine');

-- HIV, hepatitis and COVID-19 antiviral brands.
insert into drug_brand (brand_name, ingredient) values
    ('biktarvy', 'bictegravir'), ('biktarvy', 'emtricitabine'), ('biktarvy', 'tenofovir alafenamide'),
    ('descovy', 'emtricitabine'), ('descovy', 'tenofovir alafenamide'),
    ('truvada', 'emtricitabine'), ('truvada', 'tenofovir disoproxil'),
    ('genvoya', 'elvitegravir'), ('genvoya', 'cobicistat'), ('genvoya', 'emtricitabine'),
    ('genvoya', 'tenofovir alafenamide'),
    ('stribild', 'elvitegravir'), ('stribild', 'cobicistat'), ('stribild', 'emtricitabine'),
    ('stribild', 'tenofovir disoproxil'),
    ('odefsey', 'emtricitabine'), ('odefsey', 'rilpivirine'), ('odefsey', 'tenofovir alafenamide'),
    ('complera', 'emtricitabine'), ('complera', 'rilpivirine'), ('complera', 'tenofovir disoproxil'),
    ('atripla', 'efavirenz'), ('atripla', 'emtricitabine'), ('atripla', 'tenofovir disoproxil'),
    ('symfi', 'efavirenz'), ('symfi', 'lamivudine'), ('symfi', 'tenofovir disoproxil'),
    ('symfi lo', 'efavirenz'), ('symfi lo', 'lamivudine'), ('symfi lo', 'tenofovir disoproxil'),
    ('cimduo', 'lamivudine'), ('cimduo', 'tenofovir disoproxil'),
    ('temixys', 'lamivudine'), ('temixys', 'tenofovir disoproxil'),
    ('triumeq', 'abacavir'), ('triumeq', 'dolutegravir'), ('triumeq', 'lamivudine'),
    ('dovato', 'dolutegravir'), ('dovato', 'lamivudine'),
    ('juluca', 'dolutegravir'), ('juluca', 'rilpivirine'),
    ('tivicay', 'dolutegravir'),
    ('isentress', 'raltegravir'),
    ('prezista', 'darunavir'),
    ('prezcobix', 'darunavir'), ('prezcobix', 'cobicistat'),
    ('symtuza', 'darunavir'), ('symtuza', 'cobicistat'), ('symtuza', 'emtricitabine'),
    ('symtuza', 'tenofovir alafenamide'),
    ('reyataz', 'atazanavir'),
    ('evotaz', 'atazanavir'), ('evotaz', 'cobicistat'),
    ('norvir', 'ritonavir'), ('tybost', 'cobicistat'),
    ('kaletra', 'lopinavir'), ('kaletra', 'ritonavir'),
    ('edurant', 'rilpivirine'), ('sustiva', 'efavirenz'),
    ('epzicom', 'abacavir'), ('epzicom', 'lamivudine'),
    ('trizivir', 'abacavir'), ('trizivir', 'lamivudine'), ('trizivir', 'zidovudine'),
    ('combivir', 'lamivudine'), ('combivir', 'zidovudine'),
    ('retrovir', 'zidovudine'), ('epivir', 'lamivudine'), ('ziagen', 'abacavir'), ('emtriva', 'emtricitabine'),
    ('viread', 'tenofovir disoproxil'), ('vemlidy', 'tenofovir alafenamide'),
    ('pifeltro', 'doravirine'),
    ('delstrigo', 'doravirine'), ('delstrigo', 'lamivudine'), ('delstrigo', 'tenofovir disoproxil'),
    ('intelence', 'etravirine'), ('viramune', 'nevirapine'), ('lexiva', 'fosamprenavir'),
    ('aptivus', 'tipranavir'), ('selzentry', 'maraviroc'), ('rukobia', 'fostemsavir'),
    ('sunlenca', 'lenacapavir'), ('yeztugo', 'lenacapavir'),
    ('cabenuva', 'cabotegravir'), ('cabenuva', 'rilpivirine'),
    ('vocabria', 'cabotegravir'), ('apretude', 'cabotegravir'),
    ('baraclude', 'entecavir'),
    ('epclusa', 'sofosbuvir'), ('epclusa', 'velpatasvir'),
    ('harvoni', 'ledipasvir'), ('harvoni', 'sofosbuvir'),
    ('sovaldi', 'sofosbuvir'),
    ('mavyret', 'glecaprevir'), ('mavyret', 'pibrentasvir'),
    ('paxlovid', 'nirmatrelvir'), ('paxlovid', 'ritonavir');

-- Alzheimer's, Parkinson's, MS and other neurology brands.
insert into drug_brand (brand_name, ingredient) values
    ('aricept', 'donepezil'), ('adlarity', 'donepezil'),
    ('namenda', 'memantine'),
    ('namzaric', 'memantine'), ('namzaric', 'donepezil'),
    ('exelon', 'rivastigmine'),
    ('razadyne', 'galantamine'), ('reminyl', 'galantamine'),
    ('leqembi', 'lecanemab'), ('kisunla', 'donanemab'),
    ('sinemet', 'carbidopa'), ('sinemet', 'levodopa'),
    ('rytary', 'carbidopa'), ('rytary', 'levodopa'),
    ('dhivy', 'carbidopa'), ('dhivy', 'levodopa'),
    ('crexont', 'carbidopa'), ('crexont', 'levodopa'),
    ('parcopa', 'carbidopa'), ('parcopa', 'levodopa'),
    ('stalevo', 'carbidopa'), ('stalevo', 'levodopa'), ('stalevo', 'entacapone'),
    ('lodosyn', 'carbidopa'), ('inbrija', 'levodopa'),
    ('mirapex', 'pramipexole'), ('requip', 'ropinirole'), ('neupro', 'rotigotine'),
    ('azilect', 'rasagiline'),
    ('eldepryl', 'selegiline'), ('zelapar', 'selegiline'), ('emsam', 'selegiline'),
    ('xadago', 'safinamide'), ('comtan', 'entacapone'), ('ongentys', 'opicapone'),
    ('nourianz', 'istradefylline'),
    ('gocovri', 'amantadine'), ('osmolex', 'amantadine'), ('symmetrel', 'amantadine'),
    ('cogentin', 'benztropine'), ('artane', 'trihexyphenidyl'),
    ('mestinon', 'pyridostigmine'),
    ('rilutek', 'riluzole'), ('tiglutik', 'riluzole'), ('exservan', 'riluzole'),
    ('xenazine', 'tetrabenazine'), ('austedo', 'deutetrabenazine'), ('ingrezza', 'valbenazine'),
    ('tecfidera', 'dimethyl fumarate'), ('aubagio', 'teriflunomide'),
    ('gilenya', 'fingolimod'), ('tascenso', 'fingolimod'),
    ('mayzent', 'siponimod'), ('zeposia', 'ozanimod'),
    ('copaxone', 'glatiramer'), ('glatopa', 'glatiramer'),
    ('ampyra', 'dalfampridine'),
    ('lioresal', 'baclofen'), ('ozobax', 'baclofen'), ('fleqsuvy', 'baclofen'), ('lyvispah', 'baclofen'),
    ('zanaflex', 'tizanidine');

-- Anticonvulsant and migraine brands.
insert into drug_brand (brand_name, ingredient) values
    ('keppra', 'levetiracetam'), ('spritam', 'levetiracetam'), ('elepsia', 'levetiracetam'),
    ('lamictal', 'lamotrigine'),
    ('topamax', 'topiramate'), ('trokendi', 'topiramate'), ('qudexy', 'topiramate'), ('eprontia', 'topiramate'),
    ('qsymia', 'phentermine'), ('qsymia', 'topiramate'),
    ('depakote', 'divalproex'), ('depakene', 'valproic acid'),
    ('trileptal', 'oxcarbazepine'), ('oxtellar', 'oxcarbazepine'),
    ('tegretol', 'carbamazepine'), ('carbatrol', 'carbamazepine'), ('equetro', 'carbamazepine'),
    ('epitol', 'carbamazepine'),
    ('aptiom', 'eslicarbazepine'),
    ('dilantin', 'phenytoin'), ('phenytek', 'phenytoin'),
    ('zonegran', 'zonisamide'), ('zonisade', 'zonisamide'),
    ('mysoline', 'primidone'), ('zarontin', 'ethosuximide'), ('banzel', 'rufinamide'), ('felbatol', 'felbamate'),
    ('gabitril', 'tiagabine'), ('sabril', 'vigabatrin'), ('vigadrone', 'vigabatrin'),
    ('neurontin', 'gabapentin'), ('gralise', 'gabapentin'),
    ('lyrica', 'pregabalin'),
    ('vimpat', 'lacosamide'), ('motpoly', 'lacosamide'),
    ('briviact', 'brivaracetam'), ('xcopri', 'cenobamate'), ('fycompa', 'perampanel'),
    ('luminal', 'phenobarbital'), ('sezaby', 'phenobarbital'),
    ('onfi', 'clobazam'), ('sympazan', 'clobazam'),
    ('aimovig', 'erenumab'), ('emgality', 'galcanezumab'), ('ajovy', 'fremanezumab'), ('qulipta', 'atogepant'),
    ('nurtec', 'rimegepant'), ('ubrelvy', 'ubrogepant'), ('reyvow', 'lasmiditan'),
    ('imitrex', 'sumatriptan'), ('tosymra', 'sumatriptan'), ('zembrace', 'sumatriptan'), ('onzetra', 'sumatriptan'),
    ('treximet', 'sumatriptan'), ('treximet', 'naproxen'),
    ('maxalt', 'rizatriptan');

-- Antidepressant and anxiolytic brands.
insert into drug_brand (brand_name, ingredient) values
    ('zoloft', 'sertraline'), ('lexapro', 'escitalopram'), ('celexa', 'citalopram'),
    ('prozac', 'fluoxetine'), ('sarafem', 'fluoxetine'),
    ('symbyax', 'olanzapine'), ('symbyax', 'fluoxetine'),
    ('paxil', 'paroxetine'), ('pexeva', 'paroxetine'), ('brisdelle', 'paroxetine'),
    ('luvox', 'fluvoxamine'), ('viibryd', 'vilazodone'),
    ('trintellix', 'vortioxetine'), ('brintellix', 'vortioxetine'),
    ('cymbalta', 'duloxetine'), ('drizalma', 'duloxetine'),
    ('effexor', 'venlafaxine'), ('pristiq', 'desvenlafaxine'), ('khedezla', 'desvenlafaxine'),
    ('fetzima', 'levomilnacipran'), ('savella', 'milnacipran'),
    ('wellbutrin', 'bupropion'), ('wellbutrin sr', 'bupropion'), ('wellbutrin xl', 'bupropion'),
    ('zyban', 'bupropion'), ('aplenzin', 'bupropion'), ('forfivo', 'bupropion'),
    ('auvelity', 'dextromethorphan'), ('auvelity', 'bupropion'),
    ('contrave', 'naltrexone'), ('contrave', 'bupropion'),
    ('remeron', 'mirtazapine'),
    ('desyrel', 'trazodone'), ('oleptro', 'trazodone'),
    ('elavil', 'amitriptyline'), ('pamelor', 'nortriptyline'),
    ('silenor', 'doxepin'), ('sinequan', 'doxepin'),
    ('tofranil', 'imipramine'), ('norpramin', 'desipramine'), ('anafranil', 'clomipramine'),
    ('serzone', 'nefazodone'), ('nardil', 'phenelzine'), ('parnate', 'tranylcypromine'),
    ('spravato', 'esketamine'),
    ('buspar', 'buspirone');

-- Antipsychotic and mood stabilizer brands.
insert into drug_brand (brand_name, ingredient) values
    ('seroquel', 'quetiapine'), ('seroquel xr', 'quetiapine'),
    ('abilify', 'aripiprazole'), ('abilify maintena', 'aripiprazole'), ('abilify asimtufii', 'aripiprazole'),
    ('risperdal', 'risperidone'), ('risperdal consta', 'risperidone'), ('perseris', 'risperidone'),
    ('uzedy', 'risperidone'), ('rykindo', 'risperidone'),
    ('zyprexa', 'olanzapine'), ('zyprexa relprevv', 'olanzapine'),
    ('lybalvi', 'olanzapine'), ('lybalvi', 'samidorphan'),
    ('geodon', 'ziprasidone'), ('latuda', 'lurasidone'),
    ('invega', 'paliperidone'), ('invega sustenna', 'paliperidone'), ('invega trinza', 'paliperidone'),
    ('invega hafyera', 'paliperidone'),
    ('clozaril', 'clozapine'), ('fazaclo', 'clozapine'), ('versacloz', 'clozapine'),
    ('vraylar', 'cariprazine'), ('rexulti', 'brexpiprazole'),
    ('saphris', 'asenapine'), ('secuado', 'asenapine'),
    ('fanapt', 'iloperidone'), ('caplyta', 'lumateperone'), ('nuplazid', 'pimavanserin'),
    ('haldol', 'haloperidol'), ('thorazine', 'chlorpromazine'), ('prolixin', 'fluphenazine'),
    ('trilafon', 'perphenazine'), ('navane', 'thiothixene'), ('loxitane', 'loxapine'), ('adasuve', 'loxapine'),
    ('cobenfy', 'xanomeline'), ('cobenfy', 'trospium'),
    ('lithobid', 'lithium'), ('eskalith', 'lithium');

-- ADHD, narcolepsy, sleep and benzodiazepine brands. Xywav (calcium, magnesium, potassium and sodium
-- oxybates) maps to sodium oxybate, its flush-listed component.
insert into drug_brand (brand_name, ingredient) values
    ('adderall', 'amphetamine'), ('adderall', 'dextroamphetamine'),
    ('adderall xr', 'amphetamine'), ('adderall xr', 'dextroamphetamine'),
    ('mydayis', 'amphetamine'), ('mydayis', 'dextroamphetamine'),
    ('evekeo', 'amphetamine'), ('adzenys', 'amphetamine'), ('dyanavel', 'amphetamine'),
    ('dexedrine', 'dextroamphetamine'), ('zenzedi', 'dextroamphetamine'), ('procentra', 'dextroamphetamine'),
    ('xelstrym', 'dextroamphetamine'),
    ('vyvanse', 'lisdexamfetamine'),
    ('ritalin', 'methylphenidate'), ('concerta', 'methylphenidate'), ('metadate', 'methylphenidate'),
    ('methylin', 'methylphenidate'), ('daytrana', 'methylphenidate'), ('quillichew', 'methylphenidate'),
    ('quillivant', 'methylphenidate'), ('jornay', 'methylphenidate'), ('aptensio', 'methylphenidate'),
    ('cotempla', 'methylphenidate'), ('relexxii', 'methylphenidate'),
    ('focalin', 'dexmethylphenidate'),
    ('azstarys', 'serdexmethylphenidate'), ('azstarys', 'dexmethylphenidate'),
    ('strattera', 'atomoxetine'), ('qelbree', 'viloxazine'),
    ('provigil', 'modafinil'), ('nuvigil', 'armodafinil'), ('sunosi', 'solriamfetol'), ('wakix', 'pitolisant'),
    ('xyrem', 'sodium oxybate'), ('xywav', 'sodium oxybate'), ('lumryz', 'sodium oxybate'),
    ('xanax', 'alprazolam'), ('ativan', 'lorazepam'), ('klonopin', 'clonazepam'),
    ('valium', 'diazepam'), ('diastat', 'diazepam'), ('valtoco', 'diazepam'), ('libervant', 'diazepam'),
    ('restoril', 'temazepam'), ('librium', 'chlordiazepoxide'),
    ('nayzilam', 'midazolam'), ('seizalam', 'midazolam'),
    ('ambien', 'zolpidem'), ('ambien cr', 'zolpidem'), ('edluar', 'zolpidem'), ('intermezzo', 'zolpidem'),
    ('lunesta', 'eszopiclone'), ('sonata', 'zaleplon'),
    ('belsomra', 'suvorexant'), ('dayvigo', 'lemborexant'), ('quviviq', 'daridorexant'), ('rozerem', 'ramelteon');

-- Substance use disorder brands.
insert into drug_brand (brand_name, ingredient) values
    ('suboxone', 'buprenorphine'), ('suboxone', 'naloxone'),
    ('zubsolv', 'buprenorphine'), ('zubsolv', 'naloxone'),
    ('bunavail', 'buprenorphine'), ('bunavail', 'naloxone'),
    ('subutex', 'buprenorphine'), ('sublocade', 'buprenorphine'), ('brixadi', 'buprenorphine'),
    ('butrans', 'buprenorphine'), ('belbuca', 'buprenorphine'),
    ('narcan', 'naloxone'), ('kloxxado', 'naloxone'), ('zimhi', 'naloxone'),
    ('vivitrol', 'naltrexone'), ('revia', 'naltrexone'),
    ('campral', 'acamprosate'), ('antabuse', 'disulfiram'),
    ('chantix', 'varenicline'),
    ('nicoderm', 'nicotine'), ('nicorette', 'nicotine'), ('nicotrol', 'nicotine');

-- Opioid brands.
insert into drug_brand (brand_name, ingredient) values
    ('norco', 'hydrocodone'), ('norco', 'acetaminophen'),
    ('vicodin', 'hydrocodone'), ('vicodin', 'acetaminophen'),
    ('lortab', 'hydrocodone'), ('lortab', 'acetaminophen'),
    ('lorcet', 'hydrocodone'), ('lorcet', 'acetaminophen'),
    ('xodol', 'hydrocodone'), ('xodol', 'acetaminophen'),
    ('verdrocet', 'hydrocodone'), ('verdrocet', 'acetaminophen'),
    ('vicoprofen', 'hydrocodone'), ('vicoprofen', 'ibuprofen'),
    ('zohydro', 'hydrocodone'), ('hysingla', 'hydrocodone'),
    ('apadaz', 'benzhydrocodone'), ('apadaz', 'acetaminophen'),
    ('oxycontin', 'oxycodone'), ('roxicodone', 'oxycodone'), ('xtampza', 'oxycodone'), ('oxaydo', 'oxycodone'),
    ('roxybond', 'oxycodone'),
    ('percocet', 'oxycodone'), ('percocet', 'acetaminophen'),
    ('endocet', 'oxycodone'), ('endocet', 'acetaminophen'),
    ('roxicet', 'oxycodone'), ('roxicet', 'acetaminophen'),
    ('primlev', 'oxycodone'), ('primlev', 'acetaminophen'),
    ('nalocet', 'oxycodone'), ('nalocet', 'acetaminophen'),
    ('prolate', 'oxycodone'), ('prolate', 'acetaminophen'),
    ('percodan', 'oxycodone'), ('percodan', 'aspirin'),
    ('ms contin', 'morphine'), ('kadian', 'morphine'), ('avinza', 'morphine'), ('arymo', 'morphine'),
    ('embeda', 'morphine'), ('embeda', 'naltrexone'),
    ('dilaudid', 'hydromorphone'), ('exalgo', 'hydromorphone'),
    ('opana', 'oxymorphone'),
    ('duragesic', 'fentanyl'), ('actiq', 'fentanyl'), ('fentora', 'fentanyl'), ('subsys', 'fentanyl'),
    ('abstral', 'fentanyl'), ('lazanda', 'fentanyl'),
    ('dolophine', 'methadone'), ('methadose', 'methadone'), ('diskets', 'methadone'),
    ('demerol', 'meperidine'),
    ('nucynta', 'tapentadol'),
    ('ultram', 'tramadol'), ('conzip', 'tramadol'), ('qdolo', 'tramadol'),
    ('ultracet', 'tramadol'), ('ultracet', 'acetaminophen'),
    ('seglentis', 'celecoxib'), ('seglentis', 'tramadol'),
    ('tylenol with codeine', 'acetaminophen'), ('tylenol with codeine', 'codeine'),
    ('stadol', 'butorphanol');

-- Other controlled substance brands.
insert into drug_brand (brand_name, ingredient) values
    ('soma', 'carisoprodol'),
    ('ketalar', 'ketamine'),
    ('fioricet', 'butalbital'), ('fioricet', 'acetaminophen'), ('fioricet', 'caffeine'),
    ('esgic', 'butalbital'), ('esgic', 'acetaminophen'), ('esgic', 'caffeine'),
    ('fiorinal', 'butalbital'), ('fiorinal', 'aspirin'), ('fiorinal', 'caffeine'),
    ('marinol', 'dronabinol'), ('syndros', 'dronabinol'),
    ('adipex-p', 'phentermine'), ('lomaira', 'phentermine'),
    ('lomotil', 'diphenoxylate'), ('lomotil', 'atropine'),
    ('viberzi', 'eluxadoline');

-- Analgesic, NSAID and muscle relaxant brands.
insert into drug_brand (brand_name, ingredient) values
    ('tylenol', 'acetaminophen'), ('ofirmev', 'acetaminophen'),
    ('advil', 'ibuprofen'), ('motrin', 'ibuprofen'),
    ('duexis', 'ibuprofen'), ('duexis', 'famotidine'),
    ('aleve', 'naproxen'), ('naprosyn', 'naproxen'), ('anaprox', 'naproxen'), ('naprelan', 'naproxen'),
    ('vimovo', 'naproxen'), ('vimovo', 'esomeprazole'),
    ('mobic', 'meloxicam'), ('vivlodex', 'meloxicam'),
    ('celebrex', 'celecoxib'), ('elyxyb', 'celecoxib'),
    ('voltaren', 'diclofenac'), ('cambia', 'diclofenac'), ('zipsor', 'diclofenac'), ('zorvolex', 'diclofenac'),
    ('flector', 'diclofenac'), ('pennsaid', 'diclofenac'),
    ('arthrotec', 'diclofenac'), ('arthrotec', 'misoprostol'),
    ('cytotec', 'misoprostol'),
    ('relafen', 'nabumetone'), ('lodine', 'etodolac'), ('toradol', 'ketorolac'), ('sprix', 'ketorolac'),
    ('indocin', 'indomethacin'), ('tivorbex', 'indomethacin'),
    ('lidoderm', 'lidocaine'), ('ztlido', 'lidocaine'),
    ('flexeril', 'cyclobenzaprine'), ('amrix', 'cyclobenzaprine'), ('fexmid', 'cyclobenzaprine'),
    ('robaxin', 'methocarbamol'), ('skelaxin', 'metaxalone'), ('metaxall', 'metaxalone');

-- Gastrointestinal brands.
insert into drug_brand (brand_name, ingredient) values
    ('prilosec', 'omeprazole'), ('protonix', 'pantoprazole'), ('nexium', 'esomeprazole'),
    ('prevacid', 'lansoprazole'), ('aciphex', 'rabeprazole'), ('dexilant', 'dexlansoprazole'),
    ('pepcid', 'famotidine'),
    ('asacol', 'mesalamine'), ('delzicol', 'mesalamine'), ('lialda', 'mesalamine'), ('apriso', 'mesalamine'),
    ('pentasa', 'mesalamine'), ('canasa', 'mesalamine'),
    ('actigall', 'ursodiol'), ('urso', 'ursodiol'),
    ('linzess', 'linaclotide'), ('trulance', 'plecanatide'), ('amitiza', 'lubiprostone'),
    ('motegrity', 'prucalopride'),
    ('enulose', 'lactulose'), ('kristalose', 'lactulose'), ('generlac', 'lactulose'),
    ('xifaxan', 'rifaximin'),
    ('creon', 'pancrelipase'), ('zenpep', 'pancrelipase'), ('pancreaze', 'pancrelipase'),
    ('carafate', 'sucralfate'), ('bentyl', 'dicyclomine'), ('levsin', 'hyoscyamine'), ('imodium', 'loperamide'),
    ('zofran', 'ondansetron'), ('zuplenz', 'ondansetron'),
    ('reglan', 'metoclopramide'), ('gimoti', 'metoclopramide'),
    ('miralax', 'polyethylene glycol 3350'), ('compazine', 'prochlorperazine'), ('phenergan', 'promethazine'), ('antivert', 'meclizine');

-- Rheumatology, immunology and transplant brands.
insert into drug_brand (brand_name, ingredient) values
    ('rheumatrex', 'methotrexate'), ('trexall', 'methotrexate'), ('otrexup', 'methotrexate'),
    ('rasuvo', 'methotrexate'), ('xatmep', 'methotrexate'), ('jylamvo', 'methotrexate'),
    ('plaquenil', 'hydroxychloroquine'), ('arava', 'leflunomide'), ('azulfidine', 'sulfasalazine'),
    ('imuran', 'azathioprine'), ('azasan', 'azathioprine'), ('otezla', 'apremilast'),
    ('humira', 'adalimumab'), ('amjevita', 'adalimumab'), ('hadlima', 'adalimumab'), ('hyrimoz', 'adalimumab'),
    ('cyltezo', 'adalimumab'), ('yusimry', 'adalimumab'), ('idacio', 'adalimumab'), ('hulio', 'adalimumab'),
    ('yuflyma', 'adalimumab'), ('simlandi', 'adalimumab'),
    ('enbrel', 'etanercept'), ('erelzi', 'etanercept'), ('eticovo', 'etanercept'),
    ('cimzia', 'certolizumab'), ('simponi', 'golimumab'),
    ('remicade', 'infliximab'), ('inflectra', 'infliximab'), ('renflexis', 'infliximab'), ('avsola', 'infliximab'),
    ('orencia', 'abatacept'),
    ('actemra', 'tocilizumab'), ('tofidence', 'tocilizumab'), ('tyenne', 'tocilizumab'),
    ('kevzara', 'sarilumab'), ('kineret', 'anakinra'),
    ('cosentyx', 'secukinumab'), ('taltz', 'ixekizumab'),
    ('stelara', 'ustekinumab'), ('wezlana', 'ustekinumab'),
    ('tremfya', 'guselkumab'), ('skyrizi', 'risankizumab'),
    ('xeljanz', 'tofacitinib'), ('olumiant', 'baricitinib'), ('rinvoq', 'upadacitinib'),
    ('prograf', 'tacrolimus'), ('envarsus', 'tacrolimus'), ('astagraf', 'tacrolimus'), ('protopic', 'tacrolimus'),
    ('cellcept', 'mycophenolate mofetil'), ('myfortic', 'mycophenolic acid'),
    ('rapamune', 'sirolimus'), ('zortress', 'everolimus'), ('afinitor', 'everolimus');

-- Oncology and hematology brands.
insert into drug_brand (brand_name, ingredient) values
    ('nolvadex', 'tamoxifen'), ('soltamox', 'tamoxifen'),
    ('arimidex', 'anastrozole'), ('femara', 'letrozole'), ('aromasin', 'exemestane'),
    ('casodex', 'bicalutamide'), ('xtandi', 'enzalutamide'), ('erleada', 'apalutamide'),
    ('zytiga', 'abiraterone'), ('yonsa', 'abiraterone'),
    ('gleevec', 'imatinib'), ('imbruvica', 'ibrutinib'), ('ibrance', 'palbociclib'), ('revlimid', 'lenalidomide'),
    ('hydrea', 'hydroxyurea'), ('droxia', 'hydroxyurea'), ('siklos', 'hydroxyurea'),
    ('agrylin', 'anagrelide');

-- Corticosteroid and anti-infective brands.
insert into drug_brand (brand_name, ingredient) values
    ('deltasone', 'prednisone'), ('rayos', 'prednisone'),
    ('medrol', 'methylprednisolone'), ('solu-medrol', 'methylprednisolone'), ('depo-medrol', 'methylprednisolone'),
    ('decadron', 'dexamethasone'), ('hemady', 'dexamethasone'),
    ('cortef', 'hydrocortisone'), ('solu-cortef', 'hydrocortisone'),
    ('kenalog', 'triamcinolone'), ('nasacort', 'triamcinolone'), ('zilretta', 'triamcinolone'),
    ('temovate', 'clobetasol'), ('clobex', 'clobetasol'),
    ('diprolene', 'betamethasone'), ('luxiq', 'betamethasone'), ('lidex', 'fluocinonide'),
    ('orapred', 'prednisolone'), ('millipred', 'prednisolone'), ('pred forte', 'prednisolone'),
    ('amoxil', 'amoxicillin'), ('veetids', 'penicillin v'),
    ('augmentin', 'amoxicillin'), ('augmentin', 'clavulanate'),
    ('zithromax', 'azithromycin'), ('z-pak', 'azithromycin'), ('azasite', 'azithromycin'),
    ('keflex', 'cephalexin'), ('omnicef', 'cefdinir'), ('ceftin', 'cefuroxime'),
    ('vibramycin', 'doxycycline'), ('doryx', 'doxycycline'), ('acticlate', 'doxycycline'),
    ('monodox', 'doxycycline'), ('oracea', 'doxycycline'), ('targadox', 'doxycycline'),
    ('minocin', 'minocycline'), ('solodyn', 'minocycline'),
    ('cipro', 'ciprofloxacin'), ('levaquin', 'levofloxacin'),
    ('bactrim', 'sulfamethoxazole'), ('bactrim', 'trimethoprim'),
    ('septra', 'sulfamethoxazole'), ('septra', 'trimethoprim'),
    ('primsol', 'trimethoprim'),
    ('macrobid', 'nitrofurantoin'), ('macrodantin', 'nitrofurantoin'),
    ('cleocin', 'clindamycin'), ('flagyl', 'metronidazole'), ('bactroban', 'mupirocin'),
    ('valtrex', 'valacyclovir'), ('zovirax', 'acyclovir'), ('tamiflu', 'oseltamivir'),
    ('diflucan', 'fluconazole'), ('lamisil', 'terbinafine'), ('nizoral', 'ketoconazole'),
    ('mycostatin', 'nystatin');
