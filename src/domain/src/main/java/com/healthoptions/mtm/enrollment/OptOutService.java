package com.healthoptions.mtm.enrollment;

import com.healthoptions.mtm.audit.PhiReadAudit;
import com.healthoptions.mtm.audit.PhiReader;
import com.healthoptions.mtm.eligibility.EligibilityDecision;
import com.healthoptions.mtm.eligibility.EligibilityService;
import com.healthoptions.mtm.eligibility.NoCriteriaException;
import com.healthoptions.mtm.eligibility.UnknownMemberException;
import com.healthoptions.mtm.idempotency.IdempotencyKeyReusedException;
import com.healthoptions.mtm.idempotency.IdempotencyKeys;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A member's right to say no to MTM, and to change their mind, for the current plan year.
 *
 * <p>Race safety with auto-enrollment (claims intake writes {@code insert ... on conflict do nothing} or
 * an update guarded by {@code opt_out_date is null}): an opt-out first makes sure the row exists (its own
 * uncommitted insert, or the committed one intake made), then locks it and sets the opt-out. Whichever
 * commits first, intake can no longer enroll over it, and the audit row names the state really replaced.
 * An opt-back-in while not eligible deletes the row (no row is NOT_ENROLLED), so the next intake run's
 * plain insert enrolls the member once they qualify.
 *
 * <p>Every change writes one audit row in the same transaction; a request that changes nothing writes
 * none. With an idempotency key the answer is stored in that transaction too, so a repeat returns it.
 */
@ApplicationScoped
public class OptOutService {

    static final String OPTED_OUT = "MTM_OPTED_OUT";
    static final String OPTED_BACK_IN = "MTM_OPTED_BACK_IN";

    private static final String ROW_COLUMNS =
            "enrollment_date, date_met_criteria, opt_out_date, opt_out_reason, reason_targeted";

    private final Pool pool;
    private final EligibilityService eligibility;
    private final Clock clock;
    private final IdempotencyKeys keys;

    public OptOutService(Pool pool, EligibilityService eligibility, Clock clock,
            @ConfigProperty(name = "mtm.opt-out.idempotency-retention", defaultValue = "PT24H") Duration keyRetention) {
        this.pool = pool;
        this.eligibility = eligibility;
        this.clock = clock;
        this.keys = new IdempotencyKeys("enrollment_change_request", "member_id", keyRetention);
    }

    /** The plan year the portal acts on: the current one in the plan's time zone. */
    public int currentPlanYear() {
        return LocalDate.now(clock).getYear();
    }

    /**
     * The member's enrollment for the current plan year, shown to {@code actor}: the read and its audit row
     * ({@link PhiReadAudit#ENROLLMENT_READ}) are one transaction, so an unrecorded read is never answered.
     *
     * @throws UnknownMemberException when there is no such member
     */
    public Uni<EnrollmentState> status(String memberId, EnrollmentActor actor, String requestId) {
        int year = currentPlanYear();
        return pool.withTransaction(conn -> requireMember(conn, memberId)
                .flatMap(ignored -> readRow(conn, memberId, year, false))
                .call(state -> PhiReadAudit.record(conn, new PhiReader(actor.auditName(), requestId),
                        PhiReadAudit.ENROLLMENT_READ, memberId, new JsonObject()
                                .put("planYear", Integer.toString(year))
                                .put("status", state.status().name())
                                .put("actorRole", actor.role().name()))));
    }

    /**
     * Opts the member out for the current plan year with the given CMS reason. A member already opted out
     * keeps their first date and reason; nothing is written.
     *
     * @throws UnknownMemberException when there is no such member
     * @throws ReasonNotPermittedException when a member (not staff) picks a staff-only reason
     * @throws IdempotencyKeyReusedException when the key was used by this caller for another request
     */
    public Uni<EnrollmentChange> optOut(String memberId, OptOutReason reason, EnrollmentActor actor,
            String requestId, Optional<String> idempotencyKey) {
        return optOut(memberId, reason, null, actor, requestId, idempotencyKey);
    }

    /**
     * Opts the member out with the given CMS reason, effective today or, for staff, on an earlier day
     * (a death or disenrollment learned late): recorded on that day's plan year with that date. Check the
     * day with {@link #effectiveDateProblem} first.
     *
     * @throws EffectiveDateNotPermittedException when a member (not staff) sends an effective date
     */
    public Uni<EnrollmentChange> optOut(String memberId, OptOutReason reason, LocalDate effectiveDate,
            EnrollmentActor actor, String requestId, Optional<String> idempotencyKey) {
        if (!actor.isStaff() && reason.staffOnly()) {
            return Uni.createFrom().failure(new ReasonNotPermittedException(reason));
        }
        if (!actor.isStaff() && effectiveDate != null) {
            return Uni.createFrom().failure(new EffectiveDateNotPermittedException());
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate effective = effectiveDate != null ? effectiveDate : today;
        effectiveDateProblem(effective, today).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        int year = effective.getYear();
        String fingerprint = IdempotencyKeys.fingerprint("OPT_OUT", memberId, reason.code() + (effectiveDate == null ? "" : "@" + effectiveDate));
        return pool.withTransaction(conn -> requireMember(conn, memberId)
                .flatMap(ignored -> claimKey(conn, actor, idempotencyKey, fingerprint, memberId))
                .flatMap(replay -> replay.isPresent()
                        ? Uni.createFrom().item(new EnrollmentChange(replay.get(), false, true))
                        : ensureRow(conn, memberId, year)
                                .flatMap(ignored -> readRow(conn, memberId, year, true))
                                .flatMap(before -> before.status() == EnrollmentStatus.OPTED_OUT
                                        ? Uni.createFrom().item(new EnrollmentChange(before, false, false))
                                        : setOptOut(conn, before, effective, reason, actor, requestId))
                                .flatMap(change -> storeAnswer(conn, actor, idempotencyKey, change))));
    }

    /**
     * Why an opt-out cannot take effect on {@code effective}: not after today, and no earlier than 1 January
     * of the previous plan year (whose MTM file is still being prepared early in the year). Empty when fine.
     */
    public static Optional<String> effectiveDateProblem(LocalDate effective, LocalDate today) {
        if (effective.isAfter(today)) {
            return Optional.of("effectiveDate must not be in the future");
        }
        if (effective.getYear() < today.getYear() - 1) {
            return Optional.of("effectiveDate must be in the current or the previous plan year");
        }
        return Optional.empty();
    }

    /** Today in the plan's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Takes back an opt-out for the current plan year: enrolled again at once when eligible today,
     * otherwise NOT_ENROLLED until an eligibility run finds them eligible. Without an opt-out nothing changes.
     *
     * @throws UnknownMemberException when there is no such member
     * @throws OptOutReservedForStaffException when a member (not staff) takes back an opt-out staff recorded
     *         with a staff-only reason; nothing changes
     * @throws IdempotencyKeyReusedException when the key was used by this caller for another request
     */
    public Uni<EnrollmentChange> optBackIn(String memberId, EnrollmentActor actor, String requestId,
            Optional<String> idempotencyKey) {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        String fingerprint = IdempotencyKeys.fingerprint("OPT_BACK_IN", memberId, "");
        // Decided before the transaction, on its own connection, so no row lock is held while it runs.
        return eligibleToday(memberId, year, today)
                .flatMap(decision -> pool.withTransaction(conn -> requireMember(conn, memberId)
                        .flatMap(ignored -> claimKey(conn, actor, idempotencyKey, fingerprint, memberId))
                        .flatMap(replay -> replay.isPresent()
                                ? Uni.createFrom().item(new EnrollmentChange(replay.get(), false, true))
                                : readRow(conn, memberId, year, true)
                                        .invoke(before -> refuseIfReservedForStaff(before, actor))
                                        .flatMap(before -> before.status() != EnrollmentStatus.OPTED_OUT
                                                ? Uni.createFrom().item(new EnrollmentChange(before, false, false))
                                                : takeBack(conn, before, today, decision, actor, requestId))
                                        .flatMap(change -> storeAnswer(conn, actor, idempotencyKey, change)))));
    }

    /**
     * Death, disenrollment and "other" are staff's findings, not the member's choice: a member may not undo
     * them (the transaction rolls back, so a claimed idempotency key is released too).
     */
    private static void refuseIfReservedForStaff(EnrollmentState before, EnrollmentActor actor) {
        if (actor.isStaff() || before.status() != EnrollmentStatus.OPTED_OUT) {
            return;
        }
        OptOutReason.ofCode(before.optOutReason()).filter(OptOutReason::staffOnly).ifPresent(reason -> {
            throw new OptOutReservedForStaffException(reason.code());
        });
    }

    /** Today's decision when it lets the member be enrolled today, and whether they are in the plan today. */
    private record Today(Optional<EligibilityDecision> enrollable, boolean covered) {
    }

    private Uni<Today> eligibleToday(String memberId, int year, LocalDate today) {
        return eligibility.forMember(memberId, year, today)
                .map(m -> new Today(AutoEnrollment.mayEnroll(m.decision(), today) ? Optional.of(m.decision())
                        : Optional.empty(), m.decision().coverage().covers(today)))
                // A plan year without published criteria targets nobody yet (coverage is not known here).
                .onFailure(NoCriteriaException.class).recoverWithItem(new Today(Optional.empty(), true));
    }

    private Uni<EnrollmentChange> setOptOut(SqlConnection conn, EnrollmentState before, LocalDate effective,
            OptOutReason reason, EnrollmentActor actor, String requestId) {
        return conn.preparedQuery("""
                update mtm_enrollment set opt_out_date = $3, opt_out_reason = $4, updated_at = now()
                where member_id = $1 and plan_year = $2
                """ + " returning " + ROW_COLUMNS)
                .execute(Tuple.of(before.memberId(), before.planYear(), effective, reason.code()))
                .map(rows -> toState(before.memberId(), before.planYear(), rows.iterator().next()))
                .flatMap(after -> audit(conn, actor, OPTED_OUT, before, after, requestId,
                        Map.of("reason", reason.code(), "effectiveDate", effective.toString()))
                        .map(ignored -> new EnrollmentChange(after, true, false)));
    }

    private Uni<EnrollmentChange> takeBack(SqlConnection conn, EnrollmentState before, LocalDate today,
            Today now, EnrollmentActor actor, String requestId) {
        Optional<EligibilityDecision> decision = now.enrollable();
        if (!now.covered() && (OptOutReason.DEATH.code().equals(before.optOutReason())
                || OptOutReason.DISENROLLMENT.code().equals(before.optOutReason()))) {
            // Removing a death or disenrollment opt-out would lose it from the CMS file: it stays until the
            // roster shows the member in the plan again (then they are eligible or not, as anyone else).
            return Uni.createFrom().item(new EnrollmentChange(before, false, false));
        }
        Map<String, String> details = new LinkedHashMap<>();
        details.put("previousOptOutDate", before.optOutDate().toString());
        details.put("previousOptOutReason", before.optOutReason());
        if (before.enrollmentDate() != null) {
            // The row is replaced or removed below; the audit row keeps the earlier enrollment.
            details.put("previousEnrollmentDate", before.enrollmentDate().toString());
        }
        details.put("eligibleToday", Boolean.toString(decision.isPresent()));
        Uni<EnrollmentState> after;
        if (decision.isPresent()) {
            after = conn.preparedQuery("""
                    update mtm_enrollment set enrollment_date = $3, date_met_criteria = coalesce(date_met_criteria, $5, $3),
                        reason_targeted = $4, opt_out_date = null, opt_out_reason = null, updated_at = now()
                    where member_id = $1 and plan_year = $2
                    """ + " returning " + ROW_COLUMNS)
                    .execute(Tuple.of(before.memberId(), before.planYear(), today,
                            decision.get().reasonTargeted().code(), decision.get().dateMetCriteria()))
                    .map(rows -> toState(before.memberId(), before.planYear(), rows.iterator().next()));
        } else {
            after = conn.preparedQuery("delete from mtm_enrollment where member_id = $1 and plan_year = $2")
                    .execute(Tuple.of(before.memberId(), before.planYear()))
                    .map(ignored -> EnrollmentState.notEnrolled(before.memberId(), before.planYear()));
        }
        return after.flatMap(state -> audit(conn, actor, OPTED_BACK_IN, before, state, requestId, details)
                .map(ignored -> new EnrollmentChange(state, true, false)));
    }

    private static Uni<Void> requireMember(SqlConnection conn, String memberId) {
        return conn.preparedQuery("select 1 from member where member_id = $1").execute(Tuple.of(memberId))
                .map(rows -> {
                    if (rows.rowCount() == 0) {
                        throw new UnknownMemberException(memberId);
                    }
                    return null;
                });
    }

    /**
     * Makes sure the (member, year) row exists before it is locked. When intake's insert is in flight this
     * waits for it; when ours comes first, intake's {@code on conflict do nothing} waits for our commit.
     */
    private static Uni<Void> ensureRow(SqlConnection conn, String memberId, int year) {
        return conn.preparedQuery("""
                insert into mtm_enrollment (member_id, plan_year) values ($1, $2)
                on conflict (member_id, plan_year) do nothing""")
                .execute(Tuple.of(memberId, year)).replaceWithVoid();
    }

    private static Uni<EnrollmentState> readRow(SqlConnection conn, String memberId, int year, boolean lock) {
        return conn.preparedQuery("select " + ROW_COLUMNS
                + " from mtm_enrollment where member_id = $1 and plan_year = $2" + (lock ? " for update" : ""))
                .execute(Tuple.of(memberId, year))
                .map(rows -> rows.rowCount() == 0 ? EnrollmentState.notEnrolled(memberId, year)
                        : toState(memberId, year, rows.iterator().next()));
    }

    private static EnrollmentState toState(String memberId, int year, Row row) {
        return EnrollmentState.of(memberId, year, row.getLocalDate("enrollment_date"),
                row.getLocalDate("date_met_criteria"), row.getLocalDate("opt_out_date"),
                row.getString("opt_out_reason"), row.getString("reason_targeted"));
    }

    /** With a key: the stored answer of an earlier request with it, or empty when this one is new. */
    private Uni<Optional<EnrollmentState>> claimKey(SqlConnection conn, EnrollmentActor actor,
            Optional<String> key, String fingerprint, String memberId) {
        return keys.claim(conn, actor.auditName(), key, fingerprint, memberId)
                .map(stored -> stored.map(EnrollmentState::fromJson));
    }

    private Uni<EnrollmentChange> storeAnswer(SqlConnection conn, EnrollmentActor actor, Optional<String> key,
            EnrollmentChange change) {
        if (change.replayed()) {
            return Uni.createFrom().item(change);
        }
        return keys.storeAnswer(conn, actor.auditName(), key, change.state().toJson()).replaceWith(change);
    }

    private static Uni<Void> audit(SqlConnection conn, EnrollmentActor actor, String action, EnrollmentState before,
            EnrollmentState after, String requestId, Map<String, String> extra) {
        JsonObject details = new JsonObject()
                .put("planYear", Integer.toString(after.planYear()))
                .put("oldState", before.status().name())
                .put("newState", after.status().name())
                .put("actorRole", actor.role().name());
        extra.forEach(details::put);
        return conn.preparedQuery("""
                insert into audit_event (occurred_at, actor, action, member_id, outcome, details, correlation_id)
                values (now(), $1, $2, $3, 'SUCCESS', $4, $5)""")
                .execute(Tuple.of(actor.auditName(), action, after.memberId(), details, requestId))
                .replaceWithVoid();
    }
}
