/**
 * Internals of the term language shared with the scheduling calculator; not exported, not API.
 */
@NullMarked
package org.eduroadmap.term.internal;

import org.jspecify.annotations.NullMarked;
