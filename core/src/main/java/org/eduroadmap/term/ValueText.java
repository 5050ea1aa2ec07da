package org.eduroadmap.term;

/**
 * The {@code toString} of the term package's value classes, in the form records write
 * ({@code OneDate[date=2021-02-25, time=Optional.empty]}), so that the texts stayed what they were when
 * the values were records.
 */
final class ValueText {

  private ValueText() {}

  /** {@code name[n1=v1, n2=v2]} from {@code name} and the alternating component names and values. */
  static String of(String name, Object... namesAndValues) {
    StringBuilder b = new StringBuilder(name).append('[');
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (i > 0) {
        b.append(", ");
      }
      b.append(namesAndValues[i]).append('=').append(namesAndValues[i + 1]);
    }
    return b.append(']').toString();
  }
}
