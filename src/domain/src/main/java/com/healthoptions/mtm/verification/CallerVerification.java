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
 * Verifies an IVR caller (see {@link VerificationPolicy} for the rules). Each attempt is one bounded
 * transaction ({@link PinTransactions}), three round trips between BEGIN and COMMIT (statements within one
 * are pipelined): claim the idempotency key while reading the members on the caller's line, the members
 * whose date of birth and ZIP were keyed and the PIN's challenge (row-locked); lock and read every counter
 * involved, in a fixed order; decide, then write counters, challenge, stored answer and audit row together.
 * The row locks make check-and-count atomic: simultaneous attempts on one member queue on its counter, so
 * exactly the configured number of failures is counted before the lock. The global PIN-path budget is one
 * row read without a lock and incremented atomically in the write step, so only failing PIN attempts ever
 * queue on it, and only for their commit.
 */
@ApplicationScoped
public class CallerVerification {

    static final String ACTION = "verify";

    /** A date of birth and ZIP shared by more members than this charges the first ones only (by id). */
    static final int MAX_FACTOR_MEMBERS = 10;

    private static final String LINE_MEMBERS = """
            select member_id, date_of_birth, zip from member where phone_e164 = $1 order by member_id limit $2""";

    private static final String FACTOR_MEMBERS = """
            select member_id, date_of_birth, zip from member where date_of_birth = $1 and zip = $2
            order by member_id limit $3""";

    // The PIN's MAC under each key of the ring: the open challenge if there is one, else the newest closed one
    // (so the audit can say why).
    private static final String CHALLENGE = """
            select c.id, c.pin_hmac,
                   case when c.used_at is not null then 'USED' when c.revoked_at is not null then 'REVOKED'
                        when c.expires_at <= now() then 'EXPIRED' else 'OPEN' end,
                   m.member_id, m.date_of_birth, m.zip, c.key_id
            from pin_challenge c join member m on m.member_id = c.member_id
            where c.pin_hmac = any($1::bytea[])
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
            from verification_throttle where (subject_kind, subject_key) in (select * from unnest($1::text[], $2::text[]))
               or (subject_kind = 'PIN_PATH' and subject_key = '*')""";

    // One failure more on the global budget, atomically (no lock taken before): a window that has ended
    // starts again at this failure.
    private static final String CHARGE_PIN_PATH = """
            insert into verification_throttle as t (subject_kind, subject_key, failures) values ('PIN_PATH', '*', 1)
            on conflict (subject_kind, subject_key) do update set
                failures = case when t.window_started_at <= now() - make_interval(secs => $1) then 1 else t.failures + 1 end,
                window_started_at = case when t.window_started_at <= now() - make_interval(secs => $1)
                                         then now() else t.window_started_at end,
                updated_at = now()""";

    private static final String WRITE_COUNTERS = """
            update verification_throttle t
            set failures = u.failures, consecutive_failures = u.consecutive, window_started_at = u.window_started_at,
                locked_until = u.locked_until, held = u.held, updated_at = now()
            from unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::timestamptz[], $6::timestamptz[],
                        $7::boolean[]) as u(kind, key, failures, consecutive, window_started_at, locked_until, held)
            where t.subject_kind = u.kind and t.subject_key = u.key""";

    private static final String USE_CHALLENGE = "update pin_challenge set used_at = now() where id = $1";

    private final PinTransactions transactions;
    private final PinKeys keys;
    private final PinSettings settings;
    private final ContactRequests requests;
    private final PinAudit audit;

    public CallerVerification(PinTransactions transactions, PinKeys keys, PinSettings settings,
            ContactRequests requests, PinAudit audit) {
        this.transactions = transactions;
        this.keys = keys;
        this.settings = settings;
        this.requests = requests;
        this.audit = audit;
    }

    public Uni<VerificationOutcome> verify(VerifyRequest request) {
        String callerRef = request.callerWithheld() ? null : keys.callerRef(request.callerNumber());
        byte[] requestMac = keys.requestMac(ACTION, request.dateOfBirth().toString(), request.zip(), request.pin(),
                request.inboundVoice() ? "inbound-voice" : "other");
        return transactions.inTransaction(conn -> {
            // Claim and reads go out together (pipelined on the transaction's connection, in this order);
            // a retry simply ignores what was read.
            Uni<ContactRequests.Claim> claim = requests.claim(conn, request.contactId(), ACTION, requestMac,
                    settings.retryWindow());
            Uni<List<MemberFactors>> line = lineMembers(conn, request);
            Uni<List<MemberFactors>> factorMembers = request.pin() == null
                    ? Uni.createFrom().item(List.of())
                    : members(conn, FACTOR_MEMBERS, Tuple.of(request.dateOfBirth(), request.zip(), MAX_FACTOR_MEMBERS));
            Uni<Optional<ChallengeFound>> challenge = request.pin() == null
                    ? Uni.createFrom().item(Optional.empty())
                    : challenge(conn, request.pin());
            return Uni.combine().all().unis(claim, line, factorMembers, challenge).asTuple()
                    .flatMap(found -> switch (found.getItem1()) {
                        case Retry retry -> replay(conn, request, callerRef, retry);
                        case NewCall ignored -> attempt(conn, request, callerRef, requestMac, found.getItem2(),
                                found.getItem3(), found.getItem4());
                    });
        });
    }

    private Uni<Optional<ChallengeFound>> challenge(SqlConnection conn, String pin) {
        Buffer[] macs = keys.pinMacs(pin).stream().map(Buffer::buffer).toArray(Buffer[]::new);
        return conn.preparedQuery(CHALLENGE).execute(Tuple.tuple().addValue(macs)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.<ChallengeFound>empty();
            }
            Row r = rows.iterator().next();
            // Checked with the key this challenge was made with (null: issued before key ids, the current key).
            byte[] expected = keys.pinMac(r.getString(6), pin);
            return Optional.of(new ChallengeFound(r.getLong(0), r.getBuffer(1).getBytes(), expected,
                    ChallengeState.valueOf(r.getString(2)),
                    new MemberFactors(r.getString(3), r.getLocalDate(4), r.getString(5))));
        });
    }

    private Uni<VerificationOutcome> replay(SqlConnection conn, VerifyRequest request, String callerRef, Retry retry) {
        VerificationOutcome stored = VerificationOutcome.fromJson(retry.response());
        Map<String, String> details = details(stored, callerRef, "RETRY_REPLAYED", List.of());
        details.put("replay", "true");
        return audit.record(conn, PinAudit.VERIFY, stored.memberId(), stored.result().name(), details,
                request.contactId()).replaceWith(stored);
    }

    private Uni<VerificationOutcome> attempt(SqlConnection conn, VerifyRequest request, String callerRef,
            byte[] requestMac, List<MemberFactors> line, List<MemberFactors> factorMembers,
            Optional<ChallengeFound> pinChallenge) {
        List<CounterKey> needed = VerificationPolicy.countersNeeded(request, callerRef, line, factorMembers,
                pinChallenge);
        return lockCounters(conn, needed).flatMap(locked -> {
            VerificationPolicy policy = VerificationPolicy.from(settings, request.callerWithheld());
            Decision decision = policy.decide(new VerificationPolicy.Facts(request, callerRef, line, factorMembers,
                    pinChallenge, locked.counters(), locked.pinPath(), locked.now()));
            return write(conn, request, callerRef, requestMac, decision, pinChallenge).replaceWith(decision.outcome());
        });
    }

    private Uni<List<MemberFactors>> lineMembers(SqlConnection conn, VerifyRequest request) {
        if (!request.aniUsable()) {
            return Uni.createFrom().item(List.of());
        }
        int most = settings.maxMembersPerLine();
        // A line shared by more members than that identifies nobody: PIN path.
        return members(conn, LINE_MEMBERS, Tuple.of(request.callerNumber(), most + 1))
                .map(members -> members.size() > most ? List.of() : members);
    }

    private static Uni<List<MemberFactors>> members(SqlConnection conn, String sql, Tuple args) {
        return conn.preparedQuery(sql).execute(args).map(rows -> {
            List<MemberFactors> members = new ArrayList<>();
            for (Row r : rows) {
                members.add(new MemberFactors(r.getString(0), r.getLocalDate(1), r.getString(2)));
            }
            return List.copyOf(members);
        });
    }

    private record LockedCounters(Map<CounterKey, FailureCounter> counters, FailureCounter pinPath, Instant now) {
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
            FailureCounter pinPath = null;
            Instant now = null;
            for (Row r : rows) {
                CounterKey key = new CounterKey(CounterKind.valueOf(r.getString(0)), r.getString(1));
                OffsetDateTime lockedUntil = r.getOffsetDateTime(5);
                FailureCounter counter = new FailureCounter(key, r.getInteger(2), r.getInteger(3),
                        r.getOffsetDateTime(4).toInstant(), lockedUntil == null ? null : lockedUntil.toInstant(),
                        r.getBoolean(6));
                if (key.equals(VerificationPolicy.PIN_PATH)) {
                    pinPath = counter;
                } else {
                    counters.put(key, counter);
                }
                now = r.getOffsetDateTime(7).toInstant();
            }
            return new LockedCounters(counters, pinPath, now);
        });
    }

    private Uni<Void> write(SqlConnection conn, VerifyRequest request, String callerRef, byte[] requestMac,
            Decision decision, Optional<ChallengeFound> challenge) {
        VerificationOutcome outcome = decision.outcome();
        List<Uni<Void>> writes = new ArrayList<>();
        if (!decision.changed().isEmpty()) {
            writes.add(writeCounters(conn, decision.changed()));
        }
        if (decision.chargePinPath()) {
            writes.add(conn.preparedQuery(CHARGE_PIN_PATH)
                    .execute(Tuple.of((double) settings.pinPathWindow().toSeconds())).replaceWithVoid());
        }
        if (decision.useChallenge() != null) {
            writes.add(conn.preparedQuery(USE_CHALLENGE).execute(Tuple.of(decision.useChallenge())).replaceWithVoid());
        }
        writes.add(requests.answer(conn, request.contactId(), ACTION, requestMac, outcome.toJson(), null));
        Map<String, String> details = details(outcome, callerRef, decision.reason(), decision.charged());
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

    private static Map<String, String> details(VerificationOutcome outcome, String callerRef, String reason,
            List<String> charged) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("method", outcome.method().name());
        details.put("reason", reason);
        if (!charged.isEmpty()) {
            details.put("chargedMembers", String.join(",", charged));
        }
        details.put("attemptsRemaining", Integer.toString(outcome.attemptsRemaining()));
        // A keyed hash of the number, shortened: enough to correlate calls, useless without the key.
        details.put("caller", callerRef == null ? "withheld" : callerRef.substring(0, 16));
        return details;
    }
}
