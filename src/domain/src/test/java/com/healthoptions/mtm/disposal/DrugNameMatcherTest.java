package com.healthoptions.mtm.disposal;

import static com.healthoptions.mtm.disposal.DisposalFixtures.MATCHER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DrugNameMatcherTest {

    @Test
    void ingredientNamesMatchExactlyWhateverTheCaseStrengthOrSalt() {
        var m = MATCHER.match("Oxycodone Hydrochloride 5 mg tablets");
        assertThat(m.kind()).isEqualTo(MatchKind.EXACT);
        assertThat(m.ingredients()).containsExactly("oxycodone");
        assertThat(m.form()).isEqualTo(DosageForm.SOLID);
        assertThat(MATCHER.match("SODIUM OXYBATE").ingredients()).containsExactly("sodium oxybate");
        assertThat(MATCHER.match("hydrocodone/acetaminophen 10-325").ingredients())
                .containsExactly("acetaminophen", "hydrocodone");
        assertThat(MATCHER.match("lisinopril-hctz").ingredients()).containsExactly("hydrochlorothiazide", "lisinopril");
    }

    @Test
    void brandNamesResolveToTheirIngredients() {
        var norco = MATCHER.match("NORCO");
        assertThat(norco.kind()).isEqualTo(MatchKind.BRAND);
        assertThat(norco.name()).isEqualTo("norco");
        assertThat(norco.ingredients()).containsExactly("acetaminophen", "hydrocodone");
        assertThat(MATCHER.match("OxyContin 20mg ER").ingredients()).containsExactly("oxycodone");
        // The longest name wins: the codeine combination, not plain Tylenol.
        assertThat(MATCHER.match("Tylenol with Codeine #3").ingredients()).containsExactly("acetaminophen", "codeine");
    }

    @Test
    void smallMisspellingsStillMatch() {
        var m = MATCHER.match("oxycodon");
        assertThat(m.kind()).isEqualTo(MatchKind.FUZZY);
        assertThat(m.ingredients()).containsExactly("oxycodone");
        assertThat(MATCHER.match("oxycotnin").ingredients()).containsExactly("oxycodone");   // transposition
        assertThat(MATCHER.match("hydrocodne").ingredients()).containsExactly("hydrocodone");
        assertThat(MATCHER.match("percoset").ingredients()).containsExactly("acetaminophen", "oxycodone");
        assertThat(MATCHER.match("oxy contin").ingredients()).containsExactly("oxycodone");
        assertThat(MATCHER.match("insulin glargin").ingredients()).containsExactly("insulin glargine");
    }

    @Test
    void farOffOrShortNamesDoNotMatch() {
        assertThat(MATCHER.match("vitamin d3 1000 iu").kind()).isEqualTo(MatchKind.NONE);
        assertThat(MATCHER.match("oxycodonexxx zz").kind()).isEqualTo(MatchKind.NONE);
        assertThat(MATCHER.match("norc").kind()).isEqualTo(MatchKind.NONE);     // 4 letters: exact only
        assertThat(MATCHER.match("").kind()).isEqualTo(MatchKind.NONE);
        assertThat(MATCHER.match("12345").kind()).isEqualTo(MatchKind.NONE);
    }

    @Test
    void formWordsSelectSpecialHandling() {
        var patch = MATCHER.match("fentanyl patch 25 mcg/hr");
        assertThat(patch.kind()).isEqualTo(MatchKind.EXACT);
        assertThat(patch.form()).isEqualTo(DosageForm.PATCH);
        assertThat(MATCHER.match("albuterol inhaler").form()).isEqualTo(DosageForm.INHALER);
        assertThat(MATCHER.match("methadone oral solution").form()).isEqualTo(DosageForm.LIQUID);
        assertThat(MATCHER.match("diazepam gel").form()).isEqualTo(DosageForm.RECTAL_GEL);
        assertThat(MATCHER.match("testosterone gel").form()).isEqualTo(DosageForm.OTHER);
        assertThat(MATCHER.match("methylphenidate transdermal system").form()).isEqualTo(DosageForm.PATCH);
        assertThat(MATCHER.match("insulin glargine pen needles").form()).isEqualTo(DosageForm.INJECTABLE);
    }

    @Test
    void brandsAndIngredientsImplyAFormWhenTheQueryNamesNone() {
        assertThat(MATCHER.match("Duragesic").form()).isEqualTo(DosageForm.PATCH);
        assertThat(MATCHER.match("Diastat").form()).isEqualTo(DosageForm.RECTAL_GEL);
        assertThat(MATCHER.match("ProAir").form()).isEqualTo(DosageForm.INHALER);
        assertThat(MATCHER.match("insulin glargine").form()).isEqualTo(DosageForm.INJECTABLE);
        assertThat(MATCHER.match("oxycodone").form()).isNull();
    }

    @Test
    void aFormWithoutADrugIsStillRead() {
        var needles = MATCHER.match("used needles");
        assertThat(needles.kind()).isEqualTo(MatchKind.NONE);
        assertThat(needles.form()).isEqualTo(DosageForm.INJECTABLE);
        assertThat(MATCHER.match("insulin pen").form()).isEqualTo(DosageForm.INJECTABLE);
    }
}
