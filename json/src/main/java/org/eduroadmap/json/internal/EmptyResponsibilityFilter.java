package org.eduroadmap.json.internal;

import org.eduroadmap.responsibility.Responsibility;

/**
 * Jackson's {@code JsonInclude.Include.CUSTOM} filter that leaves an empty responsibility (no cell
 * text, no party) out of JSON, as absent values are. Public only because Jackson instantiates it.
 */
public final class EmptyResponsibilityFilter {

  /** Jackson instantiates the filter by reflection. */
  public EmptyResponsibilityFilter() {}

  @Override
  public boolean equals(Object value) {
    return value instanceof Responsibility r && r.isEmpty() && r.text().isEmpty();
  }

  @Override
  public int hashCode() {
    return 0;
  }
}
