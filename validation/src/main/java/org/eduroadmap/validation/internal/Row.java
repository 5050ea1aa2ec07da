package org.eduroadmap.validation.internal;

import java.util.Optional;
import org.eduroadmap.roadmap.Activity;

/**
 * An activity where it stands: its path and, for a row of the table, its row number counted from 1
 * (0 for the order's reporting duties, which are not rows).
 */
record Row(Activity activity, String path, int row) {

  Optional<Activity> concerned() {
    return Optional.of(activity);
  }

  String path(String property) {
    return path + "." + property;
  }

  boolean isTableRow() {
    return row > 0;
  }
}
