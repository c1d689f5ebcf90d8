package com.healthoptions.mtm.disposal;

import com.healthoptions.mtm.reference.DeaSchedule;
import com.healthoptions.mtm.reference.Drug;
import com.healthoptions.mtm.reference.ReferenceCatalog;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small catalog with the drugs the disposal rules tell apart, mirroring V3 and V400. */
final class DisposalFixtures {

    static final ReferenceCatalog CATALOG = new ReferenceCatalog(List.of(), List.of(), List.of(
            drug("oxycodone", DeaSchedule.CII, true), drug("hydrocodone", DeaSchedule.CII, true),
            drug("fentanyl", DeaSchedule.CII, true), drug("buprenorphine", DeaSchedule.CIII, true),
            drug("sodium oxybate", DeaSchedule.CIII, true), drug("methadone", DeaSchedule.CII, true),
            drug("acetaminophen", null, false), drug("naloxone", null, false),
            drug("diazepam", DeaSchedule.CIV, false), drug("methylphenidate", DeaSchedule.CII, false),
            drug("tramadol", DeaSchedule.CIV, false), drug("alprazolam", DeaSchedule.CIV, false),
            drug("lisinopril", null, false), drug("hydrochlorothiazide", null, false),
            drug("insulin glargine", null, false), drug("albuterol", null, false),
            drug("testosterone", DeaSchedule.CIII, false), drug("codeine", DeaSchedule.CII, false)),
            Map.of("oxycontin", Set.of("oxycodone"), "norco", Set.of("hydrocodone", "acetaminophen"),
                    "percocet", Set.of("oxycodone", "acetaminophen"), "duragesic", Set.of("fentanyl"),
                    "suboxone", Set.of("buprenorphine", "naloxone"), "diastat", Set.of("diazepam"),
                    "daytrana", Set.of("methylphenidate"), "lantus", Set.of("insulin glargine"),
                    "proair", Set.of("albuterol"), "tylenol with codeine", Set.of("acetaminophen", "codeine")));

    static final DisposalReference REFERENCE = new DisposalReference(
            List.of(new DisposalReference.FlushFormRule("diazepam", DosageForm.RECTAL_GEL,
                            "diazepam rectal gel (Diastat, Diastat AcuDial)"),
                    new DisposalReference.FlushFormRule("methylphenidate", DosageForm.PATCH,
                            "methylphenidate transdermal system (Daytrana)")),
            Map.of("duragesic", DosageForm.PATCH, "daytrana", DosageForm.PATCH, "diastat", DosageForm.RECTAL_GEL,
                    "lantus", DosageForm.INJECTABLE, "proair", DosageForm.INHALER),
            Map.of("insulin glargine", DosageForm.INJECTABLE));

    static final DrugNameMatcher MATCHER = new DrugNameMatcher(CATALOG, REFERENCE);

    private DisposalFixtures() {
    }

    static Drug drug(String ingredient, DeaSchedule schedule, boolean flushList) {
        return new Drug(ingredient, "test", false, schedule, flushList, Set.of());
    }

    static DisposalSubject subject(DosageForm form, String... ingredients) {
        return REFERENCE.subject(CATALOG, List.of(ingredients), form, null);
    }

    static List<DisposalMethod> methods(DisposalGuidance guidance) {
        return guidance.methods().stream().map(MethodAdvice::method).toList();
    }
}
