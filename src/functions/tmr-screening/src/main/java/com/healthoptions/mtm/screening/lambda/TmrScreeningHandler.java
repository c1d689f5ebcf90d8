package com.healthoptions.mtm.screening.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.healthoptions.mtm.documents.DocumentKeys;
import com.healthoptions.mtm.documents.prescriber.PrescriberLetterDocument;
import com.healthoptions.mtm.eligibility.UnknownMemberException;
import com.healthoptions.mtm.member.MemberId;
import com.healthoptions.mtm.program.ProgramOutputs;
import com.healthoptions.mtm.program.ProgramRuns;
import com.healthoptions.mtm.program.RunDay;
import com.healthoptions.mtm.screening.PrescriberReports;
import com.healthoptions.mtm.screening.TmrScreeningService;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The quarterly targeted medication review. Screens every member enrolled in MTM on the run's day (stored as that
 * day's SCREENING TMR with its findings), then writes one PDF letter per prescriber named on the findings and
 * listed in the prescriber directory, and a summary. The day is the scheduled time's date in the plan's time zone,
 * so a retried or re-fired schedule names the same day and finds it done.
 *
 * <p>The quarter may take more than one invocation: the run keeps its place (the last member id screened, then
 * the last prescriber written to) after every batch and every letter, starts no new batch or letter once less
 * than {@code mtm.tmr.reserve} of the invocation's time is left, and then answers {@code CONTINUING}; invoked
 * again with the same event (the state machine in infra does so) it goes on from that place. Every invocation
 * does at least one batch or letter, so the chain ends. A run cut off by a crash goes on the same way: a batch
 * stored again replaces itself and each letter's key is fixed by (day, NPI), so nothing is written twice. On
 * demand, one member is screened and their TMR stored (letters come with the quarterly run).
 */
public class TmrScreeningHandler implements RequestHandler<TmrRunRequest, TmrRunAnswer> {

    static final String FUNCTION = "tmr-screening";
    private static final Logger LOG = Logger.getLogger(TmrScreeningHandler.class);
    // The progress a quarterly run keeps between invocations (ProgramRuns.checkpoint): counts and NPIs only.
    private static final String SCREENED_THROUGH = "screenedThroughMember";
    private static final String SCREENING_DONE = "screeningDone";
    private static final String LETTERS_THROUGH = "lettersThroughNpi";
    private static final String LETTERS_WRITTEN = "lettersWritten";
    private static final String NOT_IN_DIRECTORY = "prescribersNotInDirectory";

    private final TmrScreeningService screening;
    private final PrescriberReports reports;
    private final PrescriberLetters letters;
    private final ProgramRuns runs;
    private final ProgramOutputs bucket;
    private final Clock clock;
    private final int batchSize;
    private final Duration reserve;
    private final Optional<Duration> timePerInvocation;

    public TmrScreeningHandler(TmrScreeningService screening, PrescriberReports reports, PrescriberLetters letters,
            ProgramRuns runs, ProgramOutputs bucket, Clock clock,
            @ConfigProperty(name = "mtm.tmr.batch-size", defaultValue = "500") int batchSize,
            @ConfigProperty(name = "mtm.tmr.reserve", defaultValue = "PT2M") Duration reserve,
            @ConfigProperty(name = "mtm.tmr.time-per-invocation") Optional<Duration> timePerInvocation) {
        this.screening = screening;
        this.reports = reports;
        this.letters = letters;
        this.runs = runs;
        this.bucket = bucket;
        this.clock = clock;
        this.batchSize = batchSize;
        this.reserve = reserve;
        this.timePerInvocation = timePerInvocation;
    }

    @Override
    public TmrRunAnswer handleRequest(TmrRunRequest event, Context context) {
        TmrRunRequest e = event == null ? new TmrRunRequest(null, null, null, null, null, null, null) : event;
        LocalDate day;
        try {
            day = RunDay.of(e.scheduledTime(), e.time(), e.date(), clock);
        } catch (RunDay.InvalidRunDayException ex) {
            return TmrRunAnswer.invalid(ex.getMessage(), null);
        }
        if (!RunDay.inRange(day, clock)) {
            return TmrRunAnswer.invalid(RunDay.NOT_IN_RANGE, day.toString());
        }
        if (e.memberId() != null) {
            return oneMember(e.memberId(), day);
        }
        String requestId = context != null && context.getAwsRequestId() != null ? context.getAwsRequestId()
                : "local-" + System.nanoTime();
        return quarter(day, requestId, InvocationBudget.of(context, timePerInvocation, reserve));
    }

    private TmrRunAnswer oneMember(String memberId, LocalDate day) {
        if (!MemberId.isValid(memberId)) {
            return TmrRunAnswer.invalid("memberId must be " + MemberId.RULE, day.toString());
        }
        try {
            var stored = screening.screenMember(memberId, day).await().indefinitely();
            int found = stored.result().findings().size();
            LOG.infof("member screening date=%s stored=%s findings=%d", day, stored.tmrId() != null, found);
            return new TmrRunAnswer("MEMBER_SCREENED", null, day.toString(), 1, found > 0 ? 1 : 0, found, 0, null, null,
                    null, stored.tmrId() != null);
        } catch (UnknownMemberException ex) {
            return new TmrRunAnswer("UNKNOWN_MEMBER", "no such member", day.toString(), null, null, null, null, null,
                    null, null, null);
        }
    }

    private TmrRunAnswer quarter(LocalDate day, String requestId, InvocationBudget budget) {
        String runKey = day.toString();
        String summaryKey = "reports/tmr/" + day + "/summary.json";
        Optional<JsonObject> done = runs.completed(FUNCTION, runKey);
        if (done.isPresent()) {
            return answer("ALREADY_SCREENED", day, done.get(), summaryKey);
        }
        runs.start(FUNCTION, runKey, requestId);
        JsonObject progress = runs.progress(FUNCTION, runKey).orElseGet(JsonObject::new);

        // Screening: batch after batch in member-id order, each stored with the place it reached.
        while (!progress.getBoolean(SCREENING_DONE, false) && budget.mayStartMore()) {
            var batch = screening.screenNextBatch(day, progress.getString(SCREENED_THROUGH, ""), batchSize)
                    .await().indefinitely();
            if (batch.isPresent()) {
                progress.put(SCREENED_THROUGH, batch.get().lastMemberId());
            } else {
                progress.put(SCREENING_DONE, true);
            }
            runs.checkpoint(FUNCTION, runKey, progress);
        }
        // Letters: one per prescriber in NPI order, from the findings stored for the day.
        if (progress.getBoolean(SCREENING_DONE, false)) {
            JsonArray notInDirectory = progress.getJsonArray(NOT_IN_DIRECTORY, new JsonArray());
            progress.put(NOT_IN_DIRECTORY, notInDirectory);
            List<PrescriberReports.NamedPrescriber> named = reports.prescribersOf(day);
            String through = progress.getString(LETTERS_THROUGH, "");
            int next = 0;
            while (next < named.size() && named.get(next).npi().compareTo(through) <= 0) {
                next++;
            }
            for (; next < named.size() && budget.mayStartMore(); next++) {
                String npi = named.get(next).npi();
                var report = named.get(next).listed() ? reports.report(day, npi) : Optional.<PrescriberReports.Report>empty();
                if (report.isPresent()) {
                    byte[] pdf = PrescriberLetterDocument.render(letters.letter(report.get(), day));
                    bucket.put(DocumentKeys.prescriberLetter(letterId(day, npi), day), "application/pdf", pdf);
                    progress.put(LETTERS_WRITTEN, progress.getInteger(LETTERS_WRITTEN, 0) + 1);
                } else {
                    notInDirectory.add(npi);
                }
                progress.put(LETTERS_THROUGH, npi);
                runs.checkpoint(FUNCTION, runKey, progress);
            }
            if (next == named.size()) {
                return complete(day, runKey, summaryKey, progress);
            }
        }
        var sofar = screening.storedRun(day).await().indefinitely();
        LOG.infof("tmr run date=%s continuing: screened=%d so far, letters=%d so far", day, sofar.membersScreened(),
                progress.getInteger(LETTERS_WRITTEN, 0));
        return new TmrRunAnswer("CONTINUING", "this invocation's time is used up; invoke again with the same event",
                day.toString(), sofar.membersScreened(), sofar.membersWithFindings(), sofar.findings(),
                progress.getInteger(LETTERS_WRITTEN, 0), null, null, null, null);
    }

    private TmrRunAnswer complete(LocalDate day, String runKey, String summaryKey, JsonObject progress) {
        reports.recordRecommendationsSent(day);
        var run = screening.storedRun(day).await().indefinitely();
        int written = progress.getInteger(LETTERS_WRITTEN, 0);
        JsonArray notInDirectory = progress.getJsonArray(NOT_IN_DIRECTORY);
        long unattributed = reports.unattributedFindings(day);
        JsonObject summary = new JsonObject().put("date", day.toString()).put("membersScreened", run.membersScreened())
                .put("membersWithFindings", run.membersWithFindings()).put("findings", run.findings())
                .put("lettersWritten", written).put("prescribersNotInDirectory", notInDirectory)
                .put("findingsWithoutPrescriber", unattributed);
        bucket.put(summaryKey, "application/json", summary.encodePrettily().getBytes(StandardCharsets.UTF_8));
        runs.complete(FUNCTION, runKey, summary);
        LOG.infof("tmr run date=%s screened=%d withFindings=%d findings=%d letters=%d notInDirectory=%d unattributed=%d",
                day, run.membersScreened(), run.membersWithFindings(), run.findings(), written, notInDirectory.size(),
                unattributed);
        return answer("SCREENED", day, summary, summaryKey);
    }

    /**
     * The letter's id: the same for the same day and prescriber (a re-run overwrites, never adds a second letter),
     * a name-based UUID so the key carries no NPI in clear.
     */
    static UUID letterId(LocalDate day, String npi) {
        return UUID.nameUUIDFromBytes(("tmr-prescriber-letter:" + day + ":" + npi).getBytes(StandardCharsets.UTF_8));
    }

    private static TmrRunAnswer answer(String status, LocalDate day, JsonObject s, String summaryKey) {
        List<String> npis = new ArrayList<>();
        s.getJsonArray("prescribersNotInDirectory", new JsonArray()).forEach(n -> npis.add((String) n));
        return new TmrRunAnswer(status, null, day.toString(), s.getInteger("membersScreened"),
                s.getInteger("membersWithFindings"), s.getInteger("findings"), s.getInteger("lettersWritten"), npis,
                s.getLong("findingsWithoutPrescriber"), summaryKey, null);
    }
}
