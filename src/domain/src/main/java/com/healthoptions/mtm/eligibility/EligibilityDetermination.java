package com.healthoptions.mtm.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored eligibility decision with a summary of its inputs; the history is append-only. */
@Entity
@Table(name = "eligibility_determination")
public class EligibilityDetermination {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String memberId;
    public String planId;
    public int planYear;
    public LocalDate asOf;
    public Instant determinedAt;
    public boolean eligible;
    public String reasonTargeted;
    public int chronicDrugCount;
    public int chronicConditionCount;
    public BigDecimal projectedAnnualCost;
    public boolean dmpAtRisk;
    public LocalDate dateMetCriteria;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public Map<String, List<String>> inputsSummary;

    public String triggeredBy;

    public static EligibilityDetermination of(EligibilityDecision d, String triggeredBy) {
        EligibilityDetermination e = new EligibilityDetermination();
        e.memberId = d.memberId();
        e.planId = d.planId();
        e.planYear = d.planYear();
        e.asOf = d.asOf();
        e.determinedAt = Instant.now();
        e.eligible = d.eligible();
        e.reasonTargeted = d.reasonTargeted().code();
        e.chronicDrugCount = d.chronicDrugCount();
        e.chronicConditionCount = d.chronicConditionCount();
        e.projectedAnnualCost = d.projectedAnnualCost();
        e.dmpAtRisk = d.dmpAtRisk();
        e.dateMetCriteria = d.dateMetCriteria();
        e.inputsSummary = new java.util.LinkedHashMap<>();
        d.criteria().forEach(c -> e.inputsSummary.put(c.name().name(), c.evidence()));
        e.triggeredBy = triggeredBy;
        return e;
    }
}
