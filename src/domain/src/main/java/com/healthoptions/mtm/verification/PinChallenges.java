package com.healthoptions.mtm.verification;

import com.healthoptions.mtm.verification.ContactRequests.NewCall;
import com.healthoptions.mtm.verification.ContactRequests.Retry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issues the seven-digit PIN that the outbound call leaves on a member's voicemail, only when the call
 * reached the member's phone on file. Only its HMAC is stored, with the id of the key it was made with; a
 * new PIN revokes the member's earlier unused one. One bounded transaction per call, serialised per member by
 * a lock on the member row.
 */
@ApplicationScoped
public class PinChallenges {

    static final String ACTION = "issue";
    private static final int PIN_SPACE = 10_000_000;
    private static final int MAX_DRAWS = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String LOCK_MEMBER = "select phone_e164 from member where member_id = $1 for no key update";

    private static final String REVOKE_OPEN = """
            update pin_challenge set revoked_at = now()
            where member_id = $1 and used_at is null and revoked_at is null""";

    // The unique index keeps a PIN on one open challenge under the current key; the not-exists covers the
    // older keys still in the ring (the same PIN's MAC under them).
    private static final String INSERT = """
            insert into pin_challenge (member_id, pin_hmac, expires_at, issued_contact_id, key_id)
            select $1, $2, $3, $4, $5
            where not exists (select 1 from pin_challenge where pin_hmac = any($6::bytea[])
                              and used_at is null and revoked_at is null)
            on conflict (pin_hmac) where used_at is null and revoked_at is null do nothing
            returning id""";

    // An expired, never-used challenge still holds its PIN; retire it when a new draw collides with it.
    private static final String RETIRE_EXPIRED = """
            update pin_challenge set revoked_at = now()
            where pin_hmac = $1 and used_at is null and revoked_at is null and expires_at <= now()""";

    // Housekeeping, a bounded batch per issue call: answers past the retry window (with any sealed PIN),
    // and idle counters that hold nothing (a member's consecutive failures are kept). Ordered by the
    // indexed time so an empty sweep is an index probe, not a table scan.
    private static final String SWEEP = """
            with old_answers as (
                delete from connect_request where ctid in (
                    select ctid from connect_request where received_at < now() - make_interval(secs => $1)
                    order by received_at limit 500 for update skip locked)
            )
            delete from verification_throttle where ctid in (
                select ctid from verification_throttle
                where updated_at < now() - interval '2 days' and not held
                  and (locked_until is null or locked_until < now())
                  and (subject_kind <> 'MEMBER' or consecutive_failures = 0)
                order by updated_at limit 500 for update skip locked)""";

    private final PinTransactions transactions;
    private final PinKeys keys;
    private final PinSettings settings;
    private final ContactRequests requests;
    private final PinAudit audit;
    private final Clock clock;

    public PinChallenges(PinTransactions transactions, PinKeys keys, PinSettings settings, ContactRequests requests,
            PinAudit audit, Clock clock) {
        this.transactions = transactions;
        this.keys = keys;
        this.settings = settings;
        this.requests = requests;
        this.audit = audit;
        this.clock = clock;
    }

    public Uni<IssueOutcome> issue(IssueRequest request) {
        byte[] requestMac = keys.requestMac(ACTION, request.memberId(), request.dialledNumber());
        return transactions.inTransaction(conn -> requests
                .claim(conn, request.contactId(), ACTION, requestMac, settings.retryWindow())
                .flatMap(claim -> switch (claim) {
                    case Retry retry -> replay(conn, request, requestMac, retry);
                    case NewCall ignored -> conn.preparedQuery(LOCK_MEMBER).execute(Tuple.of(request.memberId()))
                            .flatMap(rows -> {
                                if (rows.size() == 0) {
                                    return refuse(conn, request, requestMac, IssueOutcome.Result.UNKNOWN_MEMBER);
                                }
                                String phoneOnFile = rows.iterator().next().getString(0);
                                // Only the member's own phone may receive their PIN (the voicemail is the channel).
                                return phoneOnFile != null && phoneOnFile.equals(request.dialledNumber())
                                        ? issueFor(conn, request, requestMac)
                                        : refuse(conn, request, requestMac, IssueOutcome.Result.NUMBER_NOT_ON_FILE);
                            });
                }));
    }

    private Uni<IssueOutcome> replay(SqlConnection conn, IssueRequest request, byte[] requestMac, Retry retry) {
        JsonObject stored = retry.response();
        IssueOutcome.Result result = IssueOutcome.Result.valueOf(stored.getString("result"));
        IssueOutcome outcome = result == IssueOutcome.Result.ISSUED
                ? new IssueOutcome(IssueOutcome.Result.ISSUED, keys.unseal(retry.sealedPin(), requestMac),
                        LocalDate.parse(stored.getString("expiresOn")))
                : IssueOutcome.refused(result);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("replay", "true");
        if (outcome.expiresOn() != null) {
            details.put("expiresOn", outcome.expiresOn().toString());
        }
        return audit.record(conn, PinAudit.ISSUED, auditMember(outcome, request), outcome.result().name(), details,
                request.contactId()).replaceWith(outcome);
    }

    private Uni<IssueOutcome> refuse(SqlConnection conn, IssueRequest request, byte[] requestMac,
            IssueOutcome.Result result) {
        IssueOutcome outcome = IssueOutcome.refused(result);
        // An id that is not a member stays out of member_id (and out of details).
        String member = result == IssueOutcome.Result.UNKNOWN_MEMBER ? null : request.memberId();
        Map<String, String> details = request.dialledNumber() == null ? Map.of("dialled", "none") : Map.of();
        return Uni.combine().all().unis(
                requests.answer(conn, request.contactId(), ACTION, requestMac,
                        new JsonObject().put("result", outcome.result().name()), null),
                audit.record(conn, PinAudit.ISSUED, member, outcome.result().name(), details, request.contactId()))
                .discardItems().replaceWith(outcome);
    }

    private Uni<IssueOutcome> issueFor(SqlConnection conn, IssueRequest request, byte[] requestMac) {
        LocalDate today = LocalDate.now(clock);
        LocalDate expiresOn = today.plusDays(settings.validityDays());
        // Valid through the whole of expiresOn in the plan's time zone.
        OffsetDateTime expiresAt = expiresOn.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        return conn.preparedQuery(REVOKE_OPEN).execute(Tuple.of(request.memberId()))
                .flatMap(revoked -> draw(conn, request, expiresAt, 1).flatMap(issued -> {
                    IssueOutcome outcome = new IssueOutcome(IssueOutcome.Result.ISSUED, issued.pin(), expiresOn);
                    Map<String, String> details = new LinkedHashMap<>();
                    details.put("challengeId", Long.toString(issued.challengeId()));
                    details.put("keyId", keys.currentKeyId());
                    details.put("expiresOn", expiresOn.toString());
                    details.put("revokedEarlier", Integer.toString(revoked.rowCount()));
                    return Uni.combine().all().unis(
                            requests.answer(conn, request.contactId(), ACTION, requestMac,
                                    new JsonObject().put("result", outcome.result().name())
                                            .put("expiresOn", expiresOn.toString()),
                                    keys.seal(issued.pin(), requestMac)),
                            audit.record(conn, PinAudit.ISSUED, request.memberId(), outcome.result().name(), details,
                                    request.contactId()),
                            conn.preparedQuery(SWEEP).execute(Tuple.of((double) settings.retryWindow().toSeconds())))
                            .discardItems().replaceWith(outcome);
                }));
    }

    private record Issued(String pin, long challengeId) {
    }

    /** Draws PINs until one is not held by another member's open challenge (1% of draws at 100,000 open). */
    private Uni<Issued> draw(SqlConnection conn, IssueRequest request, OffsetDateTime expiresAt, int attempt) {
        if (attempt > MAX_DRAWS) {
            return Uni.createFrom().failure(new IllegalStateException("PIN space exhausted: no free PIN in "
                    + MAX_DRAWS + " draws"));
        }
        String pin = newPin();
        Buffer mac = Buffer.buffer(keys.pinMac(pin));
        List<byte[]> macs = keys.pinMacs(pin);
        Buffer[] underOlderKeys = macs.subList(1, macs.size()).stream().map(Buffer::buffer).toArray(Buffer[]::new);
        Tuple row = Tuple.tuple().addString(request.memberId()).addValue(mac).addOffsetDateTime(expiresAt)
                .addString(request.contactId()).addString(keys.currentKeyId()).addValue(underOlderKeys);
        return conn.preparedQuery(INSERT).execute(row).flatMap(inserted -> {
            if (inserted.size() == 1) {
                return Uni.createFrom().item(new Issued(pin, inserted.iterator().next().getLong(0)));
            }
            return conn.preparedQuery(RETIRE_EXPIRED).execute(Tuple.of(mac)).flatMap(retired -> retired.rowCount() == 1
                    ? conn.preparedQuery(INSERT).execute(row).flatMap(again -> again.size() == 1
                            ? Uni.createFrom().item(new Issued(pin, again.iterator().next().getLong(0)))
                            : draw(conn, request, expiresAt, attempt + 1))
                    : draw(conn, request, expiresAt, attempt + 1));
        });
    }

    static String newPin() {
        return String.format("%07d", RANDOM.nextInt(PIN_SPACE));
    }

    private static String auditMember(IssueOutcome outcome, IssueRequest request) {
        return outcome.result() == IssueOutcome.Result.UNKNOWN_MEMBER ? null : request.memberId();
    }
}
