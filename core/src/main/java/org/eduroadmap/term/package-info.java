/**
 * The term language: the Russian «Сроки» of a roadmap as text ({@link org.eduroadmap.term.Term}) and as
 * rules ({@link org.eduroadmap.term.TermRule}), read by {@link org.eduroadmap.term.TermReader} and written
 * back by {@link org.eduroadmap.term.TermWriter}.
 *
 * <pre>{@code
 * Term term = Term.of("ежегодно (ноябрь)");
 * TermRule rule = term.rule();          // YearlyInMonths[months=[NOVEMBER]]
 * rule.kind();                          // WINDOW
 * rule.toEnglish();                     // "every year in November"
 *
 * TermReader.strict().read("нябрь 2021"); // TermParseException naming index 0, with «ноябрь» suggested
 * TermReader.strict().splitYearCell("Проведен анализ Сентябрь – октябрь 2020");
 * }</pre>
 *
 * <p>Rules are context-free: the scheduler expands them for a roadmap period and a column year. The
 * semantics are those of {@code terms.md}; the decisions where it is silent are in
 * {@code docs/terms.md}.
 */
@NullMarked
package org.eduroadmap.term;

import org.jspecify.annotations.NullMarked;
