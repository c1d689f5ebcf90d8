package com.healthoptions.mtm.screening;

/** A prescriber a TMR letter goes to, from the prescriber directory; {@code addressLine2} and {@code fax} may be null. */
public record Prescriber(String npi, String name, String addressLine1, String addressLine2, String city, String state,
        String zip, String fax) {
}
