package org.eduroadmap.term;

/**
 * One token of a term: a word (lower case, ё as е), a number, a dash, a dot, a colon or another sign.
 * {@code group} numbers the bracketed group the token stands in (1 for the first «(…)» of the text), or
 * is 0 outside brackets: brackets are not tokens, but what they hold may be a note or a comment.
 */
record Token(Kind kind, String text, int start, int end, int value, int group) {

  Token(Kind kind, String text, int start, int end, int value) {
    this(kind, text, start, end, value, 0);
  }

  Token inGroup(int g) {
    return g == group ? this : new Token(kind, text, start, end, value, g);
  }

  enum Kind { WORD, NUMBER, DASH, DOT, COLON, SIGN }

  boolean isWord(String word) {
    return kind == Kind.WORD && text.equals(word);
  }

  boolean is(Kind k) {
    return kind == k;
  }

  int digits() {
    return end - start;
  }
}
