package com.healthoptions.mtm.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.eligibility.CriterionResult.Criterion;
import com.healthoptions.mtm.reference.ChronicCondition;
import com.healthoptions.mtm.reference.Drug;
import com.healthoptions.mtm.reference.Icd10Range;
import com.healthoptions.mtm.reference.ReferenceCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {

    /** The ten core chronic conditions (V2); the rest of the catalog below names its core condition. */
    static final List<ChronicCondition> CORE_CONDITIONS = List.of(
            new ChronicCondition("HYPERTENSION", "Hypertension", null),
            new ChronicCondition("DYSLIPIDEMIA", "Dyslipidemia", null),
            new ChronicCondition("DIABETES", "Diabetes", null),
            new ChronicCondition("CHF", "Chronic heart failure", null),
            new ChronicCondition("MENTAL_HEALTH", "Mental health", null),
            new ChronicCondition("RESPIRATORY", "Respiratory disease", null),
            new ChronicCondition("BONE_DISEASE_ARTHRITIS", "Bone disease-arthritis", null),
            new ChronicCondition("HIV_AIDS", "HIV/AIDS", null),
            new ChronicCondition("ALZHEIMERS", "Alzheimer's disease", null),
            new ChronicCondition("ESRD", "End-stage renal disease", null));

    static final List<ChronicCondition> CONDITIONS = Stream.concat(CORE_CONDITIONS.stream(), Stream.of(
            new ChronicCondition("DEPRESSION", "Depression", "MENTAL_HEALTH"),
            new ChronicCondition("ASTHMA", "Asthma", "RESPIRATORY"),
            new ChronicCondition("COPD", "COPD", "RESPIRATORY"),
            new ChronicCondition("OSTEOPOROSIS", "Osteoporosis", "BONE_DISEASE_ARTHRITIS"),
            new ChronicCondition("RHEUMATOID_ARTHRITIS", "Rheumatoid arthritis", "BONE_DISEASE_ARTHRITIS"))).toList();

    static final ReferenceCatalog CATALOG = new ReferenceCatalog(CONDITIONS, List.of(
            new Icd10Range("HYPERTENSION", "I10", "I16"),
            new Icd10Range("DYSLIPIDEMIA", "E78", "E78"),
            new Icd10Range("DIABETES", "E08", "E13"),
            new Icd10Range("CHF", "I50", "I50"),
            new Icd10Range("CHF", "I110", "I110"),
            new Icd10Range("DEPRESSION", "F32", "F33"),
            new Icd10Range("ASTHMA", "J45", "J45"),
            new Icd10Range("COPD", "J41", "J44")),
            List.of(
                    chronic("lisinopril", "HYPERTENSION"),
                    chronic("atorvastatin", "DYSLIPIDEMIA"),
                    chronic("metformin", "DIABETES"),
                    chronic("sertraline", "MENTAL_HEALTH"),
                    chronic("levothyroxine"),
                    chronic("amlodipine", "HYPERTENSION"),
                    chronic("hydrochlorothiazide", "HYPERTENSION"),
                    chronic("omeprazole"),
                    chronic("gabapentin"),
                    chronic("tiotropium", "COPD"),
                    chronic("montelukast", "ASTHMA"),
                    chronic("albuterol", "RESPIRATORY"),
                    new Drug("amoxicillin", "antibiotic", false, null, false, Set.of())),
            Map.of("zestoretic", Set.of("lisinopril", "hydrochlorothiazide")));

    static Drug chronic(String ingredient, String... conditions) {
        return new Drug(ingredient, "test", true, null, false, Set.of(conditions));
    }

    static final int YEAR = 2024;
    static final LocalDate YEAR_END = LocalDate.of(YEAR, 12, 31);

    /** The seed plan's 2024 rule: 3 of its 10 conditions, 8 chronic drugs, $5,330, DMP qualifies. */
    static PlanCriteria plan2024() {
        return new PlanCriteria("S5801-001", "S5801", 2024, 3,
                Set.of("HYPERTENSION", "DYSLIPIDEMIA", "CHF", "DIABETES", "DEPRESSION", "OSTEOPOROSIS",
                        "RHEUMATOID_ARTHRITIS", "ASTHMA", "COPD", "HIV_AIDS"),
                8, new BigDecimal("5330.00"), true, PlanCriteria.CostBasis.CHRONIC_ONLY,
                PlanCriteria.DrugCountBasis.MAINTENANCE, "test");
    }

    /** The CMS 2025 shape: the ten core diseases count, $1,623. */
    static PlanCriteria plan2025() {
        return new PlanCriteria("S5801-001", "S5801", 2025, 3,
                Set.of("HYPERTENSION", "DYSLIPIDEMIA", "CHF", "DIABETES", "MENTAL_HEALTH", "RESPIRATORY",
                        "BONE_DISEASE_ARTHRITIS", "HIV_AIDS", "ALZHEIMERS", "ESRD"),
                8, new BigDecimal("1623.00"), true, PlanCriteria.CostBasis.ALL_COVERED,
                PlanCriteria.DrugCountBasis.MAINTENANCE, "test");
    }

    /** Builds member profiles fill by fill. */
    static final class ProfileBuilder {
        private final List<DrugFill> fills = new ArrayList<>();
        private final List<DiagnosisFact> diagnoses = new ArrayList<>();
        private final List<DmpPeriod> dmp = new ArrayList<>();
        private int claims;

        ProfileBuilder fill(String drugName, LocalDate date, String cost) {
            return fill(drugName, date, cost, false);
        }

        ProfileBuilder fill(String drugName, LocalDate date, String cost, boolean reversed) {
            fills.add(new DrugFill("C" + (++claims), date, null, drugName, 30, BigDecimal.valueOf(30),
                    new BigDecimal(cost), reversed, CATALOG.resolve(Set.of(), drugName)));
            return this;
        }

        ProfileBuilder diagnosis(String code, LocalDate date) {
            diagnoses.add(new DiagnosisFact(code, date, CATALOG.conditionsForIcd10(code)));
            return this;
        }

        ProfileBuilder dmpAtRisk(LocalDate from, LocalDate to) {
            dmp.add(new DmpPeriod(DmpPeriod.DmpStatus.AT_RISK, from, to));
            return this;
        }

        MemberProfile build() {
            return new MemberProfile("M1", fills, diagnoses, dmp);
        }
    }

    static final List<String> EIGHT_CHRONIC = List.of("LISINOPRIL 10 MG TAB", "ATORVASTATIN 20MG",
            "METFORMIN 500 MG", "SERTRALINE 50 MG", "LEVOTHYROXINE 75 MCG", "AMLODIPINE 5 MG",
            "OMEPRAZOLE 20 MG", "GABAPENTIN 300 MG");

    /** n distinct chronic drugs filled once each on 1 March, with the cost spread evenly. */
    static ProfileBuilder chronicDrugs(int n, String totalCost) {
        ProfileBuilder b = new ProfileBuilder();
        BigDecimal each = new BigDecimal(totalCost).divide(BigDecimal.valueOf(n), 2, java.math.RoundingMode.DOWN);
        BigDecimal remainder = new BigDecimal(totalCost).subtract(each.multiply(BigDecimal.valueOf(n)));
        for (int i = 0; i < n; i++) {
            BigDecimal cost = i == 0 ? each.add(remainder) : each;
            b.fill(EIGHT_CHRONIC.get(i), LocalDate.of(YEAR, 3, 1), cost.toPlainString());
        }
        return b;
    }

    static EligibilityDecision evaluate(ProfileBuilder b) {
        return EligibilityRules.evaluate(b.build(), plan2024(), YEAR_END);
    }

    @Nested
    class ChronicDrugs {

        @Test
        void sevenDrugsAreOneShortOfTheSeedPlansEight() {
            var d = evaluate(chronicDrugs(7, "6000.00"));
            assertThat(d.criterion(Criterion.CHRONIC_DRUGS).actual()).isEqualTo(7);
            assertThat(d.criterion(Criterion.CHRONIC_DRUGS).met()).isFalse();
            assertThat(d.eligible()).isFalse();
            assertThat(d.reasonTargeted()).isEqualTo(ReasonTargeted.NONE);
        }

        @Test
        void eightDrugsMeetTheDrugCriterionAndWithConditionsAndCostTheMemberIsTargeted() {
            var d = evaluate(chronicDrugs(8, "6000.00"));
            assertThat(d.criterion(Criterion.CHRONIC_DRUGS).met()).isTrue();
            // lisinopril + amlodipine: hypertension; atorvastatin: dyslipidemia; metformin: diabetes.
            assertThat(d.chronicConditionCount()).isEqualTo(3);
            assertThat(d.eligible()).isTrue();
            assertThat(d.reasonTargeted()).isEqualTo(ReasonTargeted.CHRONIC_DISEASES_DRUGS_COST);
            assertThat(d.reasonTargeted().code()).isEqualTo("01");
        }

        @Test
        void twoStrengthsOfOneIngredientAreOneDrug() {
            var d = evaluate(chronicDrugs(7, "6000.00").fill("ATORVASTATIN 40MG", LocalDate.of(YEAR, 4, 1), "10.00"));
            assertThat(d.chronicDrugCount()).isEqualTo(7);
            assertThat(d.criterion(Criterion.CHRONIC_DRUGS).evidence())
                    .anySatisfy(e -> assertThat(e).startsWith("atorvastatin: claim C2").contains("claim C8"));
        }

        @Test
        void aCombinationProductIsItsOwnDrugBesideItsSingleIngredients() {
            var d = evaluate(chronicDrugs(7, "6000.00").fill("ZESTORETIC 20-12.5", LocalDate.of(YEAR, 4, 1), "10.00"));
            assertThat(d.chronicDrugCount()).isEqualTo(8);
            assertThat(d.criterion(Criterion.CHRONIC_DRUGS).evidence())
                    .anySatisfy(e -> assertThat(e).startsWith("hydrochlorothiazide + lisinopril:"));
        }

        @Test
        void reversedFillsDoNotCountAsDrugsOrCost() {
            var d = evaluate(chronicDrugs(7, "6000.00")
                    .fill("TIOTROPIUM 18 MCG", LocalDate.of(YEAR, 5, 1), "400.00", true));
            assertThat(d.chronicDrugCount()).isEqualTo(7);
            assertThat(d.projectedAnnualCost()).isEqualByComparingTo("6000.00");
        }

        @Test
        void nonChronicDrugsDoNotCount() {
            var d = evaluate(chronicDrugs(7, "6000.00").fill("AMOXICILLIN 500 MG", LocalDate.of(YEAR, 5, 1), "20.00"));
            assertThat(d.chronicDrugCount()).isEqualTo(7);
            assertThat(d.projectedAnnualCost()).isEqualByComparingTo("6000.00");
        }

        @Test
        void fillsAfterAsOfAreIgnored() {
            var b = chronicDrugs(7, "6000.00").fill("TIOTROPIUM 18 MCG", LocalDate.of(YEAR, 7, 2), "100.00");
            var before = EligibilityRules.evaluate(b.build(), plan2024(), LocalDate.of(YEAR, 7, 1));
            var after = EligibilityRules.evaluate(b.build(), plan2024(), LocalDate.of(YEAR, 7, 2));
            assertThat(before.chronicDrugCount()).isEqualTo(7);
            assertThat(after.chronicDrugCount()).isEqualTo(8);
        }

        @Test
        void fillsOfTheYearBeforeDoNotCount() {
            var d = evaluate(chronicDrugs(7, "6000.00").fill("TIOTROPIUM 18 MCG", LocalDate.of(YEAR - 1, 12, 31), "1.00"));
            assertThat(d.chronicDrugCount()).isEqualTo(7);
        }
    }

    @Nested
    class ChronicConditions {

        @Test
        void twoConditionsAreOneShortOfThree() {
            var b = chronicDrugs(8, "6000.00");
            // Drop metformin's diabetes by replacing it: rebuild with a drug that implies nothing.
            b = new ProfileBuilder();
            for (String name : List.of("LISINOPRIL", "ATORVASTATIN", "LEVOTHYROXINE", "OMEPRAZOLE", "GABAPENTIN",
                    "AMLODIPINE", "SERTRALINE", "HYDROCHLOROTHIAZIDE")) {
                b.fill(name, LocalDate.of(YEAR, 3, 1), "750.00");
            }
            var d = evaluate(b);
            // hypertension and dyslipidemia count; sertraline implies only the core MENTAL_HEALTH, which the
            // seed plan's 2024 list does not name (it names depression).
            assertThat(d.chronicConditionCount()).isEqualTo(2);
            assertThat(d.criterion(Criterion.CHRONIC_CONDITIONS).met()).isFalse();
            assertThat(d.eligible()).isFalse();

            var withDiagnosis = evaluate(b.diagnosis("F32.9", LocalDate.of(YEAR, 2, 1)));
            assertThat(withDiagnosis.chronicConditionCount()).isEqualTo(3);
            assertThat(withDiagnosis.eligible()).isTrue();
            assertThat(withDiagnosis.criterion(Criterion.CHRONIC_CONDITIONS).evidence())
                    .contains("DEPRESSION: diagnosis F32.9 (2024-02-01)");
        }

        @Test
        void aConditionKnownOnlyFromADrugCounts() {
            var d = evaluate(chronicDrugs(8, "6000.00"));
            assertThat(d.criterion(Criterion.CHRONIC_CONDITIONS).evidence())
                    .contains("DIABETES: drug metformin");
        }

        @Test
        void asthmaAndCopdAreTwoItemsIn2024ButOneCoreDiseaseFrom2025() {
            var b = new ProfileBuilder()
                    .diagnosis("J45.909", LocalDate.of(YEAR, 1, 10))
                    .diagnosis("J44.9", LocalDate.of(YEAR, 1, 10));
            var d2024 = EligibilityRules.evaluate(b.build(), plan2024(), YEAR_END);
            assertThat(d2024.chronicConditionCount()).isEqualTo(2);

            var d2025 = EligibilityRules.evaluate(shifted(b.build(), 1), plan2025(), LocalDate.of(2025, 12, 31));
            assertThat(d2025.chronicConditionCount()).isEqualTo(1);
        }

        @Test
        void mentalHealthBeyondDepressionCountsFrom2025() {
            var b = new ProfileBuilder().fill("SERTRALINE 50 MG", LocalDate.of(2025, 2, 1), "10.00");
            assertThat(EligibilityRules.evaluate(b.build(), plan2025(), LocalDate.of(2025, 12, 31))
                    .chronicConditionCount()).isEqualTo(1);
        }

        @Test
        void aDiagnosisFromThePreviousYearCountsButNotOlder() {
            var b = new ProfileBuilder()
                    .diagnosis("E11.9", LocalDate.of(YEAR - 1, 1, 1))
                    .diagnosis("E78.5", LocalDate.of(YEAR - 2, 12, 31));
            var d = evaluate(b);
            assertThat(d.criterion(Criterion.CHRONIC_CONDITIONS).evidence())
                    .containsExactly("DIABETES: diagnosis E11.9 (2023-01-01)");
        }

        @Test
        void aCodeThatCombinesConditionsCountsForEach() {
            var d = evaluate(new ProfileBuilder().diagnosis("I11.0", LocalDate.of(YEAR, 1, 5)));
            assertThat(d.chronicConditionCount()).isEqualTo(2);
        }
    }

    @Nested
    class AnnualCost {

        @Test
        void oneCentUnderTheThresholdIsNotEnough() {
            var d = evaluate(chronicDrugs(8, "5329.99"));
            assertThat(d.projectedAnnualCost()).isEqualByComparingTo("5329.99");
            assertThat(d.criterion(Criterion.ANNUAL_COST).met()).isFalse();
            assertThat(d.eligible()).isFalse();
        }

        @Test
        void exactlyTheThresholdIsEnough() {
            var d = evaluate(chronicDrugs(8, "5330.00"));
            assertThat(d.criterion(Criterion.ANNUAL_COST).met()).isTrue();
            assertThat(d.eligible()).isTrue();
        }

        @Test
        void monthlyMaintenanceFillsContinueAtTheirRunRateUntilYearEnd() {
            // Eight $337.50 30-day fills on 1 March: supplies end 30 March; as of 30 June they are over 30
            // days lapsed, so nothing continues; as of 15 April they continue from 16 April to 31 December.
            var b = chronicDrugs(8, "2700.00");
            var lapsed = EligibilityRules.evaluate(b.build(), plan2024(), LocalDate.of(YEAR, 6, 30));
            assertThat(lapsed.projectedAnnualCost()).isEqualByComparingTo("2700.00");
            var current = EligibilityRules.evaluate(b.build(), plan2024(), LocalDate.of(YEAR, 4, 15));
            // 2700 + 2700 / 30 x 260 days (16 April..31 December 2024)
            assertThat(current.projectedAnnualCost()).isEqualByComparingTo("26100.00");
            assertThat(current.criterion(Criterion.ANNUAL_COST).evidence())
                    .anySatisfy(e -> assertThat(e).isEqualTo("atorvastatin: 337.50 in 1 fill (claim C2); continues at 337.50 per 30 days for 260 covered days: 2925.00"));
        }

        @Test
        void anAsOfBeforeThePlanYearProjectsNothing() {
            var d = EligibilityRules.evaluate(chronicDrugs(8, "9000.00").build(), plan2024(), LocalDate.of(YEAR - 1, 12, 1));
            assertThat(d.projectedAnnualCost()).isEqualByComparingTo("0.00");
        }

        @Test
        void the2025ThresholdIsTheCmsGenericDrugCost() {
            var b = new ProfileBuilder();
            for (String name : EIGHT_CHRONIC) {
                b.fill(name, LocalDate.of(2025, 3, 1), "202.88");
            }
            var d2025 = EligibilityRules.evaluate(b.build(), plan2025(), LocalDate.of(2025, 12, 31));
            assertThat(d2025.projectedAnnualCost()).isEqualByComparingTo("1623.04");
            assertThat(d2025.eligible()).isTrue();
            // The same fills a year earlier fall far short of 2024's $5,330.
            var d2024 = EligibilityRules.evaluate(shifted(b.build(), -1), plan2024(), YEAR_END);
            assertThat(d2024.criterion(Criterion.ANNUAL_COST).met()).isFalse();
            assertThat(d2024.eligible()).isFalse();
        }
    }

    @Nested
    class DrugManagementProgram {

        @Test
        void dmpAtRiskAloneQualifiesWithReason02() {
            var d = evaluate(new ProfileBuilder().dmpAtRisk(LocalDate.of(YEAR, 2, 1), null));
            assertThat(d.eligible()).isTrue();
            assertThat(d.reasonTargeted().code()).isEqualTo("02");
            assertThat(d.criterion(Criterion.CHRONIC_DRUGS).met()).isFalse();
        }

        @Test
        void dmpAtRiskPlusTheCriteriaIsReason03() {
            var d = evaluate(chronicDrugs(8, "6000.00").dmpAtRisk(LocalDate.of(YEAR, 2, 1), null));
            assertThat(d.reasonTargeted().code()).isEqualTo("03");
        }

        @Test
        void aDmpPeriodThatEndedBeforeTheYearDoesNotQualify() {
            var d = evaluate(new ProfileBuilder().dmpAtRisk(LocalDate.of(YEAR - 1, 2, 1), LocalDate.of(YEAR - 1, 12, 31)));
            assertThat(d.dmpAtRisk()).isFalse();
            assertThat(d.eligible()).isFalse();
        }

        @Test
        void aPastPlanYearLooksAtTheDmpStatusOnItsLastDay() {
            var profile = new ProfileBuilder().dmpAtRisk(LocalDate.of(YEAR, 2, 1), LocalDate.of(YEAR + 1, 3, 31)).build();
            var d = EligibilityRules.evaluate(profile, plan2024(), LocalDate.of(YEAR + 2, 6, 1));
            assertThat(d.dmpAtRisk()).isTrue();
            assertThat(d.reasonTargeted().code()).isEqualTo("02");
        }

        @Test
        void beforeDmpBecameMandatoryItQualifiesOnlyWhereTheCriteriaSaySo() {
            var noDmp = new PlanCriteria("P", "S", 2021, 3, plan2024().countedConditions(), 8,
                    new BigDecimal("4376.00"), false, null, null, "test");
            var d = EligibilityRules.evaluate(new ProfileBuilder().dmpAtRisk(LocalDate.of(2021, 2, 1), null).build(),
                    noDmp, LocalDate.of(2021, 12, 31));
            assertThat(d.dmpAtRisk()).isTrue();
            assertThat(d.eligible()).isFalse();
            assertThat(d.reasonTargeted().code()).isEqualTo("04");
        }
    }

    @Test
    void everyCriterionStatesRequiredActualMetAndEvidence() {
        var d = evaluate(chronicDrugs(8, "6000.00"));
        assertThat(d.criteria()).extracting(CriterionResult::name).containsExactly(
                Criterion.CHRONIC_CONDITIONS, Criterion.CHRONIC_DRUGS, Criterion.ANNUAL_COST, Criterion.DMP_AT_RISK);
        var drugs = d.criterion(Criterion.CHRONIC_DRUGS);
        assertThat(drugs.required()).isEqualTo(8);
        assertThat(drugs.actual()).isEqualTo(8);
        assertThat(drugs.evidence()).hasSize(8);
        assertThat(d.criterion(Criterion.ANNUAL_COST).required()).isEqualTo(new BigDecimal("5330.00"));
    }

    /** The same profile moved by whole years (fills, diagnoses and DMP periods). */
    static MemberProfile shifted(MemberProfile p, int years) {
        return new MemberProfile(p.memberId(),
                p.fills().stream().map(f -> new DrugFill(f.claimId(), f.fillDate().plusYears(years), f.ndc(),
                        f.drugName(), f.daysSupply(), f.quantity(), f.grossCost(), f.reversed(), f.drug())).toList(),
                p.diagnoses().stream().map(x -> new DiagnosisFact(x.icd10Code(), x.serviceDate().plusYears(years),
                        x.conditions())).toList(),
                p.dmpPeriods());
    }
}
