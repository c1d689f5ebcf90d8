package com.healthoptions.mtm.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A member's enrollment is kept per plan year. */
@Embeddable
public class EnrollmentKey implements Serializable {

    @Column(name = "member_id")
    public String memberId;

    @Column(name = "plan_year")
    public int planYear;

    protected EnrollmentKey() {
    }

    public EnrollmentKey(String memberId, int planYear) {
        this.memberId = memberId;
        this.planYear = planYear;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnrollmentKey k && k.planYear == planYear && Objects.equals(k.memberId, memberId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(memberId, planYear);
    }
}
