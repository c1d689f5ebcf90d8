package com.healthoptions.mtm.verification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Set;

/** Settings of PIN issue and caller verification ({@code mtm.pin.*}); the function's README lists them. */
@ConfigMapping(prefix = "mtm.pin")
public interface PinSettings {

    /** Days a PIN stays valid after the day it is issued (it works through the end of expiresOn). */
    @WithDefault("14")
    int validityDays();

    /** Connect InitiationMethod values allowed to issue a PIN (the outbound flow; never INBOUND). */
    @WithDefault("OUTBOUND,API")
    Set<String> issueInitiationMethods();

    /** How long a stored answer is replayed to a retried call (same contact, action and parameters). */
    @WithDefault("PT15M")
    Duration retryWindow();

    @WithDefault("3")
    int memberMaxFailures();

    @WithDefault("P1D")
    Duration memberFailureWindow();

    @WithDefault("PT30M")
    Duration memberLockout();

    /** Failures for one member since its last success that hold it for {@link #memberHold} (NIST: at most 100). */
    @WithDefault("30")
    int memberMaxConsecutiveFailures();

    /** How long a hold lasts unless staff lift it first (an audited staff operation). */
    @WithDefault("P7D")
    Duration memberHold();

    @WithDefault("3")
    int contactMaxFailures();

    /** Per-contact limit when the caller id is withheld: the tightest. */
    @WithDefault("1")
    int withheldContactMaxFailures();

    @WithDefault("PT30M")
    Duration contactLockout();

    /** Failed PIN attempts from one caller number (all contacts). */
    @WithDefault("5")
    int callerMaxFailures();

    @WithDefault("P1D")
    Duration callerWindow();

    @WithDefault("P1D")
    Duration callerLockout();

    /** Failed PIN attempts from every withheld caller id together. */
    @WithDefault("10")
    int withheldMaxFailures();

    @WithDefault("PT1H")
    Duration withheldWindow();

    @WithDefault("PT1H")
    Duration withheldLockout();

    /**
     * Date-of-birth-and-ZIP answers from a number on file that matched nobody on it; at the limit that
     * number verifies nobody by ANI (callers are asked for a PIN, as from any other number) until the lock ends.
     */
    @WithDefault("5")
    int lineMaxFailures();

    @WithDefault("P1D")
    Duration lineWindow();

    @WithDefault("P1D")
    Duration lineLockout();

    /**
     * Failed PIN attempts from all callers together within {@link #pinPathWindow}: past it the PIN path
     * answers LOCKED to everyone until the window ends (ANI is unaffected); every failure is a metric.
     */
    @WithDefault("100")
    int pinPathMaxFailures();

    @WithDefault("PT1H")
    Duration pinPathWindow();

    /**
     * A phone on file shared by more members than this (a facility's number) identifies nobody: callers
     * from it take the PIN path, so a date-of-birth-and-ZIP guess cannot be spread over many members.
     */
    @WithDefault("4")
    int maxMembersPerLine();

    /** How long the database work of one call may take before the call fails (Connect gives up after 8 s). */
    @WithDefault("PT5S")
    Duration dbTimeout();

    /** PostgreSQL's statement_timeout in every PIN transaction: below {@link #dbTimeout}. */
    @WithDefault("PT3S")
    Duration statementTimeout();

    /** PostgreSQL's lock_timeout in every PIN transaction: below {@link #statementTimeout}. */
    @WithDefault("PT2S")
    Duration lockTimeout();

    default FailureLimit limitFor(CounterKind kind, boolean callerWithheld) {
        return switch (kind) {
            case MEMBER -> new FailureLimit(memberMaxFailures(), memberFailureWindow(), memberLockout(),
                    memberMaxConsecutiveFailures(), memberHold());
            case CONTACT -> new FailureLimit(callerWithheld ? withheldContactMaxFailures() : contactMaxFailures(),
                    contactLockout(), contactLockout());
            case CALLER -> new FailureLimit(callerMaxFailures(), callerWindow(), callerLockout());
            case WITHHELD -> new FailureLimit(withheldMaxFailures(), withheldWindow(), withheldLockout());
            case LINE -> new FailureLimit(lineMaxFailures(), lineWindow(), lineLockout());
            // Counted in SQL, not through FailureCounter: locked for the rest of the window once spent.
            case PIN_PATH -> new FailureLimit(pinPathMaxFailures(), pinPathWindow(), pinPathWindow());
        };
    }
}
