package com.healthoptions.mtm.documents;

import java.util.ArrayList;
import java.util.List;

/** A US postal address as printed in a letter's inside address; {@code secondLine} may be null. */
public record MailingAddress(String street, String secondLine, String city, String state, String zip) {

  public MailingAddress {
    Required.text(street, "street");
    secondLine = Required.optionalText(secondLine);
    Required.text(city, "city");
    Required.text(state, "state");
    Required.text(zip, "zip");
  }

  /** The address as the lines of an envelope window. */
  public List<String> lines() {
    var lines = new ArrayList<String>();
    lines.add(street);
    if (secondLine != null) {
      lines.add(secondLine);
    }
    lines.add(city + ", " + state + " " + zip);
    return List.copyOf(lines);
  }
}
