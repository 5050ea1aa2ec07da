package org.eduroadmap.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CellFitTest {

  static Stream<Arguments> wraps() {
    return Stream.of(
        Arguments.of("Срок", 11, true, 1),
        Arguments.of("Срок с учётом выходных", 11, true, 3),
        Arguments.of("Срок с учётом выходных", 40, true, 1),
        Arguments.of("первая строка\nвторая", 40, false, 2),
        Arguments.of("", 10, false, 1),
        Arguments.of("Сверхдлиннословобезпробеловнавсюячейку", 8, false, 7));
  }

  @ParameterizedTest(name = "«{0}» in {1} characters: {3} lines")
  @MethodSource("wraps")
  void lines_text_wrapsAtSpacesAndCutsLongWords(String text, int columnChars, boolean bold, int lines) {
    assertThat(CellFit.lines(text, CellFit.textWidth(columnChars * 256), 10, bold)).isEqualTo(lines);
  }

  @Test
  void wrap_everyLine_fitsTheWidth() {
    String text = "Разработка и нормативное закрепление Плана мероприятий («дорожной карты») по работе с ШНОР";
    double width = CellFit.textWidth(30 * 256);

    assertThat(CellFit.wrap(text, width, 10, false)).allSatisfy(line ->
        assertThat(CellFit.width(line, 10, false)).isLessThanOrEqualTo(width));
    assertThat(String.join(" ", CellFit.wrap(text, width, 10, false))).isEqualTo(text);
  }

  @Test
  void width_boldAndUnknownCharacters_areWider() {
    assertThat(CellFit.width("Мероприятие", 10, true)).isGreaterThan(CellFit.width("Мероприятие", 10, false));
    assertThat(CellFit.width("中", 10, false)).isGreaterThanOrEqualTo(10);
    // Ten digits of Arial 10: 55.6 pt and a little for safety.
    assertThat(CellFit.width("0123456789", 10, false)).isBetween(55.6, 58.0);
  }

  @Test
  void columnWidth_holdsTheTextItWasMadeFor() {
    for (double points : new double[] {10, 57.3, 120, 300}) {
      assertThat(CellFit.textWidth(CellFit.columnWidth(points))).isGreaterThanOrEqualTo(points);
    }
  }

  @Test
  void height_growsWithLinesAndFont() {
    assertThat(CellFit.height(1, 10)).isEqualTo(15f);
    assertThat(CellFit.height(3, 10)).isEqualTo(39f);
    assertThat(CellFit.height(0, 10)).isEqualTo(CellFit.height(1, 10));
    assertThat(CellFit.height(1, 13)).isGreaterThan(CellFit.height(1, 10));
  }
}
