package com.healthoptions.mtm.verification.connect;

import com.healthoptions.mtm.verification.CallerVerification;
import com.healthoptions.mtm.verification.IssueOutcome;
import com.healthoptions.mtm.verification.IssueRequest;
import com.healthoptions.mtm.verification.PinAudit;
import com.healthoptions.mtm.verification.PinChallenges;
import com.healthoptions.mtm.verification.PinSettings;
import com.healthoptions.mtm.verification.VerificationOutcome;
import com.healthoptions.mtm.verification.VerificationResult;
import com.healthoptions.mtm.verification.VerifyRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Maps a Connect contact-flow call onto PIN issue or verification and the answer back onto Connect's flat
 * string map. Every input is hostile until checked: anything out of shape is INVALID_INPUT, audited with
 * the name of the offending field only.
 */
@ApplicationScoped
public class PinContactFlow {

    private static final Logger LOG = Logger.getLogger(PinContactFlow.class);

    static final String RESULT = "result";
    static final String INVALID_INPUT = "INVALID_INPUT";

    private static final Pattern CONTACT_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final Pattern MEMBER_ID = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final Pattern DIGITS_8 = Pattern.compile("[0-9]{8}");
    private static final Pattern ZIP = Pattern.compile("[0-9]{5}([0-9]{4})?");
    private static final Pattern PIN = Pattern.compile("[0-9]{7}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    /** Connect's STRING_MAP validation: letters, digits, '-' and '_' only. */
    private static final Pattern SAFE_VALUE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** Month, day, year as keyed on a phone; STRICT rejects 02/30 and the like. */
    private static final DateTimeFormatter KEYED_DATE = DateTimeFormatter.ofPattern("MMdduuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final PinChallenges challenges;
    private final CallerVerification verification;
    private final PinAudit audit;
    private final PinSettings settings;
    private final Clock clock;

    public PinContactFlow(PinChallenges challenges, CallerVerification verification, PinAudit audit,
            PinSettings settings, Clock clock) {
        this.challenges = challenges;
        this.verification = verification;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** The answer for Connect; {@code event} is empty when the payload was not a JSON object. */
    public Map<String, String> handle(Optional<ContactFlowEvent> event) {
        if (event.isEmpty()) {
            return invalid(PinAudit.REQUEST, null, "body");
        }
        ContactFlowEvent e = event.get();
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
        String memberId = e.parameters().get("memberId");
        if (e.nonStringParameters().contains("memberId") || memberId == null
                || !MEMBER_ID.matcher(memberId).matches()) {
            return invalid(PinAudit.ISSUED, contactId, "memberId");
        }
        IssueOutcome outcome = await(challenges.issue(new IssueRequest(contactId, memberId)), "issue", contactId);
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
        VerifyRequest request = new VerifyRequest(contactId, callerNumber(e), dateOfBirth, zip.substring(0, 5), pin);
        VerificationOutcome outcome = await(verification.verify(request), "verify", contactId);
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

    /** The caller's E.164 number, or null for a withheld, missing or malformed caller id (tightest limits). */
    private static String callerNumber(ContactFlowEvent e) {
        String address = e.customerAddress();
        boolean phone = e.customerEndpointType() == null || "TELEPHONE_NUMBER".equals(e.customerEndpointType());
        return phone && address != null && E164.matcher(address).matches() ? address : null;
    }

    private LocalDate keyedDate(String keyed) {
        if (keyed == null || !DIGITS_8.matcher(keyed).matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(keyed, KEYED_DATE);
            return date.getYear() < 1900 || date.isAfter(LocalDate.now(clock)) ? null : date;
        } catch (DateTimeParseException impossible) {
            return null;
        }
    }

    private Map<String, String> invalid(String auditAction, String contactId, String field) {
        await(audit.rejected(auditAction, contactId, field), "audit", contactId);
        LOG.infof("%s contact=%s result=INVALID_INPUT field=%s", auditAction, contactId, field);
        return Map.of(RESULT, INVALID_INPUT);
    }

    private <T> T await(Uni<T> work, String what, String contactId) {
        try {
            return work.await().atMost(settings.dbTimeout());
        } catch (RuntimeException failure) {
            LOG.errorf("%s failed for contact=%s: %s", what, contactId, describe(failure));
            throw new PinServiceUnavailableException();
        }
    }

    /** Exception types and SQLSTATE only: messages from the driver can quote row values. */
    static String describe(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = failure; t != null && chain.length() < 500; t = t.getCause() == t ? null : t.getCause()) {
            if (!chain.isEmpty()) {
                chain.append(" <- ");
            }
            chain.append(t.getClass().getName());
            if (t instanceof io.vertx.pgclient.PgException pg) {
                chain.append(" SQLSTATE ").append(pg.getSqlState());
            }
        }
        return chain.toString();
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
