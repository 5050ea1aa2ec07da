package org.eduroadmap.term;

/** One token of a term: a word (lower case, ё as е), a number, a dash, a dot, a colon or another sign. */
record Token(Kind kind, String text, int start, int end, int value) {

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
