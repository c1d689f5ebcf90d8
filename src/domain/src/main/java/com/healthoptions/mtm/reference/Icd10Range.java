package com.healthoptions.mtm.reference;

/** An ICD-10-CM code range (without dots) that identifies a chronic condition. */
public record Icd10Range(String conditionCode, String from, String to) {

    /** Whether a normalized code (upper case, no dot) falls into this range on the range's own precision. */
    public boolean contains(String code) {
        if (code.length() < from.length()) {
            return false;
        }
        String head = code.substring(0, from.length());
        return head.compareTo(from) >= 0 && head.compareTo(to) <= 0;
    }

    /** Upper case, dot and blanks removed: {@code "e11.9"} becomes {@code "E119"}. */
    public static String normalize(String code) {
        return code == null ? "" : code.replace(".", "").strip().toUpperCase(java.util.Locale.ROOT);
    }
}
