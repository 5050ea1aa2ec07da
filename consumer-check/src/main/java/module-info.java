/**
 * An embedder of every published Eduroadmap artifact; see {@link org.eduroadmap.consumercheck.Embedder}.
 * It exports nothing: an application, not a library, so its public methods need not re-export ours.
 */
module org.eduroadmap.consumercheck {
  requires org.eduroadmap.calendar;
  requires org.eduroadmap.core;
  requires org.eduroadmap.json;
  requires org.eduroadmap.ical;
  requires org.eduroadmap.document;
  requires org.eduroadmap.validation;
  requires org.eduroadmap.report;
}
