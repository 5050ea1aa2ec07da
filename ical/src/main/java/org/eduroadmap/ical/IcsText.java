package org.eduroadmap.ical;

/**
 * A roadmap's text made safe for an iCalendar TEXT value: no control character reaches the file raw.
 *
 * <pre>{@code
 * IcsText.clean("Совещание\rATTACH:https://…")   // "Совещание ATTACH:https://…", one line, one property
 * }</pre>
 *
 * <p>RFC 5545 §3.3.11 allows no control character in TEXT but HTAB, and ical4j escapes only LF (as
 * {@code \n}): a lone CR, which many parsers (ical4j's own among them) take for a line end, would start a new
 * property. Every line or page break (CR, LF, CR LF, VT, FF, NEL, U+2028, U+2029) becomes one space; any
 * other control character (NUL, ESC, the C1 controls) becomes U+FFFD, so that its place stays visible. A
 * multi-line description is cleaned piece by piece and joined with LF, which ical4j writes as {@code \n}.
 */
final class IcsText {

  private IcsText() {}

  /** {@code text} with every line break a space and every other control character but TAB U+FFFD. */
  static String clean(String text) {
    int i = 0;
    while (i < text.length() && !unsafe(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length()).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!unsafe(c)) {
        b.append(c);
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        b.append(' ');
        i++;
      } else if (isBreak(c)) {
        b.append(' ');
      } else {
        b.append('\uFFFD');
      }
    }
    return b.toString();
  }

  private static boolean unsafe(char c) {
    return c != '\t' && (Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029');
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u0085' || c == '\u2028'
        || c == '\u2029';
  }
}
