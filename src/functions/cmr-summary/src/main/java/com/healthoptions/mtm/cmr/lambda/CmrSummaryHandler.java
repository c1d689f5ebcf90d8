package com.healthoptions.mtm.cmr.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.healthoptions.mtm.documents.DocumentKeys;
import com.healthoptions.mtm.documents.cmr.CmrSummaryDocument;
import com.healthoptions.mtm.program.ProgramOutputs;
import com.healthoptions.mtm.program.ProgramRuns;
import com.healthoptions.mtm.program.RunDay;
import com.healthoptions.mtm.program.cmr.CmrSummaries;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The member's CMR written summary (Form CMS-10396), once per completed CMR and version of its items: every day it
 * renders a PDF for each CMR whose items (cmr-summary-items/) arrived since, to
 * {@code reports/cmr-summaries/<date>/<uuid>.pdf}, records it (cmr_summary_document: key and SHA-256), and writes
 * the day's summary. A CMR without an action item, or whose member has no mailing address or has died, is listed,
 * not rendered. The day is the scheduled time's date in the plan's time zone, so a re-fired schedule finds it done;
 * a run cut off part-way is run again and renders only what it had not recorded. Rendering is not mailing:
 * {@code cmr.summary_sent_date} stays what the vendor's cmrs/ file says.
 */
public class CmrSummaryHandler implements RequestHandler<CmrSummaryRequest, CmrSummaryAnswer> {

    static final String FUNCTION = "cmr-summary";
    private static final Logger LOG = Logger.getLogger(CmrSummaryHandler.class);
    private static final Pattern CMR_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final CmrSummaries summaries;
    private final WrittenSummaries documents;
    private final ProgramRuns runs;
    private final ProgramOutputs bucket;
    private final Clock clock;
    private final int listed;

    public CmrSummaryHandler(CmrSummaries summaries, WrittenSummaries documents, ProgramRuns runs,
            ProgramOutputs bucket, Clock clock,
            @ConfigProperty(name = "mtm.cmr-summary.cmrs-listed", defaultValue = "1000") int listed) {
        this.summaries = summaries;
        this.documents = documents;
        this.runs = runs;
        this.bucket = bucket;
        this.clock = clock;
        this.listed = listed;
    }

    @Override
    public CmrSummaryAnswer handleRequest(CmrSummaryRequest event, Context context) {
        CmrSummaryRequest e = event == null ? new CmrSummaryRequest(null, null, null, null, null, null, null) : event;
        LocalDate day;
        try {
            day = RunDay.of(e.scheduledTime(), e.time(), e.date(), clock);
        } catch (RunDay.InvalidRunDayException ex) {
            return CmrSummaryAnswer.invalid(ex.getMessage(), null);
        }
        if (!RunDay.inRange(day, clock)) {
            return CmrSummaryAnswer.invalid(RunDay.NOT_IN_RANGE, day.toString());
        }
        if (e.cmrId() != null) {
            return oneCmr(e.cmrId(), day);
        }
        String requestId = context != null && context.getAwsRequestId() != null ? context.getAwsRequestId()
                : "local-" + System.nanoTime();
        return daily(day, requestId);
    }

    private CmrSummaryAnswer oneCmr(String cmrId, LocalDate day) {
        if (!CMR_ID.matcher(cmrId).matches()) {
            return CmrSummaryAnswer.invalid("cmrId must be 1 to 64 letters, digits, '.', ':', '-' or '_'",
                    day.toString());
        }
        if (!summaries.exists(cmrId)) {
            return new CmrSummaryAnswer("UNKNOWN_CMR", "no such CMR", day.toString(), null, null, null, null, null, null,
                    null, null);
        }
        List<CmrSummaries.Due> due = summaries.due(cmrId);
        CmrSummaryAnswer answer;
        if (due.isEmpty()) {
            answer = summaries.rendered(cmrId)
                    .map(r -> CmrSummaryAnswer.one("ALREADY_RENDERED", day.toString(), r.objectKey(), null))
                    .orElseGet(() -> CmrSummaryAnswer.one("NOT_RENDERED", day.toString(), null, "NO_ITEMS"));
        } else if (due.getFirst().held().isPresent()) {
            answer = CmrSummaryAnswer.one("NOT_RENDERED", day.toString(), null, due.getFirst().held().get().name());
        } else {
            answer = CmrSummaryAnswer.one("RENDERED", day.toString(), render(due.getFirst(), day), null);
        }
        LOG.infof("cmr summary on demand date=%s status=%s", day, answer.status());
        return answer;
    }

    private CmrSummaryAnswer daily(LocalDate day, String requestId) {
        String summaryKey = "reports/cmr-summaries/" + day + "/summary.json";
        Optional<JsonObject> done = runs.completed(FUNCTION, day.toString());
        if (done.isPresent()) {
            return answer("ALREADY_RUN", day, done.get(), summaryKey);
        }
        runs.start(FUNCTION, day.toString(), requestId);
        int rendered = 0;
        JsonArray noAddress = new JsonArray();
        JsonArray noActionItems = new JsonArray();
        JsonArray deceased = new JsonArray();
        for (CmrSummaries.Due due : summaries.due(null)) {
            if (due.held().isEmpty()) {
                render(due, day);
                rendered++;
                continue;
            }
            switch (due.held().get()) {
                case NO_MAILING_ADDRESS -> noAddress.add(due.cmrId());
                case NO_ACTION_ITEMS -> noActionItems.add(due.cmrId());
                case MEMBER_DECEASED -> deceased.add(due.cmrId());
            }
        }
        List<String> withoutItems = summaries.withoutItems(day.getYear());
        JsonObject summary = new JsonObject().put("date", day.toString()).put("rendered", rendered)
                .put("noMailingAddressCount", noAddress.size()).put("noMailingAddress", head(noAddress))
                .put("noActionItemsCount", noActionItems.size()).put("noActionItems", head(noActionItems))
                .put("memberDeceasedCount", deceased.size()).put("memberDeceased", head(deceased))
                .put("cmrsWithoutItemsCount", withoutItems.size())
                .put("cmrsWithoutItems", head(new JsonArray(new ArrayList<Object>(withoutItems))));
        bucket.put(summaryKey, "application/json", summary.encodePrettily().getBytes(StandardCharsets.UTF_8));
        runs.complete(FUNCTION, day.toString(), summary);
        LOG.infof("cmr summary run date=%s rendered=%d noMailingAddress=%d noActionItems=%d deceased=%d withoutItems=%d",
                day, rendered, noAddress.size(), noActionItems.size(), deceased.size(), withoutItems.size());
        return answer("RENDERED", day, summary, summaryKey);
    }

    private JsonArray head(JsonArray all) {
        return all.size() <= listed ? all : new JsonArray(all.getList().subList(0, listed));
    }

    /** Renders, writes and records one CMR's summary; returns its key. */
    private String render(CmrSummaries.Due due, LocalDate day) {
        CmrSummaries.CmrRecord cmr = summaries.load(due.cmrId()).orElseThrow();
        UUID id = documentId(due.cmrId(), due.itemsVersion());
        byte[] pdf = CmrSummaryDocument.render(documents.summary(cmr, day, id));
        String key = DocumentKeys.cmrSummary(id, day);
        bucket.put(key, "application/pdf", pdf);
        summaries.record(new CmrSummaries.Rendered(due.cmrId(), due.itemsVersion(), key, sha256(pdf), day));
        return key;
    }

    /**
     * The document's id: the same for the same CMR and version of its items (a run cut off between the write and the
     * record overwrites, never adds), a name-based UUID so the key shows no CMR id.
     */
    static UUID documentId(String cmrId, long itemsVersion) {
        return UUID.nameUUIDFromBytes(("cmr-summary:" + cmrId + ":" + itemsVersion).getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CmrSummaryAnswer answer(String status, LocalDate day, JsonObject s, String summaryKey) {
        return new CmrSummaryAnswer(status, null, day.toString(), s.getInteger("rendered"),
                strings(s.getJsonArray("noMailingAddress")), strings(s.getJsonArray("noActionItems")),
                strings(s.getJsonArray("memberDeceased")), strings(s.getJsonArray("cmrsWithoutItems")), summaryKey, null,
                null);
    }

    private static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        if (a != null) {
            a.forEach(v -> out.add((String) v));
        }
        return out;
    }
}
