package org.eduroadmap.ical;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IcsTextTest {

  @Test
  void clean_lineBreaksOfEveryKind_becomeOneSpaceEach() {
    assertThat(IcsText.clean("a\rb\nc\r\nd\u000be\u000cf\u0085g\u2028h\u2029i")).isEqualTo("a b c d e f g h i");
  }

  @Test
  void clean_otherControlCharacters_becomeTheReplacementCharacter() {
    assertThat(IcsText.clean("a\u0000b\u001b[31mc\u009bd")).isEqualTo("a\uFFFDb\uFFFD[31mc\uFFFDd");
  }

  @Test
  void clean_plainTextWithTab_isTheSameString() {
    String text = "Совещание\tИМЦ";
    assertThat(IcsText.clean(text)).isSameAs(text);
  }
}
