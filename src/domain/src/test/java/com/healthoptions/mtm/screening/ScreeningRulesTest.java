package com.healthoptions.mtm.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.eligibility.DiagnosisFact;
import com.healthoptions.mtm.eligibility.DrugFill;
import com.healthoptions.mtm.reference.Drug;
import com.healthoptions.mtm.reference.ReferenceCatalog;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The TMR screening rules at their boundaries, each naming its source: PQA measure specifications (COB, SUPD,
 * PDC-DR, PDC-RASA, PDC-STA), the AGS Beers Criteria 2023 and FDA labels (drug-disease table), PQA's 30-day
 * definition of concurrent use (duplicate therapy).
 */
class ScreeningRulesTest {

    /** Drug table rows with the V3 therapeutic classes the screening tables name. */
    static final ReferenceCatalog CATALOG = new ReferenceCatalog(List.of(), List.of(), List.of(
            drug("atorvastatin", "statin"), drug("rosuvastatin", "statin"),
            drug("amlodipine", "calcium channel blocker (dihydropyridine)"), drug("lisinopril", "ACE inhibitor"),
            drug("benazepril", "ACE inhibitor"), drug("losartan", "angiotensin II receptor blocker"),
            drug("valsartan", "angiotensin II receptor blocker"), drug("sacubitril", "neprilysin inhibitor"),
            drug("metformin", "biguanide"), drug("sitagliptin", "DPP-4 inhibitor"),
            drug("semaglutide", "GLP-1 receptor agonist"), drug("insulin glargine", "insulin, long-acting"),
            drug("oxycodone", "opioid analgesic"), drug("acetaminophen", "analgesic"),
            drug("alprazolam", "benzodiazepine"), drug("zolpidem", "non-benzodiazepine hypnotic"),
            drug("ibuprofen", "NSAID"), drug("pioglitazone", "thiazolidinedione"),
            drug("propranolol", "beta blocker"), drug("metoprolol", "beta blocker"),
            drug("oxybutynin", "antimuscarinic (overactive bladder)")),
            Map.of("wegovy", Set.of("semaglutide"), "ozempic", Set.of("semaglutide"),
                    "lotrel", Set.of("amlodipine", "benazepril")));

    static final TmrScreening RULES = TmrScreening.withShippedTables(CATALOG);
    static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);
    static final ScreeningPeriod YEAR = new ScreeningPeriod(JAN_1, LocalDate.of(2026, 12, 31));
    static final String NPI_A = "1234567893";
    static final String NPI_B = "1245319599";

    static Drug drug(String ingredient, String therapeuticClass) {
        return new Drug(ingredient, therapeuticClass, true, null, false, Set.of());
    }

    private int claims;

    MedicationFill fill(String ingredients, LocalDate date, int days) {
        return fill(ingredients, date, days, NPI_A);
    }

    /** A paid fill of the NDC directory product with these ingredients ("amlodipine + benazepril"). */
    MedicationFill fill(String ingredients, LocalDate date, int days, String npi) {
        return fill(ingredients, null, null, date, days, npi);
    }

    MedicationFill fill(String ingredients, String product, String pharmClasses, LocalDate date, int days, String npi) {
        var drug = CATALOG.resolve(Arrays.asList(ingredients.split(" \\+ ")), null, product, pharmClasses);
        return new MedicationFill(new DrugFill("C" + (++claims), date, null, ingredients, days, BigDecimal.ONE,
                BigDecimal.TEN, false, drug), npi);
    }

    static DiagnosisFact dx(String code, LocalDate date) {
        return new DiagnosisFact(code, date, Set.of());
    }

    static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    static List<Finding> screen(List<MedicationFill> fills, List<DiagnosisFact> diagnoses) {
        return screen(fills, diagnoses, YEAR);
    }

    static List<Finding> screen(List<MedicationFill> fills, List<DiagnosisFact> diagnoses, ScreeningPeriod period) {
        return RULES.screen(new ScreeningProfile("M1", LocalDate.of(1955, 6, 1), fills, diagnoses), period).findings();
    }

    static List<Finding> rule(List<Finding> findings, String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    @Nested
    class DaysSupply {

        @Test
        void aThirtyDayFillOnTheFirstOverlapsAFillOnThe30thByOneDayAndOneOnThe31stNotAtAll() {
            var first = fill("oxycodone", JAN_1, 30);
            var oneDay = TmrScreening.coverage(List.of(first), YEAR);
            oneDay.and(TmrScreening.coverage(List.of(fill("alprazolam", day(1, 30), 30)), YEAR));
            var none = TmrScreening.coverage(List.of(first), YEAR);
            none.and(TmrScreening.coverage(List.of(fill("alprazolam", day(1, 31), 30)), YEAR));
            assertThat(oneDay.cardinality()).isEqualTo(1);
            assertThat(none.cardinality()).isZero();
        }

        @Test
        void supplyIsCutAtThePeriodsEndAndFillsOutsideThePeriodAndReversedFillsNeverCount() {
            var period = new ScreeningPeriod(JAN_1, day(1, 10));
            assertThat(TmrScreening.coverage(List.of(fill("statin", JAN_1, 90)), period).cardinality()).isEqualTo(10);
            var reversed = fill("ibuprofen", day(1, 5), 30);
            reversed = new MedicationFill(new DrugFill("R1", day(1, 5), null, "ibuprofen", 30, BigDecimal.ONE,
                    BigDecimal.ONE, true, reversed.fill().drug()), NPI_A);
            var later = fill("ibuprofen", day(2, 1), 30);
            assertThat(screen(List.of(reversed, later), List.of(dx("I50.9", JAN_1)), period)).isEmpty();
        }
    }

    /** Duplicate therapy: 30 cumulative overlap days (PQA's concurrent use), never a switch. */
    @Nested
    class DuplicateTherapy {

        List<MedicationFill> atorvastatinAllQuarter() {
            return List.of(fill("atorvastatin", JAN_1, 30), fill("atorvastatin", day(1, 31), 30),
                    fill("atorvastatin", day(3, 2), 30));
        }

        @Test
        void twoStatinsSuppliedTogetherThirtyDaysAreADuplicateTwentyNineAreNot() {
            List<MedicationFill> thirty = new ArrayList<>(atorvastatinAllQuarter());
            thirty.add(fill("rosuvastatin", day(2, 1), 30));
            List<MedicationFill> twentyNine = new ArrayList<>(atorvastatinAllQuarter());
            twentyNine.add(fill("rosuvastatin", day(2, 1), 29));

            var found = rule(screen(thirty, List.of()), TmrScreening.DUPLICATE_THERAPY);
            assertThat(found).singleElement().satisfies(f -> {
                assertThat(f.subject()).isEqualTo("atorvastatin + rosuvastatin (statin)");
                assertThat(f.value()).isEqualByComparingTo("30");
                assertThat(f.startDate()).isEqualTo(day(2, 1));
                assertThat(f.endDate()).isEqualTo(day(3, 2));
                assertThat(f.fills()).hasSize(4);
                assertThat(f.severity()).isEqualTo(Severity.MODERATE);
                assertThat(f.ruleVersion()).contains("duplicate-therapy.tsv 2026.12-1");
                assertThat(f.recommendation()).contains("atorvastatin", "rosuvastatin", "30 of the same days");
            });
            assertThat(rule(screen(twentyNine, List.of()), TmrScreening.DUPLICATE_THERAPY)).isEmpty();
        }

        @Test
        void aSwitchIsNotADuplicateWhateverTheLeftoverSupplyButRefillingTheOldDrugMakesItOne() {
            List<MedicationFill> switched = new ArrayList<>(List.of(fill("atorvastatin", JAN_1, 90),
                    fill("rosuvastatin", day(1, 10), 30), fill("rosuvastatin", day(2, 9), 30),
                    fill("rosuvastatin", day(3, 11), 30)));
            assertThat(rule(screen(switched, List.of()), TmrScreening.DUPLICATE_THERAPY)).isEmpty();

            switched.add(fill("atorvastatin", day(4, 1), 90));
            assertThat(rule(screen(switched, List.of()), TmrScreening.DUPLICATE_THERAPY)).singleElement()
                    .satisfies(f -> assertThat(f.value()).as("10 January to 9 April").isEqualByComparingTo("90"));
        }

        @Test
        void aCombinationProductCountsForEachOfItsClasses() {
            var lotrel = List.of(fill("amlodipine + benazepril", JAN_1, 30), fill("amlodipine + benazepril", day(1, 31), 30));
            var withLisinopril = new ArrayList<>(lotrel);
            withLisinopril.addAll(List.of(fill("lisinopril", JAN_1, 30), fill("lisinopril", day(1, 31), 30)));
            assertThat(rule(screen(withLisinopril, List.of()), TmrScreening.DUPLICATE_THERAPY)).singleElement()
                    .satisfies(f -> assertThat(f.subject()).isEqualTo("benazepril + lisinopril (ace inhibitor)"));

            // The combination alone, or beside its own ingredient, is no duplicate: one ingredient per class.
            var withAmlodipine = new ArrayList<>(lotrel);
            withAmlodipine.addAll(List.of(fill("amlodipine", JAN_1, 30), fill("amlodipine", day(1, 31), 30)));
            assertThat(rule(screen(lotrel, List.of()), TmrScreening.DUPLICATE_THERAPY)).isEmpty();
            assertThat(rule(screen(withAmlodipine, List.of()), TmrScreening.DUPLICATE_THERAPY)).isEmpty();
        }

        @Test
        void drugsOfDifferentClassesAreNoDuplicate() {
            var fills = List.of(fill("lisinopril", JAN_1, 90), fill("losartan", JAN_1, 90), fill("lisinopril", day(4, 1), 90),
                    fill("losartan", day(4, 1), 90));
            assertThat(rule(screen(fills, List.of()), TmrScreening.DUPLICATE_THERAPY)).isEmpty();
        }
    }

    /** drug-disease-interactions.tsv: AGS Beers Criteria 2023 Table 3 and FDA labels, as each row names. */
    @Nested
    class DrugDisease {

        Finding only(String ingredients, String icd10) {
            var found = screen(List.of(fill(ingredients, day(3, 1), 30)), List.of(dx(icd10, day(2, 1))));
            return found.stream().filter(f -> f.ruleId().startsWith("DDI-")).findFirst().orElse(null);
        }

        @Test
        void eachRequiredPairIsFlaggedWithItsDrugAndDiagnosis() {
            assertThat(only("ibuprofen", "I50.9").ruleId()).isEqualTo("DDI-NSAID-HF");
            assertThat(only("pioglitazone", "I11.0").ruleId()).isEqualTo("DDI-TZD-HF");
            assertThat(only("propranolol", "J45.909").ruleId()).isEqualTo("DDI-NSBB-ASTHMA");
            assertThat(only("propranolol", "J44.9").ruleId()).isEqualTo("DDI-NSBB-COPD");
            assertThat(only("oxybutynin", "G30.9").ruleId()).isEqualTo("DDI-ANTICHOL-DEMENTIA");
            assertThat(only("alprazolam", "Z91.81").ruleId()).isEqualTo("DDI-BZD-FALLS");
            assertThat(only("alprazolam", "F03.90").ruleId()).isEqualTo("DDI-BZD-DEMENTIA");
            assertThat(only("zolpidem", "S72.001A").ruleId()).isEqualTo("DDI-ZDRUG-FALLS");
            assertThat(only("zolpidem", "G30.1").ruleId()).isEqualTo("DDI-ZDRUG-DEMENTIA");
            assertThat(only("metformin", "N18.6").ruleId()).isEqualTo("DDI-METFORMIN-ESRD");

            Finding nsaid = only("ibuprofen", "I50.9");
            assertThat(nsaid.severity()).isEqualTo(Severity.HIGH);
            assertThat(nsaid.diagnoses()).containsExactly(new Finding.FindingDiagnosis("I50.9", day(2, 1)));
            assertThat(nsaid.fills()).extracting(Finding.FindingFill::drug).containsExactly("ibuprofen");
            assertThat(nsaid.startDate()).isEqualTo(day(3, 1));
            assertThat(nsaid.endDate()).isEqualTo(day(3, 30));
            assertThat(nsaid.ruleVersion()).contains("drug-disease-interactions.tsv 2026.12-1");
            assertThat(nsaid.recommendation()).contains("heart failure");
        }

        @Test
        void theNeighboursOfEachPairAreNotFlagged() {
            assertThat(only("metoprolol", "J45.909")).as("beta-1 selective in asthma").isNull();
            assertThat(only("ibuprofen", "I10")).as("NSAID with hypertension only").isNull();
            assertThat(only("metformin", "N18.30")).as("metformin in CKD stage 3").isNull();
            assertThat(only("acetaminophen", "I50.9")).isNull();
        }

        @Test
        void anIngredientTheDrugTableDoesNotKnowIsClassedByTheProductsEstablishedPharmacologicClass() {
            var ketoprofen = fill("ketoprofen", null, "Nonsteroidal Anti-inflammatory Drug [EPC], Cyclooxygenase "
                    + "Inhibitors [MoA]", day(3, 1), 30, NPI_A);
            assertThat(screen(List.of(ketoprofen), List.of(dx("I50.22", day(1, 5)))))
                    .extracting(Finding::ruleId).containsExactly("DDI-NSAID-HF");
        }

        @Test
        void aDiagnosisAfterThePeriodIsNotEvidence() {
            var period = new ScreeningPeriod(JAN_1, day(3, 31));
            assertThat(screen(List.of(fill("ibuprofen", day(3, 1), 30)), List.of(dx("I50.9", day(4, 2))), period)).isEmpty();
        }
    }

    /** PQA COB: ≥2 opioid fills (≥15 days), ≥2 benzodiazepine fills, ≥30 cumulative overlap days. */
    @Nested
    class ConcurrentOpioidBenzodiazepine {

        List<MedicationFill> opioids() {
            return List.of(fill("oxycodone + acetaminophen", JAN_1, 30), fill("oxycodone + acetaminophen", day(1, 31), 30));
        }

        @Test
        void thirtyDaysOfOverlapIsAFindingTwentyNineIsNot() {
            var thirty = new ArrayList<>(opioids());
            thirty.addAll(List.of(fill("alprazolam", JAN_1, 15, NPI_B), fill("alprazolam", day(1, 16), 15, NPI_B)));
            var twentyNine = new ArrayList<>(opioids());
            twentyNine.addAll(List.of(fill("alprazolam", JAN_1, 15, NPI_B), fill("alprazolam", day(1, 16), 14, NPI_B)));

            assertThat(rule(screen(thirty, List.of()), TmrScreening.COB)).singleElement().satisfies(f -> {
                assertThat(f.value()).isEqualByComparingTo("30");
                assertThat(f.severity()).isEqualTo(Severity.HIGH);
                assertThat(f.startDate()).isEqualTo(JAN_1);
                assertThat(f.endDate()).isEqualTo(day(1, 30));
                assertThat(f.prescriberNpis()).containsExactly(NPI_A, NPI_B);
            });
            assertThat(rule(screen(twentyNine, List.of()), TmrScreening.COB)).isEmpty();
        }

        @Test
        void oneBenzodiazepineFillOrFewerThanFifteenOpioidDaysIsOutsideTheMeasure() {
            var oneBenzodiazepine = new ArrayList<>(opioids());
            oneBenzodiazepine.add(fill("alprazolam", JAN_1, 60));
            assertThat(rule(screen(oneBenzodiazepine, List.of()), TmrScreening.COB)).isEmpty();

            var shortOpioids = List.of(fill("oxycodone", JAN_1, 7), fill("oxycodone", day(1, 8), 7),
                    fill("alprazolam", JAN_1, 30), fill("alprazolam", day(1, 31), 30));
            assertThat(rule(screen(shortOpioids, List.of()), TmrScreening.COB)).isEmpty();
            var fifteen = List.of(fill("oxycodone", JAN_1, 7), fill("oxycodone", day(1, 8), 8),
                    fill("alprazolam", JAN_1, 30), fill("alprazolam", day(1, 31), 30));
            assertThat(rule(screen(fifteen, List.of()), TmrScreening.COB)).as("15 opioid days, but only 15 overlap").isEmpty();
        }

        @Test
        void cancerExcludesTheMember() {
            var fills = new ArrayList<>(opioids());
            fills.addAll(List.of(fill("alprazolam", JAN_1, 30), fill("alprazolam", day(1, 31), 30)));
            assertThat(rule(screen(fills, List.of()), TmrScreening.COB)).hasSize(1);
            assertThat(rule(screen(fills, List.of(dx("C50.911", day(2, 1)))), TmrScreening.COB)).isEmpty();
            assertThat(rule(screen(fills, List.of(dx("D57.1", day(2, 1)))), TmrScreening.COB)).isEmpty();
        }
    }

    /** PQA SUPD: ≥2 diabetes fills, no statin, ages 40 to 75. */
    @Nested
    class StatinUseInDiabetes {

        @Test
        void twoDiabetesFillsWithoutAStatinAreAFindingAStatinFillClearsIt() {
            var metformin = List.of(fill("metformin", JAN_1, 30), fill("metformin", day(1, 31), 30));
            assertThat(rule(screen(metformin, List.of()), TmrScreening.SUPD)).singleElement()
                    .satisfies(f -> assertThat(f.fills()).hasSize(2));
            var withStatin = new ArrayList<>(metformin);
            withStatin.add(fill("atorvastatin", day(3, 1), 30));
            assertThat(rule(screen(withStatin, List.of()), TmrScreening.SUPD)).isEmpty();
            assertThat(rule(screen(metformin.subList(0, 1), List.of()), TmrScreening.SUPD)).as("one fill").isEmpty();
            var insulin = List.of(fill("insulin glargine", JAN_1, 30), fill("insulin glargine", day(1, 31), 30));
            assertThat(rule(screen(insulin, List.of()), TmrScreening.SUPD)).as("insulin counts").hasSize(1);
        }

        @Test
        void semaglutideAsWegovyIsNoDiabetesMedicineAsOzempicItIs() {
            var wegovy = List.of(fill("semaglutide", "Wegovy", null, JAN_1, 28, NPI_A),
                    fill("semaglutide", "Wegovy", null, day(1, 29), 28, NPI_A));
            var ozempic = List.of(fill("semaglutide", "Ozempic", null, JAN_1, 28, NPI_A),
                    fill("semaglutide", "Ozempic", null, day(1, 29), 28, NPI_A));
            assertThat(rule(screen(wegovy, List.of()), TmrScreening.SUPD)).isEmpty();
            assertThat(rule(screen(ozempic, List.of()), TmrScreening.SUPD)).hasSize(1);
        }

        @Test
        void agesFortyToSeventyFiveAtThePeriodsEndAndEsrdExcluded() {
            var metformin = List.of(fill("metformin", JAN_1, 30), fill("metformin", day(1, 31), 30));
            assertThat(supd(metformin, LocalDate.of(1951, 1, 1))).as("75 on 31 December").hasSize(1);
            assertThat(supd(metformin, LocalDate.of(1950, 12, 31))).as("76 on 31 December").isEmpty();
            assertThat(supd(metformin, LocalDate.of(1986, 12, 31))).as("40").hasSize(1);
            assertThat(supd(metformin, LocalDate.of(1987, 1, 1))).as("39").isEmpty();
            assertThat(rule(screen(metformin, List.of(dx("Z99.2", JAN_1))), TmrScreening.SUPD)).isEmpty();
        }

        List<Finding> supd(List<MedicationFill> fills, LocalDate dob) {
            return rule(RULES.screen(new ScreeningProfile("M1", dob, fills, List.of()), YEAR).findings(), TmrScreening.SUPD);
        }
    }

    /** PQA PDC: index date to period end, same-drug overlaps shifted forward, below 80 % flagged. */
    @Nested
    class Adherence {

        /** A 1,000-day period and 100-day fills back to back, the last one {@code lastDays} long. */
        List<Finding> pdcOverThousandDays(int lastDays) {
            var period = new ScreeningPeriod(JAN_1, JAN_1.plusDays(999));
            List<MedicationFill> fills = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                fills.add(fill("atorvastatin", JAN_1.plusDays(100L * i), 100));
            }
            fills.add(fill("atorvastatin", JAN_1.plusDays(700), lastDays));
            return rule(screen(fills, List.of(), period), TmrScreening.PDC_STATINS);
        }

        @Test
        void eightyPerCentIsAdherentSeventyNinePointNineIsNot() {
            assertThat(pdcOverThousandDays(100)).as("800 of 1,000 days").isEmpty();
            assertThat(pdcOverThousandDays(99)).singleElement().satisfies(f -> {
                assertThat(f.value()).isEqualByComparingTo("79.9");
                assertThat(f.severity()).isEqualTo(Severity.LOW);
                assertThat(f.startDate()).isEqualTo(JAN_1);
                assertThat(f.recommendation()).contains("79.9 %", "799 of 1000");
            });
        }

        @Test
        void aValueThatWouldRoundToEightyIsShownRoundedDown() {
            // 292 of 365 is exactly 80 %; 291 of 365 is 79.73 %, shown as 79.7 and flagged.
            var fills = List.of(fill("lisinopril", JAN_1, 73), fill("lisinopril", day(4, 15), 73),
                    fill("lisinopril", day(7, 29), 73), fill("lisinopril", day(10, 20), 73));
            assertThat(rule(screen(fills, List.of()), TmrScreening.PDC_RAS)).isEmpty();
            var short1 = List.of(fill("lisinopril", JAN_1, 72), fill("lisinopril", day(4, 15), 73),
                    fill("lisinopril", day(7, 29), 73), fill("lisinopril", day(10, 20), 73));
            assertThat(rule(screen(short1, List.of()), TmrScreening.PDC_RAS)).singleElement()
                    .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("79.7"));
        }

        @Test
        void anEarlyRefillOfTheSameDrugIsShiftedForwardNotLost() {
            // 30 days on 1 January, refilled 10 days early on 21 January: shifted, 60 of 75 days (80 %) are
            // covered; counted as given it would be 50 of 75 (66.7 %).
            var period = new ScreeningPeriod(JAN_1, day(3, 16));
            var fills = List.of(fill("metformin", JAN_1, 30), fill("metformin", day(1, 21), 30));
            assertThat(rule(screen(fills, List.of(), period), TmrScreening.PDC_DIABETES)).isEmpty();
            assertThat(TmrScreening.shiftedCoverage(fills, period).cardinality()).isEqualTo(60);
            assertThat(TmrScreening.coverage(fills, period).cardinality()).isEqualTo(50);
        }

        @Test
        void differentDrugsOfTheClassAreNotShiftedAndADayCountsOnce() {
            // Metformin and sitagliptin taken together: 60 days covered of 120, not 120.
            var period = new ScreeningPeriod(JAN_1, JAN_1.plusDays(119));
            var fills = List.of(fill("metformin", JAN_1, 30), fill("sitagliptin", JAN_1, 30),
                    fill("metformin", day(1, 31), 30), fill("sitagliptin", day(1, 31), 30));
            assertThat(rule(screen(fills, List.of(), period), TmrScreening.PDC_DIABETES)).singleElement()
                    .satisfies(f -> assertThat(f.value()).isEqualByComparingTo("50.0"));
        }

        @Test
        void theMeasuresDenominatorNeedsTwoFillsOnDifferentDatesAndExcludesInsulinEsrdAndSacubitrilValsartan() {
            var period = new ScreeningPeriod(JAN_1, day(6, 30));
            assertThat(rule(screen(List.of(fill("metformin", JAN_1, 30)), List.of(), period), TmrScreening.PDC_DIABETES))
                    .as("one fill").isEmpty();
            var twoFills = List.of(fill("metformin", JAN_1, 30), fill("metformin", day(2, 1), 30));
            assertThat(rule(screen(twoFills, List.of(), period), TmrScreening.PDC_DIABETES)).hasSize(1);
            var withInsulin = new ArrayList<>(twoFills);
            withInsulin.add(fill("insulin glargine", day(3, 1), 30));
            assertThat(rule(screen(withInsulin, List.of(), period), TmrScreening.PDC_DIABETES)).isEmpty();
            assertThat(rule(screen(twoFills, List.of(dx("N18.6", JAN_1)), period), TmrScreening.PDC_DIABETES)).isEmpty();

            var valsartan = List.of(fill("valsartan", JAN_1, 30), fill("valsartan", day(2, 1), 30));
            assertThat(rule(screen(valsartan, List.of(), period), TmrScreening.PDC_RAS)).hasSize(1);
            var entresto = new ArrayList<>(valsartan);
            entresto.add(fill("sacubitril + valsartan", day(3, 1), 30));
            assertThat(rule(screen(entresto, List.of(), period), TmrScreening.PDC_RAS)).isEmpty();
        }
    }

    @Nested
    class ByPrescriber {

        @Test
        void aFindingGoesToEachPrescriberOnItsFillsAndFindingsWithoutOneCollectUnderNoNpi() {
            var fills = List.of(fill("atorvastatin", JAN_1, 90, NPI_A), fill("rosuvastatin", JAN_1, 90, NPI_B),
                    fill("atorvastatin", day(4, 1), 90, NPI_A), fill("rosuvastatin", day(4, 1), 90, NPI_B),
                    fill("ibuprofen", day(2, 1), 30, null));
            var halfYear = new ScreeningPeriod(JAN_1, day(6, 29)); // both statins supplied every day: adherent
            var result = RULES.screen(new ScreeningProfile("M1", null, fills, List.of(dx("I50.9", JAN_1))), halfYear);
            assertThat(result.byPrescriber()).extracting(PrescriberFindings::prescriberNpi)
                    .containsExactly(NPI_A, NPI_B, null);
            assertThat(result.byPrescriber().get(0).findings()).extracting(Finding::ruleId)
                    .containsExactly(TmrScreening.DUPLICATE_THERAPY);
            assertThat(result.byPrescriber().get(2).findings()).extracting(Finding::ruleId)
                    .containsExactly("DDI-NSAID-HF");
        }
    }

    @Test
    void everyTableIsVersionedAndEveryInteractionRowNamesItsSource() {
        assertThat(RULES.tableVersions()).containsOnlyKeys("drug-classes.tsv", "duplicate-therapy.tsv",
                "conditions.tsv", "drug-disease-interactions.tsv").allSatisfy((k, v) -> assertThat(v).isNotBlank());
        var interactions = ScreeningTable.load("drug-disease-interactions.tsv");
        assertThat(interactions.rows()).hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(r -> assertThat(r.get("source")).matches(".*(Beers|FDA).*"));
        assertThat(ScreeningTable.load("drug-classes.tsv").rows()).allSatisfy(r -> assertThat(r.get("source")).isNotBlank());
    }
}
