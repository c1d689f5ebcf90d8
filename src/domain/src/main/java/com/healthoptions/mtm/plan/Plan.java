package com.healthoptions.mtm.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Part D plan (contract and plan benefit package) running an MTM program. */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    @Column(name = "plan_id")
    public String planId;

    public String contractId;
    public String name;
}
