package com.healthoptions.mtm.testing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * Writes rows straight into the test database (plain JDBC, outside the function under test), so each
 * test sets up exactly the members and facts it asserts on. Member ids should be unique per test.
 */
public final class TestData implements AutoCloseable {

    public static final String SEED_PLAN = "S5801-001";

    private final Connection connection;

    private TestData(Connection connection) {
        this.connection = connection;
    }

    public static TestData open() {
        try {
            return new TestData(DriverManager.getConnection(PostgresTestDatabase.jdbcUrl(),
                    PostgresTestDatabase.user(), PostgresTestDatabase.password()));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same, on another server's database (a {@link PrivatePostgres}), as its superuser. */
    public static TestData open(String jdbcUrl) {
        try {
            return new TestData(DriverManager.getConnection(jdbcUrl, "postgres", ""));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public TestData member(String memberId) {
        return member(memberId, SEED_PLAN, LocalDate.of(1950, 6, 15), "60601", "+13125550100");
    }

    public TestData member(String memberId, String planId, LocalDate dateOfBirth, String zip, String phone) {
        return update("""
                insert into member (member_id, contract_id, plan_id, first_name, last_name, date_of_birth, zip, phone_e164)
                select ?, p.contract_id, p.plan_id, 'Test', 'Member', ?, ?, ? from plan p where p.plan_id = ?""",
                memberId, dateOfBirth, zip, phone, planId);
    }

    public TestData fill(String claimId, String memberId, LocalDate fillDate, String drugName, String grossCost) {
        return fill(claimId, memberId, fillDate, null, drugName, grossCost, false);
    }

    public TestData fill(String claimId, String memberId, LocalDate fillDate, String ndc, String drugName,
            String grossCost, boolean reversed) {
        return update("""
                insert into pharmacy_claim (claim_id, member_id, fill_date, ndc, drug_name, days_supply, quantity,
                                            gross_cost, reversed)
                values (?, ?, ?, ?, ?, 30, 30, ?, ?)""",
                claimId, memberId, fillDate, ndc, drugName, new BigDecimal(grossCost), reversed);
    }

    public TestData diagnosis(String memberId, String icd10, LocalDate serviceDate) {
        return update("insert into diagnosis (member_id, icd10_code, service_date, source) values (?, ?, ?, 'test')",
                memberId, icd10, serviceDate);
    }

    public TestData dmpAtRisk(String memberId, LocalDate from, LocalDate to) {
        return update("insert into dmp_status (member_id, status, effective_date, end_date) values (?, 'AT_RISK', ?, ?)",
                memberId, from, to);
    }

    public TestData ndcProduct(String productKey, String productNdc, String name, String... substances) {
        update("""
                insert into ndc_product (product_key, product_ndc, proprietary_name, nonproprietary_name)
                values (?, ?, ?, ?) on conflict do nothing""", productKey, productNdc, name, name);
        for (String s : substances) {
            update("insert into ndc_product_ingredient (product_key, ingredient) values (?, ?) on conflict do nothing",
                    productKey, s.toLowerCase(java.util.Locale.ROOT));
        }
        return this;
    }

    /** An FDA NDC directory product with its PHARM_CLASSES, as the directory loader stores it. */
    public TestData ndcProductWithClasses(String productKey, String productNdc, String proprietaryName,
            String pharmClasses, String... substances) {
        update("""
                insert into ndc_product (product_key, product_ndc, proprietary_name, nonproprietary_name, pharm_classes)
                values (?, ?, ?, ?, ?) on conflict (product_key) do update set pharm_classes = excluded.pharm_classes""",
                productKey, productNdc, proprietaryName, proprietaryName, pharmClasses);
        for (String s : substances) {
            update("insert into ndc_product_ingredient (product_key, ingredient) values (?, ?) on conflict do nothing",
                    productKey, s.toLowerCase(java.util.Locale.ROOT));
        }
        return this;
    }

    /** The roster's coverage span and date of death (any of them null). */
    public TestData coverage(String memberId, LocalDate start, LocalDate end, LocalDate dateOfDeath) {
        return update("update member set coverage_start = ?, coverage_end = ?, date_of_death = ? where member_id = ?",
                start, end, dateOfDeath, memberId);
    }

    /** A paid fill with its days supply. */
    public TestData fill(String claimId, String memberId, LocalDate fillDate, String drugName, int daysSupply,
            String grossCost) {
        return update("""
                insert into pharmacy_claim (claim_id, member_id, fill_date, drug_name, days_supply, quantity, gross_cost)
                values (?, ?, ?, ?, ?, 30, ?)""", claimId, memberId, fillDate, drugName, daysSupply, new BigDecimal(grossCost));
    }

    public TestData enrolled(String memberId, int planYear, LocalDate enrollmentDate, String reasonTargeted) {
        return update("""
                insert into mtm_enrollment (member_id, plan_year, enrollment_date, date_met_criteria, reason_targeted)
                values (?, ?, ?, ?, ?)""", memberId, planYear, enrollmentDate, enrollmentDate, reasonTargeted);
    }

    public TestData optedOut(String memberId, int planYear, LocalDate optOutDate, String reason) {
        return update("""
                insert into mtm_enrollment (member_id, plan_year, opt_out_date, opt_out_reason) values (?, ?, ?, ?)
                on conflict (member_id, plan_year) do update set opt_out_date = excluded.opt_out_date,
                    opt_out_reason = excluded.opt_out_reason""", memberId, planYear, optOutDate, reason);
    }

    /** Any statement with positional parameters, for rows the helpers above do not cover. */
    public TestData update(String sql, Object... args) {
        try (var st = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            st.executeUpdate();
            return this;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A single value from a query, e.g. a count. */
    public <T> T value(Class<T> type, String sql, Object... args) {
        try (var st = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (var rs = st.executeQuery()) {
                return rs.next() ? rs.getObject(1, type) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
