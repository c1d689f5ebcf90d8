package com.healthoptions.mtm.intake;

import com.healthoptions.mtm.program.outreach.OutreachChannel;
import com.healthoptions.mtm.program.outreach.OutreachOutcome;
import com.healthoptions.mtm.program.outreach.OutreachPurpose;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code outreach-attempts/}: the vendor call centre's contact history; upserts on {@code attempt_id}. A
 * voicemail left on a call names the call's Amazon Connect {@code contact_id}: the attempt is linked to
 * the PIN challenge the IVR issued on that contact (never the PIN).
 */
final class OutreachAttemptFormat implements IntakeFormat {

    private static final Pattern CONTACT_ID = Pattern.compile("^[A-Za-z0-9_-]{1,128}$");

    @Override
    public List<String> requiredColumns() {
        return List.of("attempt_id", "member_id", "attempted_at", "channel", "purpose", "outcome");
    }

    @Override
    public List<String> optionalColumns() {
        return List.of("contact_id");
    }

    @Override
    public List<StageColumn> stageColumns() {
        return List.of(StageColumn.text("attempt_id"), StageColumn.text("member_id"), StageColumn.text("attempted_at"),
                StageColumn.date("attempt_date"), StageColumn.text("channel"), StageColumn.text("purpose"),
                StageColumn.text("outcome"), StageColumn.text("contact_id"));
    }

    @Override
    public Object[] parse(CsvRow row) throws RowProblem {
        String attemptId = ProgramRecordRows.recordId(row, "attempt_id");
        String memberId = ProgramRecordRows.memberId(row);
        OffsetDateTime at = timestamp(row);
        // The day as the vendor's own local time names it: the plan year and the enrollment window use it.
        LocalDate day = at.toLocalDate();
        if (day.getYear() < 2006) {
            throw new RowProblem("attempted_at", "date before 2006");
        }
        if (day.isAfter(row.today())) {
            throw new RowProblem("attempted_at", "date in the future");
        }
        String channel = ProgramRecordRows.code(row, "channel", OutreachChannel.class);
        String purpose = ProgramRecordRows.code(row, "purpose", OutreachPurpose.class);
        String outcome = ProgramRecordRows.code(row, "outcome", OutreachOutcome.class);
        if (!OutreachChannel.valueOf(channel).allows(OutreachOutcome.valueOf(outcome))) {
            throw new RowProblem("outcome", "not a possible outcome for that channel");
        }
        String contactId = row.optional("contact_id");
        if (contactId != null && !CONTACT_ID.matcher(contactId).matches()) {
            throw new RowProblem("contact_id", "not an Amazon Connect contact id");
        }
        return new Object[] {attemptId, memberId, at.withOffsetSameInstant(ZoneOffset.UTC).toString(), day, channel,
                purpose, outcome, contactId};
    }

    /** ISO 8601 with an offset (2026-03-02T10:15:00-06:00 or ...Z): a time without a zone is ambiguous. */
    private static OffsetDateTime timestamp(CsvRow row) throws RowProblem {
        String v = row.required("attempted_at");
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            throw new RowProblem("attempted_at", "not a timestamp with offset (expected e.g. 2026-03-02T10:15:00-06:00)");
        }
    }

    @Override
    public List<String> checks() {
        List<String> checks = new ArrayList<>(ProgramRecordRows.enrolledOn("attempt_date", "attempted_at"));
        // A voicemail naming its call: the IVR must have issued this member's PIN on that call.
        checks.add("""
                select s.line, 'contact_id', 'no PIN challenge was issued for this member on that contact' from {stage} s
                where s.outcome = 'VOICEMAIL_LEFT' and s.contact_id is not null
                  and exists (select 1 from member m where m.member_id = s.member_id)
                  and not exists (select 1 from pin_challenge p
                                  where p.issued_contact_id = s.contact_id and p.member_id = s.member_id)""");
        return checks;
    }

    @Override
    public List<String> apply() {
        return List.of("""
                insert into outreach_attempt as o (attempt_id, member_id, plan_year, attempted_at, attempt_date, channel,
                                                   purpose, outcome, contact_id, pin_challenge_id, source_file_id,
                                                   updated_at)
                select distinct on (s.attempt_id) s.attempt_id, s.member_id, extract(year from s.attempt_date)::int,
                       s.attempted_at::timestamptz, s.attempt_date, s.channel, s.purpose, s.outcome, s.contact_id,
                       case when s.outcome = 'VOICEMAIL_LEFT' and s.contact_id is not null then
                           (select max(p.id) from pin_challenge p
                            where p.issued_contact_id = s.contact_id and p.member_id = s.member_id) end,
                       {file}, now()
                from {stage} s order by s.attempt_id, s.line desc
                on conflict (attempt_id) do update set member_id = excluded.member_id, plan_year = excluded.plan_year,
                    attempted_at = excluded.attempted_at, attempt_date = excluded.attempt_date,
                    channel = excluded.channel, purpose = excluded.purpose, outcome = excluded.outcome,
                    contact_id = excluded.contact_id, pin_challenge_id = excluded.pin_challenge_id,
                    source_file_id = excluded.source_file_id, updated_at = now()""");
    }
}
