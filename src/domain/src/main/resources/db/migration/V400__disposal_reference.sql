-- Disposal guidance reference data (issue 6): what the disposal rules need beyond the drug table.
-- Sources: FDA, "Drug Disposal: FDA's Flush List for Certain Medicines" (the flush list names products by
-- active ingredient and form); FDA, "Best Way to Get Rid of Used Needles and Other Sharps"; the products'
-- FDA labels (Drugs@FDA / DailyMed) for the brands' dosage forms.
--
-- Dosage forms the rules tell apart (com.healthoptions.mtm.disposal.DosageForm):
--   SOLID       tablets, capsules, buccal/sublingual films, lozenges
--   PATCH       transdermal systems
--   INHALER     metered-dose and dry-powder inhalers
--   INJECTABLE  pens, prefilled syringes, vials, auto-injectors: sharps
--   LIQUID      oral solutions, suspensions, syrups, concentrates
--   RECTAL_GEL  rectal gel delivery systems
--   OTHER       creams, topical gels, nasal sprays, drops, suppositories

-- Ingredients on the FDA flush list in one form only. The drug table's fda_flush_list flag stays false
-- for them (see V3); every other flush-listed ingredient is flagged there for all forms.
create table disposal_flush_form_rule (
    ingredient  text not null references drug (ingredient),
    dosage_form text not null check (dosage_form in ('SOLID', 'PATCH', 'INHALER', 'INJECTABLE', 'LIQUID', 'RECTAL_GEL', 'OTHER')),
    listed_as   text not null,
    primary key (ingredient, dosage_form)
);

insert into disposal_flush_form_rule (ingredient, dosage_form, listed_as) values
    ('diazepam',        'RECTAL_GEL', 'diazepam rectal gel (Diastat, Diastat AcuDial)'),
    ('methylphenidate', 'PATCH',      'methylphenidate transdermal system (Daytrana)');

-- Brands sold in one dosage form only, so the brand name alone tells the form (Duragesic is a patch,
-- Lantus an injection). Brands sold in several forms (Catapres tablets and patches, Imitrex tablets,
-- nasal spray and injection) are left out: their form comes from the query or the NDC.
create table disposal_brand_form (
    brand_name  text primary key check (brand_name = lower(brand_name)),
    dosage_form text not null check (dosage_form in ('SOLID', 'PATCH', 'INHALER', 'INJECTABLE', 'LIQUID', 'RECTAL_GEL', 'OTHER'))
);

insert into disposal_brand_form (brand_name, dosage_form) values
    -- Flush-list opioids sold only as tablets, capsules, films or lozenges (brands also sold as oral
    -- liquids or injections, such as Dilaudid or Demerol, are left out).
    ('norco', 'SOLID'), ('vicodin', 'SOLID'), ('lorcet', 'SOLID'), ('xodol', 'SOLID'), ('verdrocet', 'SOLID'),
    ('vicoprofen', 'SOLID'), ('zohydro', 'SOLID'), ('hysingla', 'SOLID'), ('apadaz', 'SOLID'),
    ('oxycontin', 'SOLID'), ('roxicodone', 'SOLID'), ('xtampza', 'SOLID'), ('oxaydo', 'SOLID'),
    ('roxybond', 'SOLID'), ('percocet', 'SOLID'), ('endocet', 'SOLID'), ('primlev', 'SOLID'), ('nalocet', 'SOLID'),
    ('percodan', 'SOLID'), ('ms contin', 'SOLID'), ('kadian', 'SOLID'), ('arymo', 'SOLID'), ('embeda', 'SOLID'),
    ('exalgo', 'SOLID'), ('dolophine', 'SOLID'), ('diskets', 'SOLID'), ('nucynta', 'SOLID'),
    ('subutex', 'SOLID'), ('zubsolv', 'SOLID'), ('suboxone', 'SOLID'), ('bunavail', 'SOLID'), ('belbuca', 'SOLID'),
    ('fentora', 'SOLID'), ('abstral', 'SOLID'), ('actiq', 'SOLID'),
    -- Transdermal systems.
    ('duragesic', 'PATCH'), ('butrans', 'PATCH'), ('daytrana', 'PATCH'), ('xelstrym', 'PATCH'),
    ('neupro', 'PATCH'), ('emsam', 'PATCH'), ('oxytrol', 'PATCH'), ('nitro-dur', 'PATCH'), ('minitran', 'PATCH'),
    ('climara', 'PATCH'), ('vivelle-dot', 'PATCH'), ('minivelle', 'PATCH'), ('lidoderm', 'PATCH'),
    ('ztlido', 'PATCH'), ('nicoderm', 'PATCH'),
    -- Inhalers (metered-dose, dry-powder, soft-mist).
    ('proair', 'INHALER'), ('proventil', 'INHALER'), ('ventolin', 'INHALER'), ('combivent', 'INHALER'),
    ('airsupra', 'INHALER'), ('advair', 'INHALER'), ('airduo', 'INHALER'), ('wixela', 'INHALER'),
    ('alvesco', 'INHALER'), ('armonair', 'INHALER'), ('arnuity', 'INHALER'), ('flovent', 'INHALER'),
    ('qvar', 'INHALER'), ('asmanex', 'INHALER'), ('dulera', 'INHALER'), ('symbicort', 'INHALER'),
    ('breyna', 'INHALER'), ('breo', 'INHALER'), ('trelegy', 'INHALER'), ('breztri', 'INHALER'),
    ('anoro', 'INHALER'), ('bevespi', 'INHALER'), ('duaklir', 'INHALER'), ('stiolto', 'INHALER'),
    ('serevent', 'INHALER'), ('striverdi', 'INHALER'), ('foradil', 'INHALER'), ('incruse', 'INHALER'),
    ('spiriva', 'INHALER'), ('tudorza', 'INHALER'), ('afrezza', 'INHALER'),
    -- Injectables: insulin and GLP-1 pens, prefilled syringes, auto-injectors, vials.
    ('lantus', 'INJECTABLE'), ('basaglar', 'INJECTABLE'), ('semglee', 'INJECTABLE'), ('rezvoglar', 'INJECTABLE'),
    ('toujeo', 'INJECTABLE'), ('tresiba', 'INJECTABLE'), ('levemir', 'INJECTABLE'), ('soliqua', 'INJECTABLE'),
    ('xultophy', 'INJECTABLE'), ('admelog', 'INJECTABLE'), ('apidra', 'INJECTABLE'), ('fiasp', 'INJECTABLE'),
    ('humalog', 'INJECTABLE'), ('humalog mix', 'INJECTABLE'), ('lyumjev', 'INJECTABLE'), ('novolog', 'INJECTABLE'),
    ('novolog mix', 'INJECTABLE'), ('humulin r', 'INJECTABLE'), ('humulin n', 'INJECTABLE'),
    ('humulin 70/30', 'INJECTABLE'), ('novolin r', 'INJECTABLE'), ('novolin n', 'INJECTABLE'),
    ('novolin 70/30', 'INJECTABLE'), ('myxredlin', 'INJECTABLE'),
    ('ozempic', 'INJECTABLE'), ('victoza', 'INJECTABLE'), ('saxenda', 'INJECTABLE'), ('trulicity', 'INJECTABLE'),
    ('byetta', 'INJECTABLE'), ('bydureon', 'INJECTABLE'), ('adlyxin', 'INJECTABLE'), ('mounjaro', 'INJECTABLE'),
    ('zepbound', 'INJECTABLE'), ('symlin', 'INJECTABLE'),
    ('lovenox', 'INJECTABLE'), ('forteo', 'INJECTABLE'), ('bonsity', 'INJECTABLE'), ('tymlos', 'INJECTABLE'),
    ('prolia', 'INJECTABLE'), ('xgeva', 'INJECTABLE'), ('jubbonti', 'INJECTABLE'), ('wyost', 'INJECTABLE'),
    ('evenity', 'INJECTABLE'), ('repatha', 'INJECTABLE'), ('praluent', 'INJECTABLE'), ('leqvio', 'INJECTABLE'),
    ('epipen', 'INJECTABLE'), ('auvi-q', 'INJECTABLE'), ('adrenaclick', 'INJECTABLE'), ('symjepi', 'INJECTABLE'),
    ('gvoke', 'INJECTABLE'), ('glucagen', 'INJECTABLE'), ('zembrace', 'INJECTABLE'),
    ('sublocade', 'INJECTABLE'), ('brixadi', 'INJECTABLE'), ('vivitrol', 'INJECTABLE'), ('zimhi', 'INJECTABLE'),
    ('xyosted', 'INJECTABLE'), ('aveed', 'INJECTABLE'), ('depo-testosterone', 'INJECTABLE'),
    ('depo-provera', 'INJECTABLE'), ('depo-subq provera', 'INJECTABLE'), ('otrexup', 'INJECTABLE'),
    ('rasuvo', 'INJECTABLE'), ('copaxone', 'INJECTABLE'), ('glatopa', 'INJECTABLE'),
    ('epogen', 'INJECTABLE'), ('procrit', 'INJECTABLE'), ('retacrit', 'INJECTABLE'), ('aranesp', 'INJECTABLE'),
    -- Oral liquids.
    ('xyrem', 'LIQUID'), ('xywav', 'LIQUID'), ('procentra', 'LIQUID'), ('quillivant', 'LIQUID'),
    ('syndros', 'LIQUID'), ('qdolo', 'LIQUID'), ('epaned', 'LIQUID'), ('katerzia', 'LIQUID'),
    ('norliqva', 'LIQUID'), ('qbrelis', 'LIQUID'), ('sotylize', 'LIQUID'), ('carospir', 'LIQUID'),
    ('jylamvo', 'LIQUID'), ('xatmep', 'LIQUID'),
    -- Rectal gel.
    ('diastat', 'RECTAL_GEL');

-- Ingredients whose outpatient products all share one special form (every insulin but Afrezza, which
-- its brand row overrides, is injected). A form named in the query, the NDC or the brand comes first.
create table disposal_ingredient_form (
    ingredient  text primary key references drug (ingredient),
    dosage_form text not null check (dosage_form in ('SOLID', 'PATCH', 'INHALER', 'INJECTABLE', 'LIQUID', 'RECTAL_GEL', 'OTHER'))
);

insert into disposal_ingredient_form (ingredient, dosage_form) values
    ('insulin glargine', 'INJECTABLE'), ('insulin detemir', 'INJECTABLE'), ('insulin degludec', 'INJECTABLE'),
    ('insulin lispro', 'INJECTABLE'), ('insulin aspart', 'INJECTABLE'), ('insulin glulisine', 'INJECTABLE'),
    ('insulin human', 'INJECTABLE'), ('insulin isophane', 'INJECTABLE'),
    ('tirzepatide', 'INJECTABLE'), ('exenatide', 'INJECTABLE'), ('lixisenatide', 'INJECTABLE'),
    ('liraglutide', 'INJECTABLE'), ('dulaglutide', 'INJECTABLE'), ('pramlintide', 'INJECTABLE'),
    ('enoxaparin', 'INJECTABLE'), ('teriparatide', 'INJECTABLE'), ('abaloparatide', 'INJECTABLE'),
    ('denosumab', 'INJECTABLE'), ('romosozumab', 'INJECTABLE'),
    ('evolocumab', 'INJECTABLE'), ('alirocumab', 'INJECTABLE'), ('inclisiran', 'INJECTABLE'),
    ('adalimumab', 'INJECTABLE'), ('etanercept', 'INJECTABLE'), ('certolizumab', 'INJECTABLE'),
    ('golimumab', 'INJECTABLE'), ('infliximab', 'INJECTABLE'), ('abatacept', 'INJECTABLE'),
    ('anakinra', 'INJECTABLE'), ('ustekinumab', 'INJECTABLE'), ('secukinumab', 'INJECTABLE'),
    ('ixekizumab', 'INJECTABLE'), ('risankizumab', 'INJECTABLE'), ('guselkumab', 'INJECTABLE'),
    ('sarilumab', 'INJECTABLE'), ('tocilizumab', 'INJECTABLE'),
    ('dupilumab', 'INJECTABLE'), ('mepolizumab', 'INJECTABLE'), ('benralizumab', 'INJECTABLE'),
    ('omalizumab', 'INJECTABLE'), ('tezepelumab', 'INJECTABLE'),
    ('erenumab', 'INJECTABLE'), ('galcanezumab', 'INJECTABLE'), ('fremanezumab', 'INJECTABLE'),
    ('lecanemab', 'INJECTABLE'), ('donanemab', 'INJECTABLE'), ('glatiramer', 'INJECTABLE'),
    ('epoetin alfa', 'INJECTABLE'), ('darbepoetin alfa', 'INJECTABLE'),
    ('salmeterol', 'INHALER'), ('tiotropium', 'INHALER'), ('umeclidinium', 'INHALER'),
    ('aclidinium', 'INHALER'), ('vilanterol', 'INHALER'), ('olodaterol', 'INHALER');
