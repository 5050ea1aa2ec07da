package org.eduroadmap.cli;

/**
 * The input cannot be read or is not a roadmap (exit status 3); the message, already in the language
 * asked for, names the file and where in it.
 */
final class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  InputException(String message) {
    super(message);
  }
}
