package com.healthoptions.mtm.intake;

import com.healthoptions.mtm.member.Mbi;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code members/}: the plan's roster; a row upserts the member by {@code member_id}. The optional
 * {@link #COVERAGE} columns carry plan coverage and a date of death (what they mean for MTM is the
 * enrollment package's {@code PlanExit}); a blank never erases a date already stored.
 */
final class MemberRosterFormat implements IntakeFormat {

    /** Optional coverage columns (issue 10), staged after the original ones. */
    static final List<String> COVERAGE = List.of("coverage_start", "coverage_end", "date_of_death");

    /**
     * Optional mailing address (issue 13, the CMR written summary's inside address; ZIP is {@code zip}), staged
     * last: given with {@code address_line1}, the row's address replaces the stored one whole; without it the
     * stored address stays.
     */
    static final List<String> ADDRESS = List.of("address_line1", "address_line2", "city", "state");

    private static final Pattern ZIP = Pattern.compile("^([0-9]{5})(-?[0-9]{4})?$");

    @Override
    public List<String> requiredColumns() {
        return List.of("member_id", "contract_id", "plan_id", "first_name", "last_name", "date_of_birth", "zip");
    }

    @Override
    public List<String> optionalColumns() {
        return Stream.of(Stream.of("phone", "mbi"), COVERAGE.stream(), ADDRESS.stream()).flatMap(s -> s).toList();
    }

    @Override
    public List<StageColumn> stageColumns() {
        return List.of(StageColumn.text("member_id"), StageColumn.text("contract_id"), StageColumn.text("plan_id"),
                StageColumn.text("first_name"), StageColumn.text("last_name"), StageColumn.date("date_of_birth"),
                StageColumn.text("zip"), StageColumn.text("phone"), StageColumn.text("mbi"),
                StageColumn.date("coverage_start"), StageColumn.date("coverage_end"), StageColumn.date("date_of_death"),
                StageColumn.text("address_line1"), StageColumn.text("address_line2"), StageColumn.text("city"),
                StageColumn.text("state"));
    }

    @Override
    public Object[] parse(CsvRow row) throws RowProblem {
        String memberId = row.memberId("member_id");
        String contractId = row.requiredMax("contract_id", 20);
        String planId = row.requiredMax("plan_id", 40);
        String firstName = row.requiredMax("first_name", 100);
        String lastName = row.requiredMax("last_name", 100);
        var dob = row.birthDate("date_of_birth");
        var zip = ZIP.matcher(row.required("zip"));
        if (!zip.matches()) {
            throw new RowProblem("zip", "not a ZIP code (5 digits or ZIP+4)");
        }
        String phone = phone(row);
        String mbi = mbi(row);
        LocalDate[] coverage = coverage(row);
        String[] address = address(row);
        return new Object[] {memberId, contractId, planId, firstName, lastName, dob, zip.group(1), phone, mbi,
                coverage[0], coverage[1], coverage[2], address[0], address[1], address[2], address[3]};
    }

    /** Street line 1, city and state together, or none of the address. */
    private static String[] address(CsvRow row) throws RowProblem {
        if (row.optional("address_line1") == null) {
            for (String column : List.of("address_line2", "city", "state")) {
                if (row.optional(column) != null) {
                    throw new RowProblem("address_line1", "required with " + column);
                }
            }
            return new String[4];
        }
        String line1 = row.requiredMax("address_line1", 200);
        String line2 = row.optional("address_line2");
        if (line2 != null && line2.length() > 200) {
            throw new RowProblem("address_line2", "longer than 200 characters");
        }
        String city = row.requiredMax("city", 100);
        String state = row.required("state").toUpperCase(java.util.Locale.ROOT);
        if (!state.matches("[A-Z]{2}")) {
            throw new RowProblem("state", "not a two-letter USPS state code");
        }
        return new String[] {line1, line2, city, state};
    }

    /** Coverage start and end may be planned ahead; a date of death may not be in the future. */
    private static LocalDate[] coverage(CsvRow row) throws RowProblem {
        LocalDate start = row.optionalAnyDate("coverage_start");
        LocalDate end = row.optionalAnyDate("coverage_end");
        LocalDate death = row.optionalDate("date_of_death");
        if (start != null && end != null && end.isBefore(start)) {
            throw new RowProblem("coverage_end", "before coverage_start");
        }
        if (start != null && death != null && death.isBefore(start)) {
            throw new RowProblem("date_of_death", "before coverage_start");
        }
        return new LocalDate[] {start, end, death};
    }

    /** Optional (older rosters lack it), but the CMS beneficiary-level file needs it: validated when present. */
    private static String mbi(CsvRow row) throws RowProblem {
        String raw = row.optional("mbi");
        if (raw == null) {
            return null;
        }
        return Mbi.parse(raw).orElseThrow(() -> new RowProblem("mbi",
                "not a Medicare Beneficiary Identifier (11 characters in the CMS MBI format)"));
    }

    /** E.164; ten-digit numbers are North American (+1). */
    private static String phone(CsvRow row) throws RowProblem {
        String raw = row.optional("phone");
        if (raw == null) {
            return null;
        }
        boolean plus = raw.startsWith("+");
        StringBuilder digits = new StringBuilder();
        for (int i = plus ? 1 : 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (" -.()".indexOf(c) < 0) {
                throw new RowProblem("phone", "not a phone number");
            }
        }
        String d = digits.toString();
        if (!plus && d.length() == 10) {
            d = "1" + d;
        } else if (!plus && !(d.length() == 11 && d.startsWith("1"))) {
            throw new RowProblem("phone", "not a phone number (10 digits, or E.164 with +)");
        }
        if (d.length() < 7 || d.length() > 15 || d.startsWith("0")) {
            throw new RowProblem("phone", "not a phone number");
        }
        return "+" + d;
    }

    @Override
    public List<String> checks() {
        return List.of(
                """
                select s.line, 'plan_id', 'unknown plan' from {stage} s
                where not exists (select 1 from plan p where p.plan_id = s.plan_id)""",
                """
                select s.line, 'contract_id', 'contract does not match the plan' from {stage} s
                join plan p on p.plan_id = s.plan_id where p.contract_id <> s.contract_id""",
                """
                select s.line, 'coverage_end', 'before the coverage_start on file' from {stage} s
                join member m on m.member_id = s.member_id
                where s.coverage_start is null and s.coverage_end < m.coverage_start""");
    }

    @Override
    public List<String> apply() {
        return List.of(
                """
                insert into member as m (member_id, contract_id, plan_id, first_name, last_name, date_of_birth, zip,
                                         phone_e164, mbi, updated_at,
                                         coverage_start, coverage_end, date_of_death,
                                         address_line1, address_line2, city, state)
                select distinct on (s.member_id) s.member_id, s.contract_id, s.plan_id, s.first_name, s.last_name,
                       s.date_of_birth, s.zip, s.phone, s.mbi, now(),
                       s.coverage_start, s.coverage_end, s.date_of_death,
                       s.address_line1, s.address_line2, s.city, s.state
                from {stage} s order by s.member_id, s.line desc
                on conflict (member_id) do update set contract_id = excluded.contract_id, plan_id = excluded.plan_id,
                    first_name = excluded.first_name, last_name = excluded.last_name,
                    date_of_birth = excluded.date_of_birth, zip = excluded.zip, phone_e164 = excluded.phone_e164,
                    mbi = coalesce(excluded.mbi, m.mbi), updated_at = now(),
                    -- a blank keeps what is stored; a new coverage start after the stored end is a new span
                    coverage_start = coalesce(excluded.coverage_start, m.coverage_start),
                    coverage_end = case when excluded.coverage_end is not null then excluded.coverage_end
                                        when excluded.coverage_start > m.coverage_end then null
                                        else m.coverage_end end,
                    date_of_death = coalesce(excluded.date_of_death, m.date_of_death),
                    -- an address given replaces the stored one whole (a second line may go); none keeps it
                    address_line2 = case when excluded.address_line1 is not null then excluded.address_line2
                                         else m.address_line2 end,
                    address_line1 = coalesce(excluded.address_line1, m.address_line1),
                    city = coalesce(excluded.city, m.city), state = coalesce(excluded.state, m.state)""",
                // A roster row has no date: its members are re-evaluated for the current plan year.
                """
                insert into intake_touched (file_id, plan_year, member_id)
                select distinct {file}, {year}, s.member_id from {stage} s on conflict do nothing""");
    }
}
