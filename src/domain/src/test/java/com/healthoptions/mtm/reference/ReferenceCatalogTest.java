package com.healthoptions.mtm.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceCatalogTest {

    static final ReferenceCatalog CATALOG = new ReferenceCatalog(
            List.of(new ChronicCondition("DIABETES", "Diabetes", null),
                    new ChronicCondition("HYPERTENSION", "Hypertension", null),
                    new ChronicCondition("CHF", "Heart failure", null)),
            List.of(new Icd10Range("DIABETES", "E08", "E13"), new Icd10Range("HYPERTENSION", "I10", "I16"),
                    new Icd10Range("CHF", "I50", "I50"), new Icd10Range("CHF", "I110", "I110")),
            List.of(drug("metformin", true), drug("hydrocodone", false), drug("acetaminophen", false),
                    drug("lisinopril", true), drug("hydrochlorothiazide", true), drug("sodium oxybate", false),
                    drug("tenofovir disoproxil", true), drug("tenofovir alafenamide", true),
                    drug("omega-3-acid ethyl esters", true), drug("atorvastatin", true)),
            Map.of("norco", Set.of("hydrocodone", "acetaminophen"), "glucophage", Set.of("metformin")));

    static Drug drug(String ingredient, boolean chronic) {
        return new Drug(ingredient, "test", chronic, null, false, Set.of());
    }

    @Test
    void fdaSubstanceNamesLoseTheirSalts() {
        assertThat(CATALOG.ingredientKey("METFORMIN HYDROCHLORIDE")).isEqualTo("metformin");
        assertThat(CATALOG.ingredientKey("ATORVASTATIN CALCIUM TRIHYDRATE")).isEqualTo("atorvastatin");
        assertThat(CATALOG.ingredientKey("TENOFOVIR DISOPROXIL FUMARATE")).isEqualTo("tenofovir disoproxil");
        assertThat(CATALOG.ingredientKey("TENOFOVIR ALAFENAMIDE FUMARATE")).isEqualTo("tenofovir alafenamide");
        assertThat(CATALOG.ingredientKey("SODIUM OXYBATE")).isEqualTo("sodium oxybate");
        assertThat(CATALOG.ingredientKey("OMEGA-3-ACID ETHYL ESTERS")).isEqualTo("omega-3-acid ethyl esters");
        assertThat(CATALOG.ingredientKey("HYDROCODONE BITARTRATE")).isEqualTo("hydrocodone");
    }

    @Test
    void drugNamesOnClaimsNameIngredientsBrandsAndAbbreviations() {
        assertThat(CATALOG.ingredientsNamedIn("NORCO 5-325 TAB")).containsExactly("acetaminophen", "hydrocodone");
        assertThat(CATALOG.ingredientsNamedIn("Lisinopril-HCTZ 20/12.5")).containsExactly("hydrochlorothiazide", "lisinopril");
        assertThat(CATALOG.ingredientsNamedIn("glucophage xr 500mg")).containsExactly("metformin");
        assertThat(CATALOG.ingredientsNamedIn("VITAMIN D3 1000 IU")).isEmpty();
        assertThat(CATALOG.ingredientsNamedIn("metformins")).isEmpty();
    }

    @Test
    void resolutionPrefersTheNdcDirectoryOverTheDrugName() {
        var byNdc = CATALOG.resolve(Set.of("METFORMIN HYDROCHLORIDE"), "NORCO");
        assertThat(byNdc.ingredients()).containsExactly("metformin");
        assertThat(byNdc.maintenance()).isTrue();
        assertThat(byNdc.source()).isEqualTo(ResolvedDrug.Source.NDC);
        var byName = CATALOG.resolve(Set.of(), "NORCO 10-325");
        assertThat(byName.maintenance()).isFalse();
        assertThat(byName.source()).isEqualTo(ResolvedDrug.Source.DRUG_NAME);
        assertThat(CATALOG.resolve(Set.of(), "MYSTERY CREAM").source()).isEqualTo(ResolvedDrug.Source.UNRESOLVED);
    }

    @Test
    void icd10CodesMatchWithOrWithoutTheDotAndOnTheRangesPrecision() {
        assertThat(CATALOG.conditionsForIcd10("E11.9")).extracting(ChronicCondition::code).containsExactly("DIABETES");
        assertThat(CATALOG.conditionsForIcd10("e119")).extracting(ChronicCondition::code).containsExactly("DIABETES");
        assertThat(CATALOG.conditionsForIcd10("E14.9")).isEmpty();
        assertThat(CATALOG.conditionsForIcd10("I11.0")).extracting(ChronicCondition::code)
                .containsExactlyInAnyOrder("HYPERTENSION", "CHF");
        assertThat(CATALOG.conditionsForIcd10("I11.9")).extracting(ChronicCondition::code).containsExactly("HYPERTENSION");
    }

    @Test
    void pharmClassesYieldTheirEstablishedClassesMatchedWithoutCaseOrHyphens() {
        assertThat(ReferenceCatalog.establishedPharmacologicClasses(
                "Angiotensin-converting Enzyme Inhibitor [EPC], Angiotensin-converting Enzyme Inhibitors [MoA], "
                        + "Thiazide Diuretic [EPC], Thiazides [CS], Increased Diuresis [PE]"))
                .containsExactly("Angiotensin-converting Enzyme Inhibitor", "Thiazide Diuretic");
        assertThat(ReferenceCatalog.establishedPharmacologicClasses("")).isEmpty();
        assertThat(ReferenceCatalog.establishedPharmacologicClasses(null)).isEmpty();
        var catalog = new ReferenceCatalog(List.of(), List.of(), List.of(drug("amoxicillin", false)), Map.of(),
                new ProductReference(Map.of("Angiotensin Converting Enzyme Inhibitor", true,
                        "Penicillin-class Antibacterial", false), Map.of(), Map.of()));
        var ace = catalog.maintenance(Set.of("fosinoprilat"), "Angiotensin-Converting Enzyme Inhibitor [EPC]");
        assertThat(ace.maintenance()).isTrue();
        assertThat(ace.basis()).isEqualTo(ResolvedDrug.MaintenanceBasis.PHARM_CLASS);
        assertThat(ace.decidedBy()).isEqualTo("Angiotensin-Converting Enzyme Inhibitor");
        // A maintenance class wins over a listed non-maintenance class of the same product.
        assertThat(catalog.maintenance(Set.of("x"), "Penicillin-class Antibacterial [EPC], "
                + "Angiotensin Converting Enzyme Inhibitor [EPC]").maintenance()).isTrue();
        assertThat(catalog.maintenance(Set.of("amoxicillin"), "Angiotensin Converting Enzyme Inhibitor [EPC]").basis())
                .isEqualTo(ResolvedDrug.MaintenanceBasis.INGREDIENT_TABLE);
        assertThat(catalog.maintenance(Set.of(), null).basis()).isEqualTo(ResolvedDrug.MaintenanceBasis.DEFAULT);
    }
}
