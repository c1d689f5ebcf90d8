package com.healthoptions.mtm.program;

/** How a CMR offer or safe-disposal information reached the member. */
public enum ContactMethod {
    MAIL, TELEPHONE, IN_PERSON, ELECTRONIC, OTHER
}
