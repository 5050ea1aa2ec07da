package org.eduroadmap.cli;

/**
 * The exit statuses every command shares (docs/cli.md): scripts tell a bad roadmap from a bad call
 * from an unreadable input by the number alone.
 */
final class ExitCodes {

  private ExitCodes() {}

  /** Done; for {@code validate}, no rule broken at ERROR severity. */
  static final int OK = 0;
  /** The roadmap breaks a rule at ERROR severity ({@code validate}, {@code import --validate}). */
  static final int VALIDATION_ERRORS = 1;
  /** The command line is wrong: unknown command or option, a bad value, a missing file. */
  static final int USAGE = 2;
  /** The input cannot be read, or is not a roadmap: nothing usable was found in a document. */
  static final int INPUT_UNREADABLE = 3;
}
