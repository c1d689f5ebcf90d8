package com.healthoptions.mtm.program.worklist;

import com.healthoptions.mtm.files.ScratchFile;
import com.healthoptions.mtm.files.SpreadsheetCsv;
import com.healthoptions.mtm.program.ProgramOutputs;
import com.healthoptions.mtm.program.ProgramRuns;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The day's work list: every member enrolled in MTM this plan year and not opted out, with what they are
 * due or overdue for ({@link ProgramClock}), to {@code worklists/<date>/work-list.csv}, and the count per
 * item and status to {@code worklists/<date>/summary.json}. Once per day: a re-fired schedule finds the
 * day's run COMPLETE and writes nothing. The list carries names and phone numbers (it goes to the call
 * centre, like the intake's outreach file), never to logs.
 */
@ApplicationScoped
public class ProgramWorkList {

    public static final String FUNCTION = "program-worklist";
    private static final Logger LOG = Logger.getLogger(ProgramWorkList.class);

    static final String MEMBERS = """
            select e.member_id, m.contract_id, e.enrollment_date, e.date_met_criteria,
                   greatest((select max(o.offer_date) from cmr_offer o where o.member_id = e.member_id and o.offer_date <= $2),
                            (select max(c.cmr_date) from cmr c where c.member_id = e.member_id and c.cmr_date <= $2)),
                   (select max(t.tmr_date) from tmr t where t.member_id = e.member_id and t.tmr_date <= $2),
                   (select max(d.provided_date) from safe_disposal_notice d
                    where d.member_id = e.member_id and d.provided_date <= $2),
                   m.first_name, m.last_name, m.phone_e164
            from mtm_enrollment e join member m on m.member_id = e.member_id
            where e.plan_year = $1 and e.enrollment_date is not null and e.enrollment_date <= $2
              and e.opt_out_date is null and e.member_id > $3
            order by e.member_id
            limit $4""";

    /** What one run did, or found already done. */
    public record Result(String status, String listKey, String summaryKey, JsonObject summary) {
    }

    private final Pool pool;
    private final ProgramRuns runs;
    private final int lookAheadDays;
    private final int pageSize;

    public ProgramWorkList(Pool pool, ProgramRuns runs,
            @ConfigProperty(name = "mtm.worklist.look-ahead-days", defaultValue = "14") int lookAheadDays,
            @ConfigProperty(name = "mtm.worklist.page-size", defaultValue = "5000") int pageSize) {
        this.pool = pool;
        this.runs = runs;
        this.lookAheadDays = lookAheadDays;
        this.pageSize = pageSize;
    }

    public Result write(LocalDate day, ProgramOutputs outputs, String correlationId) {
        String listKey = "worklists/" + day + "/work-list.csv";
        String summaryKey = "worklists/" + day + "/summary.json";
        var done = runs.completed(FUNCTION, day.toString());
        if (done.isPresent()) {
            return new Result("ALREADY_WRITTEN", listKey, summaryKey, done.get());
        }
        runs.start(FUNCTION, day.toString(), correlationId);
        Map<WorkItemKind, long[]> counts = new EnumMap<>(WorkItemKind.class);
        for (WorkItemKind k : WorkItemKind.values()) {
            counts.put(k, new long[2]);
        }
        long members = 0;
        long listedMembers = 0;
        try (ScratchFile scratch = ScratchFile.create("worklist-" + day, ".csv")) {
            Path tmp = scratch.path();
            try (SpreadsheetCsv w = new SpreadsheetCsv(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), "member_id",
                    "contract_id", "plan_year", "item", "status", "due_date", "days_overdue", "last_done", "first_name",
                    "last_name", "phone")) {
                String after = "";
                while (true) {
                    List<Row> page = new ArrayList<>(pageSize);
                    pool.preparedQuery(MEMBERS).execute(Tuple.of(day.getYear(), day, after, pageSize)).await().indefinitely()
                            .forEach(page::add);
                    if (page.isEmpty()) {
                        break;
                    }
                    for (Row r : page) {
                        members++;
                        MemberProgramState s = new MemberProgramState(r.getString(0), r.getLocalDate(2), r.getLocalDate(3),
                                r.getLocalDate(4), r.getLocalDate(5), r.getLocalDate(6));
                        List<WorkItem> items = ProgramClock.workItems(s, day, lookAheadDays);
                        if (!items.isEmpty()) {
                            listedMembers++;
                        }
                        for (WorkItem item : items) {
                            counts.get(item.kind())[item.status().ordinal()]++;
                            long overdue = Math.max(0, ChronoUnit.DAYS.between(item.dueDate(), day));
                            w.row(s.memberId(), r.getString(1), day.getYear(), item.kind().name(), item.status().name(),
                                    item.dueDate(), overdue, item.lastDone(), r.getString(7), r.getString(8),
                                    SpreadsheetCsv.dialable(r.getString(9)));
                        }
                    }
                    after = page.getLast().getString(0);
                }
            }
            JsonObject byItem = new JsonObject();
            long total = 0;
            for (var e : counts.entrySet()) {
                byItem.put(e.getKey().name(), new JsonObject().put("OVERDUE", e.getValue()[0]).put("DUE", e.getValue()[1]));
                total += e.getValue()[0] + e.getValue()[1];
            }
            JsonObject summary = new JsonObject()
                    .put("date", day.toString())
                    .put("planYear", day.getYear())
                    .put("lookAheadDays", lookAheadDays)
                    .put("membersConsidered", members)
                    .put("membersListed", listedMembers)
                    .put("items", total)
                    .put("byItem", byItem)
                    .put("listKey", listKey);
            outputs.put(listKey, "text/csv", tmp);
            outputs.put(summaryKey, "application/json", summary.encodePrettily().getBytes(StandardCharsets.UTF_8));
            runs.complete(FUNCTION, day.toString(), summary);
            LOG.infof("work list %s: %d items for %d of %d members", day, total, listedMembers, members);
            return new Result("WRITTEN", listKey, summaryKey, summary);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
