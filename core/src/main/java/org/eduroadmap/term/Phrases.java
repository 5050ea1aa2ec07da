package org.eduroadmap.term;

/** The leading words of a reference to another schedule, and how the reference text is normalised. */
final class Phrases {

  static final String ACCORDING_TO = "в соответствии с";
  static final String ACCORDING_TO_O = "в соответствии со";
  static final String PER = "согласно";
  static final String BY = "по";

  private Phrases() {}

  /** The reference without its leading words: «отдельному графику» for «по отдельному графику». */
  static String withoutLead(String reference) {
    for (String lead : new String[] {ACCORDING_TO_O, ACCORDING_TO, PER, BY}) {
      if (reference.startsWith(lead + " ")) {
        return reference.substring(lead.length() + 1);
      }
    }
    return reference;
  }

  /** {@code text} with runs of white space made one space and trailing spaces and punctuation cut. */
  static String collapse(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        space = b.length() > 0;
      } else {
        if (space) {
          b.append(' ');
          space = false;
        }
        b.append(c);
      }
    }
    int end = b.length();
    while (end > 0 && (".,;:".indexOf(b.charAt(end - 1)) >= 0 || b.charAt(end - 1) == ' ')) {
      end--;
    }
    b.setLength(end);
    return b.toString();
  }
}
