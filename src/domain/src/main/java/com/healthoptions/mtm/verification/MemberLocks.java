package com.healthoptions.mtm.verification;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The staff side of member lock-outs: after staff have confirmed a member's identity some other way (or a
 * fraud review is closed), they lift the member's lock or hold at once instead of waiting for it to end.
 * Clears the member's counter (consecutive failures too) and writes an audit row naming the staff member,
 * the reason and what was lifted, in one transaction.
 */
@ApplicationScoped
public class MemberLocks {

    /** Why staff lifted it; a code, so no free text (which could carry PHI) reaches the audit trail. */
    public enum Reason {
        IDENTITY_VERIFIED_BY_STAFF,
        FRAUD_REVIEW_CLEARED,
        OTHER
    }

    public enum Result {
        /** Something was counted or locked; now nothing is. */
        LIFTED,
        /** The member had nothing to lift. */
        NOTHING_TO_LIFT,
        UNKNOWN_MEMBER
    }

    /**
     * @param staffId who lifts it (the audit's actor is {@code staff:<staffId>})
     * @param ticket the case or ticket it was done under, for the audit's correlation id; may be null
     */
    public record LiftRequest(String memberId, String staffId, Reason reason, String ticket) {
        public LiftRequest {
            Objects.requireNonNull(memberId);
            Objects.requireNonNull(staffId);
            Objects.requireNonNull(reason);
        }
    }

    private static final String MEMBER = "select 1 from member where member_id = $1";

    private static final String COUNTER = """
            select failures, consecutive_failures, locked_until > now(), held
            from verification_throttle where subject_kind = 'MEMBER' and subject_key = $1
            for update""";

    private static final String CLEAR = """
            update verification_throttle set failures = 0, consecutive_failures = 0, locked_until = null,
                held = false, window_started_at = now(), updated_at = now()
            where subject_kind = 'MEMBER' and subject_key = $1""";

    private final PinTransactions transactions;
    private final PinAudit audit;

    public MemberLocks(PinTransactions transactions, PinAudit audit) {
        this.transactions = transactions;
        this.audit = audit;
    }

    public Uni<Result> lift(LiftRequest request) {
        return transactions.inTransaction(conn -> Uni.combine().all()
                .unis(conn.preparedQuery(MEMBER).execute(Tuple.of(request.memberId())),
                        conn.preparedQuery(COUNTER).execute(Tuple.of(request.memberId())))
                .asTuple()
                .flatMap(found -> {
                    if (found.getItem1().size() == 0) {
                        return record(conn, request, Result.UNKNOWN_MEMBER, Map.of());
                    }
                    Row counter = found.getItem2().size() == 0 ? null : found.getItem2().iterator().next();
                    boolean counted = counter != null && (counter.getInteger(0) > 0 || counter.getInteger(1) > 0
                            || Boolean.TRUE.equals(counter.getBoolean(2)) || counter.getBoolean(3));
                    if (!counted) {
                        return record(conn, request, Result.NOTHING_TO_LIFT, Map.of());
                    }
                    Map<String, String> was = new LinkedHashMap<>();
                    was.put("wasLocked", Boolean.toString(Boolean.TRUE.equals(counter.getBoolean(2))));
                    was.put("wasHeld", Boolean.toString(counter.getBoolean(3)));
                    was.put("consecutiveFailures", Integer.toString(counter.getInteger(1)));
                    return conn.preparedQuery(CLEAR).execute(Tuple.of(request.memberId()))
                            .flatMap(cleared -> record(conn, request, Result.LIFTED, was));
                }));
    }

    private Uni<Result> record(SqlConnection conn, LiftRequest request, Result result, Map<String, String> was) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("reason", request.reason().name());
        details.putAll(was);
        String member = result == Result.UNKNOWN_MEMBER ? null : request.memberId();
        return audit.insert(conn, "staff:" + request.staffId(), PinAudit.LOCK_LIFTED, member, result.name(), details,
                request.ticket()).replaceWith(result);
    }
}
