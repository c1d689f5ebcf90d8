package com.healthoptions.mtm.program.cms;

import com.healthoptions.mtm.files.ScratchFile;
import com.healthoptions.mtm.program.ProgramOutputs;
import com.healthoptions.mtm.program.ProgramRuns;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Builds the CMS beneficiary-level MTM data file of one contract and plan year: every member enrolled in
 * MTM in the year, one fixed-width record each in the year's declared layout, every record through the
 * validation edits first. Records that fail are held back and listed in the validation report beside the
 * file; nothing is silently left out. Streamed page by page to a temporary file, then uploaded.
 *
 * <p>Objects: {@code reports/cms/<contract>/<year>/<build date>/<contract>-<year>-mtm.txt} and
 * {@code .../validation-report.json}. One build per (contract, year, build date): a re-fired schedule
 * finds it COMPLETE and writes nothing; {@code rebuild} builds it again (same keys, overwritten).
 */
@ApplicationScoped
public class CmsMtmFile {

    public static final String FUNCTION = "cms-mtm-file";
    private static final Logger LOG = Logger.getLogger(CmsMtmFile.class);

    /** What one build did (or found already done). */
    public record Result(String contract, int planYear, String status, String dataKey, String reportKey,
            long recordsWritten, long recordsHeldBack) {
    }

    private final CmsFileQueries queries;
    private final ProgramRuns runs;
    private final int pageSize;
    private final int listed;

    public CmsMtmFile(CmsFileQueries queries, ProgramRuns runs,
            @ConfigProperty(name = "mtm.cms-file.page-size", defaultValue = "5000") int pageSize,
            @ConfigProperty(name = "mtm.cms-file.records-listed", defaultValue = "1000") int listed) {
        this.queries = queries;
        this.runs = runs;
        this.pageSize = pageSize;
        this.listed = listed;
    }

    public List<String> contracts(int planYear) {
        return queries.contracts(planYear);
    }

    public static String folder(String contract, int planYear, LocalDate buildDate) {
        return "reports/cms/" + contract + "/" + planYear + "/" + buildDate + "/";
    }

    public Result build(String contract, int planYear, LocalDate buildDate, boolean rebuild, ProgramOutputs outputs,
            String correlationId) {
        if (!contract.matches("[A-Z0-9]{5}")) {
            throw new IllegalArgumentException("a contract number is 5 letters or digits (H1234, S5801)");
        }
        String runKey = contract + "/" + planYear + "/" + buildDate;
        String folder = folder(contract, planYear, buildDate);
        String dataKey = folder + contract + "-" + planYear + "-mtm.txt";
        String reportKey = folder + "validation-report.json";
        if (!rebuild) {
            var done = runs.completed(FUNCTION, runKey);
            if (done.isPresent()) {
                JsonObject s = done.get();
                return new Result(contract, planYear, "ALREADY_BUILT", dataKey, reportKey, s.getLong("recordsWritten"),
                        s.getLong("recordsHeldBack"));
            }
        }
        CmsLayout layout = CmsLayout.forYear(planYear);
        runs.start(FUNCTION, runKey, correlationId);
        long start = System.nanoTime();
        Set<String> repeated = queries.repeatedMbis(contract, planYear);
        long written = 0;
        long heldBack = 0;
        JsonArray heldList = new JsonArray();
        Map<String, Long> warningCounts = new TreeMap<>();
        Map<String, Long> failureCounts = new TreeMap<>();
        JsonArray warnedList = new JsonArray();
        try (ScratchFile scratch = ScratchFile.create("cms-" + contract + "-" + planYear, ".txt")) {
            Path tmp = scratch.path();
            try (BufferedWriter w = Files.newBufferedWriter(tmp, StandardCharsets.US_ASCII)) {
                String after = "";
                while (true) {
                    List<CmsMemberFacts> page = queries.page(contract, planYear, after, pageSize);
                    if (page.isEmpty()) {
                        break;
                    }
                    for (CmsMemberFacts f : page) {
                        CmsRecord r = CmsRecordBuilder.build(f, layout, f.mbi() != null && repeated.contains(f.mbi()));
                        if (r.passed()) {
                            w.write(r.line());
                            w.write(layout.lineEnd());
                            written++;
                        } else {
                            heldBack++;
                            r.failures().forEach(e -> failureCounts.merge(e.edit() + " " + e.field(), 1L, Long::sum));
                            if (heldList.size() < listed) {
                                heldList.add(new JsonObject().put("memberId", r.memberId()).put("failures", edits(r.failures())));
                            }
                        }
                        if (!r.warnings().isEmpty()) {
                            r.warnings().forEach(e -> warningCounts.merge(e.edit() + " " + e.field(), 1L, Long::sum));
                            if (warnedList.size() < listed) {
                                warnedList.add(new JsonObject().put("memberId", r.memberId()).put("warnings", edits(r.warnings())));
                            }
                        }
                    }
                    after = page.getLast().memberId();
                }
            }
            long notReported = queries.optedOutBeforeEnrollment(contract, planYear);
            JsonObject report = new JsonObject()
                    .put("status", heldBack == 0 ? "COMPLETE" : "INCOMPLETE")
                    .put("contract", contract)
                    .put("planYear", planYear)
                    .put("buildDate", buildDate.toString())
                    .put("dataKey", dataKey)
                    .put("recordsWritten", written)
                    .put("recordsHeldBack", heldBack)
                    .put("failuresByEdit", new JsonObject(new LinkedHashMap<>(failureCounts)))
                    .put("heldBack", heldList)
                    .put("heldBackListed", heldList.size())
                    .put("warningsByEdit", new JsonObject(new LinkedHashMap<>(warningCounts)))
                    .put("warnings", warnedList)
                    .put("optedOutBeforeEnrollmentNotReported", notReported)
                    .put("layout", layoutSummary(layout))
                    .put("durationMillis", (System.nanoTime() - start) / 1_000_000);
            outputs.put(dataKey, "text/plain; charset=us-ascii", tmp);
            outputs.put(reportKey, "application/json", report.encodePrettily().getBytes(StandardCharsets.UTF_8));
            runs.complete(FUNCTION, runKey, new JsonObject().put("recordsWritten", written).put("recordsHeldBack", heldBack)
                    .put("dataKey", dataKey).put("reportKey", reportKey));
            LOG.infof("CMS MTM file %s %d (%s): %d records written, %d held back", contract, planYear, buildDate,
                    written, heldBack);
            return new Result(contract, planYear, heldBack == 0 ? "COMPLETE" : "INCOMPLETE", dataKey, reportKey, written,
                    heldBack);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonArray edits(List<CmsEdit> edits) {
        JsonArray a = new JsonArray();
        edits.forEach(e -> a.add(new JsonObject().put("field", e.field()).put("edit", e.edit()).put("reason", e.reason())));
        return a;
    }

    /** Which layout was used and what in it is still assumed, so a reader of the report knows. */
    private static JsonObject layoutSummary(CmsLayout layout) {
        JsonArray assumed = new JsonArray();
        layout.fields().stream().filter(f -> !f.confirmed()).forEach(f -> assumed.add(f.element() + " " + f.source()));
        JsonArray assumedCodes = new JsonArray();
        layout.codes().values().stream().filter(c -> !c.confirmed()).forEach(c -> assumedCodes.add(c.set().name()));
        return new JsonObject().put("file", "cms-mtm-layout/" + layout.planYear() + ".layout")
                .put("recordLength", layout.recordLength())
                .put("lineEnd", layout.lineEnd().equals("\n") ? "LF" : "CRLF")
                .put("fieldsAssumed", assumed)
                .put("codeSetsAssumed", assumedCodes);
    }
}
