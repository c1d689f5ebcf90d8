package com.healthoptions.mtm.intake;

/** Why one row cannot be staged: the column and the reason, never the value. Cheap: no stack trace. */
final class RowProblem extends Exception {

    private final String column;

    RowProblem(String column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }

    String column() {
        return column;
    }

    String reason() {
        return getMessage();
    }
}
