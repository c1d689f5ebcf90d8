package com.healthoptions.mtm.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The outage tests' server really goes away and comes back with its data. */
class PrivatePostgresTest {

    @Test
    void aStoppedServerRefusesConnectionsAndAStartedOneHasItsDataBack() throws SQLException {
        PrivatePostgres server = PrivatePostgres.create();
        try {
            String url = server.jdbcUrl("postgres");
            try (var c = DriverManager.getConnection(url, "postgres", ""); var s = c.createStatement()) {
                s.execute("create table kept (id int); insert into kept values (7)");
            }
            server.stop();
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", "").close())
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).startsWith("08"));
            server.start();
            try (var c = DriverManager.getConnection(url, "postgres", "");
                    var rs = c.createStatement().executeQuery("select id from kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(7);
            }
        } finally {
            server.destroy();
        }
    }
}
