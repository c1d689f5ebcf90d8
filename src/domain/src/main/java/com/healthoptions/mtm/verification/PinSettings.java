package com.healthoptions.mtm.verification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Settings of PIN issue and caller verification ({@code mtm.pin.*}); the function's README lists them. */
@ConfigMapping(prefix = "mtm.pin")
public interface PinSettings {

    /**
     * The secret behind every stored PIN hash: base64, at least 32 bytes, from Secrets Manager via the
     * environment ({@code MTM_PIN_HMAC_KEY}). Optional here only so {@link PinKeys} can say what is wrong.
     */
    Optional<String> hmacKey();

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

    /** Failures for one member since its last success that hold it locked until staff clear it (NIST: at most 100). */
    @WithDefault("30")
    int memberMaxConsecutiveFailures();

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
     * A phone on file shared by more members than this (a facility's number) identifies nobody: callers
     * from it take the PIN path, so a date-of-birth-and-ZIP guess cannot be spread over many members.
     */
    @WithDefault("4")
    int maxMembersPerLine();

    /** How long the database work of one call may take before the call fails (Connect gives up after 8 s). */
    @WithDefault("PT5S")
    Duration dbTimeout();

    default FailureLimit limitFor(CounterKind kind, boolean callerWithheld) {
        return switch (kind) {
            case MEMBER -> new FailureLimit(memberMaxFailures(), memberFailureWindow(), memberLockout(),
                    memberMaxConsecutiveFailures());
            case CONTACT -> new FailureLimit(callerWithheld ? withheldContactMaxFailures() : contactMaxFailures(),
                    contactLockout(), contactLockout(), 0);
            case CALLER -> new FailureLimit(callerMaxFailures(), callerWindow(), callerLockout(), 0);
            case WITHHELD -> new FailureLimit(withheldMaxFailures(), withheldWindow(), withheldLockout(), 0);
        };
    }
}
