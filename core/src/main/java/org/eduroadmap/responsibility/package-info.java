/**
 * Who answers for an activity: parties by the document's short names, the lead and the co-executors.
 *
 * <pre>{@code
 * Responsibility r = Responsibility.of("Комитет, ИМЦ",
 *     List.of(Party.of("Комитет", PartyKind.ORGANISATION), Party.of("ИМЦ", PartyKind.ORGANISATION)));
 * }</pre>
 */
@ValueStyle
@NullMarked
package org.eduroadmap.responsibility;

import org.jspecify.annotations.NullMarked;
import org.eduroadmap.internal.ValueStyle;
