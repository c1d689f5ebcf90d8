package com.healthoptions.mtm.verification.connect;

import com.healthoptions.mtm.testing.TestData;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/** Test members with their own phone numbers, so tests never share a line or a counter by accident. */
final class Members {

    static final LocalDate DOB = LocalDate.of(1950, 6, 15);
    static final String DOB_KEYED = "06151950";
    static final String ZIP = "60601";
    private static final AtomicInteger PHONES = new AtomicInteger(1000);

    private Members() {
    }

    /** A fresh E.164 number no member has yet. */
    static String newPhone() {
        return "+1312555" + PHONES.getAndIncrement();
    }

    /** A member with date of birth {@link #DOB}, ZIP {@link #ZIP} and the given phone on file. */
    static void member(String memberId, String phone) {
        try (var db = TestData.open()) {
            db.member(memberId, TestData.SEED_PLAN, DOB, ZIP, phone);
        }
    }

    static long count(String sql, Object... args) {
        try (var db = TestData.open()) {
            return db.value(Long.class, sql, args);
        }
    }

    static void update(String sql, Object... args) {
        try (var db = TestData.open()) {
            db.update(sql, args);
        }
    }
}
