package org.eduroadmap.cli;

/** How a command writes: for people, or one JSON object per line for scripts. */
enum OutputFormat {
  text,
  jsonl
}
