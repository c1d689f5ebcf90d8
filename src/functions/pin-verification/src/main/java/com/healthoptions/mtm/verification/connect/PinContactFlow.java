package com.healthoptions.mtm.verification.connect;

import com.healthoptions.mtm.dates.StrictDate;
import com.healthoptions.mtm.db.DatabaseOutage;
import com.healthoptions.mtm.member.MemberId;
import com.healthoptions.mtm.verification.CallerVerification;
import com.healthoptions.mtm.verification.IssueOutcome;
import com.healthoptions.mtm.verification.IssueRequest;
import com.healthoptions.mtm.verification.MemberLocks;
import com.healthoptions.mtm.verification.PinAudit;
import com.healthoptions.mtm.verification.PinChallenges;
import com.healthoptions.mtm.verification.PinSettings;
import com.healthoptions.mtm.verification.PinTransactions;
import com.healthoptions.mtm.verification.VerificationOutcome;
import com.healthoptions.mtm.verification.VerificationResult;
import com.healthoptions.mtm.verification.VerifyRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Maps a Connect contact-flow call onto PIN issue or verification and the answer back onto Connect's flat
 * string map, and a staff operation (see {@link #STAFF_OPERATION}) onto lifting a member's lock. Every input
 * is hostile until checked: anything out of shape is INVALID_INPUT, audited with the name of the offending
 * field only.
 */
@ApplicationScoped
public class PinContactFlow {

    private static final Logger LOG = Logger.getLogger(PinContactFlow.class);

    static final String RESULT = "result";
    static final String INVALID_INPUT = "INVALID_INPUT";
    /**
     * The database could not be used for this call (unreachable, lost connection, a statement or lock wait over
     * its limit, the call over its budget): nothing was counted, consumed or stored; the flow says "please call
     * back". Issue 17.
     */
    static final String UNAVAILABLE = "UNAVAILABLE";
    /**
     * The {@code Name} of a staff operation event. Connect always sends {@code ContactFlowEvent}, so no contact
     * flow (and no caller) can produce one: only an IAM principal allowed to invoke the function directly.
     */
    static final String STAFF_OPERATION = "MtmStaffOperation";
    private static final Pattern STAFF_ID = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    private static final Pattern TICKET = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private static final Pattern CONTACT_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final Pattern ZIP = Pattern.compile("[0-9]{5}([0-9]{4})?");
    private static final Pattern PIN = Pattern.compile("[0-9]{7}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    /** Connect's STRING_MAP validation: letters, digits, '-' and '_' only. */
    private static final Pattern SAFE_VALUE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final PinChallenges challenges;
    private final CallerVerification verification;
    private final MemberLocks memberLocks;
    private final PinAudit audit;
    private final PinSettings settings;
    private final PinMetrics metrics;
    private final Clock clock;
    private final Duration callBudget;

    public PinContactFlow(PinChallenges challenges, CallerVerification verification, MemberLocks memberLocks,
            PinAudit audit, PinSettings settings, PinMetrics metrics, PinTransactions transactions, Clock clock) {
        this.challenges = challenges;
        this.verification = verification;
        this.memberLocks = memberLocks;
        this.audit = audit;
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
        // The transaction's own budget fires first (and closes its connection); this only backs it up.
        this.callBudget = transactions.budget().plusSeconds(1);
    }

    /** The answer for Connect; {@code event} is empty when the payload was not a JSON object. */
    public Map<String, String> handle(Optional<ContactFlowEvent> event) {
        return handle(event, false);
    }

    /**
     * @param viaStaffAlias the function was invoked through its staff alias: only staff operations are taken
     *     there, and only there (Connect's permission is on the live alias, the staff policy on this one)
     */
    public Map<String, String> handle(Optional<ContactFlowEvent> event, boolean viaStaffAlias) {
        try {
            return answer(event, viaStaffAlias);
        } catch (PinServiceUnavailableException outage) {
            // Logged where it happened (what, contact, failure types); the metric is the only other trace.
            metrics.unavailable();
            return Map.of(RESULT, UNAVAILABLE);
        }
    }

    private Map<String, String> answer(Optional<ContactFlowEvent> event, boolean viaStaffAlias) {
        if (event.isEmpty()) {
            return viaStaffAlias ? invalidStaff(null, "body") : invalid(PinAudit.REQUEST, null, "body");
        }
        ContactFlowEvent e = event.get();
        if (viaStaffAlias) {
            return STAFF_OPERATION.equals(e.name()) ? staff(e) : invalidStaff(null, "Name");
        }
        String action = e.parameters().get("action");
        String auditAction = "issue".equals(action) ? PinAudit.ISSUED
                : "verify".equals(action) ? PinAudit.VERIFY : PinAudit.REQUEST;
        if (e.contactId() == null || !CONTACT_ID.matcher(e.contactId()).matches()) {
            return invalid(auditAction, null, "ContactId");
        }
        String contactId = e.contactId();
        if (!"ContactFlowEvent".equals(e.name())) {
            return invalid(auditAction, contactId, "Name");
        }
        return switch (auditAction) {
            case PinAudit.ISSUED -> issue(e, contactId);
            case PinAudit.VERIFY -> verify(e, contactId);
            default -> invalid(auditAction, contactId, "action");
        };
    }

    private Map<String, String> issue(ContactFlowEvent e, String contactId) {
        if (e.initiationMethod() == null || !settings.issueInitiationMethods().contains(e.initiationMethod())) {
            return invalid(PinAudit.ISSUED, contactId, "InitiationMethod");
        }
        if (!"VOICE".equals(e.channel())) {
            return invalid(PinAudit.ISSUED, contactId, "Channel"); // the PIN goes to a voicemail
        }
        String memberId = e.parameters().get("memberId");
        if (e.nonStringParameters().contains("memberId") || !MemberId.isValid(memberId)) {
            return invalid(PinAudit.ISSUED, contactId, "memberId");
        }
        // On an outbound call the customer endpoint is the number dialled.
        IssueOutcome outcome = await(challenges.issue(new IssueRequest(contactId, memberId, callerNumber(e))),
                "issue", contactId);
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put(RESULT, outcome.result().name());
        if (outcome.result() == IssueOutcome.Result.ISSUED) {
            answer.put("pin", outcome.pin());
            answer.put("expiresOn", outcome.expiresOn().toString());
        }
        LOG.infof("issue contact=%s result=%s", contactId, outcome.result());
        return checked(answer);
    }

    private Map<String, String> verify(ContactFlowEvent e, String contactId) {
        Map<String, String> p = e.parameters();
        for (String name : new String[] {"dob", "zip", "pin"}) {
            if (e.nonStringParameters().contains(name)) {
                return invalid(PinAudit.VERIFY, contactId, name);
            }
        }
        LocalDate dateOfBirth = keyedDate(p.get("dob"));
        if (dateOfBirth == null) {
            return invalid(PinAudit.VERIFY, contactId, "dob");
        }
        String zip = p.get("zip");
        if (zip == null || !ZIP.matcher(zip).matches()) {
            return invalid(PinAudit.VERIFY, contactId, "zip");
        }
        String pin = p.get("pin");
        if (pin != null && pin.isEmpty()) {
            pin = null; // the flow passes an empty attribute before it has collected a PIN
        }
        if (pin != null && !PIN.matcher(pin).matches()) {
            return invalid(PinAudit.VERIFY, contactId, "pin");
        }
        boolean inboundVoice = "INBOUND".equals(e.initiationMethod()) && "VOICE".equals(e.channel());
        VerifyRequest request = new VerifyRequest(contactId, callerNumber(e), inboundVoice, dateOfBirth,
                zip.substring(0, 5), pin);
        VerificationOutcome outcome = await(verification.verify(request), "verify", contactId);
        metrics.record(outcome.signals());
        Map<String, String> answer = new LinkedHashMap<>();
        answer.put(RESULT, outcome.result().name());
        if (outcome.result() == VerificationResult.VERIFIED) {
            answer.put("memberId", outcome.memberId());
        }
        answer.put("method", outcome.method().name());
        answer.put("attemptsRemaining", Integer.toString(outcome.attemptsRemaining()));
        LOG.infof("verify contact=%s result=%s method=%s", contactId, outcome.result(), outcome.method());
        return checked(answer);
    }

    /**
     * {@code {"Name":"MtmStaffOperation","operation":"lift-member-lock","memberId","staffId","reason","ticket"}}:
     * staff lift a member's lock or hold (audited with the staff id, reason code and ticket).
     */
    private Map<String, String> staff(ContactFlowEvent e) {
        Map<String, String> f = e.topLevel();
        String ticket = f.get("ticket");
        String correlation = ticket != null && TICKET.matcher(ticket).matches() ? ticket : null;
        if (!"lift-member-lock".equals(f.get("operation"))) {
            return invalidStaff(correlation, "operation");
        }
        String staffId = f.get("staffId");
        if (staffId == null || !STAFF_ID.matcher(staffId).matches()) {
            return invalidStaff(correlation, "staffId");
        }
        String memberId = f.get("memberId");
        if (!MemberId.isValid(memberId)) {
            return invalidStaff(correlation, "memberId");
        }
        MemberLocks.Reason reason;
        try {
            reason = MemberLocks.Reason.valueOf(String.valueOf(f.get("reason")));
        } catch (IllegalArgumentException unknown) {
            return invalidStaff(correlation, "reason");
        }
        if (ticket != null && correlation == null) {
            return invalidStaff(null, "ticket");
        }
        MemberLocks.Result result = await(memberLocks.lift(new MemberLocks.LiftRequest(memberId, staffId, reason,
                correlation)), "lift-member-lock", correlation);
        LOG.infof("staff operation lift-member-lock staff=%s result=%s", staffId, result);
        return checked(new LinkedHashMap<>(Map.of(RESULT, result.name())));
    }

    private Map<String, String> invalidStaff(String ticket, String field) {
        await(audit.record("staff", PinAudit.LOCK_LIFTED, null, INVALID_INPUT, Map.of("field", field), ticket),
                "audit", ticket);
        LOG.infof("staff operation result=INVALID_INPUT field=%s", field);
        return Map.of(RESULT, INVALID_INPUT);
    }

    /** The caller's E.164 number, or null for a withheld, missing or malformed caller id (tightest limits). */
    private static String callerNumber(ContactFlowEvent e) {
        String address = e.customerAddress();
        boolean phone = e.customerEndpointType() == null || "TELEPHONE_NUMBER".equals(e.customerEndpointType());
        return phone && address != null && E164.matcher(address).matches() ? address : null;
    }

    /** The keyed date of birth (MMDDYYYY, a real day, 1900 to today), or null. */
    private LocalDate keyedDate(String keyed) {
        return StrictDate.keyedOnPhone(keyed).filter(d -> StrictDate.possibleBirthDate(d, LocalDate.now(clock)))
                .orElse(null);
    }

    private Map<String, String> invalid(String auditAction, String contactId, String field) {
        await(audit.rejected(auditAction, contactId, field), "audit", contactId);
        LOG.infof("%s contact=%s result=INVALID_INPUT field=%s", auditAction, contactId, field);
        return Map.of(RESULT, INVALID_INPUT);
    }

    /**
     * Every transaction rolls back on failure, so a call that fails here has counted, consumed and stored
     * nothing. A database outage (or the call over its budget) becomes {@link PinServiceUnavailableException},
     * answered UNAVAILABLE; any other failure is a bug and fails the invocation (Connect's Error branch).
     */
    private <T> T await(Uni<T> work, String what, String contactId) {
        try {
            return work.await().atMost(callBudget);
        } catch (RuntimeException failure) {
            if (DatabaseOutage.causedBy(failure) || overBudget(failure)) {
                LOG.warnf("%s contact=%s result=UNAVAILABLE: %s", what, contactId, describe(failure));
                throw new PinServiceUnavailableException();
            }
            LOG.errorf("%s failed for contact=%s: %s", what, contactId, describe(failure));
            throw new PinCallFailedException();
        }
    }

    /** The call's own budget or a transaction's client-side one ran out (Mutiny's is a j.u.c. TimeoutException). */
    private static boolean overBudget(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Exception types and SQLSTATE only: messages from the driver can quote row values. */
    static String describe(Throwable failure) {
        return DatabaseOutage.describe(failure);
    }

    private static Map<String, String> checked(Map<String, String> answer) {
        answer.forEach((key, value) -> {
            if (value == null || !SAFE_VALUE.matcher(value).matches()) {
                throw new IllegalStateException("answer value for " + key + " breaks Connect's STRING_MAP rules");
            }
        });
        return answer;
    }
}
