package com.healthoptions.mtm.intake;

import com.healthoptions.mtm.files.ScratchFile;
import com.healthoptions.mtm.files.SpreadsheetCsv;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code outreach/<date>/new-enrollees-<file id>.csv}: the members a file's re-evaluation enrolled, with
 * what the outreach team needs to call them. Written whole from the database (paged by member, through a
 * temporary file, so its size costs no heap); a retry rewrites it the same.
 */
final class NewEnrolleeOutreachFile {

    private final Pool pool;

    NewEnrolleeOutreachFile(Pool pool) {
        this.pool = pool;
    }

    /** The file's key for the enrollees of {@code fileId}, dated the day of the re-evaluation. */
    static String key(LocalDate today, long fileId) {
        return "outreach/" + today + "/new-enrollees-" + fileId + ".csv";
    }

    void write(IntakeFile file, IntakeOutputs outputs) {
        try (ScratchFile scratch = ScratchFile.create("outreach-" + file.fileId(), ".csv")) {
            Path tmp = scratch.path();
            try (SpreadsheetCsv w = new SpreadsheetCsv(Files.newBufferedWriter(tmp, StandardCharsets.UTF_8), "member_id",
                    "plan_year", "enrollment_date", "date_met_criteria", "reason_targeted", "first_name", "last_name", "zip",
                    "phone")) {
                String after = "";
                while (true) {
                    List<Row> page = new ArrayList<>();
                    pool.preparedQuery("""
                            select e.member_id, e.plan_year, n.enrollment_date, n.date_met_criteria, n.reason_targeted,
                                   m.first_name, m.last_name, m.zip, m.phone_e164
                            from intake_enrollee e
                            join member m on m.member_id = e.member_id
                            join mtm_enrollment n on n.member_id = e.member_id and n.plan_year = e.plan_year
                            where e.file_id = $1 and e.member_id > $2
                            order by e.member_id limit 5000""")
                            .execute(Tuple.of(file.fileId(), after)).await().indefinitely().forEach(page::add);
                    if (page.isEmpty()) {
                        break;
                    }
                    for (Row r : page) {
                        w.row(r.getString(0), r.getInteger(1), r.getLocalDate(2), r.getLocalDate(3), r.getString(4),
                                r.getString(5), r.getString(6), r.getString(7), SpreadsheetCsv.dialable(r.getString(8)));
                    }
                    after = page.getLast().getString(0);
                }
            }
            outputs.put(file.outreachKey(), "text/csv", tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
