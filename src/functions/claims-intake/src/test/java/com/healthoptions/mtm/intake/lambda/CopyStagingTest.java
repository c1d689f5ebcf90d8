package com.healthoptions.mtm.intake.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.healthoptions.mtm.intake.CopyText;
import com.healthoptions.mtm.intake.LeaseLostException;
import com.healthoptions.mtm.intake.StageConnections;
import com.healthoptions.mtm.testing.TestData;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staging's {@code COPY} path as the function runs it (its bean, its login): awkward field values arrive in
 * the stage exactly as read from the file, null stays distinct from empty, and a chunk whose checkpoint fence
 * fails (the lease was lost) leaves neither its rows nor its statements behind.
 */
@QuarkusTest
@WithTestResource(IntakePostgres.class)
@WithTestResource(S3MockServer.class)
class CopyStagingTest {

    static final List<String> VALUES = Arrays.asList("tab\there", "two\nlines", "back\\slash \\N", "cr\rlf\r\n",
            "", null, "Zoë 😀 naïve", "quote \" and comma ,");

    @Inject
    CopyStageConnections connections;

    @BeforeEach
    void probeTables() {
        try (var db = TestData.open()) {
            db.update("drop table if exists copy_probe");
            db.update("create table copy_probe (line bigint primary key, value text, day date)");
            db.update("drop table if exists copy_fence");
            db.update("create table copy_fence (id int primary key, chunks int not null)");
            db.update("insert into copy_fence values (1, 0)");
            // The function logs in as its own role, which owns neither probe table.
            db.update("grant select, insert, update on copy_probe, copy_fence to public");
        }
    }

    static StringBuilder rows() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < VALUES.size(); i++) {
            text.append(i + 1).append('\t');
            if (VALUES.get(i) == null) {
                text.append(CopyText.NULL);
            } else {
                CopyText.field(VALUES.get(i), text);
            }
            text.append('\t').append("2026-0").append(i % 9 + 1).append("-15\n");
        }
        return text;
    }

    static StageConnections.Statement fence(int id) {
        return new StageConnections.Statement("update copy_fence set chunks = chunks + 1 where id = ?", List.of(id), true);
    }

    @Test
    void everyAwkwardValueIsStagedAsReadAndNullStaysNull() {
        try (StageConnections.Session session = connections.open()) {
            session.commit("copy_probe", List.of("line", "value", "day"), rows(), List.of(fence(1)));
        }
        try (var db = TestData.open()) {
            List<String> stored = new ArrayList<>();
            for (int i = 0; i < VALUES.size(); i++) {
                stored.add(db.value(String.class, "select value from copy_probe where line = ?", (long) i + 1));
            }
            assertThat(stored).containsExactlyElementsOf(VALUES);
            assertThat(db.value(Long.class, "select count(*) from copy_probe where value is null")).isEqualTo(1L);
            assertThat(db.value(String.class, "select day::text from copy_probe where line = 3")).isEqualTo("2026-03-15");
            assertThat(db.value(Integer.class, "select chunks from copy_fence where id = 1")).isEqualTo(1);
        }
    }

    @Test
    void aChunkWhoseFenceMatchesNoRowLeavesNothing() {
        try (StageConnections.Session session = connections.open()) {
            assertThatThrownBy(() -> session.commit("copy_probe", List.of("line", "value", "day"), rows(),
                    List.of(new StageConnections.Statement("update copy_fence set chunks = chunks + 1", List.of(), false),
                            fence(2))))
                    .isInstanceOf(LeaseLostException.class);
            // The session stays usable for the next chunk after a rollback.
            session.commit("copy_probe", List.of("line", "value", "day"), new StringBuilder(), List.of(fence(1)));
        }
        try (var db = TestData.open()) {
            assertThat(db.value(Long.class, "select count(*) from copy_probe")).isZero();
            assertThat(db.value(Integer.class, "select chunks from copy_fence where id = 1")).isEqualTo(1);
        }
    }
}
