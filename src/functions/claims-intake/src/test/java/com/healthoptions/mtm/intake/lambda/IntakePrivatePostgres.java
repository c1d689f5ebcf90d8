package com.healthoptions.mtm.intake.lambda;

import com.healthoptions.mtm.testing.PrivatePostgresDatabase;
import java.util.Map;

/** A private PostgreSQL for the outage test, with the JDBC driver registered as {@link IntakePostgres} does. */
public class IntakePrivatePostgres extends PrivatePostgresDatabase {

    @Override
    public Map<String, String> start() {
        try {
            Class.forName("org.postgresql.Driver", true, IntakePrivatePostgres.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return super.start();
    }
}
