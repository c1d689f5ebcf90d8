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
            CounterKind.MEMBER, new FailureLimit(3, Duration.ofDays(1), Duration.ofMinutes(30), 30, Duration.ofDays(7)),
            CounterKind.CONTACT, new FailureLimit(3, Duration.ofMinutes(30), Duration.ofMinutes(30)),
            CounterKind.CALLER, new FailureLimit(5, Duration.ofDays(1), Duration.ofDays(1)),
            CounterKind.WITHHELD, new FailureLimit(10, Duration.ofHours(1), Duration.ofHours(1)),
            CounterKind.LINE, new FailureLimit(5, Duration.ofDays(1), Duration.ofDays(1)),
            CounterKind.PIN_PATH, new FailureLimit(100, Duration.ofHours(1), Duration.ofHours(1))));
    static final MemberFactors ANN = new MemberFactors("ANN", LocalDate.of(1950, 6, 15), "60601");
    static final MemberFactors BOB = new MemberFactors("BOB", LocalDate.of(1948, 1, 2), "60601");
    static final LocalDate WRONG_DOB = LocalDate.of(1951, 1, 1);
    static final byte[] PIN_MAC = new byte[32];

    static VerifyRequest request(String caller, LocalDate dob, String pin) {
        return new VerifyRequest("C1", caller, dob, "60601", pin);
    }

    /** Decides with fresh counters except {@code preset}; factor members are those matching the request. */
    static Decision decide(VerifyRequest request, List<MemberFactors> line, Optional<ChallengeFound> challenge,
            Map<CounterKey, FailureCounter> preset) {
        return decide(request, line, challenge, preset, null);
    }

    static Decision decide(VerifyRequest request, List<MemberFactors> line, Optional<ChallengeFound> challenge,
            Map<CounterKey, FailureCounter> preset, FailureCounter pinPath) {
        String callerRef = request.callerWithheld() ? null : "ref";
        List<MemberFactors> knownMembers = List.of(ANN, BOB);
        List<MemberFactors> factorMembers = request.pin() == null ? List.of()
                : knownMembers.stream().filter(m -> VerificationPolicy.factorsMatch(m, request)).toList();
        List<MemberFactors> usableLine = request.aniUsable() ? line : List.of();
        Map<CounterKey, FailureCounter> counters = new HashMap<>();
        for (CounterKey key : VerificationPolicy.countersNeeded(request, callerRef, usableLine, factorMembers, challenge)) {
            counters.put(key, preset.getOrDefault(key, FailureCounter.fresh(key, NOW)));
        }
        return POLICY.decide(new Facts(request, callerRef, usableLine, factorMembers, challenge, counters, pinPath, NOW));
    }

    static Optional<ChallengeFound> challengeOf(MemberFactors member, ChallengeState state) {
        return Optional.of(new ChallengeFound(7, PIN_MAC.clone(), PIN_MAC.clone(), state, member));
    }

    static FailureCounter lockedMember(String id) {
        CounterKey key = VerificationPolicy.memberKey(id);
        return new FailureCounter(key, 3, 3, NOW.minusSeconds(60), NOW.plusSeconds(600), false);
    }

    static Map<CounterKey, FailureCounter> locked(String id) {
        return Map.of(VerificationPolicy.memberKey(id), lockedMember(id));
    }

    static List<CounterKind> kindsChanged(Decision d) {
        return d.changed().stream().map(c -> c.id().kind()).toList();
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
    void aWrongAnswerFromANumberOnFileGetsExactlyWhatAnUnknownNumberGets() {
        Decision onFile = decide(request("+1", WRONG_DOB, null), List.of(ANN), Optional.empty(), Map.of());
        Decision unknown = decide(request("+1", WRONG_DOB, null), List.of(), Optional.empty(), Map.of());
        assertThat(onFile.outcome()).isEqualTo(unknown.outcome()).isEqualTo(new VerificationOutcome(
                VerificationResult.PIN_REQUIRED, null, VerificationMethod.PIN, 3));
        // Counted only against the line's hidden ANI allowance: no member, not the call.
        assertThat(kindsChanged(onFile)).containsExactly(CounterKind.LINE);
        assertThat(onFile.reason()).isEqualTo("NO_LINE_MATCH");
    }

    @Test
    void aSpentLineAllowanceStopsAniFromThatNumberEvenForTheRightAnswers() {
        CounterKey line = VerificationPolicy.lineKey("ref");
        FailureCounter spent = new FailureCounter(line, 5, 5, NOW.minusSeconds(60), NOW.plusSeconds(3600), false);
        Decision d = decide(request("+1", ANN.dateOfBirth(), null), List.of(ANN), Optional.empty(), Map.of(line, spent));
        assertThat(d.outcome()).isEqualTo(new VerificationOutcome(VerificationResult.PIN_REQUIRED, null,
                VerificationMethod.PIN, 3));
        assertThat(d.reason()).isEqualTo("LINE_LOCKED");
    }

    @Test
    void aWrongAnswerOnASharedLineChargesNoMember() {
        Decision d = decide(request("+1", WRONG_DOB, null), List.of(ANN, BOB), Optional.empty(), Map.of());
        assertThat(kindsChanged(d)).doesNotContain(CounterKind.MEMBER);
    }

    @Test
    void aLockedMemberGetsTheSameAnswerWhateverTheFactorsOnEitherPath() {
        // ANI: the right answers from the phone on file read like wrong ones.
        Decision aniRight = decide(request("+1", ANN.dateOfBirth(), null), List.of(ANN), Optional.empty(), locked("ANN"));
        Decision aniWrong = decide(request("+1", WRONG_DOB, null), List.of(ANN), Optional.empty(), locked("ANN"));
        assertThat(aniRight.outcome()).isEqualTo(aniWrong.outcome());
        // PIN: a live PIN with the right answers reads like an unknown PIN with wrong ones.
        Decision pinRight = decide(request("+2", ANN.dateOfBirth(), "1234567"), List.of(),
                challengeOf(ANN, ChallengeState.OPEN), locked("ANN"));
        Decision pinWrong = decide(request("+2", WRONG_DOB, "1234567"), List.of(),
                challengeOf(ANN, ChallengeState.OPEN), locked("ANN"));
        Decision unknownPin = decide(request("+2", WRONG_DOB, "1234567"), List.of(), Optional.empty(), Map.of());
        assertThat(pinRight.outcome()).isEqualTo(pinWrong.outcome()).isEqualTo(unknownPin.outcome())
                .isEqualTo(new VerificationOutcome(VerificationResult.NOT_VERIFIED, null, VerificationMethod.PIN, 2,
                        java.util.Set.of(VerificationSignal.PIN_PATH_FAILURE)));
        assertThat(pinRight.reason()).isEqualTo("MEMBER_LOCKED");
        // The lock is the consequence already: a locked member is not charged again.
        assertThat(pinRight.charged()).isEmpty();
    }

    @Test
    void aPinFromANumberOnFileTakesThePinPath() {
        Decision d = decide(request("+1", ANN.dateOfBirth(), "1234567"), List.of(ANN, BOB),
                challengeOf(BOB, ChallengeState.OPEN), Map.of());
        // Not ANN by ANI: the PIN names BOB's challenge and ANN's answers do not match BOB.
        assertThat(d.outcome().result()).isEqualTo(VerificationResult.NOT_VERIFIED);
        assertThat(d.outcome().method()).isEqualTo(VerificationMethod.PIN);
    }

    @Test
    void aWrongPinChargesTheMemberWhoseDateOfBirthAndZipWereKeyed() {
        Decision d = decide(request("+2", ANN.dateOfBirth(), "1234567"), List.of(), Optional.empty(), Map.of());
        assertThat(d.outcome().result()).isEqualTo(VerificationResult.NOT_VERIFIED);
        assertThat(d.charged()).containsExactly("ANN");
        assertThat(d.changed()).filteredOn(c -> c.id().equals(VerificationPolicy.memberKey("ANN")))
                .singleElement().extracting(FailureCounter::failures).isEqualTo(1);
        assertThat(d.chargePinPath()).isTrue();
        assertThat(d.outcome().signals()).containsExactly(VerificationSignal.PIN_PATH_FAILURE);
    }

    @Test
    void attemptsRemainingIsTheCallsAllowanceNeverTheMembers() {
        CounterKey ann = VerificationPolicy.memberKey("ANN");
        FailureCounter twoDown = new FailureCounter(ann, 2, 2, NOW.minusSeconds(60), null, false);
        Decision verified = decide(request("+1", ANN.dateOfBirth(), null), List.of(ANN), Optional.empty(), Map.of(ann, twoDown));
        assertThat(verified.outcome().attemptsRemaining()).isEqualTo(3);
        Decision failed = decide(request("+2", ANN.dateOfBirth(), "1234567"), List.of(), Optional.empty(), Map.of(ann, twoDown));
        // The member is now locked; the caller is told only that this call has two attempts left.
        assertThat(failed.outcome().attemptsRemaining()).isEqualTo(2);
    }

    @Test
    void aSpentPinPathBudgetLocksThePinPathForEveryoneButNotAni() {
        FailureCounter spent = new FailureCounter(VerificationPolicy.PIN_PATH, 100, 0, NOW.minusSeconds(600), null, false);
        Decision pin = decide(request("+2", ANN.dateOfBirth(), "1234567"), List.of(), challengeOf(ANN, ChallengeState.OPEN),
                Map.of(), spent);
        assertThat(pin.outcome().result()).isEqualTo(VerificationResult.LOCKED);
        assertThat(pin.outcome().signals()).containsExactly(VerificationSignal.PIN_PATH_REFUSED);
        assertThat(pin.changed()).isEmpty();
        Decision ani = decide(request("+1", ANN.dateOfBirth(), null), List.of(ANN), Optional.empty(), Map.of(), spent);
        assertThat(ani.outcome().result()).isEqualTo(VerificationResult.VERIFIED);
        // A window that has ended is a budget again.
        FailureCounter old = new FailureCounter(VerificationPolicy.PIN_PATH, 100, 0, NOW.minus(Duration.ofHours(2)), null, false);
        assertThat(decide(request("+2", ANN.dateOfBirth(), "1234567"), List.of(), challengeOf(ANN, ChallengeState.OPEN),
                Map.of(), old).outcome().result()).isEqualTo(VerificationResult.VERIFIED);
    }

    @Test
    void onlyAnInboundVoiceCallIsVerifiedByItsNumber() {
        VerifyRequest outbound = new VerifyRequest("C1", "+1", false, ANN.dateOfBirth(), "60601", null);
        Decision d = decide(outbound, List.of(ANN), Optional.empty(), Map.of());
        assertThat(d.outcome().result()).isEqualTo(VerificationResult.PIN_REQUIRED);
        assertThat(d.reason()).isEqualTo("ANI_NOT_USABLE");
    }

    @Test
    void theThirtiethFailureHoldsTheMemberAndSaysSo() {
        CounterKey ann = VerificationPolicy.memberKey("ANN");
        FailureCounter near = new FailureCounter(ann, 0, 29, NOW.minusSeconds(60), null, false);
        Decision d = decide(request("+2", ANN.dateOfBirth(), "1234567"), List.of(), Optional.empty(), Map.of(ann, near));
        assertThat(d.outcome().signals()).contains(VerificationSignal.MEMBER_HELD);
        assertThat(d.changed()).filteredOn(c -> c.id().equals(ann)).singleElement()
                .satisfies(c -> assertThat(c.lockedUntil()).isEqualTo(NOW.plus(Duration.ofDays(7))));
    }

    @Test
    void anUnknownPinAndALivePinWithAWrongDateOfBirthGetTheSameAnswer() {
        Decision unknown = decide(request(null, ANN.dateOfBirth(), "1234567"), List.of(), Optional.empty(), Map.of());
        Decision wrongDob = decide(request(null, WRONG_DOB, "1234567"), List.of(),
                challengeOf(ANN, ChallengeState.OPEN), Map.of());
        assertThat(wrongDob.outcome()).isEqualTo(unknown.outcome());
        assertThat(unknown.reason()).isEqualTo("PIN_UNKNOWN");
        assertThat(wrongDob.reason()).isEqualTo("FACTORS_MISMATCH");
        // The live PIN's member is charged too, but not told.
        assertThat(wrongDob.charged()).containsExactly("ANN");
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
    void aPinMadeWithARetiredKeyFailsLikeAnUnknownOne() {
        Optional<ChallengeFound> retired = Optional.of(new ChallengeFound(7, PIN_MAC.clone(), null,
                ChallengeState.OPEN, ANN));
        Decision d = decide(request("+2", ANN.dateOfBirth(), "1234567"), List.of(), retired, Map.of());
        assertThat(d.outcome().result()).isEqualTo(VerificationResult.NOT_VERIFIED);
        assertThat(d.reason()).isEqualTo("PIN_UNKNOWN");
    }

    @Test
    void countersAreAlwaysLockedInOneOrder() {
        VerifyRequest r = request("+1", ANN.dateOfBirth(), null);
        List<CounterKey> keys = VerificationPolicy.countersNeeded(r, "ref", List.of(BOB, ANN), List.of(), Optional.empty());
        assertThat(keys).isSorted().doesNotHaveDuplicates()
                .extracting(CounterKey::kind).containsExactly(CounterKind.MEMBER, CounterKind.MEMBER,
                        CounterKind.CONTACT, CounterKind.CALLER, CounterKind.LINE);
        VerifyRequest withPin = request("+1", ANN.dateOfBirth(), "1234567");
        assertThat(VerificationPolicy.countersNeeded(withPin, "ref", List.of(BOB, ANN), List.of(ANN),
                challengeOf(BOB, ChallengeState.OPEN))).isSorted()
                .extracting(CounterKey::kind).containsExactly(CounterKind.MEMBER, CounterKind.MEMBER,
                        CounterKind.CONTACT, CounterKind.CALLER);
    }
}
