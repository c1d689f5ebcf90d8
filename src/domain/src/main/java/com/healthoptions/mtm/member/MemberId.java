package com.healthoptions.mtm.member;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A plan member's id, as the schema checks it ({@code member.member_id}: 1-40 letters, digits, '-' or '_').
 * HTTP paths, portal tokens, Connect attributes and every intake file read a member id through this one rule.
 */
public record MemberId(String value) {

    /** The rule in words, for answers that say why an id was refused (never quoting the id). */
    public static final String RULE = "1-40 letters, digits, '-' or '_'";

    private static final Pattern FORM = Pattern.compile("^[A-Za-z0-9_-]{1,40}$");

    public MemberId {
        if (!isValid(value)) {
            throw new IllegalArgumentException("a member id is " + RULE);
        }
    }

    /** The id when the text is one, exactly as given (no trimming, no case change). */
    public static Optional<MemberId> parse(String text) {
        return isValid(text) ? Optional.of(new MemberId(text)) : Optional.empty();
    }

    public static boolean isValid(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
