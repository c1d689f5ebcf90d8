package com.healthoptions.mtm.intake.lambda;

import com.healthoptions.mtm.testing.PostgresTestDatabase;
import java.util.Map;

/**
 * The shared test database, with the JDBC driver registered from this class loader first: a test class
 * with its own profile restarts Quarkus in a new class loader, where DriverManager would not offer the
 * driver the first start registered.
 */
public class IntakePostgres extends PostgresTestDatabase {

    @Override
    public Map<String, String> start() {
        try {
            Class.forName("org.postgresql.Driver", true, IntakePostgres.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return super.start();
    }
}
