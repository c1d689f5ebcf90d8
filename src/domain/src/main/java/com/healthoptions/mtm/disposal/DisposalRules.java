package com.healthoptions.mtm.disposal;

import com.healthoptions.mtm.reference.DeaSchedule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * FDA and DEA disposal guidance for one drug, in order of preference.
 *
 * <ol>
 *   <li>Take-back first, for every medicine, flush-list medicines included: a DEA-registered collection
 *       site or Take Back Day, then a DEA-authorized mail-back envelope (FDA "Disposal of Unused
 *       Medicines"; 21 CFR 1317; EPA "The Limited Role of the FDA's Flush List").</li>
 *   <li>Only when no take-back is readily available: flush a medicine on the FDA flush list; put any other
 *       medicine in the household trash, mixed and sealed (FDA flush list; FDA "Dispose Non-Flush List
 *       Medicine in Trash").</li>
 *   <li>Forms with their own handling: patches are folded sticky sides together; inhalers are never
 *       punctured or burned, and the label and local facility decide; needles and other sharps go in an
 *       FDA-cleared sharps container and never to take-back; liquids stay capped and sealed, or are mixed
 *       with something absorbent for the trash.</li>
 * </ol>
 *
 * A combination product is flush-listed when any ingredient is (in that form) and carries the strictest
 * schedule of its ingredients: {@link DisposalSubject} already holds the strictest facts.
 */
public final class DisposalRules {

    private static final String ONLY_WITHOUT_TAKE_BACK =
            "Only if no take-back site or mail-back envelope is readily available.";

    private DisposalRules() {
    }

    public static DisposalGuidance guidance(DisposalSubject subject) {
        DosageForm form = subject.form() == null ? DosageForm.SOLID : subject.form();
        List<MethodAdvice> methods = new ArrayList<>();
        Set<GuidanceSource> sources = new LinkedHashSet<>();
        sources.add(GuidanceSource.FDA_DISPOSAL);
        sources.add(GuidanceSource.DEA_DISPOSAL_RULE);
        switch (form) {
            case INJECTABLE -> {
                methods.add(sharpsContainer());
                methods.add(takeBackForInjectable());
                sources.add(GuidanceSource.FDA_SHARPS);
            }
            case INHALER -> {
                methods.add(inhalerHandling());
                methods.add(takeBackForInhaler());
                sources.add(GuidanceSource.FDA_WHERE_AND_HOW);
            }
            default -> {
                methods.add(takeBack(form, subject));
                methods.add(mailBack(form));
                if (subject.fdaFlushList()) {
                    methods.add(flush(form, subject));
                    sources.add(GuidanceSource.FDA_FLUSH_LIST);
                    sources.add(GuidanceSource.EPA_FLUSH_LIST_ROLE);
                } else {
                    methods.add(householdTrash(form, subject));
                    sources.add(GuidanceSource.FDA_TRASH);
                    if (!subject.identified() || !subject.flushListedInOtherForms().isEmpty()) {
                        sources.add(GuidanceSource.FDA_FLUSH_LIST);
                    }
                }
                if (form == DosageForm.SOLID || form == DosageForm.PATCH) {
                    sources.add(GuidanceSource.DEA_TAKE_BACK_DAY);
                }
            }
        }
        return new DisposalGuidance(subject.fdaFlushList(), methods, List.copyOf(sources), notes(subject));
    }

    private static List<String> notes(DisposalSubject subject) {
        List<String> notes = new ArrayList<>();
        if (!subject.identified()) {
            notes.add("We could not identify this medicine, so this is the general guidance. Check the FDA flush "
                    + "list before throwing any medicine away, or ask your pharmacist.");
        }
        if (subject.identified() && !subject.fdaFlushList()) {
            subject.flushListedInOtherForms().forEach(listing -> notes.add("The FDA flush list includes " + listing
                    + ". If that is what you have, look it up by that name: its guidance differs."));
        }
        if (subject.form() == null && subject.fdaFlushList()) {
            notes.add("If you have it as a skin patch, fold each patch in half with the sticky sides together "
                    + "before you take it back or flush it.");
        }
        return notes;
    }

    private static MethodAdvice takeBack(DosageForm form, DisposalSubject subject) {
        List<String> steps = new ArrayList<>();
        steps.add("Bring it to a DEA-registered collection site: a drop-off box at a retail pharmacy, a hospital "
                + "or clinic pharmacy, or a law-enforcement location. The site list for your ZIP code shows the "
                + "nearest ones.");
        switch (form) {
            case PATCH -> steps.add("Fold each patch in half with the sticky sides together first.");
            case LIQUID -> steps.add("Keep the liquid in its original bottle with the cap tightly closed, inside a "
                    + "sealed plastic bag, and check that the site accepts liquids.");
            case RECTAL_GEL -> steps.add("Bring the delivery system in its original package.");
            default -> {
            }
        }
        steps.add("Scratch out your name and prescription number on the label before you hand it in.");
        steps.add(switch (form) {
            case SOLID, PATCH -> "Or bring it to a National Prescription Drug Take Back Day site (April and "
                    + "October), which accepts pills and patches.";
            default -> "National Prescription Drug Take Back Day sites accept only pills and patches.";
        });
        StringBuilder why = new StringBuilder("FDA and DEA: a take-back option is the best way to dispose of any "
                + "unused medicine");
        why.append(subject.fdaFlushList() ? ", medicines on the FDA flush list included." : ".");
        if (subject.deaSchedule() != null) {
            why.append(" It is a ").append(scheduleName(subject.deaSchedule())).append(" controlled substance: "
                    + "DEA-registered collectors accept it from the patient or a member of the household, together "
                    + "with non-controlled medicines.");
        }
        return new MethodAdvice(DisposalMethod.TAKE_BACK, steps, why.toString());
    }

    private static MethodAdvice mailBack(DosageForm form) {
        List<String> steps = new ArrayList<>();
        steps.add("Ask your pharmacy for a DEA-authorized prepaid mail-back envelope.");
        switch (form) {
            case PATCH -> steps.add("Fold each patch in half with the sticky sides together first.");
            case LIQUID -> steps.add("Send a liquid only if the envelope's instructions allow it, in its original "
                    + "bottle with the cap tightly closed.");
            default -> {
            }
        }
        steps.add("Put the medicine in the envelope, seal it and mail it as the envelope says. Controlled "
                + "(Schedule II to V) and non-controlled medicines may go in the same envelope.");
        return new MethodAdvice(DisposalMethod.MAIL_BACK, steps, "DEA-registered mail-back programs "
                + "(21 CFR 1317.70) are a take-back option when no collection site is near.");
    }

    private static MethodAdvice flush(DosageForm form, DisposalSubject subject) {
        List<String> steps = new ArrayList<>();
        steps.add(ONLY_WITHOUT_TAKE_BACK + " Do not keep the medicine around waiting for one.");
        steps.add(switch (form) {
            case PATCH -> "Fold the patch in half with the sticky sides together and flush it down the toilet "
                    + "right away. Do the same with each used patch as soon as you take it off.";
            case LIQUID -> "Pour the liquid into the toilet and flush right away.";
            case RECTAL_GEL -> "Push any gel left in the applicator into the toilet and flush right away; put the "
                    + "empty applicator in the household trash.";
            default -> "Flush the medicine down the toilet right away.";
        });
        steps.add("Scratch out your name and prescription number on the empty package before you throw it away.");
        String why = "On the FDA flush list (" + String.join("; ", subject.flushListedAs()) + "): it is sought for "
                + "misuse and a single dose can kill a child, a pet or an adult it was not prescribed for. When no "
                + "take-back is readily available, FDA recommends flushing it over keeping it or putting it in the "
                + "trash.";
        return new MethodAdvice(DisposalMethod.FLUSH, steps, why);
    }

    private static MethodAdvice householdTrash(DosageForm form, DisposalSubject subject) {
        List<String> steps = new ArrayList<>();
        steps.add(ONLY_WITHOUT_TAKE_BACK);
        if (!subject.identified()) {
            steps.add("First check that the medicine is not on the FDA flush list; if it is, flush it instead.");
        }
        switch (form) {
            case PATCH -> {
                steps.add("Fold each patch in half with the sticky sides together.");
                steps.add("Put the folded patches in a sealed bag or container and throw it in your household "
                        + "trash, out of reach of children and pets.");
            }
            case LIQUID -> {
                steps.add("Mix the liquid with something unappealing that soaks it up, such as cat litter, dirt "
                        + "or used coffee grounds.");
                steps.add("Put the mixture in a container you can seal, such as a sealable plastic bag, and throw "
                        + "it in your household trash.");
            }
            default -> {
                steps.add("Take the medicine out of its original container.");
                steps.add("Mix it with something unappealing such as dirt, cat litter or used coffee grounds; do "
                        + "not crush tablets or capsules.");
                steps.add("Put the mixture in a container you can seal, such as a sealable plastic bag, and throw "
                        + "it in your household trash.");
            }
        }
        steps.add("Scratch out all personal information, including the prescription number, on the empty bottle "
                + "or packaging before you throw it away or recycle it.");
        StringBuilder why = new StringBuilder("FDA: a medicine that is not on the flush list can go in the household "
                + "trash when no take-back is available; mixing and sealing make it unappealing and keep it from "
                + "leaking or being found.");
        if (subject.deaSchedule() != null) {
            why.append(" It is a ").append(scheduleName(subject.deaSchedule())).append(" controlled substance but "
                    + "not on the flush list: use the trash only when take-back is not an option.");
        }
        return new MethodAdvice(DisposalMethod.HOUSEHOLD_TRASH, steps, why.toString());
    }

    private static MethodAdvice sharpsContainer() {
        return new MethodAdvice(DisposalMethod.SHARPS_CONTAINER, List.of(
                "Put used needles, pen needles, syringes, lancets and auto-injectors in an FDA-cleared sharps "
                        + "container right after use. Do not bend, break or recap needles.",
                "No sharps container? A heavy-duty plastic household container with a tight, puncture-resistant "
                        + "lid, such as a laundry detergent bottle, can stand in.",
                "When the container is about three-quarters full, get rid of it as your community says: a sharps "
                        + "drop-off site, a household hazardous waste site, a sharps mail-back program or a "
                        + "special waste pickup.",
                "Never put loose needles or other sharps in the household trash or recycling, and never flush "
                        + "them."),
                "FDA: needles and other sharps go in a sharps container. Drug take-back sites and Take Back Day "
                        + "do not accept needles or syringes.");
    }

    private static MethodAdvice takeBackForInjectable() {
        return new MethodAdvice(DisposalMethod.TAKE_BACK, List.of(
                "Unused medicine in a vial, or a pen with no needle attached, can go to a collection site only if "
                        + "the site says it accepts injectable medicine; the site list shows what each site accepts "
                        + "when known.",
                "National Prescription Drug Take Back Day sites do not accept syringes or other sharps."),
                "Take-back is the first choice for unused medicine; the needle itself always goes in the sharps "
                        + "container.");
    }

    private static MethodAdvice inhalerHandling() {
        return new MethodAdvice(DisposalMethod.SPECIAL_HANDLING, List.of(
                "Do not puncture an inhaler or throw it into a fire or incinerator: the canister can burst.",
                "Read the inhaler's label or patient leaflet and follow any disposal instructions there.",
                "Ask your local trash and recycling facility or household hazardous waste program how it takes "
                        + "inhalers."),
                "FDA: inhalers can be dangerous when punctured or burned, and local rules for them differ, so the "
                        + "label and the local facility decide.");
    }

    private static MethodAdvice takeBackForInhaler() {
        return new MethodAdvice(DisposalMethod.TAKE_BACK, List.of(
                "Only at a collection site that says it accepts inhalers; the site list shows what each site "
                        + "accepts when known.",
                "National Prescription Drug Take Back Day sites do not accept inhalers."),
                "Many collection sites cannot take pressurized canisters.");
    }

    private static String scheduleName(DeaSchedule schedule) {
        return switch (schedule) {
            case CII -> "Schedule II";
            case CIII -> "Schedule III";
            case CIV -> "Schedule IV";
            case CV -> "Schedule V";
        };
    }
}
