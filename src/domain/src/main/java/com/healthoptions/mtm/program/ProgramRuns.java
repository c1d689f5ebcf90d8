package com.healthoptions.mtm.program;

import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The runs of the program's scheduled functions, one row per (function, run key): a schedule that
 * fires again for a run already COMPLETE finds its summary and changes nothing. While a run is RUNNING its
 * summary column holds its progress, for a run that goes on over several invocations. Blocking: call from a
 * worker thread (the Lambda handler's).
 */
@ApplicationScoped
public class ProgramRuns {

    private final Pool pool;

    public ProgramRuns(Pool pool) {
        this.pool = pool;
    }

    /** The summary of a completed run, if there is one. */
    public Optional<JsonObject> completed(String function, String runKey) {
        RowSet<Row> rows = pool.preparedQuery("""
                select summary from program_run where function_name = $1 and run_key = $2 and state = 'COMPLETE'""")
                .execute(Tuple.of(function, runKey)).await().indefinitely();
        return rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getJsonObject(0));
    }

    public void start(String function, String runKey, String correlationId) {
        pool.preparedQuery("""
                insert into program_run (function_name, run_key, state, correlation_id) values ($1, $2, 'RUNNING', $3)
                on conflict (function_name, run_key) do update set state = 'RUNNING', started_at = now(),
                    completed_at = null, correlation_id = excluded.correlation_id""")
                .execute(Tuple.of(function, runKey, correlationId)).await().indefinitely();
    }

    /**
     * How far a RUNNING run got, as its last {@link #checkpoint} left it: a run that spans several invocations
     * (or was cut off) goes on from there. Empty when the run was never checkpointed.
     */
    public Optional<JsonObject> progress(String function, String runKey) {
        RowSet<Row> rows = pool.preparedQuery("""
                select summary from program_run
                where function_name = $1 and run_key = $2 and state = 'RUNNING' and summary is not null""")
                .execute(Tuple.of(function, runKey)).await().indefinitely();
        return rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getJsonObject(0));
    }

    /** Records how far a RUNNING run got (what {@link #progress} gives the next invocation). */
    public void checkpoint(String function, String runKey, JsonObject progress) {
        pool.preparedQuery("""
                update program_run set summary = $3
                where function_name = $1 and run_key = $2 and state = 'RUNNING'""")
                .execute(Tuple.of(function, runKey, progress)).await().indefinitely();
    }

    public void complete(String function, String runKey, JsonObject summary) {
        pool.preparedQuery("""
                update program_run set state = 'COMPLETE', summary = $3, completed_at = now()
                where function_name = $1 and run_key = $2""")
                .execute(Tuple.of(function, runKey, summary)).await().indefinitely();
    }
}
