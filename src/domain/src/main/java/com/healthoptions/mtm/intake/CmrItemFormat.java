package com.healthoptions.mtm.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code cmr-summary-items/}: what the pharmacist recorded at a CMR for its written summary (Form CMS-10396), one
 * row per medicine, action item, follow-up line, question, allergy or line of other information, keyed by
 * {@code cmr_id} (loaded before, from {@code cmrs/}) and checked against the CMR's {@code member_id}.
 *
 * <p>A file replaces every item of each CMR it names: a corrected file is the CMR's whole list again. A CMR is
 * taken whole or not at all: when one of its rows is refused, its other rows are refused with it (a medication
 * list missing a medicine is worse than none), and its stored items stay as they were. So a row's content is
 * validated into the staging columns {@code problem_column} and {@code problem_reason} rather than thrown, and
 * the checks refuse the row and its CMR's others; only a row without a usable {@code cmr_id} is thrown out
 * at once (it names no CMR to hold back).
 */
final class CmrItemFormat implements IntakeFormat {

    enum ItemType {
        MEDICATION, ACTION_ITEM, FOLLOW_UP, QUESTION, ALLERGY, OTHER_INFORMATION
    }

    /** Each type's columns; the first ones listed are required, a column of another type must be blank. */
    private static final Map<ItemType, List<String>> REQUIRED = Map.of(
            ItemType.MEDICATION, List.of("medicine"),
            ItemType.ACTION_ITEM, List.of("talked_about", "what_i_need_to_do"),
            ItemType.FOLLOW_UP, List.of("text"), ItemType.QUESTION, List.of("text"), ItemType.ALLERGY, List.of("text"),
            ItemType.OTHER_INFORMATION, List.of("text"));
    private static final Map<ItemType, List<String>> OPTIONAL = Map.of(
            ItemType.MEDICATION, List.of("how_i_use_it", "why_i_use_it", "prescriber", "date_started", "date_stopped",
                    "why_stopped"),
            ItemType.ACTION_ITEM, List.of("what_i_did"));

    static final List<String> CONTENT = List.of("medicine", "how_i_use_it", "why_i_use_it", "prescriber",
            "date_started", "date_stopped", "why_stopped", "talked_about", "what_i_need_to_do", "what_i_did", "text");

    private static final Map<String, Integer> MAX_LENGTH = Map.of("prescriber", 200, "talked_about", 1000,
            "what_i_need_to_do", 1000, "what_i_did", 1000, "text", 1000);

    @Override
    public List<String> requiredColumns() {
        return List.of("cmr_id", "member_id", "item_type", "item_no");
    }

    @Override
    public List<String> optionalColumns() {
        return CONTENT;
    }

    @Override
    public List<StageColumn> stageColumns() {
        List<StageColumn> columns = new ArrayList<>(List.of(StageColumn.text("cmr_id"), StageColumn.text("member_id"),
                StageColumn.text("item_type"), StageColumn.integer("item_no")));
        for (String c : CONTENT) {
            columns.add(c.startsWith("date_") ? StageColumn.date(c) : StageColumn.text(c));
        }
        columns.add(StageColumn.text("problem_column"));
        columns.add(StageColumn.text("problem_reason"));
        return columns;
    }

    @Override
    public Object[] parse(CsvRow row) throws RowProblem {
        String cmrId = ProgramRecordRows.recordId(row, "cmr_id");
        Object[] staged = new Object[4 + CONTENT.size() + 2];
        staged[0] = cmrId;
        try {
            staged[1] = ProgramRecordRows.memberId(row);
            ItemType type = type(row);
            staged[2] = type.name();
            staged[3] = row.integer("item_no", 1, 999);
            List<String> required = REQUIRED.get(type);
            List<String> optional = OPTIONAL.getOrDefault(type, List.of());
            for (int i = 0; i < CONTENT.size(); i++) {
                String column = CONTENT.get(i);
                boolean used = required.contains(column) || optional.contains(column);
                if (!used) {
                    if (row.optional(column) != null) {
                        throw new RowProblem(column, "not used for item_type " + type.name());
                    }
                    continue;
                }
                if (column.startsWith("date_")) {
                    staged[4 + i] = memberDate(row, column);
                } else {
                    staged[4 + i] = required.contains(column)
                            ? row.requiredMax(column, MAX_LENGTH.getOrDefault(column, 500))
                            : optionalMax(row, column, MAX_LENGTH.getOrDefault(column, 500));
                }
            }
            LocalDate started = (LocalDate) staged[4 + CONTENT.indexOf("date_started")];
            LocalDate stopped = (LocalDate) staged[4 + CONTENT.indexOf("date_stopped")];
            if (started != null && stopped != null && stopped.isBefore(started)) {
                throw new RowProblem("date_stopped", "before date_started");
            }
        } catch (RowProblem p) {
            Object[] held = new Object[staged.length];
            held[0] = cmrId;
            held[staged.length - 2] = p.column();
            held[staged.length - 1] = p.reason();
            return held;
        }
        return staged;
    }

    private static ItemType type(CsvRow row) throws RowProblem {
        String v = row.required("item_type").toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (ItemType t : ItemType.values()) {
            if (t.name().equals(v)) {
                return t;
            }
        }
        throw new RowProblem("item_type", "unknown code: must be one of MEDICATION, ACTION_ITEM, FOLLOW_UP, QUESTION, "
                + "ALLERGY or OTHER_INFORMATION");
    }

    private static String optionalMax(CsvRow row, String column, int max) throws RowProblem {
        String v = row.optional(column);
        if (v != null && v.length() > max) {
            throw new RowProblem(column, "longer than " + max + " characters");
        }
        return v;
    }

    /** A medicine may have been started long before Part D: any date from 1900 to today. */
    private static LocalDate memberDate(CsvRow row, String column) throws RowProblem {
        return row.optional(column) == null ? null : row.birthDate(column);
    }

    /** Whether staged row {@code r} is refused by one of the checks before the last. */
    private static String refused(String r) {
        return """
                (%1$s.problem_reason is not null
                 or not exists (select 1 from cmr c where c.cmr_id = %1$s.cmr_id)
                 or exists (select 1 from cmr c where c.cmr_id = %1$s.cmr_id and c.member_id <> %1$s.member_id)
                 or exists (select 1 from {stage} d where d.cmr_id = %1$s.cmr_id and d.item_type = %1$s.item_type
                            and d.item_no = %1$s.item_no and d.line < %1$s.line and d.problem_reason is null))"""
                .formatted(r);
    }

    @Override
    public List<String> checks() {
        return List.of(
                """
                select s.line, s.problem_column, s.problem_reason from {stage} s where s.problem_reason is not null""",
                """
                select s.line, 'cmr_id', 'unknown cmr_id (load the CMR from cmrs/ first)' from {stage} s
                where s.problem_reason is null and not exists (select 1 from cmr c where c.cmr_id = s.cmr_id)""",
                """
                select s.line, 'member_id', 'not the member of that CMR' from {stage} s
                join cmr c on c.cmr_id = s.cmr_id
                where s.problem_reason is null and c.member_id <> s.member_id""",
                """
                select s.line, 'item_no', 'the same item_type and item_no twice for that CMR' from {stage} s
                join cmr c on c.cmr_id = s.cmr_id and c.member_id = s.member_id
                where s.problem_reason is null
                  and exists (select 1 from {stage} d where d.cmr_id = s.cmr_id and d.item_type = s.item_type
                              and d.item_no = s.item_no and d.line < s.line and d.problem_reason is null)""",
                // Last: a CMR with any refused row is held back whole (its stored items stay as they were).
                """
                select s.line, 'cmr_id', 'another row of this CMR was refused: none of its rows applied' from {stage} s
                where not %s and exists (select 1 from {stage} o where o.cmr_id = s.cmr_id and %s)"""
                        .formatted(refused("s"), refused("o")));
    }

    @Override
    public List<String> apply() {
        String columns = String.join(", ", CONTENT);
        return List.of(
                """
                delete from cmr_item i where i.cmr_id in (select s.cmr_id from {stage} s)""",
                """
                insert into cmr_item (cmr_id, item_type, item_no, %1$s, source_file_id, updated_at)
                select s.cmr_id, s.item_type, s.item_no, %2$s, {file}, now() from {stage} s"""
                        .formatted(columns, String.join(", ", CONTENT.stream().map(c -> "s." + c).toList())));
    }
}
