package com.healthoptions.mtm.enrollment.http;

/** The day opt-out's tests run on: mtm.test.now (src/test/resources/application.properties), the plan's clock. */
final class OptOutTestDay {

    static final int PLAN_YEAR = 2026;
    static final String TODAY = "2026-03-10";

    private OptOutTestDay() {
    }
}
