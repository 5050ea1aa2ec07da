package org.eduroadmap.school;

/** The status a document gives a school for a year. */
public enum SchoolStatusKind {
  /** Школа с низкими образовательными результатами (ШНОР). */
  LOW_RESULTS,
  /** В зоне риска по низким образовательным результатам. */
  RISK_ZONE,
  /** Школа, функционирующая в неблагоприятных социальных условиях (ШНСУ). */
  UNFAVOURABLE_CONDITIONS,
  /** Участник проекта адресной методической помощи «500+». */
  PROJECT_500_PLUS
}
