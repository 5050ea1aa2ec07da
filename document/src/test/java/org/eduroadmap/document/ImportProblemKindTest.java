package org.eduroadmap.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.eduroadmap.testsupport.BundleCheck;
import org.junit.jupiter.api.Test;

class ImportProblemKindTest {

  @Test
  void message_everyKind_hasRussianAndEnglishTextFromTheBundle() {
    BundleCheck.checkTexts(ImportProblemKind.class, (kind, locale) -> kind.message("x", locale));
    BundleCheck.check("org/eduroadmap/document/messages");
  }

  @Test
  void message_apostropheAndSubject_areWrittenAsIs() {
    assertThat(ImportProblemKind.PERIOD_GUESSED.message("{0} 'a'", Locale.ENGLISH))
        .isEqualTo("the plan's period was guessed: {0} 'a'");
    assertThat(ImportProblemKind.UNREADABLE_TERM.message("по мере сил", Locale.forLanguageTag("ru-RU")))
        .isEqualTo("срок не распознан и сохранён как текст: по мере сил");
  }
}
