package com.healthoptions.mtm.program;

import java.util.Locale;
import java.util.Optional;

/**
 * How program files name a code: the enum constant's name, in any case, with spaces or hyphens for
 * underscores ({@code face-to-face}, {@code Face to face}). CMS codes are the layout file's business.
 */
public final class ProgramCode {

    private ProgramCode() {
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** "one of A, B or C", for a rejection reason (names only, never the value). */
    public static <E extends Enum<E>> String choices(Class<E> type) {
        E[] all = type.getEnumConstants();
        StringBuilder b = new StringBuilder("must be one of ");
        for (int i = 0; i < all.length; i++) {
            if (i > 0) {
                b.append(i == all.length - 1 ? " or " : ", ");
            }
            b.append(all[i].name());
        }
        return b.toString();
    }
}
