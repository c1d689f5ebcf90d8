package com.healthoptions.mtm.verification.connect;

import com.healthoptions.mtm.testing.TestData;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Test members with their own phone numbers, so tests never share a line or a counter by accident. */
final class Members {

    /** A date of birth no test member has. */
    static final String NOBODYS_DOB = "01011940";
    static final String ZIP = "60601";
    private static final AtomicInteger PHONES = new AtomicInteger(1000);

    private Members() {
    }

    /** A fresh E.164 number no member has yet. */
    static String newPhone() {
        return "+1312555" + PHONES.getAndIncrement();
    }

    private static final Map<String, LocalDate> BIRTHDAYS = new ConcurrentHashMap<>();
    private static final AtomicInteger DAYS = new AtomicInteger();

    /**
     * A member with ZIP {@link #ZIP}, the given phone on file and a date of birth of their own: a wrong PIN
     * charges every member whose date of birth and ZIP were keyed, so tests must not share them by accident.
     */
    static void member(String memberId, String phone) {
        try (var db = TestData.open()) {
            db.member(memberId, TestData.SEED_PLAN, dobOf(memberId), ZIP, phone);
        }
    }

    /** The member's own date of birth (1930 onwards, one day per member). */
    static LocalDate dobOf(String memberId) {
        return BIRTHDAYS.computeIfAbsent(memberId, id -> LocalDate.of(1930, 1, 1).plusDays(DAYS.getAndIncrement()));
    }

    /** The member's date of birth as keyed on a phone (MMDDYYYY). */
    static String dob(String memberId) {
        return dobOf(memberId).format(java.time.format.DateTimeFormatter.ofPattern("MMdduuuu"));
    }

    /** The member's phone on file, or null (also for an id that is no member). */
    static String phoneOf(String memberId) {
        try (var db = TestData.open()) {
            return db.value(String.class, "select max(phone_e164) from member where member_id = ?", memberId);
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
