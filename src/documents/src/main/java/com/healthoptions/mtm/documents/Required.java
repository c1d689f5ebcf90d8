package com.healthoptions.mtm.documents;

import java.util.List;
import java.util.Objects;

/** Checks of the documents' input; messages name the field, never its value (values are PHI). */
public final class Required {

  private Required() {}

  public static String text(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    return value;
  }

  /** Null for null or blank, so a template tests one thing. */
  public static String optionalText(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  public static <T> T present(T value, String field) {
    return Objects.requireNonNull(value, () -> field + " is required");
  }

  /** An immutable copy; null means none. Null elements are refused. */
  public static <T> List<T> list(List<T> values, String field) {
    if (values == null) {
      return List.of();
    }
    for (T value : values) {
      if (value == null) {
        throw new IllegalArgumentException(field + " holds a null entry");
      }
    }
    return List.copyOf(values);
  }

  public static <T> List<T> nonEmpty(List<T> values, String field) {
    var copy = list(values, field);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(field + " needs at least one entry");
    }
    return copy;
  }
}
