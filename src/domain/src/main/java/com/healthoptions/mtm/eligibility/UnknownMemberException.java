package com.healthoptions.mtm.eligibility;

/** No member with this id. The message names the id only: never other member data. */
public class UnknownMemberException extends RuntimeException {

    public UnknownMemberException(String memberId) {
        super("No member " + memberId);
    }
}
