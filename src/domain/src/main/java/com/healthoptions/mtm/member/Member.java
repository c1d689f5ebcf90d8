package com.healthoptions.mtm.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A plan member as the roster carries them. Name, date of birth, ZIP and phone are PHI: never log them. */
@Entity
@Table(name = "member")
public class Member {

    @Id
    @Column(name = "member_id")
    public String memberId;

    public String contractId;
    public String planId;
    public String firstName;
    public String lastName;
    public LocalDate dateOfBirth;
    public String zip;

    @Column(name = "phone_e164")
    public String phoneE164;

    public Instant updatedAt;

    @Override
    public String toString() {
        return "Member[" + memberId + "]";
    }
}
