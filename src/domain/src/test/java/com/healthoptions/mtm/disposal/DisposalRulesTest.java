package com.healthoptions.mtm.disposal;

import static com.healthoptions.mtm.disposal.DisposalFixtures.methods;
import static com.healthoptions.mtm.disposal.DisposalFixtures.subject;
import static com.healthoptions.mtm.disposal.DisposalMethod.FLUSH;
import static com.healthoptions.mtm.disposal.DisposalMethod.HOUSEHOLD_TRASH;
import static com.healthoptions.mtm.disposal.DisposalMethod.MAIL_BACK;
import static com.healthoptions.mtm.disposal.DisposalMethod.SHARPS_CONTAINER;
import static com.healthoptions.mtm.disposal.DisposalMethod.SPECIAL_HANDLING;
import static com.healthoptions.mtm.disposal.DisposalMethod.TAKE_BACK;
import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.reference.DeaSchedule;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisposalRulesTest {

    @Test
    void aFlushListOpioidIsTakenBackFirstAndFlushedOnlyWithoutTakeBack() {
        var g = DisposalRules.guidance(subject(DosageForm.SOLID, "oxycodone"));
        assertThat(g.fdaFlushList()).isTrue();
        assertThat(methods(g)).containsExactly(TAKE_BACK, MAIL_BACK, FLUSH);
        assertThat(g.methods().get(2).steps().getFirst()).startsWith("Only if no take-back");
        assertThat(g.methods().get(2).why()).contains("FDA flush list (oxycodone)");
        assertThat(g.sources()).contains(GuidanceSource.FDA_FLUSH_LIST, GuidanceSource.EPA_FLUSH_LIST_ROLE)
                .doesNotContain(GuidanceSource.FDA_TRASH);
    }

    @Test
    void aControlledDrugOffTheFlushListGoesToTheTrashAsALastResort() {
        var subject = subject(DosageForm.SOLID, "tramadol");
        var g = DisposalRules.guidance(subject);
        assertThat(subject.deaSchedule()).isEqualTo(DeaSchedule.CIV);
        assertThat(g.fdaFlushList()).isFalse();
        assertThat(methods(g)).containsExactly(TAKE_BACK, MAIL_BACK, HOUSEHOLD_TRASH);
        assertThat(g.methods().getFirst().why()).contains("Schedule IV controlled substance");
        assertThat(g.methods().get(2).steps()).anyMatch(s -> s.contains("dirt, cat litter or used coffee grounds"));
    }

    @Test
    void combinationProductsTakeTheStrictestRuleOfTheirIngredients() {
        var subject = subject(null, "hydrocodone", "acetaminophen");
        assertThat(subject.fdaFlushList()).isTrue();
        assertThat(subject.flushListedAs()).containsExactly("hydrocodone");
        assertThat(subject.deaSchedule()).isEqualTo(DeaSchedule.CII);
        var g = DisposalRules.guidance(subject);
        assertThat(methods(g)).containsExactly(TAKE_BACK, MAIL_BACK, FLUSH);
        // Buprenorphine C-III with naloxone (not controlled): C-III, flush-listed.
        var suboxone = subject(DosageForm.SOLID, "buprenorphine", "naloxone");
        assertThat(suboxone.deaSchedule()).isEqualTo(DeaSchedule.CIII);
        assertThat(suboxone.fdaFlushList()).isTrue();
    }

    @Test
    void aProductScheduleFromTheNdcDirectoryWinsOverItsIngredients() {
        var tylenol3 = DisposalFixtures.REFERENCE.subject(DisposalFixtures.CATALOG, List.of("acetaminophen", "codeine"),
                DosageForm.SOLID, DeaSchedule.CIII);
        assertThat(tylenol3.deaSchedule()).isEqualTo(DeaSchedule.CIII);
        assertThat(tylenol3.fdaFlushList()).isFalse();
    }

    @Test
    void fentanylPatchesAreFoldedBeforeTakeBackOrFlushing() {
        var g = DisposalRules.guidance(subject(DosageForm.PATCH, "fentanyl"));
        assertThat(methods(g)).containsExactly(TAKE_BACK, MAIL_BACK, FLUSH);
        assertThat(g.methods().getFirst().steps()).contains("Fold each patch in half with the sticky sides together first.");
        assertThat(g.methods().get(2).steps().get(1)).startsWith("Fold the patch in half").contains("flush");
        assertThat(g.methods().getFirst().steps()).anyMatch(s -> s.contains("accepts pills and patches"));
    }

    @Test
    void formSpecificFlushRulesHoldOnlyForTheirForm() {
        assertThat(subject(DosageForm.RECTAL_GEL, "diazepam").flushListedAs())
                .containsExactly("diazepam rectal gel (Diastat, Diastat AcuDial)");
        var tablets = subject(DosageForm.SOLID, "diazepam");
        assertThat(tablets.fdaFlushList()).isFalse();
        var g = DisposalRules.guidance(tablets);
        assertThat(methods(g)).containsExactly(TAKE_BACK, MAIL_BACK, HOUSEHOLD_TRASH);
        assertThat(g.notes()).singleElement().asString().contains("diazepam rectal gel");
        assertThat(subject(DosageForm.PATCH, "methylphenidate").fdaFlushList()).isTrue();
        assertThat(subject(DosageForm.SOLID, "methylphenidate").fdaFlushList()).isFalse();
        var gel = DisposalRules.guidance(subject(DosageForm.RECTAL_GEL, "diazepam"));
        assertThat(gel.methods().get(2).steps().get(1)).contains("applicator");
    }

    @Test
    void injectablesGoToASharpsContainerAndAreNeverFlushed() {
        var insulin = DisposalRules.guidance(subject(DosageForm.INJECTABLE, "insulin glargine"));
        assertThat(methods(insulin)).containsExactly(SHARPS_CONTAINER, TAKE_BACK);
        assertThat(insulin.methods().getFirst().steps().getFirst()).contains("FDA-cleared sharps container");
        assertThat(insulin.sources()).contains(GuidanceSource.FDA_SHARPS);
        // The flush list names no injectable product.
        var injectedBuprenorphine = subject(DosageForm.INJECTABLE, "buprenorphine");
        assertThat(injectedBuprenorphine.fdaFlushList()).isFalse();
        assertThat(methods(DisposalRules.guidance(injectedBuprenorphine))).doesNotContain(FLUSH);
    }

    @Test
    void inhalersAreNeverPuncturedOrBurnedAndTheLabelDecides() {
        var g = DisposalRules.guidance(subject(DosageForm.INHALER, "albuterol"));
        assertThat(methods(g)).containsExactly(SPECIAL_HANDLING, TAKE_BACK);
        assertThat(g.methods().getFirst().steps().getFirst()).contains("Do not puncture").contains("fire");
        assertThat(g.methods().get(1).steps()).contains("National Prescription Drug Take Back Day sites do not accept inhalers.");
    }

    @Test
    void liquidsStayCappedForTakeBackAndAreSoakedUpForTheTrash() {
        var oxybate = DisposalRules.guidance(subject(DosageForm.LIQUID, "sodium oxybate"));
        assertThat(methods(oxybate)).containsExactly(TAKE_BACK, MAIL_BACK, FLUSH);
        assertThat(oxybate.methods().getFirst().steps()).anyMatch(s -> s.contains("cap tightly closed"));
        assertThat(oxybate.methods().getFirst().steps()).contains("National Prescription Drug Take Back Day sites accept only pills and patches.");
        assertThat(oxybate.methods().get(2).steps().get(1)).startsWith("Pour the liquid into the toilet");
        var lisinoprilSolution = DisposalRules.guidance(subject(DosageForm.LIQUID, "lisinopril"));
        assertThat(lisinoprilSolution.methods().get(2).steps().get(1)).contains("soaks it up");
    }

    @Test
    void anUnidentifiedDrugGetsTheGeneralGuidanceWithAFlushListCheck() {
        var g = DisposalRules.guidance(DisposalSubject.unidentified(null));
        assertThat(g.fdaFlushList()).isFalse();
        assertThat(methods(g)).containsExactly(TAKE_BACK, MAIL_BACK, HOUSEHOLD_TRASH);
        assertThat(g.methods().get(2).steps()).anyMatch(s -> s.contains("not on the FDA flush list"));
        assertThat(g.notes()).anyMatch(n -> n.contains("could not identify"));
        assertThat(g.sources()).contains(GuidanceSource.FDA_FLUSH_LIST);
        // "needles" names no drug but still a form with its own handling.
        assertThat(methods(DisposalRules.guidance(DisposalSubject.unidentified(DosageForm.INJECTABLE))))
                .containsExactly(SHARPS_CONTAINER, TAKE_BACK);
    }

    @Test
    void aFlushListDrugOfUnknownFormRemindsAboutPatches() {
        var g = DisposalRules.guidance(subject(null, "fentanyl"));
        assertThat(g.notes()).anyMatch(n -> n.contains("sticky sides together"));
    }
}
