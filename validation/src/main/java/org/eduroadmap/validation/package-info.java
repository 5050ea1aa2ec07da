/**
 * Validation of roadmaps: one entry point that reports every violation, in Russian or English.
 */
package org.eduroadmap.validation;
