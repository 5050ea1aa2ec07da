/** Internals shared by the core packages; not exported. */
@NullMarked
package org.eduroadmap.internal;

import org.jspecify.annotations.NullMarked;
