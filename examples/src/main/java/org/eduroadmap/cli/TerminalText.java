package org.eduroadmap.cli;

/**
 * Text for a terminal: a roadmap's control characters shown as escapes, never sent raw.
 *
 * <pre>{@code
 * TerminalText.field("План\u001b[31m")   // "План\\u001b[31m": no colour, no cursor move
 * TerminalText.lines("a\nb\u0000")      // "a\nb\\u0000": the command's own line breaks kept
 * }</pre>
 *
 * <p>A title holding ESC would recolour, clear or retitle the terminal of whoever runs {@code schedule};
 * a CR would overwrite the line. jsonl already escapes them (JSON strings have no raw control character);
 * text output now does too: {@code \r}, {@code \n}, {@code \t} for those three, {@code \\uXXXX} for every
 * other control character (C0, DEL, C1) and for U+2028/U+2029.
 */
final class TerminalText {

  private TerminalText() {}

  /** {@code text} as one field of a line: every control character escaped, TAB and line breaks too. */
  static String field(String text) {
    return escape(text, false);
  }

  /**
   * {@code text} as lines a command wrote: its line breaks (LF, and CR LF) kept, every other control
   * character escaped. The safety net for whatever text output goes to a terminal or a file.
   */
  static String lines(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean keepLines) {
    int i = 0;
    while (i < text.length() && !unsafe(text, i, keepLines)) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!unsafe(text, i, keepLines)) {
        b.append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else {
        b.append(String.format("\\u%04x", (int) c));
      }
    }
    return b.toString();
  }

  private static boolean unsafe(String text, int i, boolean keepLines) {
    char c = text.charAt(i);
    if (keepLines && (c == '\n' || c == '\t'
        || c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n')) {
      return false;
    }
    return Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029';
  }
}
