package com.healthoptions.mtm.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.verification.FailureCounter.CounterKey;
import com.healthoptions.mtm.verification.VerificationPolicy.ChallengeFound;
import com.healthoptions.mtm.verification.VerificationPolicy.ChallengeState;
import com.healthoptions.mtm.verification.VerificationPolicy.Decision;
import com.healthoptions.mtm.verification.VerificationPolicy.Facts;
import com.healthoptions.mtm.verification.VerificationPolicy.MemberFactors;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The decision rules without a database: which answer, which counters move. */
class VerificationPolicyTest {

    static final Instant NOW = Instant.parse("2026-03-02T15:00:00Z");
    static final VerificationPolicy POLICY = new VerificationPolicy(Map.of(
            CounterKind.MEMBER, new FailureLimit(3, Duration.ofDays(1), Duration.ofMinutes(30), 30),
            CounterKind.CONTACT, new FailureLimit(3, Duration.ofMinutes(30), Duration.ofMinutes(30), 0),
            CounterKind.CALLER, new FailureLimit(5, Duration.ofDays(1), Duration.ofDays(1), 0),
            CounterKind.WITHHELD, new FailureLimit(10, Duration.ofHours(1), Duration.ofHours(1), 0)));
    static final MemberFactors ANN = new MemberFactors("ANN", LocalDate.of(1950, 6, 15), "60601");
    static final MemberFactors BOB = new MemberFactors("BOB", LocalDate.of(1948, 1, 2), "60601");
    static final byte[] PIN_MAC = new byte[32];

    static VerifyRequest request(String caller, LocalDate dob, String pin) {
        return new VerifyRequest("C1", caller, dob, "60601", pin);
    }

    static Decision decide(VerifyRequest request, List<MemberFactors> line, Optional<ChallengeFound> challenge,
            Map<CounterKey, FailureCounter> preset) {
        String callerRef = request.callerWithheld() ? null : "ref";
        Map<CounterKey, FailureCounter> counters = new HashMap<>();
        for (CounterKey key : VerificationPolicy.countersNeeded(request, callerRef, line, challenge)) {
            counters.put(key, preset.getOrDefault(key, FailureCounter.fresh(key, NOW)));
        }
        return POLICY.decide(new Facts(request, callerRef, line, challenge,
                request.pin() == null ? null : PIN_MAC, counters, NOW));
    }

    static Optional<ChallengeFound> challengeOf(MemberFactors member, ChallengeState state) {
        return Optional.of(new ChallengeFound(7, PIN_MAC.clone(), state, member));
    }

    static FailureCounter lockedMember(String id) {
        CounterKey key = VerificationPolicy.memberKey(id);
        return new FailureCounter(key, 3, 3, NOW.minusSeconds(60), NOW.plusSeconds(600), false);
    }

    @Test
    void onASharedLineDateOfBirthPicksTheMember() {
        Decision d = decide(request("+1", BOB.dateOfBirth(), null), List.of(ANN, BOB), Optional.empty(), Map.of());
        assertThat(d.outcome()).isEqualTo(new VerificationOutcome(VerificationResult.VERIFIED, "BOB",
                VerificationMethod.ANI, 3));
    }

    @Test
    void aSharedLineWhereBothMatchNeedsAPinAndCountsNothing() {
        MemberFactors twin = new MemberFactors("TWIN", ANN.dateOfBirth(), ANN.zip());
        Decision d = decide(request("+1", ANN.dateOfBirth(), null), List.of(ANN, twin), Optional.empty(), Map.of());
        assertThat(d.outcome().result()).isEqualTo(VerificationResult.PIN_REQUIRED);
        assertThat(d.changed()).isEmpty();
    }

    @Test
    void aWrongDateOfBirthOnTheLineCountsAgainstTheMemberAndTheContact() {
        Decision d = decide(request("+1", LocalDate.of(1951, 6, 15), null), List.of(ANN), Optional.empty(), Map.of());
        assertThat(d.outcome()).isEqualTo(new VerificationOutcome(VerificationResult.NOT_VERIFIED, null,
                VerificationMethod.ANI, 2));
        assertThat(d.changed()).extracting(c -> c.id().kind()).containsExactlyInAnyOrder(CounterKind.MEMBER,
                CounterKind.CONTACT);
    }

    @Test
    void anUnknownPinAndALivePinWithAWrongDateOfBirthGetTheSameAnswer() {
        Decision unknown = decide(request(null, ANN.dateOfBirth(), "1234567"), List.of(), Optional.empty(), Map.of());
        Decision wrongDob = decide(request(null, LocalDate.of(1951, 1, 1), "1234567"), List.of(),
                challengeOf(ANN, ChallengeState.OPEN), Map.of());
        assertThat(wrongDob.outcome()).isEqualTo(unknown.outcome());
        assertThat(unknown.reason()).isEqualTo("PIN_UNKNOWN");
        assertThat(wrongDob.reason()).isEqualTo("FACTORS_MISMATCH");
        // The live PIN's member is charged too, but not told.
        assertThat(wrongDob.changed()).extracting(c -> c.id().kind()).contains(CounterKind.MEMBER);
    }

    @Test
    void aLockedMemberReadsLockedOnlyToACallerWithEveryFactorRight() {
        Map<CounterKey, FailureCounter> locked = Map.of(VerificationPolicy.memberKey("ANN"), lockedMember("ANN"));
        Decision right = decide(request("+2", ANN.dateOfBirth(), "1234567"), List.of(),
                challengeOf(ANN, ChallengeState.OPEN), locked);
        Decision wrong = decide(request("+2", LocalDate.of(1951, 1, 1), "1234567"), List.of(),
                challengeOf(ANN, ChallengeState.OPEN), locked);
        assertThat(right.outcome().result()).isEqualTo(VerificationResult.LOCKED);
        assertThat(wrong.outcome().result()).isEqualTo(VerificationResult.NOT_VERIFIED);
    }

    @Test
    void aUsedOrExpiredPinFailsLikeAnUnknownOne() {
        for (ChallengeState state : List.of(ChallengeState.USED, ChallengeState.EXPIRED, ChallengeState.REVOKED)) {
            Decision d = decide(request("+2", ANN.dateOfBirth(), "1234567"), List.of(), challengeOf(ANN, state),
                    Map.of());
            assertThat(d.outcome().result()).isEqualTo(VerificationResult.NOT_VERIFIED);
            assertThat(d.useChallenge()).isNull();
            assertThat(d.reason()).isEqualTo("PIN_" + state);
        }
    }

    @Test
    void countersAreAlwaysLockedInOneOrder() {
        VerifyRequest r = request("+1", ANN.dateOfBirth(), "1234567");
        List<CounterKey> keys = VerificationPolicy.countersNeeded(r, "ref", List.of(BOB, ANN),
                challengeOf(ANN, ChallengeState.OPEN));
        assertThat(keys).isSorted().doesNotHaveDuplicates()
                .extracting(CounterKey::kind).containsExactly(CounterKind.MEMBER, CounterKind.MEMBER,
                        CounterKind.CONTACT, CounterKind.CALLER);
    }
}
