/**
 * The {@code eduroadmap} command-line tool; its commands and JSON-lines fields are the contract of
 * {@code spec/cli.md}.
 *
 * <pre>{@code
 * ./eduroadmap schedule eao-2021 --from 2021-11-01 --to 2021-11-30 --format jsonl
 * }</pre>
 */
package org.eduroadmap.cli;
