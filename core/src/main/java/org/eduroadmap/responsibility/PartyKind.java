package org.eduroadmap.responsibility;

/**
 * What kind of party a responsible cell names.
 *
 * <p>{@code ORGANISATION}: «ИМЦ», «Комитет», «ОО»; {@code UNIT}: a unit of an organisation, «Отдел
 * правового обеспечения…»; {@code ROLE}: «консультант», «главный специалист МОО»,
 * «руководители ОУ»; {@code PERSON}: a named person, «Дорохова В.В.».
 */
public enum PartyKind {
  /** An organisation or authority: «Комитет», «ИМЦ», «ОО», «МЦОКО». */
  ORGANISATION,
  /** A unit of an organisation: «Отдел общего образования», «Сектор общего образования». */
  UNIT,
  /** A position or role: «консультант», «главный специалист», «руководители ОУ». */
  ROLE,
  /** A named person: «Дорохова В.В.». */
  PERSON
}
