package org.eduroadmap.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CellLinesTest {

  @Test
  void paragraphs_hyphenAtLineEndBeforeLowerCase_joinsTheCompoundWord() {
    assertThat(CellLines.text(List.of("проведению информационно-", "разъяснительной работы"), 26))
        .isEqualTo("проведению информационно-разъяснительной работы");
    assertThat(CellLines.text(List.of("организацию и проведение ГИА-", "11, в соответствие"), 30))
        .isEqualTo("организацию и проведение ГИА-11, в соответствие");
  }

  @Test
  void paragraphs_dashBetweenWords_keepsTheSpace() {
    assertThat(CellLines.text(List.of("апрель, май -", "июнь, июль"), 14)).isEqualTo("апрель, май - июнь, июль");
  }

  @Test
  void paragraphs_wordBrokenForLackOfWidth_isJoinedBack() {
    assertThat(CellLines.paragraphs(List.of("министерство", "образования", "Нижегородско", "й области"), 12))
        .containsExactly("министерство образования Нижегородской области");
  }

  @Test
  void paragraphs_shortWordAfterALineWithRoomLeft_staysAWord() {
    assertThat(CellLines.text(List.of("Программы", "антирисковых", "мер размещены"), 13))
        .isEqualTo("Программы антирисковых мер размещены");
  }

  @Test
  void paragraphs_namesALine_areParagraphsEach() {
    assertThat(CellLines.paragraphs(List.of("Т.И.Герасименко", "Т.В.Лавринова"), 16))
        .containsExactly("Т.И.Герасименко", "Т.В.Лавринова");
    assertThat(CellLines.paragraphs(List.of("А.В. Пилясов", "В.М.", "Шмелев"), 12))
        .containsExactly("А.В. Пилясов", "В.М. Шмелев");
  }

  @Test
  void paragraphs_abbreviationAlone_isAPartyOfItsOwn() {
    assertThat(CellLines.paragraphs(List.of("ГЭК", "министерство", "образования", "РЦОИ"), 12))
        .containsExactly("ГЭК", "министерство образования", "РЦОИ");
    assertThat(CellLines.paragraphs(List.of("ГОУ ДПО", "НИРО"), 12)).containsExactly("ГОУ ДПО НИРО");
    assertThat(CellLines.paragraphs(List.of("Руководители", "МТГ"), 14)).containsExactly("Руководители МТГ");
  }

  @Test
  void paragraphs_capitalAfterAWrappedLine_continuesIt() {
    assertThat(CellLines.paragraphs(List.of("Департамент", "образования, МАУ", "ИМЦ"), 16))
        .containsExactly("Департамент образования, МАУ ИМЦ");
  }

  @Test
  void paragraphs_lowerCaseLineWhoseWordFitTheLineBefore_startsAParty() {
    assertThat(CellLines.paragraphs(List.of("Зам.директора по", "ВВР", "комиссия по", "контролю за", "организацией", "питания"), 16))
        .containsExactly("Зам.директора по ВВР", "комиссия по контролю за организацией питания");
  }

  @Test
  void paragraphs_lowerCaseLineAfterAShortLineOfANarrowCell_continuesIt() {
    // The column is 21 characters wide for another cell's sake; this cell wraps at 10.
    assertThat(CellLines.paragraphs(List.of("Школьная", "библиотека"), 21)).containsExactly("Школьная библиотека");
  }

  @Test
  void paragraphs_nameAfterAPost_isThePostsHolder() {
    assertThat(CellLines.paragraphs(List.of("Заместитель", "директора", "Григорьева К.И."), 18))
        .containsExactly("Заместитель директора Григорьева К.И.");
  }
}
