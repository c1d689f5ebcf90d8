package com.healthoptions.mtm.screening;

import com.healthoptions.mtm.eligibility.DiagnosisFact;
import com.healthoptions.mtm.reference.ReferenceCatalog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The targeted medication review's screening rules (issue 13), pure: a member's fills and diagnoses over a
 * measurement period in, findings with their evidence out. Lists are data ({@code screening/*.tsv}); the
 * thresholds are here, each with its source.
 *
 * <p>Days supply: a fill covers its fill date and the days after it, {@code days_supply} days in all (a 30-day
 * fill on 1 January covers 1 to 30 January, so a fill on 30 January overlaps it one day, one on 31 January
 * none), cut at the end of the period. Reversed fills and fills dated outside the period never count.
 */
public final class TmrScreening {

    public static final String DUPLICATE_THERAPY = "DUPLICATE-THERAPY";
    public static final String COB = "PQA-COB";
    public static final String SUPD = "PQA-SUPD";
    public static final String PDC_DIABETES = "PQA-PDC-DR";
    public static final String PDC_RAS = "PQA-PDC-RASA";
    public static final String PDC_STATINS = "PQA-PDC-STA";

    /**
     * Duplicate therapy needs at least this many days on which both drugs were supplied: PQA's definition of
     * concurrent use (COB, Poly-ACH and Poly-CNS count 30 or more cumulative days of overlap). A shorter overlap
     * is the ordinary leftover of a switch or a dose-form change.
     */
    static final int DUPLICATE_MIN_OVERLAP_DAYS = 30;
    /** PQA COB: 30 or more cumulative days of overlapping opioid and benzodiazepine supply. */
    static final int COB_MIN_OVERLAP_DAYS = 30;
    /** PQA COB denominator: 2 or more opioid fills on different dates with 15 or more cumulative days supply. */
    static final int COB_MIN_OPIOID_DAYS = 15;
    /** PQA adherence measures: a PDC below 80 % is non-adherent (the threshold itself is adherent). */
    static final int PDC_THRESHOLD_PERCENT = 80;
    /** PQA SUPD ages: 40 to 75 years at the end of the measurement period. */
    static final int SUPD_MIN_AGE = 40;
    static final int SUPD_MAX_AGE = 75;

    private static final String RULES_REVISION = "1";

    private final DrugClasses classes;
    private final DrugClasses duplicateGroups;
    private final ConditionCodes conditions;
    private final List<Map<String, String>> interactions;
    private final String interactionsVersion;

    private TmrScreening(ReferenceCatalog catalog, ScreeningTable classTable, ScreeningTable duplicateTable,
            ScreeningTable conditionTable, ScreeningTable interactionTable) {
        this.classes = new DrugClasses(classTable, catalog);
        this.duplicateGroups = new DrugClasses(duplicateTable, catalog);
        this.conditions = new ConditionCodes(conditionTable);
        this.interactions = interactionTable.rows();
        this.interactionsVersion = interactionTable.version();
        for (Map<String, String> row : interactions) {
            if (!classes.classes().contains(row.get("drug_class")) || !conditions.knows(row.get("condition"))) {
                throw new IllegalStateException("drug-disease-interactions.tsv " + row.get("rule_id")
                        + ": unknown drug class or condition");
            }
            Severity.valueOf(row.get("severity"));
        }
    }

    /** The rules with the tables shipped in the domain's resources. */
    public static TmrScreening withShippedTables(ReferenceCatalog catalog) {
        return new TmrScreening(catalog, ScreeningTable.load("drug-classes.tsv"),
                ScreeningTable.load("duplicate-therapy.tsv"), ScreeningTable.load("conditions.tsv"),
                ScreeningTable.load("drug-disease-interactions.tsv"));
    }

    /** The versions of the data tables, by file name. */
    public Map<String, String> tableVersions() {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("drug-classes.tsv", classes.version());
        out.put("duplicate-therapy.tsv", duplicateGroups.version());
        out.put("conditions.tsv", conditions.version());
        out.put("drug-disease-interactions.tsv", interactionsVersion);
        return out;
    }

    public ScreeningResult screen(ScreeningProfile profile, ScreeningPeriod period) {
        List<MedicationFill> fills = profile.fills().stream()
                .filter(f -> !f.fill().reversed() && period.contains(f.fillDate()) && f.fill().drug() != null)
                .sorted(Comparator.comparing(MedicationFill::fillDate).thenComparing(f -> f.fill().claimId()))
                .toList();
        List<DiagnosisFact> diagnoses = profile.diagnoses().stream()
                .filter(d -> !d.serviceDate().isAfter(period.end())).toList();
        List<Finding> findings = new ArrayList<>();
        duplicateTherapy(fills, period, findings);
        drugDisease(fills, diagnoses, period, findings);
        concurrentOpioidBenzodiazepine(fills, diagnoses, period, findings);
        statinInDiabetes(profile.dateOfBirth(), fills, diagnoses, period, findings);
        adherence(PDC_DIABETES, "diabetes-noninsulin", "insulin", "non-insulin diabetes medicine", fills, diagnoses,
                period, findings);
        adherence(PDC_RAS, "ras-antagonist", "sacubitril-valsartan", "blood pressure medicine (RAS antagonist)", fills,
                diagnoses, period, findings);
        adherence(PDC_STATINS, "statin", null, "statin", fills, diagnoses, period, findings);
        return new ScreeningResult(profile.memberId(), period, findings);
    }

    // ---------------------------------------------------------------------------------------- duplicate therapy

    /**
     * Two different ingredients of one screened class (duplicate-therapy.tsv) with at least
     * {@link #DUPLICATE_MIN_OVERLAP_DAYS} days supplied together, neither a switch. A switch: one drug is not filled
     * again once the other has started, so its overlap is leftover supply, however long (a 90-day fill switched
     * after a week). A combination product counts for each of its classes; a product holding both ingredients of a
     * pair is one product, not a duplicate of itself.
     */
    private void duplicateTherapy(List<MedicationFill> fills, ScreeningPeriod period, List<Finding> out) {
        Map<String, Map<String, List<MedicationFill>>> byGroup = new TreeMap<>();
        for (MedicationFill f : fills) {
            duplicateGroups.classesByIngredient(f.fill().drug()).forEach((ingredient, groups) -> groups.forEach(g ->
                    byGroup.computeIfAbsent(g, k -> new TreeMap<>())
                            .computeIfAbsent(ingredient, k -> new ArrayList<>()).add(f)));
        }
        String version = version("duplicate-therapy.tsv " + duplicateGroups.version());
        byGroup.forEach((group, byIngredient) -> {
            List<String> ingredients = new ArrayList<>(byIngredient.keySet());
            for (int i = 0; i < ingredients.size(); i++) {
                for (int j = i + 1; j < ingredients.size(); j++) {
                    String a = ingredients.get(i);
                    String b = ingredients.get(j);
                    List<MedicationFill> fillsA = without(byIngredient.get(a), b);
                    List<MedicationFill> fillsB = without(byIngredient.get(b), a);
                    if (fillsA.isEmpty() || fillsB.isEmpty() || isSwitch(fillsA, fillsB)) {
                        continue;
                    }
                    BitSet together = coverage(fillsA, period);
                    together.and(coverage(fillsB, period));
                    int overlap = together.cardinality();
                    if (overlap < DUPLICATE_MIN_OVERLAP_DAYS) {
                        continue;
                    }
                    List<MedicationFill> evidence = new ArrayList<>(fillsA);
                    evidence.addAll(fillsB);
                    evidence.sort(Comparator.comparing(MedicationFill::fillDate));
                    String groupName = group.replace('-', ' ');
                    out.add(new Finding(DUPLICATE_THERAPY, version, Severity.MODERATE, a + " + " + b + " (" + groupName
                            + ")", evidence(evidence), List.of(), period.day(together.nextSetBit(0)),
                            period.day(together.previousSetBit(period.length() - 1)), BigDecimal.valueOf(overlap),
                            "Your patient filled " + a + " and " + b + ", two drugs of the same class (" + groupName
                                    + "), covering " + overlap + " of the same days. If one replaced the other, please "
                                    + "make sure the old prescription is cancelled at the pharmacy; if both are "
                                    + "intended, please confirm the combination."));
                }
            }
        });
    }

    private static List<MedicationFill> without(List<MedicationFill> fills, String ingredient) {
        return fills.stream().filter(f -> !f.fill().drug().ingredients().contains(ingredient)).toList();
    }

    private static boolean isSwitch(List<MedicationFill> a, List<MedicationFill> b) {
        LocalDate firstA = a.getFirst().fillDate();
        LocalDate firstB = b.getFirst().fillDate();
        return a.getLast().fillDate().isBefore(firstB) || b.getLast().fillDate().isBefore(firstA);
    }

    // ---------------------------------------------------------------------------------------- drug-disease

    /** Each row of drug-disease-interactions.tsv: a fill of its drug class and a diagnosis of its condition. */
    private void drugDisease(List<MedicationFill> fills, List<DiagnosisFact> diagnoses, ScreeningPeriod period,
            List<Finding> out) {
        String version = version("drug-disease-interactions.tsv " + interactionsVersion + "; drug-classes.tsv "
                + classes.version() + "; conditions.tsv " + conditions.version());
        for (Map<String, String> row : interactions) {
            List<MedicationFill> drugFills = fillsOf(fills, row.get("drug_class"));
            if (drugFills.isEmpty()) {
                continue;
            }
            List<DiagnosisFact> matching = diagnosesOf(diagnoses, row.get("condition"));
            if (matching.isEmpty()) {
                continue;
            }
            Set<String> drugs = new TreeSet<>();
            drugFills.forEach(f -> drugs.add(f.fill().drug().label()));
            out.add(new Finding(row.get("rule_id"), version, Severity.valueOf(row.get("severity")),
                    String.join(", ", drugs) + " with " + row.get("condition").replace('-', ' '),
                    evidence(drugFills), diagnosisEvidence(matching), drugFills.getFirst().fillDate(),
                    lastDay(drugFills, period), null, row.get("recommendation")));
        }
    }

    // ---------------------------------------------------------------------------------------- PQA COB

    /**
     * PQA Concurrent Use of Opioids and Benzodiazepines (COB): 2 or more opioid fills on different dates with 15
     * or more cumulative days supply, 2 or more benzodiazepine fills on different dates, and 30 or more
     * cumulative days on which both were supplied. Members with cancer or sickle cell disease are excluded (hospice
     * and palliative care, also excluded by PQA, are not in our data). BRIEF.md says nothing on COB; the source is
     * the PQA measure specification as used for the CMS Part D display measure (recalled, not read here).
     */
    private void concurrentOpioidBenzodiazepine(List<MedicationFill> fills, List<DiagnosisFact> diagnoses,
            ScreeningPeriod period, List<Finding> out) {
        List<MedicationFill> opioids = fillsOf(fills, "opioid");
        List<MedicationFill> benzodiazepines = fillsOf(fills, "benzodiazepine");
        if (distinctDates(opioids) < 2 || distinctDates(benzodiazepines) < 2
                || opioids.stream().mapToInt(f -> f.fill().daysSupply()).sum() < COB_MIN_OPIOID_DAYS
                || !diagnosesOf(diagnoses, "cancer").isEmpty() || !diagnosesOf(diagnoses, "sickle-cell").isEmpty()) {
            return;
        }
        BitSet together = coverage(opioids, period);
        together.and(coverage(benzodiazepines, period));
        int overlap = together.cardinality();
        if (overlap < COB_MIN_OVERLAP_DAYS) {
            return;
        }
        List<MedicationFill> evidence = new ArrayList<>(opioids);
        evidence.addAll(benzodiazepines);
        evidence.sort(Comparator.comparing(MedicationFill::fillDate));
        out.add(new Finding(COB, version("drug-classes.tsv " + classes.version() + "; conditions.tsv "
                + conditions.version()), Severity.HIGH, "opioid with benzodiazepine", evidence(evidence), List.of(),
                period.day(together.nextSetBit(0)), period.day(together.previousSetBit(period.length() - 1)),
                BigDecimal.valueOf(overlap), "Your patient had an opioid and a benzodiazepine supplied together on "
                        + overlap + " days. Taken together they raise the risk of breathing problems and overdose "
                        + "(FDA boxed warning, 2016). Please review whether both are needed, consider tapering one, "
                        + "and consider prescribing naloxone."));
    }

    // ---------------------------------------------------------------------------------------- PQA SUPD

    /**
     * PQA Statin Use in Persons with Diabetes (SUPD): 2 or more diabetes medicine fills (insulin included) on
     * different dates and no statin fill in the period; ages 40 to 75 at the period's end when the date of birth
     * is known; ESRD and the PQA exclusions in conditions.tsv ({@code statin-intolerance}) excluded.
     */
    private void statinInDiabetes(LocalDate dateOfBirth, List<MedicationFill> fills, List<DiagnosisFact> diagnoses,
            ScreeningPeriod period, List<Finding> out) {
        if (dateOfBirth != null) {
            int age = Period.between(dateOfBirth, period.end()).getYears();
            if (age < SUPD_MIN_AGE || age > SUPD_MAX_AGE) {
                return;
            }
        }
        List<MedicationFill> diabetes = fills.stream().filter(f -> classes.inClass(f.fill().drug(), "diabetes-noninsulin")
                || classes.inClass(f.fill().drug(), "insulin")).toList();
        if (distinctDates(diabetes) < 2 || !fillsOf(fills, "statin").isEmpty()
                || !diagnosesOf(diagnoses, "esrd").isEmpty() || !diagnosesOf(diagnoses, "statin-intolerance").isEmpty()) {
            return;
        }
        out.add(new Finding(SUPD, version("drug-classes.tsv " + classes.version() + "; conditions.tsv "
                + conditions.version()), Severity.MODERATE, "diabetes without a statin", evidence(diabetes), List.of(),
                diabetes.getFirst().fillDate(), period.end(), null,
                "Your patient fills diabetes medicines but no statin. Guidelines recommend at least a "
                        + "moderate-intensity statin for most people with diabetes aged 40 to 75 (ADA Standards of "
                        + "Care). Please consider starting one, or tell us why it is not appropriate."));
    }

    // ---------------------------------------------------------------------------------------- PQA PDC

    /**
     * PQA Proportion of Days Covered: from the first fill in the period (index date) to the period's end; a day
     * is covered when any drug of the class is supplied; fills of the same drug that overlap are shifted forward
     * to start the day after the earlier supply ends (a refill picked up early is not lost), supply cut at the
     * period's end; 2 or more fills on different dates required; ESRD excluded, and members with a fill of
     * {@code excludedClass} (insulin for PDC-DR, sacubitril/valsartan for PDC-RASA). PDC below 80 % is a finding;
     * the comparison is exact (covered × 100 < 80 × days), the value shown rounded down.
     */
    private void adherence(String ruleId, String cls, String excludedClass, String what, List<MedicationFill> fills,
            List<DiagnosisFact> diagnoses, ScreeningPeriod period, List<Finding> out) {
        List<MedicationFill> inClass = fillsOf(fills, cls);
        if (distinctDates(inClass) < 2 || (excludedClass != null && !fillsOf(fills, excludedClass).isEmpty())
                || !diagnosesOf(diagnoses, "esrd").isEmpty()) {
            return;
        }
        LocalDate index = inClass.getFirst().fillDate();
        int days = period.length() - period.dayIndex(index);
        int covered = shiftedCoverage(inClass, period).cardinality();
        if ((long) covered * 100 >= (long) PDC_THRESHOLD_PERCENT * days) {
            return;
        }
        BigDecimal pdc = BigDecimal.valueOf(covered * 100L).divide(BigDecimal.valueOf(days), 1, RoundingMode.FLOOR);
        out.add(new Finding(ruleId, version("drug-classes.tsv " + classes.version() + "; conditions.tsv "
                + conditions.version()), Severity.LOW, what + " adherence", evidence(inClass), List.of(), index,
                period.end(), pdc, "Your patient's fills of their " + what + " covered " + pdc.toPlainString() + " % of "
                        + "the days from " + index + " to " + period.end() + " (" + covered + " of " + days
                        + "; the PQA target is 80 %). Please ask about cost, side effects or a complicated schedule, "
                        + "and consider 90-day supplies or refill synchronisation."));
    }

    /** Days covered with each drug's overlapping fills shifted forward; different drugs of the class are not shifted. */
    static BitSet shiftedCoverage(List<MedicationFill> fills, ScreeningPeriod period) {
        Map<String, List<MedicationFill>> byDrug = new TreeMap<>();
        fills.forEach(f -> byDrug.computeIfAbsent(f.fill().drug().label(), k -> new ArrayList<>()).add(f));
        BitSet covered = new BitSet(period.length());
        for (List<MedicationFill> drugFills : byDrug.values()) {
            int nextFree = 0;
            for (MedicationFill f : drugFills) { // already in fill-date order
                int start = Math.max(period.dayIndex(f.fillDate()), nextFree);
                int end = Math.min(start + f.fill().daysSupply(), period.length());
                if (start < end) {
                    covered.set(start, end);
                }
                nextFree = Math.max(nextFree, start + f.fill().daysSupply());
            }
        }
        return covered;
    }

    /** Days on which any of the fills supplies the drug, as given (no shifting), cut at the period's end. */
    static BitSet coverage(List<MedicationFill> fills, ScreeningPeriod period) {
        BitSet covered = new BitSet(period.length());
        for (MedicationFill f : fills) {
            int start = period.dayIndex(f.fillDate());
            covered.set(start, Math.min(start + f.fill().daysSupply(), period.length()));
        }
        return covered;
    }

    // ---------------------------------------------------------------------------------------- helpers

    private List<MedicationFill> fillsOf(List<MedicationFill> fills, String cls) {
        return fills.stream().filter(f -> classes.inClass(f.fill().drug(), cls)).toList();
    }

    private List<DiagnosisFact> diagnosesOf(List<DiagnosisFact> diagnoses, String condition) {
        Predicate<DiagnosisFact> matches = d -> conditions.conditionsOf(d.icd10Code()).contains(condition);
        return diagnoses.stream().filter(matches).sorted(Comparator.comparing(DiagnosisFact::serviceDate)).toList();
    }

    private static long distinctDates(List<MedicationFill> fills) {
        return fills.stream().map(MedicationFill::fillDate).distinct().count();
    }

    private static LocalDate lastDay(List<MedicationFill> fills, ScreeningPeriod period) {
        LocalDate last = fills.stream().map(MedicationFill::lastDayOfSupply).max(Comparator.naturalOrder()).orElseThrow();
        return last.isAfter(period.end()) ? period.end() : last;
    }

    private static List<Finding.FindingFill> evidence(List<MedicationFill> fills) {
        return fills.stream().map(f -> new Finding.FindingFill(f.fill().claimId(), f.fillDate(), f.fill().daysSupply(),
                f.fill().drug().label(), f.prescriberNpi())).toList();
    }

    private static List<Finding.FindingDiagnosis> diagnosisEvidence(List<DiagnosisFact> diagnoses) {
        return diagnoses.stream().map(d -> new Finding.FindingDiagnosis(d.icd10Code(), d.serviceDate())).toList();
    }

    private static String version(String tables) {
        return RULES_REVISION + "; " + tables;
    }
}
