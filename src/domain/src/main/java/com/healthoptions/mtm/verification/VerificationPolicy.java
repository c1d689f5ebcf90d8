package com.healthoptions.mtm.verification;

import com.healthoptions.mtm.verification.FailureCounter.CounterKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides one verification attempt from facts loaded under row locks; pure, so every branch is testable
 * without a database.
 *
 * <p>ANI: an inbound voice call without a PIN from a number on file, whose date of birth and ZIP match
 * exactly one member on that line who is not locked, is verified. Everything else continues exactly as a
 * call from an unknown number would (the PIN path), so the answers never tell whether a number is on file,
 * whether a member is locked, or which factor was wrong: a wrong answer from a number on file counts only
 * against that line's hidden ANI allowance; a locked member's PIN fails like an unknown PIN.
 *
 * <p>PIN path: the PIN names the challenge and date of birth and ZIP must match its member. A failure
 * counts against the contact, the caller number (or all withheld callers), the global PIN-path budget, the
 * PIN's member when the PIN was live, and every unlocked member whose date of birth and ZIP were keyed
 * (a caller who knows them and spoofs a new number per call still runs out). {@code attemptsRemaining} is
 * the call's allowance (contact and caller number), never a member's.
 */
public final class VerificationPolicy {

    /** A member's identifying facts; compared in constant time, never logged. */
    public record MemberFactors(String memberId, LocalDate dateOfBirth, String zip) {
        @Override
        public String toString() {
            return "MemberFactors[" + memberId + "]";
        }
    }

    public enum ChallengeState {
        OPEN, EXPIRED, USED, REVOKED
    }

    /**
     * The challenge a PIN's MAC led to (the newest open one first, else the newest at all).
     *
     * @param expectedMac the keyed PIN's MAC under the key this challenge was made with (null: key retired)
     */
    public record ChallengeFound(long id, byte[] storedMac, byte[] expectedMac, ChallengeState state,
            MemberFactors member) {
    }

    /**
     * @param lineMembers members whose phone on file is the caller's number (empty: ANI not usable, no match,
     *     or too many members on the line to identify anyone by it)
     * @param factorMembers members whose date of birth and ZIP are the keyed ones (loaded only with a PIN)
     * @param counters every counter {@link #countersNeeded} named, as loaded
     * @param pinPath the global PIN-path budget as read (not locked; null when never used)
     * @param now the database's clock
     */
    public record Facts(VerifyRequest request, String callerRef, List<MemberFactors> lineMembers,
            List<MemberFactors> factorMembers, Optional<ChallengeFound> challenge,
            Map<CounterKey, FailureCounter> counters, FailureCounter pinPath, Instant now) {
    }

    /**
     * @param changed counters to write back
     * @param chargePinPath add one failure to the global PIN-path budget
     * @param useChallenge the challenge to mark used, or null
     * @param auditMemberId the member the attempt was about, when exactly one
     * @param charged members charged with this failure (for the audit)
     * @param reason for the audit only (which factor failed stays out of the answer)
     */
    public record Decision(VerificationOutcome outcome, List<FailureCounter> changed, boolean chargePinPath,
            Long useChallenge, String auditMemberId, List<String> charged, String reason) {
    }

    public static final CounterKey PIN_PATH = new CounterKey(CounterKind.PIN_PATH, "*");

    private final Map<CounterKind, FailureLimit> limits;

    public VerificationPolicy(Map<CounterKind, FailureLimit> limits) {
        this.limits = Map.copyOf(limits);
    }

    public static VerificationPolicy from(PinSettings settings, boolean callerWithheld) {
        Map<CounterKind, FailureLimit> limits = new HashMap<>();
        for (CounterKind kind : CounterKind.values()) {
            limits.put(kind, settings.limitFor(kind, callerWithheld));
        }
        return new VerificationPolicy(limits);
    }

    public static CounterKey contactKey(VerifyRequest request) {
        return new CounterKey(CounterKind.CONTACT, request.contactId());
    }

    public static CounterKey callerKey(String callerRef) {
        return callerRef == null ? new CounterKey(CounterKind.WITHHELD, "*") : new CounterKey(CounterKind.CALLER, callerRef);
    }

    public static CounterKey lineKey(String callerRef) {
        return new CounterKey(CounterKind.LINE, callerRef);
    }

    public static CounterKey memberKey(String memberId) {
        return new CounterKey(CounterKind.MEMBER, memberId);
    }

    /** The counters an attempt needs, in the one order every transaction locks them (no deadlocks). */
    public static List<CounterKey> countersNeeded(VerifyRequest request, String callerRef,
            List<MemberFactors> lineMembers, List<MemberFactors> factorMembers, Optional<ChallengeFound> challenge) {
        TreeSet<CounterKey> keys = new TreeSet<>();
        keys.add(contactKey(request));
        keys.add(callerKey(callerRef));
        if (request.aniUsable() && !lineMembers.isEmpty()) {
            keys.add(lineKey(callerRef));
            lineMembers.forEach(m -> keys.add(memberKey(m.memberId())));
        }
        if (request.pin() != null) {
            factorMembers.forEach(m -> keys.add(memberKey(m.memberId())));
            challenge.ifPresent(c -> keys.add(memberKey(c.member().memberId())));
        }
        return List.copyOf(keys);
    }

    public Decision decide(Facts facts) {
        return new Attempt(facts).decide();
    }

    /** True when date of birth and ZIP both match; both are always compared, in constant time. */
    static boolean factorsMatch(MemberFactors member, VerifyRequest request) {
        boolean dob = MessageDigest.isEqual(ascii(member.dateOfBirth().toString()),
                ascii(request.dateOfBirth().toString()));
        boolean zip = MessageDigest.isEqual(ascii(member.zip()), ascii(request.zip()));
        return dob & zip;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private final class Attempt {
        private final Facts facts;
        private final VerifyRequest request;
        private final Instant now;
        private final Map<CounterKey, FailureCounter> counters = new LinkedHashMap<>();
        private final Map<CounterKey, FailureCounter> changed = new LinkedHashMap<>();
        private final Set<VerificationSignal> signals = EnumSet.noneOf(VerificationSignal.class);
        private final List<String> charged = new ArrayList<>();
        private boolean chargePinPath;

        Attempt(Facts facts) {
            this.facts = facts;
            this.request = facts.request();
            this.now = facts.now();
            facts.counters().forEach((key, counter) -> counters.put(key, counter.asOf(now, limit(key))));
        }

        Decision decide() {
            if (counter(contactKey(request)).locked(now)) {
                return answer(VerificationResult.LOCKED, null, VerificationMethod.PIN, null, singleLineMember(),
                        "CONTACT_LOCKED");
            }
            List<MemberFactors> line = facts.lineMembers();
            if (!request.aniUsable() || line.isEmpty()) {
                return pinPath(request.callerWithheld() ? "WITHHELD" : request.aniUsable() ? "NO_LINE" : "ANI_NOT_USABLE");
            }
            CounterKey lineKey = lineKey(facts.callerRef());
            if (counter(lineKey).locked(now)) {
                return pinPath("LINE_LOCKED");
            }
            List<MemberFactors> matches = new ArrayList<>();
            for (MemberFactors m : line) {
                if (factorsMatch(m, request)) {
                    matches.add(m);
                }
            }
            if (matches.isEmpty()) {
                // Only the line's hidden allowance is charged: no member on a shared line pays for a guess.
                fail(lineKey);
                return pinPath("NO_LINE_MATCH");
            }
            if (matches.size() > 1) {
                return pinPath("SHARED_LINE_AMBIGUOUS"); // only a PIN tells these members apart
            }
            MemberFactors member = matches.getFirst();
            CounterKey memberKey = memberKey(member.memberId());
            if (counter(memberKey).locked(now)) {
                return pinPath("MEMBER_LOCKED"); // the same answer as a wrong date of birth would get
            }
            succeed(memberKey);
            return answer(VerificationResult.VERIFIED, member.memberId(), VerificationMethod.ANI, null,
                    member.memberId(), "FACTORS_MATCH");
        }

        private Decision pinPath(String why) {
            CounterKey caller = callerKey(facts.callerRef());
            if (counter(caller).locked(now)) {
                return answer(VerificationResult.LOCKED, null, VerificationMethod.PIN, null, singleLineMember(),
                        "CALLER_LOCKED");
            }
            if (pinPathSpent()) {
                signals.add(VerificationSignal.PIN_PATH_REFUSED);
                return answer(VerificationResult.LOCKED, null, VerificationMethod.PIN, null, singleLineMember(),
                        "PIN_PATH_BUDGET_SPENT");
            }
            if (request.pin() == null) {
                return answer(VerificationResult.PIN_REQUIRED, null, VerificationMethod.PIN, null,
                        singleLineMember(), why);
            }
            Optional<ChallengeFound> found = facts.challenge();
            boolean macMatches = found.isPresent() && PinKeys.sameMac(found.get().storedMac(), found.get().expectedMac());
            if (!macMatches || found.get().state() != ChallengeState.OPEN) {
                String member = macMatches ? found.get().member().memberId() : null;
                return failedPin(member, macMatches ? "PIN_" + found.get().state() : "PIN_UNKNOWN");
            }
            ChallengeFound challenge = found.get();
            MemberFactors member = challenge.member();
            CounterKey memberKey = memberKey(member.memberId());
            if (counter(memberKey).locked(now)) {
                // Whatever the factors: a locked member's live PIN fails exactly like an unknown PIN.
                return failedPin(member.memberId(), "MEMBER_LOCKED");
            }
            if (factorsMatch(member, request)) {
                succeed(memberKey);
                return answer(VerificationResult.VERIFIED, member.memberId(), VerificationMethod.PIN, challenge.id(),
                        member.memberId(), "FACTORS_MATCH");
            }
            chargeMember(memberKey);
            return failedPin(member.memberId(), "FACTORS_MISMATCH");
        }

        /** A failed PIN: the call, the caller, the global budget and every unlocked member whose factors were keyed. */
        private Decision failedPin(String auditMember, String reason) {
            fail(contactKey(request));
            fail(callerKey(facts.callerRef()));
            for (MemberFactors m : facts.factorMembers()) {
                chargeMember(memberKey(m.memberId()));
            }
            chargePinPath = true;
            signals.add(VerificationSignal.PIN_PATH_FAILURE);
            String audited = auditMember != null ? auditMember
                    : facts.factorMembers().size() == 1 ? facts.factorMembers().getFirst().memberId() : null;
            return answer(VerificationResult.NOT_VERIFIED, null, VerificationMethod.PIN, null, audited, reason);
        }

        /** A member is charged once per attempt, and never while locked (the lock is the consequence already). */
        private void chargeMember(CounterKey key) {
            if (changed.containsKey(key) || counter(key).locked(now)) {
                return;
            }
            FailureCounter after = fail(key);
            charged.add(key.key());
            if (after.held()) {
                signals.add(VerificationSignal.MEMBER_HELD);
            }
        }

        private boolean pinPathSpent() {
            FailureLimit limit = limit(PIN_PATH);
            FailureCounter budget = facts.pinPath();
            if (budget == null) {
                return false;
            }
            boolean windowOpen = now.isBefore(budget.windowStartedAt().plus(limit.window()));
            return windowOpen && budget.failures() >= limit.maxFailures();
        }

        private String singleLineMember() {
            return request.aniUsable() && facts.lineMembers().size() == 1 ? facts.lineMembers().getFirst().memberId() : null;
        }

        private Decision answer(VerificationResult result, String memberId, VerificationMethod method,
                Long useChallenge, String auditMember, String reason) {
            int remaining = result == VerificationResult.LOCKED ? 0 : allowance();
            return new Decision(new VerificationOutcome(result, memberId, method, remaining, signals),
                    List.copyOf(changed.values()), chargePinPath, useChallenge, auditMember, List.copyOf(charged),
                    reason);
        }

        /** What this call may still fail: the contact's and the caller number's allowance, never a member's. */
        private int allowance() {
            CounterKey contact = contactKey(request);
            CounterKey caller = callerKey(facts.callerRef());
            return Math.min(counter(contact).remaining(now, limit(contact)), counter(caller).remaining(now, limit(caller)));
        }

        /** Clears a counter; one that holds nothing is left alone (no write). */
        private void succeed(CounterKey key) {
            if (!facts.counters().get(key).clear()) {
                changed.put(key, counter(key).succeeded(now));
            }
        }

        private FailureCounter fail(CounterKey key) {
            FailureCounter after = counter(key).failed(now, limit(key));
            changed.put(key, after);
            return after;
        }

        /** The counter after this attempt's changes. */
        private FailureCounter counter(CounterKey key) {
            FailureCounter c = changed.getOrDefault(key, counters.get(key));
            if (c == null) {
                throw new IllegalStateException("counter not loaded: " + key.kind());
            }
            return c;
        }

        private FailureLimit limit(CounterKey key) {
            return limits.get(key.kind());
        }
    }
}
