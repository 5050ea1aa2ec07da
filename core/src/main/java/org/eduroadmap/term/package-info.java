/**
 * The term language: the Russian «Сроки» of a roadmap as text and as rules.
 *
 * <pre>{@code
 * Term term = Term.of("ежегодно (ноябрь)");
 * }</pre>
 */
package org.eduroadmap.term;
