package com.healthoptions.mtm.intake;

import java.util.List;

/**
 * One member-data file format: its columns, how a row is validated into staging values, the set-based
 * checks that need the database, and the set-based SQL that applies the staged rows.
 *
 * <p>SQL templates may use {@code {stage}} (the file's staging table), {@code {file}} (the file id) and
 * {@code {year}} (the current plan year); all three are numbers or names the intake generates itself.
 */
interface IntakeFormat {

    /** The check every member-data file makes: its member must be on the roster. */
    String UNKNOWN_MEMBER = """
            select s.line, 'member_id', 'unknown member' from {stage} s
            where not exists (select 1 from member m where m.member_id = s.member_id)""";

    List<String> requiredColumns();

    List<String> optionalColumns();

    List<StageColumn> stageColumns();

    /** The staging values of one row, in {@link #stageColumns()} order. */
    Object[] parse(CsvRow row) throws RowProblem;

    /**
     * Queries returning {@code (line, column, reason)} for staged rows the database refuses (an
     * unknown member, a reversal of an unknown claim, ...).
     */
    List<String> checks();

    /** Statements that apply the staged rows and fill {@code intake_touched}, run in one transaction. */
    List<String> apply();
}
