package org.eduroadmap.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.eduroadmap.document.structure.Paragraph;
import org.junit.jupiter.api.Test;

class LayoutParagraphsTest {

  private static java.util.List<String> paragraphs(String text) {
    return LayoutParagraphs.of(DocumentText.ofPlainText(text).lines()).stream().map(Paragraph::text).toList();
  }

  @Test
  void of_dateAndNumberFarApart_areTabSeparatedPieces() {
    assertThat(paragraphs("20.12.2013                                                      № 1021"))
        .containsExactly("20.12.2013\t№ 1021");
  }

  @Test
  void of_dateLineUnderTheKind_isAParagraphOfItsOwn() {
    assertThat(paragraphs("                               ПРИКАЗ\nот 04.09.2023 № 01-10/845\n                               г. Томск"))
        .containsExactly("ПРИКАЗ", "от 04.09.2023 № 01-10/845", "г. Томск");
  }

  @Test
  void of_wrappedAndCentredLines_joinIntoTheParagraph() {
    assertThat(paragraphs(String.join("\n",
        "   Об утверждении плана мероприятий по подготовке и проведению",
        "государственной итоговой аттестации по образовательным программам",
        "              среднего общего образования в 2014 году",
        "     В соответствии с Федеральным законом")))
        .containsExactly(
            "Об утверждении плана мероприятий по подготовке и проведению государственной итоговой аттестации"
                + " по образовательным программам среднего общего образования в 2014 году",
            "В соответствии с Федеральным законом");
  }

  @Test
  void capitalsGoOn_nameInCapitalsWrapped_goesOnButNotAHeadingWord() {
    assertThat(LayoutParagraphs.capitalsGoOn("МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ",
        "УЧРЕЖДЕНИЕ СРЕДНЯЯ ОБЩЕОБРАЗОВАТЕЛЬНАЯ ШКОЛА № 16")).isTrue();
    assertThat(LayoutParagraphs.capitalsGoOn("МУНИЦИПАЛЬНОЕ УЧРЕЖДЕНИЕ", "ПРИКАЗ")).isFalse();
    assertThat(LayoutParagraphs.capitalsGoOn("Муниципальное учреждение", "ШКОЛА № 16")).isFalse();
  }
}
