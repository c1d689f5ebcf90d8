package com.healthoptions.mtm.infra;

import software.amazon.awscdk.Duration;

/**
 * What one Lambda function is and how big it runs: the sizing is the part a reviewer argues about,
 * so it lives here in one table with its reasons.
 *
 * <p>Memory buys CPU on Lambda (1,769 MB is one full vCPU), and a JVM cold start is CPU-bound class
 * loading and JIT: the functions a person waits on get more than their heap needs.
 */
public enum FunctionSpec {

    // Member services, portal and batch wait on it; the HTTP API gives up after 30 s, so 15 s leaves room.
    ELIGIBILITY("eligibility", "Mtm-Eligibility", 1536, Duration.seconds(15),
            "MTM eligibility (42 CFR 423.153(d)) over HTTP"),

    // Files can be large and arrive in bursts; S3 retries asynchronous invocations, so time is cheap here.
    CLAIMS_INTAKE("claims-intake", "Mtm-ClaimsIntake", 2048, Duration.minutes(10),
            "Loads member, claim, diagnosis, DMP, MTM program record and reference files dropped in the intake bucket"),

    // A caller is on the line: a full vCPU for the cold start; Amazon Connect waits at most 8 s anyway.
    PIN_VERIFICATION("pin-verification", "Mtm-PinVerification", 1769, Duration.seconds(8),
            "Issues and verifies IVR PINs for Amazon Connect contact flows"),

    // A handful of row updates per request from the member portal.
    OPT_OUT("opt-out", "Mtm-OptOut", 1024, Duration.seconds(10),
            "MTM enrollment view, opt-out and opt back in for the member portal"),

    // Public lookups of reference data; small and cheap, kept well inside the HTTP API's 30 s.
    DISPOSAL_GUIDANCE("disposal-guidance", "Mtm-DisposalGuidance", 1024, Duration.seconds(10),
            "Safe medication disposal guidance, take-back sites and events"),

    // Daily and unattended: one pass over the enrolled members; nobody waits on it.
    PROGRAM_WORKLIST("program-worklist", "Mtm-ProgramWorklist", 1024, Duration.minutes(5),
            "Writes the day's MTM work list (CMR offers, TMRs, safe-disposal information due or overdue)"),

    // Monthly and unattended: streams every contract's members through the edits to a file (see its bench).
    CMS_MTM_FILE("cms-mtm-file", "Mtm-CmsMtmFile", 1536, Duration.minutes(15),
            "Builds the CMS beneficiary-level MTM data file per contract, with its validation report"),

    // Quarterly and unattended: screens every enrolled member in batches, then renders one PDF per prescriber.
    TMR_SCREENING("tmr-screening", "Mtm-TmrScreening", 2048, Duration.minutes(15),
            "Quarterly TMR screening of every MTM enrollee, with a PDF letter per prescriber"),

    // Daily and unattended: renders one PDF per new CMR summary (about a second each in a warm JVM); few a day.
    CMR_SUMMARY("cmr-summary", "Mtm-CmrSummary", 2048, Duration.minutes(15),
            "Daily CMR written summary (Form CMS-10396) PDF per completed CMR"),

    // Runs at deploy time only: Flyway over JDBC, bounded by the largest migration we expect.
    SCHEMA_MIGRATION("schema-migration", "Mtm-Schema", 1024, Duration.minutes(5),
            "Applies Flyway migrations as a CloudFormation custom resource");

    private final String id;
    private final String stackName;
    private final int memoryMb;
    private final Duration timeout;
    private final String description;

    FunctionSpec(String id, String stackName, int memoryMb, Duration timeout,
            String description) {
        this.id = id;
        this.stackName = stackName;
        this.memoryMb = memoryMb;
        this.timeout = timeout;
        this.description = description;
    }

    /** The module folder under src/functions and the suffix of the Lambda function's name. */
    public String id() {
        return id;
    }

    public String stackName() {
        return stackName;
    }

    public int memoryMb() {
        return memoryMb;
    }

    public Duration timeout() {
        return timeout;
    }

    public String description() {
        return description;
    }

    /**
     * The database user the function logs in as ({@code mtm_<id>}, dashes as underscores), created and granted
     * by the migrations' after-migrate callback; empty for the migration, which logs in as the admin.
     */
    public java.util.Optional<String> databaseRole() {
        return this == SCHEMA_MIGRATION ? java.util.Optional.empty()
                : java.util.Optional.of("mtm_" + id.replace('-', '_'));
    }

    /** Fixed function name, so the API stack can target it without a reference back into this stack. */
    public String functionName(String prefix) {
        return prefix + "-" + id;
    }

    public static FunctionSpec byId(String id) {
        for (FunctionSpec spec : values()) {
            if (spec.id.equals(id)) {
                return spec;
            }
        }
        throw new IllegalArgumentException("Unknown function '" + id + "'; known: "
                + java.util.Arrays.stream(values()).map(FunctionSpec::id).toList());
    }
}
