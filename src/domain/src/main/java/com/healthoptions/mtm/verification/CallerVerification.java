package com.healthoptions.mtm.verification;

import com.healthoptions.mtm.verification.ContactRequests.NewCall;
import com.healthoptions.mtm.verification.ContactRequests.Retry;
import com.healthoptions.mtm.verification.FailureCounter.CounterKey;
import com.healthoptions.mtm.verification.VerificationPolicy.ChallengeFound;
import com.healthoptions.mtm.verification.VerificationPolicy.ChallengeState;
import com.healthoptions.mtm.verification.VerificationPolicy.Decision;
import com.healthoptions.mtm.verification.VerificationPolicy.MemberFactors;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies an IVR caller (see {@link VerificationPolicy} for the rules). Each attempt is one transaction,
 * three round trips between BEGIN and COMMIT (statements within one are pipelined): claim the idempotency
 * key while reading the members on the caller's line and the PIN's challenge (row-locked); lock and read
 * every counter involved, in a fixed order; decide, then write counters, challenge, stored answer and audit
 * row together. The row locks make check-and-count atomic: simultaneous attempts on one member
 * queue on its counter, so exactly the configured number of failures is counted before the lock.
 */
@ApplicationScoped
public class CallerVerification {

    static final String ACTION = "verify";

    private static final String LINE_MEMBERS = """
            select member_id, date_of_birth, zip from member where phone_e164 = $1 order by member_id limit $2""";

    // The open challenge for this MAC if there is one, else the newest closed one (so the audit can say why).
    private static final String CHALLENGE = """
            select c.id, c.pin_hmac,
                   case when c.used_at is not null then 'USED' when c.revoked_at is not null then 'REVOKED'
                        when c.expires_at <= now() then 'EXPIRED' else 'OPEN' end,
                   m.member_id, m.date_of_birth, m.zip
            from pin_challenge c join member m on m.member_id = c.member_id
            where c.pin_hmac = $1
            order by (c.used_at is null and c.revoked_at is null) desc, c.issued_at desc
            limit 1
            for update of c""";

    // Creates missing counters and locks existing ones, in the given order, without writing them ("do update
    // ... where false" locks the conflicting row and leaves it as it is).
    private static final String LOCK_COUNTERS = """
            insert into verification_throttle as t (subject_kind, subject_key)
            select kind, key from unnest($1::text[], $2::text[]) with ordinality as u(kind, key, n) order by n
            on conflict (subject_kind, subject_key) do update set subject_kind = t.subject_kind where false""";

    private static final String READ_COUNTERS = """
            select subject_kind, subject_key, failures, consecutive_failures, window_started_at, locked_until, held, now()
            from verification_throttle where (subject_kind, subject_key) in (select * from unnest($1::text[], $2::text[]))""";

    private static final String WRITE_COUNTERS = """
            update verification_throttle t
            set failures = u.failures, consecutive_failures = u.consecutive, window_started_at = u.window_started_at,
                locked_until = u.locked_until, held = u.held, updated_at = now()
            from unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::timestamptz[], $6::timestamptz[],
                        $7::boolean[]) as u(kind, key, failures, consecutive, window_started_at, locked_until, held)
            where t.subject_kind = u.kind and t.subject_key = u.key""";

    private static final String USE_CHALLENGE = "update pin_challenge set used_at = now() where id = $1";

    private final Pool pool;
    private final PinKeys keys;
    private final PinSettings settings;
    private final ContactRequests requests;
    private final PinAudit audit;

    public CallerVerification(Pool pool, PinKeys keys, PinSettings settings, ContactRequests requests,
            PinAudit audit) {
        this.pool = pool;
        this.keys = keys;
        this.settings = settings;
        this.requests = requests;
        this.audit = audit;
    }

    public Uni<VerificationOutcome> verify(VerifyRequest request) {
        String callerRef = request.callerWithheld() ? null : keys.callerRef(request.callerNumber());
        byte[] requestMac = keys.requestMac(ACTION, request.dateOfBirth().toString(), request.zip(), request.pin());
        byte[] pinMac = request.pin() == null ? null : keys.pinMac(request.pin());
        return pool.withTransaction(conn -> {
            // Claim and reads go out together (pipelined on the transaction's connection, in this order);
            // a retry simply ignores what was read.
            Uni<ContactRequests.Claim> claim = requests.claim(conn, request.contactId(), ACTION, requestMac,
                    settings.retryWindow());
            Uni<List<MemberFactors>> line = lineMembers(conn, request);
            Uni<Optional<ChallengeFound>> challenge = pinMac == null
                    ? Uni.createFrom().item(Optional.empty())
                    : conn.preparedQuery(CHALLENGE).execute(Tuple.of(Buffer.buffer(pinMac))).map(rows -> rows.size() == 0
                            ? Optional.<ChallengeFound>empty()
                            : Optional.of(challenge(rows.iterator().next())));
            return Uni.combine().all().unis(claim, line, challenge).asTuple().flatMap(found -> switch (found.getItem1()) {
                case Retry retry -> replay(conn, request, callerRef, retry);
                case NewCall ignored -> attempt(conn, request, callerRef, requestMac, pinMac, found.getItem2(),
                        found.getItem3());
            });
        });
    }

    private Uni<VerificationOutcome> replay(SqlConnection conn, VerifyRequest request, String callerRef, Retry retry) {
        VerificationOutcome stored = VerificationOutcome.fromJson(retry.response());
        Map<String, String> details = details(stored, callerRef, "RETRY_REPLAYED");
        details.put("replay", "true");
        return audit.record(conn, PinAudit.VERIFY, stored.memberId(), stored.result().name(), details,
                request.contactId()).replaceWith(stored);
    }

    private Uni<VerificationOutcome> attempt(SqlConnection conn, VerifyRequest request, String callerRef,
            byte[] requestMac, byte[] pinMac, List<MemberFactors> members, Optional<ChallengeFound> pinChallenge) {
        List<CounterKey> needed = VerificationPolicy.countersNeeded(request, callerRef, members, pinChallenge);
        return lockCounters(conn, needed).flatMap(locked -> {
            VerificationPolicy policy = VerificationPolicy.from(settings, request.callerWithheld());
            Decision decision = policy.decide(new VerificationPolicy.Facts(request, callerRef, members, pinChallenge,
                    pinMac, locked.counters(), locked.now()));
            return write(conn, request, callerRef, requestMac, decision, pinChallenge).replaceWith(decision.outcome());
        });
    }

    private Uni<List<MemberFactors>> lineMembers(SqlConnection conn, VerifyRequest request) {
        if (request.callerWithheld()) {
            return Uni.createFrom().item(List.of());
        }
        int most = settings.maxMembersPerLine();
        return conn.preparedQuery(LINE_MEMBERS).execute(Tuple.of(request.callerNumber(), most + 1)).map(rows -> {
            List<MemberFactors> members = new ArrayList<>();
            for (Row r : rows) {
                members.add(new MemberFactors(r.getString(0), r.getLocalDate(1), r.getString(2)));
            }
            // A line shared by more members than that identifies nobody: PIN path.
            return members.size() > most ? List.of() : List.copyOf(members);
        });
    }

    private static ChallengeFound challenge(Row r) {
        return new ChallengeFound(r.getLong(0), r.getBuffer(1).getBytes(), ChallengeState.valueOf(r.getString(2)),
                new MemberFactors(r.getString(3), r.getLocalDate(4), r.getString(5)));
    }

    private record LockedCounters(Map<CounterKey, FailureCounter> counters, Instant now) {
    }

    private Uni<LockedCounters> lockCounters(SqlConnection conn, List<CounterKey> keys) {
        String[] kinds = keys.stream().map(k -> k.kind().name()).toArray(String[]::new);
        String[] subjects = keys.stream().map(CounterKey::key).toArray(String[]::new);
        Tuple wanted = Tuple.of(kinds, subjects);
        // Pipelined: the read runs after the lock on the server, in the same round trip.
        Uni<Void> lock = conn.preparedQuery(LOCK_COUNTERS).execute(wanted).replaceWithVoid();
        Uni<io.vertx.mutiny.sqlclient.RowSet<Row>> read = conn.preparedQuery(READ_COUNTERS).execute(wanted);
        return Uni.combine().all().unis(lock, read).asTuple().map(done -> done.getItem2()).map(rows -> {
            Map<CounterKey, FailureCounter> counters = new HashMap<>();
            Instant now = null;
            for (Row r : rows) {
                CounterKey key = new CounterKey(CounterKind.valueOf(r.getString(0)), r.getString(1));
                OffsetDateTime lockedUntil = r.getOffsetDateTime(5);
                counters.put(key, new FailureCounter(key, r.getInteger(2), r.getInteger(3),
                        r.getOffsetDateTime(4).toInstant(), lockedUntil == null ? null : lockedUntil.toInstant(),
                        r.getBoolean(6)));
                now = r.getOffsetDateTime(7).toInstant();
            }
            return new LockedCounters(counters, now);
        });
    }

    private Uni<Void> write(SqlConnection conn, VerifyRequest request, String callerRef, byte[] requestMac,
            Decision decision, Optional<ChallengeFound> challenge) {
        VerificationOutcome outcome = decision.outcome();
        List<Uni<Void>> writes = new ArrayList<>();
        if (!decision.changed().isEmpty()) {
            writes.add(writeCounters(conn, decision.changed()));
        }
        if (decision.useChallenge() != null) {
            writes.add(conn.preparedQuery(USE_CHALLENGE).execute(Tuple.of(decision.useChallenge())).replaceWithVoid());
        }
        writes.add(requests.answer(conn, request.contactId(), ACTION, requestMac, outcome.toJson(), null));
        Map<String, String> details = details(outcome, callerRef, decision.reason());
        challenge.ifPresent(c -> details.put("challengeId", Long.toString(c.id())));
        writes.add(audit.record(conn, PinAudit.VERIFY, decision.auditMemberId(), outcome.result().name(), details,
                request.contactId()));
        // Pipelined on the transaction's connection; all or nothing with the commit.
        return Uni.combine().all().unis(writes).discardItems();
    }

    private static Uni<Void> writeCounters(SqlConnection conn, List<FailureCounter> changed) {
        int n = changed.size();
        String[] kinds = new String[n];
        String[] subjects = new String[n];
        Integer[] failures = new Integer[n];
        Integer[] consecutive = new Integer[n];
        OffsetDateTime[] windowStarts = new OffsetDateTime[n];
        OffsetDateTime[] lockedUntil = new OffsetDateTime[n];
        Boolean[] held = new Boolean[n];
        for (int i = 0; i < n; i++) {
            FailureCounter c = changed.get(i);
            kinds[i] = c.id().kind().name();
            subjects[i] = c.id().key();
            failures[i] = c.failures();
            consecutive[i] = c.consecutiveFailures();
            windowStarts[i] = c.windowStartedAt().atOffset(ZoneOffset.UTC);
            lockedUntil[i] = c.lockedUntil() == null ? null : c.lockedUntil().atOffset(ZoneOffset.UTC);
            held[i] = c.held();
        }
        return conn.preparedQuery(WRITE_COUNTERS).execute(Tuple.tuple()
                .addArrayOfString(kinds).addArrayOfString(subjects).addArrayOfInteger(failures)
                .addArrayOfInteger(consecutive).addArrayOfOffsetDateTime(windowStarts)
                .addArrayOfOffsetDateTime(lockedUntil).addArrayOfBoolean(held)).replaceWithVoid();
    }

    private static Map<String, String> details(VerificationOutcome outcome, String callerRef, String reason) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("method", outcome.method().name());
        details.put("reason", reason);
        details.put("attemptsRemaining", Integer.toString(outcome.attemptsRemaining()));
        // A keyed hash of the number, shortened: enough to correlate calls, useless without the key.
        details.put("caller", callerRef == null ? "withheld" : callerRef.substring(0, 16));
        return details;
    }
}
