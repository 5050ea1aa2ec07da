/**
 * The support cycle of schools with low results (the federal project «500+» and the regional ШНОР
 * programmes): risk factors, a school's risk profile per year, its programmes (concept document,
 * medium-term development programme, one anti-risk programme per risk factor) with measured
 * indicators, the cascade of activities from the region to the municipality to the school, and the
 * roll-up of results back up. {@code docs/cycle.md} maps the cycle onto these types.
 *
 * <pre>{@code
 * RiskFactorCatalogue catalogue = RiskFactorCatalogue.standard();
 * catalogue.factorsFor(2022).forEach(f -> System.out.println(f.code() + " " + f.nameRu()));
 * SupportCycle cycle = SupportCycleJson.standard().read(Path.of("cycle.json"));   // eduroadmap-json
 * Dashboard d = cycle.dashboard(ScheduleCalculator.standard(), LocalDate.of(2022, 12, 31));
 * d.rollup().total().onTime().rate();                                             // OptionalDouble[0.8]
 * }</pre>
 *
 * <p>Every type here is immutable and thread-safe.
 */
@ValueStyle
@NullMarked
package org.eduroadmap.support;

import org.eduroadmap.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
