/**
 * Internals of the term language shared with the scheduling calculator; not exported, not API.
 */
package org.eduroadmap.term.internal;
