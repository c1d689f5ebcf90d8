package com.healthoptions.mtm.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.eligibility.CriterionResult.Criterion;
import com.healthoptions.mtm.eligibility.PlanCriteria.CostBasis;
import com.healthoptions.mtm.eligibility.PlanCriteria.DrugCountBasis;
import com.healthoptions.mtm.reference.ChronicCondition;
import com.healthoptions.mtm.reference.Drug;
import com.healthoptions.mtm.reference.Icd10Range;
import com.healthoptions.mtm.reference.ProductReference;
import com.healthoptions.mtm.reference.ReferenceCatalog;
import com.healthoptions.mtm.reference.ResolvedDrug;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10, rule by rule: each table row names its source and sits at a boundary of the rule. The catalog
 * mirrors the V2/V3/V500 rows the cases need (the same cases run against the real tables through
 * {@code POST /eligibility/evaluations} in the eligibility function's tests).
 */
class TargetingRulesTest {

    static final List<ChronicCondition> CONDITIONS = Stream.concat(EligibilityRulesTest.CORE_CONDITIONS.stream(),
            Stream.of(new ChronicCondition("ASTHMA", "Asthma", "RESPIRATORY"))).toList();

    static Drug drug(String ingredient, boolean chronic, String... conditions) {
        return new Drug(ingredient, "test", chronic, null, false, Set.of(conditions));
    }

    /** V3 as amended by V500: semaglutide, tirzepatide, dapagliflozin, duloxetine, montelukast imply nothing alone. */
    static final ReferenceCatalog CATALOG = new ReferenceCatalog(CONDITIONS, List.of(
            new Icd10Range("HYPERTENSION", "I10", "I16"), new Icd10Range("HYPERTENSION", "I1A", "I1A"),
            new Icd10Range("DYSLIPIDEMIA", "E78", "E78"), new Icd10Range("DIABETES", "E08", "E13"),
            new Icd10Range("CHF", "I50", "I50"), new Icd10Range("ASTHMA", "J45", "J45"),
            new Icd10Range("ASTHMA", "J8283", "J8283")),
            List.of(drug("lisinopril", true, "HYPERTENSION"), drug("atorvastatin", true, "DYSLIPIDEMIA"),
                    drug("metformin", true, "DIABETES"), drug("levothyroxine", true), drug("omeprazole", true),
                    drug("amlodipine", true, "HYPERTENSION"), drug("sertraline", true, "MENTAL_HEALTH"),
                    drug("tamsulosin", true), drug("semaglutide", true), drug("tirzepatide", true),
                    drug("sacubitril", true, "CHF"), drug("valsartan", true, "HYPERTENSION"),
                    drug("dapagliflozin", true), drug("canagliflozin", true, "DIABETES"), drug("duloxetine", true),
                    drug("montelukast", true), drug("zafirlukast", true, "ASTHMA"), drug("amoxicillin", false),
                    drug("oxycodone", false)),
            Map.of("ozempic", Set.of("semaglutide"), "wegovy", Set.of("semaglutide"), "rybelsus", Set.of("semaglutide"),
                    "mounjaro", Set.of("tirzepatide"), "zepbound", Set.of("tirzepatide"),
                    "entresto", Set.of("sacubitril", "valsartan"), "farxiga", Set.of("dapagliflozin"),
                    "invokana", Set.of("canagliflozin")),
            new ProductReference(
                    Map.of("Kinase Inhibitor", true, "Penicillin-class Antibacterial", false,
                            "Vasopressin V2 Receptor Antagonist", true),
                    Map.of("ozempic", Set.of("DIABETES"), "rybelsus", Set.of("DIABETES"), "wegovy", Set.of(),
                            "mounjaro", Set.of("DIABETES"), "zepbound", Set.of(), "entresto", Set.of("CHF"),
                            "sacubitril + valsartan", Set.of("CHF"), "farxiga", Set.of()),
                    Map.of()));

    /** The eight maintenance drugs of the scenario tests: hypertension, dyslipidemia, diabetes, mental health. */
    static final List<String> EIGHT = List.of("LISINOPRIL 10 MG", "ATORVASTATIN 20 MG", "METFORMIN 500 MG",
            "LEVOTHYROXINE 50 MCG", "AMLODIPINE 5 MG", "OMEPRAZOLE 20 MG", "SERTRALINE 50 MG", "TAMSULOSIN 0.4 MG");

    static PlanCriteria criteria(int year, String threshold, CostBasis cost, DrugCountBasis drugs, boolean dmp) {
        Set<String> items = year < 2025
                ? Set.of("HYPERTENSION", "DYSLIPIDEMIA", "CHF", "DIABETES", "ASTHMA", "HIV_AIDS")
                : Set.of("HYPERTENSION", "DYSLIPIDEMIA", "CHF", "DIABETES", "MENTAL_HEALTH", "RESPIRATORY",
                        "BONE_DISEASE_ARTHRITIS", "HIV_AIDS", "ALZHEIMERS", "ESRD");
        return new PlanCriteria("S5801-001", "S5801", year, 3, items, 8, new BigDecimal(threshold), dmp, cost, drugs, "test");
    }

    static PlanCriteria seed2024() {
        return criteria(2024, "5330.00", CostBasis.CHRONIC_ONLY, DrugCountBasis.MAINTENANCE, true);
    }

    static PlanCriteria cms2025() {
        return criteria(2025, "1623.00", CostBasis.ALL_COVERED, DrugCountBasis.MAINTENANCE, true);
    }

    /** Fills built by name, or by NDC directory product (substances, proprietary name, PHARM_CLASSES). */
    static final class Profile {
        final List<DrugFill> fills = new ArrayList<>();
        final List<DiagnosisFact> diagnoses = new ArrayList<>();
        final List<DmpPeriod> dmp = new ArrayList<>();
        Coverage coverage = Coverage.CONTINUOUS;

        Profile fill(String name, LocalDate date, int days, String cost) {
            return add(name, date, days, cost, CATALOG.resolve(Set.of(), name));
        }

        Profile product(String substance, String proprietaryName, String pharmClasses, LocalDate date, int days, String cost) {
            return add(proprietaryName, date, days, cost,
                    CATALOG.resolve(Set.of(substance), null, proprietaryName, pharmClasses));
        }

        private Profile add(String name, LocalDate date, int days, String cost, ResolvedDrug drug) {
            fills.add(new DrugFill("C" + (fills.size() + 1), date, null, name, days, BigDecimal.ONE,
                    new BigDecimal(cost), false, drug));
            return this;
        }

        Profile eight(LocalDate date, int days, String each) {
            EIGHT.forEach(n -> fill(n, date, days, each));
            return this;
        }

        Profile diagnosis(String code, LocalDate date) {
            diagnoses.add(new DiagnosisFact(code, date, CATALOG.conditionsForIcd10(code)));
            return this;
        }

        Profile dmpAtRisk(LocalDate from, LocalDate to) {
            dmp.add(new DmpPeriod(DmpPeriod.DmpStatus.AT_RISK, from, to));
            return this;
        }

        Profile covered(LocalDate from, LocalDate to, LocalDate death) {
            coverage = new Coverage(from, to, death);
            return this;
        }

        EligibilityDecision on(PlanCriteria c, LocalDate asOf) {
            return EligibilityRules.evaluate(new MemberProfile("M1", fills, diagnoses, dmp, coverage), c, asOf);
        }
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Nested
    class CostBasisRule {

        static Stream<Arguments> rows() {
            // Seven maintenance drugs at $700 and a $400 antibiotic course, full-year actual cost.
            return Stream.of(
                    Arguments.of("seed plan 2024 page: covered chronic Part D medications", seed2024(), "4900.00", false),
                    Arguments.of("42 CFR 423.153(d)(2), SSA 1860D-4(c)(2)(A)(ii): all covered Part D drugs",
                            seed2024().withBases(CostBasis.ALL_COVERED, null), "5300.00", false),
                    Arguments.of("same, at the $5,330 boundary: $30 more counts only under ALL_COVERED",
                            seed2024().withBases(CostBasis.ALL_COVERED, null), "5330.00", true));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("rows")
        void theCostBasisDecidesWhichFillsCount(String source, PlanCriteria c, String projected, boolean met) {
            var p = new Profile();
            EIGHT.subList(0, 7).forEach(n -> p.fill(n, d("2024-03-01"), 30, "700.00"));
            p.fill("AMOXICILLIN 500 MG", d("2024-05-01"), 10, met ? "430.00" : "400.00");
            var cost = p.on(c, d("2024-12-31")).criterion(Criterion.ANNUAL_COST);
            assertThat(cost.basis()).isEqualTo(c.costBasis().name());
            assertThat(cost.actual()).as(source).isEqualTo(new BigDecimal(met ? "5330.00" : projected));
            assertThat(cost.met()).as(source).isEqualTo(met);
            // The evidence shows which fills counted and which did not.
            if (c.costBasis() == CostBasis.CHRONIC_ONLY) {
                assertThat(cost.evidence()).contains("not counted (not maintenance drugs): amoxicillin 400.00 in 1 fill (claim C8)");
            } else {
                assertThat(cost.evidence()).anySatisfy(e -> assertThat(e).startsWith("amoxicillin: " + (met ? "430.00" : "400.00") + " in 1 fill (claim C8)"));
            }
        }
    }

    @Nested
    class DrugCountBasisRule {

        static Stream<Arguments> rows() {
            String kinase = "Kinase Inhibitor [EPC], Kinase Inhibitors [MoA]";
            return Stream.of(
                    Arguments.of("CMS-4205-F: every maintenance drug counts; nintedanib by its FDA EPC (Kinase Inhibitor)",
                            DrugCountBasis.MAINTENANCE, "NINTEDANIB", kinase, 8, ResolvedDrug.MaintenanceBasis.PHARM_CLASS),
                    Arguments.of("FDA EPC listed as not maintenance (Penicillin-class Antibacterial)",
                            DrugCountBasis.MAINTENANCE, "PIVMECILLINAM", "Penicillin-class Antibacterial [EPC]", 7,
                            ResolvedDrug.MaintenanceBasis.PHARM_CLASS),
                    Arguments.of("drug table overrides the EPC: amoxicillin is a course whatever its class says",
                            DrugCountBasis.MAINTENANCE, "AMOXICILLIN", kinase, 7, ResolvedDrug.MaintenanceBasis.INGREDIENT_TABLE),
                    Arguments.of("no known class: the default is not maintenance (counted in the load report)",
                            DrugCountBasis.MAINTENANCE, "NEWDRUGIB", "Novel Thing [EPC]", 7, ResolvedDrug.MaintenanceBasis.DEFAULT),
                    Arguments.of("CMS-4205-F: a sponsor may count all Part D drugs instead",
                            DrugCountBasis.ALL_PART_D, "NEWDRUGIB", "Novel Thing [EPC]", 8, ResolvedDrug.MaintenanceBasis.DEFAULT));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("rows")
        void theEighthDrugCountsOnlyOnItsBasis(String source, DrugCountBasis basis, String substance, String classes,
                int counted, ResolvedDrug.MaintenanceBasis decidedBy) {
            var p = new Profile();
            EIGHT.subList(0, 7).forEach(n -> p.fill(n, d("2025-02-01"), 30, "30.00"));
            p.product(substance, null, classes, d("2025-03-01"), 30, "900.00");
            assertThat(p.fills.getLast().drug().maintenanceBasis()).as(source).isEqualTo(decidedBy);
            var drugs = p.on(cms2025().withBases(null, basis), d("2025-12-31")).criterion(Criterion.CHRONIC_DRUGS);
            assertThat(drugs.actual()).as(source).isEqualTo(counted);
            assertThat(drugs.met()).as(source).isEqualTo(counted >= 8);
            assertThat(drugs.basis()).isEqualTo(basis.name());
        }
    }

    @Nested
    class Projection {

        static Stream<Arguments> rows() {
            return Stream.of(
                    // Issue 10's example: 8 x $45 90-day fills on 10 January. A straight line from 1 January as of
                    // 31 January made it 360 x 365 / 31 = $4,238.71; the supplies run to 9 April, then continue at
                    // $0.50 a day each for 266 days: 360 + 8 x 133 = $1,424.
                    Arguments.of("issue 10 example, days-supply aware", new Profile().eight(d("2025-01-10"), 90, "45.00"),
                            "2025-01-31", "1424.00"),
                    Arguments.of("the same on the last day of the supply: nothing changes while it lasts",
                            new Profile().eight(d("2025-01-10"), 90, "45.00"), "2025-04-09", "1424.00"),
                    Arguments.of("year end: the actual cost is kept", new Profile().eight(d("2025-01-10"), 90, "45.00"),
                            "2025-12-31", "360.00"),
                    Arguments.of("supply lapsed exactly 30 days: still continuing (refill grace)",
                            new Profile().fill("LISINOPRIL", d("2025-01-01"), 30, "30.00"), "2025-03-01", "335.00"),
                    Arguments.of("supply lapsed 31 days: stopped, only the actual cost",
                            new Profile().fill("LISINOPRIL", d("2025-01-01"), 30, "30.00"), "2025-03-02", "30.00"),
                    Arguments.of("a one-off course does not repeat", new Profile().fill("AMOXICILLIN", d("2025-01-05"), 10, "300.00"),
                            "2025-01-10", "300.00"),
                    Arguments.of("a refilled non-maintenance drug continues (two fills seen)",
                            new Profile().fill("OXYCODONE", d("2025-01-01"), 30, "60.00").fill("OXYCODONE", d("2025-01-31"), 30, "60.00"),
                            "2025-02-15", "730.00"),
                    // Joins 1 July 2025: 184 covered days. $300 on 1 July for 30 days continues from 31 July:
                    // (300 + 10 x 154) x 365 / 184 = $3,650.00, the member's annual rate, not diluted by January-June.
                    Arguments.of("July joiner: annualised over covered days only",
                            new Profile().covered(d("2025-07-01"), null, null).fill("LISINOPRIL", d("2025-07-01"), 30, "300.00"),
                            "2025-07-15", "3650.00"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("rows")
        void projectsTheLikelyAnnualCost(String source, Profile p, String asOf, String projected) {
            var decision = p.on(cms2025(), d(asOf));
            assertThat(decision.projectedAnnualCost()).as(source).isEqualByComparingTo(projected);
            assertThat(decision.criterion(Criterion.ANNUAL_COST).actual()).isEqualTo(decision.projectedAnnualCost());
        }
    }

    @Nested
    class CoverageRule {

        static Stream<Arguments> rows() {
            return Stream.of(
                    Arguments.of("fills before the coverage start are not this plan's", d("2025-06-01"), null, null, 3),
                    Arguments.of("coverage start on the fill date: that fill counts", d("2025-02-01"), null, null, 7),
                    Arguments.of("coverage start the day after a fill: it does not", d("2025-02-02"), null, null, 6),
                    Arguments.of("fills after the end of coverage are not this plan's", null, d("2025-03-31"), null, 3),
                    Arguments.of("a death ends the window on the date of death", null, null, d("2025-03-01"), 3),
                    Arguments.of("a death the day before a fill: it does not count", null, null, d("2025-02-28"), 2));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("rows")
        void onlyCoveredFillsCount(String source, LocalDate start, LocalDate end, LocalDate death, int drugs) {
            var p = new Profile().covered(start, end, death);
            for (int i = 0; i < 8; i++) {
                p.fill(EIGHT.get(i), d("2025-01-01").plusMonths(i), 30, "30.00"); // 1 January .. 1 August
            }
            assertThat(p.on(cms2025(), d("2025-12-31")).chronicDrugCount()).as(source).isEqualTo(drugs);
        }
    }

    @Nested
    class DateMetCriteria {

        static Stream<Arguments> rows() {
            Profile eightByMonth = new Profile();
            for (int i = 0; i < 8; i++) {
                eightByMonth.fill(EIGHT.get(i), d("2025-01-15").plusMonths(i), 30, "300.00");
            }
            // Eight maintenance drugs showing only hypertension and dyslipidemia; diabetes comes with a diagnosis.
            Profile diagnosisLast = new Profile();
            List.of("LISINOPRIL", "ATORVASTATIN", "LEVOTHYROXINE", "OMEPRAZOLE", "AMLODIPINE", "TAMSULOSIN",
                    "DULOXETINE", "MONTELUKAST").forEach(n -> diagnosisLast.fill(n, d("2025-02-01"), 30, "300.00"));
            diagnosisLast.diagnosis("E11.9", d("2025-05-20"));
            return Stream.of(
                    Arguments.of("the eighth drug's fill tipped it (drugs met last)", eightByMonth, "2025-08-15"),
                    Arguments.of("the diagnosis tipped it (conditions met last)", diagnosisLast, "2025-05-20"),
                    Arguments.of("DMP alone: the at-risk period's start", new Profile().dmpAtRisk(d("2025-04-02"), null),
                            "2025-04-02"),
                    Arguments.of("DMP from the previous year: 1 January of the plan year",
                            new Profile().dmpAtRisk(d("2024-10-01"), null), "2025-01-01"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("rows")
        void isTheDayTheMemberFirstMetTheCriteria(String source, Profile p, String expected) {
            var decision = p.on(cms2025(), d("2025-11-30"));
            assertThat(decision.eligible()).as(source).isTrue();
            assertThat(decision.dateMetCriteria()).as(source).isEqualTo(d(expected));
        }
    }

    @Nested
    class DmpRule {

        static Stream<Arguments> rows() {
            return Stream.of(
                    Arguments.of("423.153(d)(2)(ii): mandatory from 2022 whatever the plan row says",
                            criteria(2022, "4696.00", CostBasis.ALL_COVERED, DrugCountBasis.MAINTENANCE, false),
                            d("2022-03-01"), d("2022-05-31"), d("2022-12-31"), true),
                    Arguments.of("before 2022 a plan option: not targeted where the plan says not",
                            criteria(2021, "4376.00", CostBasis.ALL_COVERED, DrugCountBasis.MAINTENANCE, false),
                            d("2021-03-01"), null, d("2021-12-31"), false),
                    Arguments.of("a period that ended before the run still counts", cms2025(),
                            d("2025-02-01"), d("2025-06-30"), d("2025-10-01"), true),
                    Arguments.of("ended the day before the plan year: does not count", cms2025(),
                            d("2024-02-01"), d("2024-12-31"), d("2025-10-01"), false),
                    Arguments.of("starts the day after the as-of date: not yet", cms2025(),
                            d("2025-10-02"), null, d("2025-10-01"), false));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("rows")
        void atRiskAnywhereInTheYearTargets(String source, PlanCriteria c, LocalDate from, LocalDate to, LocalDate asOf,
                boolean targeted) {
            var decision = new Profile().dmpAtRisk(from, to).on(c, asOf);
            assertThat(decision.eligible()).as(source).isEqualTo(targeted);
            assertThat(decision.reasonTargeted().code()).as(source).isEqualTo(targeted ? "02" : "04");
            if (targeted) {
                assertThat(decision.criterion(Criterion.DMP_AT_RISK).evidence())
                        .anySatisfy(e -> assertThat(e).contains(from + ".." + (to == null ? "open" : to)));
            }
        }
    }

    @Nested
    class ConditionsByProduct {

        static Stream<Arguments> rows() {
            String glp1 = "GLP-1 Receptor Agonist [EPC]";
            return Stream.of(
                    Arguments.of("FDA label: Ozempic treats type 2 diabetes", "semaglutide", "Ozempic", "DIABETES"),
                    Arguments.of("FDA label: Rybelsus treats type 2 diabetes", "semaglutide", "Rybelsus", "DIABETES"),
                    Arguments.of("FDA label: Mounjaro treats type 2 diabetes", "tirzepatide", "Mounjaro", "DIABETES"),
                    Arguments.of("FDA label: Wegovy is weight and CV risk, not diabetes", "semaglutide", "Wegovy", ""),
                    Arguments.of("FDA label: Zepbound is weight and sleep apnea, not diabetes", "tirzepatide", "Zepbound", ""),
                    Arguments.of("semaglutide without a product says nothing", "semaglutide", null, ""),
                    Arguments.of("FDA label: Entresto is heart failure; its valsartan is not hypertension",
                            "sacubitril;valsartan", "Entresto", "CHF"),
                    Arguments.of("the Entresto combination under another name", "sacubitril;valsartan", "Sacubitril and Valsartan", "CHF"),
                    Arguments.of("FDA label: Farxiga is T2D, HF and CKD: none alone", "dapagliflozin", "Farxiga", ""),
                    Arguments.of("FDA label: canagliflozin is diabetes (and diabetic kidney disease)", "canagliflozin", "Invokana", "DIABETES"),
                    Arguments.of("FDA label: duloxetine is depression, anxiety and pain", "duloxetine", "Cymbalta", ""),
                    Arguments.of("FDA label: montelukast is asthma and allergic rhinitis", "montelukast", "Singulair", ""),
                    Arguments.of("FDA label: zafirlukast is asthma only", "zafirlukast", "Accolate", "ASTHMA"))
                    .map(a -> Arguments.of(a.get()[0], a.get()[1], a.get()[2], a.get()[3], glp1));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("rows")
        void aProductImpliesWhatItsLabelTreats(String source, String substances, String product, String implied,
                String classes) {
            var drug = CATALOG.resolve(Set.of(substances.split(";")), null, product, classes);
            assertThat(drug.impliedConditions()).extracting(ChronicCondition::code).as(source)
                    .containsExactlyInAnyOrderElementsOf(implied.isEmpty() ? List.of() : List.of(implied));
            // The same product named on a claim without an NDC.
            if (product != null && CATALOG.brandIngredients(product).size() > 0) {
                assertThat(CATALOG.resolve(Set.of(), product.toUpperCase() + " 1 MG").impliedConditions())
                        .extracting(ChronicCondition::code).as(source + " (drug name)")
                        .containsExactlyInAnyOrderElementsOf(implied.isEmpty() ? List.of() : List.of(implied));
            }
        }
    }

    @Nested
    class Icd10 {

        static Stream<Arguments> rows() {
            return Stream.of(
                    Arguments.of("ICD-10-CM FY2023: I1A.0 resistant hypertension", "I1A.0", "HYPERTENSION"),
                    Arguments.of("I16.9 hypertensive crisis: the I10-I16 range's top", "I16.9", "HYPERTENSION"),
                    Arguments.of("I17 is not a code: just past the range", "I17", ""),
                    Arguments.of("ICD-10-CM FY2023: J82.83 eosinophilic asthma", "J82.83", "ASTHMA"),
                    Arguments.of("J82.89 other pulmonary eosinophilia is not asthma", "J82.89", ""));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("rows")
        void codesMapToTheirCondition(String source, String code, String condition) {
            assertThat(CATALOG.conditionsForIcd10(code)).extracting(ChronicCondition::code).as(source)
                    .containsExactlyInAnyOrderElementsOf(condition.isEmpty() ? List.of() : List.of(condition));
        }
    }
}
