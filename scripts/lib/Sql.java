import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What the scripts used psql for, over JDBC, so a machine with only a JDK (and the embedded PostgreSQL,
 * which ships no psql) can run them: create and drop databases, run SQL files, print query results.
 *
 * <pre>
 * java -cp POSTGRESQL_JDBC_JAR scripts/lib/Sql.java --url jdbc:postgresql://127.0.0.1:5432/postgres [--user postgres]
 *      [--wait SECONDS] [-A] (--recreate-database NAME | --drop-database NAME | -c SQL | -f FILE)...
 * </pre>
 *
 * The password comes from {@code PGPASSWORD} (never the command line, where {@code ps} shows it). Actions
 * run in order; the first error prints {@code ERROR: ...} and exits 1, like psql with ON_ERROR_STOP. SQL
 * goes through the simple query protocol, so a file holding several statements and its own
 * {@code begin; ... commit;} runs as psql would run it. Results print as an aligned table, or with
 * {@code -A} as tab-separated rows without a header (psql's {@code -At}).
 */
public class Sql {

    private static final String NAME = "[a-z0-9_]+";

    public static void main(String[] args) throws Exception {
        String url = null;
        String user = "postgres";
        int waitSeconds = 0;
        boolean unaligned = false;
        List<String[]> actions = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--url" -> url = value(args, ++i, arg);
                case "--user" -> user = value(args, ++i, arg);
                case "--wait" -> waitSeconds = Integer.parseInt(value(args, ++i, arg));
                case "-A" -> unaligned = true;
                case "-c", "-f", "--recreate-database", "--drop-database" -> actions.add(new String[] {arg, value(args, ++i, arg)});
                default -> fail("unknown argument " + arg);
            }
        }
        if (url == null) {
            fail("--url is required");
        }
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", System.getenv().getOrDefault("PGPASSWORD", ""));
        props.setProperty("preferQueryMode", "simple");
        props.setProperty("options", "-c client_min_messages=warning");
        props.setProperty("ApplicationName", "mtm-scripts");
        try (Connection connection = connect(url, props, waitSeconds)) {
            for (String[] action : actions) {
                run(connection, action[0], action[1], unaligned);
            }
        } catch (SQLException e) {
            fail(e.getMessage().replaceFirst("^ERROR: ", ""));
        }
    }

    private static Connection connect(String url, Properties props, int waitSeconds) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
        while (true) {
            try {
                return DriverManager.getConnection(url, props);
            } catch (SQLException e) {
                // 08xxx: the server is not (yet) accepting connections; anything else (auth, no database) is final.
                boolean notUpYet = e.getSQLState() != null && e.getSQLState().startsWith("08")
                        || e.getSQLState() != null && e.getSQLState().equals("57P03");
                if (!notUpYet || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(250);
            }
        }
    }

    private static void run(Connection connection, String kind, String argument, boolean unaligned) throws Exception {
        switch (kind) {
            case "--recreate-database" -> {
                execute(connection, "drop database if exists " + databaseName(argument) + " with (force)", unaligned);
                execute(connection, "create database " + databaseName(argument), unaligned);
            }
            case "--drop-database" -> execute(connection, "drop database if exists " + databaseName(argument) + " with (force)", unaligned);
            case "-c" -> execute(connection, argument, unaligned);
            case "-f" -> execute(connection, Files.readString(Path.of(argument)), unaligned);
            default -> throw new IllegalStateException(kind);
        }
    }

    private static String databaseName(String name) {
        if (!name.matches(NAME)) {
            fail("bad database name " + name + " (expected " + NAME + ")");
        }
        return name;
    }

    private static void execute(Connection connection, String sql, boolean unaligned) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            boolean isResultSet = statement.execute(sql);
            while (true) {
                if (isResultSet) {
                    try (ResultSet rs = statement.getResultSet()) {
                        print(rs, unaligned);
                    }
                } else if (statement.getUpdateCount() == -1) {
                    break;
                }
                isResultSet = statement.getMoreResults();
            }
            for (SQLWarning w = statement.getWarnings(); w != null; w = w.getNextWarning()) {
                System.err.println("WARNING: " + w.getMessage());
            }
        }
    }

    private static void print(ResultSet rs, boolean unaligned) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int columns = meta.getColumnCount();
        List<String[]> rows = new ArrayList<>();
        while (rs.next()) {
            String[] row = new String[columns];
            for (int c = 0; c < columns; c++) {
                String v = rs.getString(c + 1);
                row[c] = v == null ? "" : v;
            }
            rows.add(row);
        }
        StringBuilder out = new StringBuilder();
        if (unaligned) {
            for (String[] row : rows) {
                out.append(String.join("\t", row)).append('\n');
            }
        } else {
            int[] width = new int[columns];
            String[] header = new String[columns];
            for (int c = 0; c < columns; c++) {
                header[c] = meta.getColumnLabel(c + 1);
                width[c] = header[c].length();
                for (String[] row : rows) {
                    width[c] = Math.max(width[c], row[c].length());
                }
            }
            line(out, header, width);
            for (int c = 0; c < columns; c++) {
                out.append(c == 0 ? "" : "-+-").append("-".repeat(width[c]));
            }
            out.append('\n');
            for (String[] row : rows) {
                line(out, row, width);
            }
            out.append('(').append(rows.size()).append(rows.size() == 1 ? " row)\n\n" : " rows)\n\n");
        }
        System.out.print(out);
        System.out.flush();
    }

    private static void line(StringBuilder out, String[] cells, int[] width) {
        for (int c = 0; c < cells.length; c++) {
            out.append(c == 0 ? "" : " | ").append(cells[c]).append(" ".repeat(width[c] - cells[c].length()));
        }
        out.append('\n');
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            fail(option + " needs a value");
        }
        return args[i];
    }

    private static void fail(String message) {
        System.err.println("ERROR: " + message);
        System.exit(1);
    }
}
