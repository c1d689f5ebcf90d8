package com.healthoptions.mtm.verification;

import static org.assertj.core.api.Assertions.assertThat;

import com.healthoptions.mtm.verification.FailureCounter.CounterKey;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureCounterTest {

    static final FailureLimit MEMBER = new FailureLimit(3, Duration.ofDays(1), Duration.ofMinutes(30), 7,
            Duration.ofDays(7));
    static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");
    static final CounterKey KEY = new CounterKey(CounterKind.MEMBER, "M1");

    @Test
    void theThirdFailureLocksForTheLockoutAndTheLockEndsWithAFreshCount() {
        FailureCounter c = FailureCounter.fresh(KEY, T0);
        c = c.failed(T0, MEMBER).failed(T0.plusSeconds(10), MEMBER);
        assertThat(c.locked(T0.plusSeconds(10))).isFalse();
        assertThat(c.remaining(T0.plusSeconds(10), MEMBER)).isEqualTo(1);
        c = c.failed(T0.plusSeconds(20), MEMBER);
        assertThat(c.locked(T0.plusSeconds(21))).isTrue();
        assertThat(c.remaining(T0.plusSeconds(21), MEMBER)).isZero();
        Instant later = T0.plusSeconds(20).plus(Duration.ofMinutes(30));
        assertThat(c.asOf(later.minusSeconds(1), MEMBER).locked(later.minusSeconds(1))).isTrue();
        FailureCounter after = c.asOf(later, MEMBER);
        assertThat(after.locked(later)).isFalse();
        assertThat(after.remaining(later, MEMBER)).isEqualTo(3);
        assertThat(after.consecutiveFailures()).isEqualTo(3);
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        FailureCounter c = FailureCounter.fresh(KEY, T0).failed(T0, MEMBER).failed(T0, MEMBER);
        assertThat(c.asOf(T0.plus(Duration.ofHours(23)), MEMBER).failures()).isEqualTo(2);
        assertThat(c.asOf(T0.plus(Duration.ofDays(1)), MEMBER).failures()).isZero();
    }

    @Test
    void consecutiveFailuresAcrossLockoutsHoldTheMemberForTheHoldThenTheNextFailureHoldsAgain() {
        FailureCounter c = FailureCounter.fresh(KEY, T0);
        Instant now = T0;
        for (int i = 0; i < 6; i++) {
            c = c.asOf(now, MEMBER).failed(now, MEMBER);
            now = now.plus(Duration.ofHours(1));
        }
        assertThat(c.held()).isFalse();
        assertThat(c.asOf(now, MEMBER).remaining(now, MEMBER)).isEqualTo(1);
        c = c.asOf(now, MEMBER).failed(now, MEMBER);
        assertThat(c.held()).isTrue();
        Instant sixDaysLater = now.plus(Duration.ofDays(6));
        assertThat(c.asOf(sixDaysLater, MEMBER).locked(sixDaysLater)).isTrue();
        // The hold ends (it used to last for ever) ...
        Instant afterHold = now.plus(Duration.ofDays(7));
        FailureCounter ended = c.asOf(afterHold, MEMBER);
        assertThat(ended.locked(afterHold)).isFalse();
        assertThat(ended.held()).isFalse();
        // ... but the consecutive count stands, so one more failure holds again at once.
        FailureCounter again = ended.failed(afterHold, MEMBER);
        assertThat(again.held()).isTrue();
        assertThat(again.lockedUntil()).isEqualTo(afterHold.plus(Duration.ofDays(7)));
    }

    @Test
    void aSuccessClearsEverything() {
        FailureCounter c = FailureCounter.fresh(KEY, T0).failed(T0, MEMBER).failed(T0, MEMBER).succeeded(T0);
        assertThat(c.failures()).isZero();
        assertThat(c.consecutiveFailures()).isZero();
        assertThat(c.remaining(T0, MEMBER)).isEqualTo(3);
    }
}
