package com.healthoptions.mtm.enrollment;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class MtmEnrollmentRepository implements PanacheRepositoryBase<MtmEnrollment, EnrollmentKey> {

    public Uni<MtmEnrollment> findFor(String memberId, int planYear) {
        return findById(new EnrollmentKey(memberId, planYear));
    }
}
