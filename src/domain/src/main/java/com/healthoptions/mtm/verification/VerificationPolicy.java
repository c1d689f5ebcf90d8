package com.healthoptions.mtm.verification;

import com.healthoptions.mtm.verification.FailureCounter.CounterKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Decides one verification attempt from facts loaded under row locks; pure, so every branch is testable
 * without a database.
 *
 * <p>The caller's number matches the phone on file of one or more members: date of birth and ZIP must
 * match exactly one of them (ANI). Otherwise, or when they match several, the PIN names the challenge and
 * date of birth and ZIP must match its member (PIN). Failures count per member, per contact and, on the PIN
 * path, per caller number (all withheld callers share one counter). A locked member gets LOCKED only when
 * the rest of the answer is right, so LOCKED never tells a PIN guesser that the PIN was live; for the same
 * reason the PIN path reports the contact's and caller's allowance, never the member's.
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

    /** The challenge a PIN's MAC led to (the newest open one first, else the newest at all). */
    public record ChallengeFound(long id, byte[] storedMac, ChallengeState state, MemberFactors member) {
    }

    /**
     * @param lineMembers members whose phone on file is the caller's number (empty: withheld, no match, or
     *     too many members on the line to identify anyone by it)
     * @param pinMac the MAC of the keyed PIN, or null when no PIN was keyed
     * @param counters every counter {@link #countersNeeded} named, as loaded
     * @param now the database's clock
     */
    public record Facts(VerifyRequest request, String callerRef, List<MemberFactors> lineMembers,
            Optional<ChallengeFound> challenge, byte[] pinMac, Map<CounterKey, FailureCounter> counters,
            Instant now) {
    }

    /**
     * @param changed counters to write back
     * @param useChallenge the challenge to mark used, or null
     * @param auditMemberId the member the attempt was about, when exactly one
     * @param reason for the audit only (which factor failed stays out of the answer)
     */
    public record Decision(VerificationOutcome outcome, List<FailureCounter> changed, Long useChallenge,
            String auditMemberId, String reason) {
    }

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

    public static CounterKey memberKey(String memberId) {
        return new CounterKey(CounterKind.MEMBER, memberId);
    }

    /** The counters an attempt needs, in the one order every transaction locks them (no deadlocks). */
    public static List<CounterKey> countersNeeded(VerifyRequest request, String callerRef,
            List<MemberFactors> lineMembers, Optional<ChallengeFound> challenge) {
        TreeSet<CounterKey> keys = new TreeSet<>();
        keys.add(contactKey(request));
        // The caller counter matters on the PIN path; one member on the line can never lead there.
        if (lineMembers.size() != 1 || request.pin() != null) {
            keys.add(callerKey(callerRef));
        }
        lineMembers.forEach(m -> keys.add(memberKey(m.memberId())));
        challenge.ifPresent(c -> keys.add(memberKey(c.member().memberId())));
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
        private final Instant now;
        private final Map<CounterKey, FailureCounter> counters = new LinkedHashMap<>();
        private final Map<CounterKey, FailureCounter> changed = new LinkedHashMap<>();

        Attempt(Facts facts) {
            this.facts = facts;
            this.now = facts.now();
            facts.counters().forEach((key, counter) -> counters.put(key, counter.asOf(now, limit(key))));
        }

        Decision decide() {
            VerifyRequest request = facts.request();
            List<MemberFactors> line = facts.lineMembers();
            VerificationMethod method = line.isEmpty() ? VerificationMethod.PIN : VerificationMethod.ANI;
            if (counter(contactKey(request)).locked(now)) {
                return locked(method, singleMember(), "CONTACT_LOCKED");
            }
            if (!line.isEmpty()) {
                List<MemberFactors> matches = new ArrayList<>();
                for (MemberFactors m : line) {
                    if (factorsMatch(m, request)) {
                        matches.add(m);
                    }
                }
                if (matches.size() == 1) {
                    return lineMatch(matches.getFirst());
                }
                if (matches.isEmpty()) {
                    return lineMismatch(line);
                }
                // Several members on this line share the date of birth and ZIP: only a PIN tells them apart.
            }
            return pinPath(line.isEmpty() ? "NO_LINE_MATCH" : "SHARED_LINE_AMBIGUOUS");
        }

        private Decision lineMatch(MemberFactors member) {
            CounterKey key = memberKey(member.memberId());
            if (counter(key).locked(now)) {
                return locked(VerificationMethod.ANI, member.memberId(), "MEMBER_LOCKED");
            }
            succeed(key);
            return decision(VerificationResult.VERIFIED, member.memberId(), VerificationMethod.ANI,
                    remaining(List.of(key, contactKey(facts.request()))), null, member.memberId(), "FACTORS_MATCH");
        }

        private Decision lineMismatch(List<MemberFactors> line) {
            List<CounterKey> open = line.stream().map(m -> memberKey(m.memberId()))
                    .filter(k -> !counter(k).locked(now)).toList();
            if (open.isEmpty()) {
                return locked(VerificationMethod.ANI, singleMember(), "MEMBER_LOCKED");
            }
            List<CounterKey> failing = new ArrayList<>(open);
            failing.add(contactKey(facts.request()));
            fail(failing);
            return decision(VerificationResult.NOT_VERIFIED, null, VerificationMethod.ANI, remaining(failing), null,
                    singleMember(), "FACTORS_MISMATCH");
        }

        private Decision pinPath(String why) {
            VerifyRequest request = facts.request();
            CounterKey contact = contactKey(request);
            CounterKey caller = callerKey(facts.callerRef());
            List<CounterKey> callerSide = List.of(contact, caller);
            if (counter(caller).locked(now)) {
                return locked(VerificationMethod.PIN, null, "CALLER_LOCKED");
            }
            if (request.pin() == null) {
                return decision(VerificationResult.PIN_REQUIRED, null, VerificationMethod.PIN, remaining(callerSide),
                        null, null, why);
            }
            Optional<ChallengeFound> found = facts.challenge();
            boolean macMatches = found.isPresent() && PinKeys.sameMac(found.get().storedMac(), facts.pinMac());
            if (!macMatches || found.get().state() != ChallengeState.OPEN) {
                fail(callerSide);
                String reason = macMatches ? "PIN_" + found.get().state() : "PIN_UNKNOWN";
                return decision(VerificationResult.NOT_VERIFIED, null, VerificationMethod.PIN, remaining(callerSide),
                        null, macMatches ? found.get().member().memberId() : null, reason);
            }
            ChallengeFound challenge = found.get();
            MemberFactors member = challenge.member();
            CounterKey memberKey = memberKey(member.memberId());
            boolean factors = factorsMatch(member, request);
            if (counter(memberKey).locked(now)) {
                if (factors) {
                    return locked(VerificationMethod.PIN, member.memberId(), "MEMBER_LOCKED");
                }
                fail(callerSide);
                return decision(VerificationResult.NOT_VERIFIED, null, VerificationMethod.PIN, remaining(callerSide),
                        null, member.memberId(), "FACTORS_MISMATCH_MEMBER_LOCKED");
            }
            if (factors) {
                succeed(memberKey);
                return decision(VerificationResult.VERIFIED, member.memberId(), VerificationMethod.PIN,
                        remaining(callerSide), challenge.id(), member.memberId(), "FACTORS_MATCH");
            }
            List<CounterKey> failing = new ArrayList<>(callerSide);
            failing.add(memberKey);
            fail(failing);
            return decision(VerificationResult.NOT_VERIFIED, null, VerificationMethod.PIN, remaining(callerSide), null,
                    member.memberId(), "FACTORS_MISMATCH");
        }

        private String singleMember() {
            return facts.lineMembers().size() == 1 ? facts.lineMembers().getFirst().memberId() : null;
        }

        private Decision locked(VerificationMethod method, String auditMember, String reason) {
            return decision(VerificationResult.LOCKED, null, method, 0, null, auditMember, reason);
        }

        private Decision decision(VerificationResult result, String memberId, VerificationMethod method,
                int attemptsRemaining, Long useChallenge, String auditMember, String reason) {
            return new Decision(new VerificationOutcome(result, memberId, method, attemptsRemaining),
                    List.copyOf(changed.values()), useChallenge, auditMember, reason);
        }

        /** Clears a counter; one that holds nothing is left alone (no write). */
        private void succeed(CounterKey key) {
            FailureCounter stored = facts.counters().get(key);
            if (stored.failures() > 0 || stored.consecutiveFailures() > 0 || stored.lockedUntil() != null
                    || stored.held()) {
                changed.put(key, counter(key).succeeded(now));
            }
        }

        private void fail(List<CounterKey> keys) {
            for (CounterKey key : keys) {
                changed.put(key, counter(key).failed(now, limit(key)));
            }
        }

        private int remaining(List<CounterKey> keys) {
            int least = Integer.MAX_VALUE;
            for (CounterKey key : keys) {
                least = Math.min(least, counter(key).remaining(now, limit(key)));
            }
            return least;
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
