package org.eduroadmap.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ImportProblemTest {

  static Stream<ImportProblemKind> kinds() {
    return Arrays.stream(ImportProblemKind.values());
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void message_everyKind_readsInRussianAndEnglishAndQuotesTheSubject(ImportProblemKind kind) {
    ImportProblem p = ImportProblem.of(3, kind, "ячейка");

    assertThat(p.getMessage(Locale.forLanguageTag("ru"))).endsWith(": ячейка").containsPattern("[а-я]{3}");
    assertThat(p.getMessage(Locale.ENGLISH)).endsWith(": ячейка").containsPattern("^[a-zA-Z]");
  }

  @Test
  void of_negativeLine_isRejectedNamingTheValue() {
    assertThatThrownBy(() -> ImportProblem.of(-1, ImportProblemKind.UNPLACED_ROW, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void of_longSubject_isCutTo200Characters() {
    ImportProblem p = ImportProblem.of(1, ImportProblemKind.UNPLACED_ROW, "я".repeat(500));

    assertThat(p.subject()).hasSize(201).endsWith("…");
  }

  @Test
  void toString_namesLineKindAndEnglishMessage() {
    assertThat(ImportProblem.of(61, ImportProblemKind.UNREADABLE_TERM, "по мере сил"))
        .hasToString("61: UNREADABLE_TERM: the term could not be read and is kept as text: по мере сил");
  }
}
