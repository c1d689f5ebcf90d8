package com.healthoptions.mtm.program.cmr;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The completed CMRs whose written summary (Form CMS-10396) is still to be rendered, read one at a time with the
 * member's mailing address and the pharmacist's items, and the record of each summary rendered. A summary is made
 * once per CMR and version of its items (the intake file that last loaded them): a re-run finds it recorded, a
 * corrected items file makes it due again. Rendering is not mailing, so nothing here touches
 * {@code cmr.summary_sent_date}. Blocking: call from a worker thread (the Lambda handler's).
 */
@ApplicationScoped
public class CmrSummaries {

    /** Why a CMR with items gets no summary (yet). */
    public enum Held {
        /** The action plan needs at least one action item. */
        NO_ACTION_ITEMS,
        /** The roster gave no mailing address for the member. */
        NO_MAILING_ADDRESS,
        /** The roster records the member's death. */
        MEMBER_DECEASED
    }

    /** A CMR with items and no summary for that version of them; {@code held} empty when it can be rendered. */
    public record Due(String cmrId, long itemsVersion, Optional<Held> held) {
    }

    public record Address(String line1, String line2, String city, String state, String zip) {
    }

    public record Medication(String medicine, String howIUseIt, String whyIUseIt, String prescriber,
            LocalDate dateStarted, LocalDate dateStopped, String whyStopped) {
    }

    public record ActionItem(String talkedAbout, String whatINeedToDo, String whatIDid) {
    }

    /** Everything the summary prints about one CMR, items in their {@code item_no} order. */
    public record CmrRecord(String cmrId, long itemsVersion, LocalDate cmrDate, String firstName, String lastName,
            LocalDate dateOfBirth, Optional<Address> address, List<ActionItem> actionItems, List<String> followUpPlan,
            List<String> questions, List<String> allergiesAndSideEffects, List<Medication> medications,
            List<String> otherInformation) {
    }

    /** The stored record of a rendered summary. */
    public record Rendered(String cmrId, long itemsVersion, String objectKey, String sha256, LocalDate runDate) {
    }

    private static final String VERSION = "coalesce(max(i.source_file_id), 0)";

    static final String DUE = """
            with versions as (
                select i.cmr_id, %s as items_version,
                       bool_or(i.item_type = 'ACTION_ITEM') as has_action
                from cmr_item i group by i.cmr_id
            )
            select v.cmr_id, v.items_version, v.has_action, m.address_line1 is not null, m.date_of_death is not null
            from versions v
            join cmr c on c.cmr_id = v.cmr_id
            join member m on m.member_id = c.member_id
            where not exists (select 1 from cmr_summary_document d
                              where d.cmr_id = v.cmr_id and d.items_version = v.items_version)
              and ($1::text is null or v.cmr_id = $1)
            order by v.cmr_id""".formatted(VERSION);

    static final String WITHOUT_ITEMS = """
            select c.cmr_id from cmr c
            where c.plan_year = $1 and c.summary_sent_date is null
              and not exists (select 1 from cmr_item i where i.cmr_id = c.cmr_id)
            order by c.cmr_id""";

    static final String CMR = """
            select c.cmr_id, c.cmr_date, m.first_name, m.last_name, m.date_of_birth, m.address_line1, m.address_line2,
                   m.city, m.state, m.zip
            from cmr c join member m on m.member_id = c.member_id where c.cmr_id = $1""";

    static final String ITEMS = """
            select item_type, medicine, how_i_use_it, why_i_use_it, prescriber, date_started, date_stopped, why_stopped,
                   talked_about, what_i_need_to_do, what_i_did, text, source_file_id
            from cmr_item where cmr_id = $1 order by item_type, item_no""";

    static final String RENDERED = """
            select cmr_id, items_version, object_key, sha256, run_date from cmr_summary_document
            where cmr_id = $1 order by rendered_at desc, items_version desc limit 1""";

    static final String RECORD = """
            insert into cmr_summary_document (cmr_id, items_version, object_key, sha256, run_date)
            values ($1, $2, $3, $4, $5) on conflict do nothing""";

    private final Pool pool;

    public CmrSummaries(Pool pool) {
        this.pool = pool;
    }

    /** Every CMR with items and no summary for their current version (or just {@code cmrId}), by CMR id. */
    public List<Due> due(String cmrId) {
        List<Due> out = new ArrayList<>();
        pool.preparedQuery(DUE).execute(Tuple.of(cmrId)).await().indefinitely().forEach(r -> {
            Held held = !r.getBoolean(2) ? Held.NO_ACTION_ITEMS
                    : r.getBoolean(4) ? Held.MEMBER_DECEASED
                    : !r.getBoolean(3) ? Held.NO_MAILING_ADDRESS : null;
            out.add(new Due(r.getString(0), r.getLong(1), Optional.ofNullable(held)));
        });
        return out;
    }

    /** The plan year's CMRs that have no items and no summary sent by the vendor: the pharmacist's to chase. */
    public List<String> withoutItems(int planYear) {
        List<String> out = new ArrayList<>();
        pool.preparedQuery(WITHOUT_ITEMS).execute(Tuple.of(planYear)).await().indefinitely()
                .forEach(r -> out.add(r.getString(0)));
        return out;
    }

    public boolean exists(String cmrId) {
        return pool.preparedQuery("select 1 from cmr where cmr_id = $1").execute(Tuple.of(cmrId)).await().indefinitely()
                .size() > 0;
    }

    public Optional<CmrRecord> load(String cmrId) {
        var rows = pool.preparedQuery(CMR).execute(Tuple.of(cmrId)).await().indefinitely();
        if (rows.size() == 0) {
            return Optional.empty();
        }
        Row c = rows.iterator().next();
        Optional<Address> address = c.getString(5) == null ? Optional.empty()
                : Optional.of(new Address(c.getString(5), c.getString(6), c.getString(7), c.getString(8), c.getString(9)));
        List<ActionItem> actions = new ArrayList<>();
        List<String> followUp = new ArrayList<>();
        List<String> questions = new ArrayList<>();
        List<String> allergies = new ArrayList<>();
        List<Medication> medications = new ArrayList<>();
        List<String> other = new ArrayList<>();
        long version = 0;
        for (Row i : pool.preparedQuery(ITEMS).execute(Tuple.of(cmrId)).await().indefinitely()) {
            Long file = i.getLong(12);
            version = Math.max(version, file == null ? 0 : file);
            switch (i.getString(0)) {
                case "MEDICATION" -> medications.add(new Medication(i.getString(1), i.getString(2), i.getString(3),
                        i.getString(4), i.getLocalDate(5), i.getLocalDate(6), i.getString(7)));
                case "ACTION_ITEM" -> actions.add(new ActionItem(i.getString(8), i.getString(9), i.getString(10)));
                case "FOLLOW_UP" -> followUp.add(i.getString(11));
                case "QUESTION" -> questions.add(i.getString(11));
                case "ALLERGY" -> allergies.add(i.getString(11));
                default -> other.add(i.getString(11));
            }
        }
        return Optional.of(new CmrRecord(c.getString(0), version, c.getLocalDate(1), c.getString(2), c.getString(3),
                c.getLocalDate(4), address, actions, followUp, questions, allergies, medications, other));
    }

    /** The latest summary rendered for the CMR, if any. */
    public Optional<Rendered> rendered(String cmrId) {
        var rows = pool.preparedQuery(RENDERED).execute(Tuple.of(cmrId)).await().indefinitely();
        if (rows.size() == 0) {
            return Optional.empty();
        }
        Row r = rows.iterator().next();
        return Optional.of(new Rendered(r.getString(0), r.getLong(1), r.getString(2), r.getString(3), r.getLocalDate(4)));
    }

    /** Records the summary written; false when that CMR's version was recorded already (a concurrent run). */
    public boolean record(Rendered rendered) {
        return pool.preparedQuery(RECORD).execute(Tuple.of(rendered.cmrId(), rendered.itemsVersion(),
                rendered.objectKey(), rendered.sha256(), rendered.runDate())).await().indefinitely().rowCount() == 1;
    }
}
