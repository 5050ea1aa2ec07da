/**
 * Working-day calendars, the academic year and due-date policies.
 *
 * <p>Useful on its own to anyone who needs Russian working days: see
 * {@link org.eduroadmap.calendar}.
 */
module org.eduroadmap.calendar {
  exports org.eduroadmap.calendar;
}
