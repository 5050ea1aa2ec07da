package org.eduroadmap.roadmap;

/** Whose roadmap it is: a region's, a municipality's or a school's own. */
public enum RoadmapLevel {
  /** Approved by a federal subject's education authority (комитет, министерство). */
  REGIONAL,
  /** Approved by a municipal education authority (управление, комитет, отдел). */
  MUNICIPAL,
  /** A school's own plan. */
  SCHOOL
}
