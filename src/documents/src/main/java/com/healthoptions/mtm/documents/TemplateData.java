package com.healthoptions.mtm.documents;

import java.util.LinkedHashMap;
import java.util.Map;

/** A template's data: a map that takes nulls (an absent optional field), built fluently. */
public final class TemplateData {

  private final Map<String, Object> values = new LinkedHashMap<>();

  public TemplateData put(String key, Object value) {
    values.put(key, value);
    return this;
  }

  public Map<String, Object> asMap() {
    return values;
  }
}
