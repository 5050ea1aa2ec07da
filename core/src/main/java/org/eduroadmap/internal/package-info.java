/** Internals shared by the core packages; not exported. */
package org.eduroadmap.internal;
