package com.healthoptions.mtm.intake;

/**
 * One column of a file's staging table. Numbers are staged as canonical text (validated while parsing)
 * and cast when applied, so a chunk insert is a plain {@code unnest} of arrays.
 */
record StageColumn(String name, Type type) {

    enum Type {
        TEXT("text"), DATE("date"), INTEGER("integer"), BOOLEAN("boolean");

        final String sql;

        Type(String sql) {
            this.sql = sql;
        }
    }

    static StageColumn text(String name) {
        return new StageColumn(name, Type.TEXT);
    }

    static StageColumn date(String name) {
        return new StageColumn(name, Type.DATE);
    }

    static StageColumn integer(String name) {
        return new StageColumn(name, Type.INTEGER);
    }

    static StageColumn bool(String name) {
        return new StageColumn(name, Type.BOOLEAN);
    }
}
