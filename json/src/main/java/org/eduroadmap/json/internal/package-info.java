/**
 * The Jackson binding of the model types, shared by the Jackson 2 and the Jackson 3 module: mix-ins
 * that carry the annotations the model classes do not, builders for the value types that have no
 * public builder, and the filter that leaves an empty responsibility out. Not API.
 */
@NullMarked
package org.eduroadmap.json.internal;

import org.jspecify.annotations.NullMarked;
