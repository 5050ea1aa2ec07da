/**
 * What every Eduroadmap module shares: {@link org.eduroadmap.EduroadmapException}, the one error type to
 * catch, and {@link org.eduroadmap.Language}, the choice between Russian and English.
 */
@NullMarked
package org.eduroadmap;

import org.jspecify.annotations.NullMarked;
