package org.eduroadmap.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.function.Function;
import java.util.stream.IntStream;
import org.eduroadmap.validation.internal.RussianIdentifiers.Check;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RussianIdentifiersTest {

  @ParameterizedTest
  @CsvSource({
      "7707083893, OK", "7707083890, WRONG_CHECK_DIGIT", "500100732259, OK", "500100732250, WRONG_CHECK_DIGIT",
      "770708389, WRONG_LENGTH", "77070838931, WRONG_LENGTH", "770708389X, WRONG_LENGTH", "'', WRONG_LENGTH",
      "'７７０７０８３８９３', WRONG_LENGTH"})
  void checkInn_table(String inn, Check expected) {
    assertThat(RussianIdentifiers.checkInn(inn)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "1027700132195, OK", "1027700132194, WRONG_CHECK_DIGIT", "304500116000157, OK",
      "304500116000150, WRONG_CHECK_DIGIT", "102770013219, WRONG_LENGTH", "10277001321950, WRONG_LENGTH"})
  void checkOgrn_table(String ogrn, Check expected) {
    assertThat(RussianIdentifiers.checkOgrn(ogrn)).isEqualTo(expected);
  }

  @Test
  void checkInn_anyTenDigitBody_hasExactlyOneValidCheckDigit() {
    qt().forAll(longs().between(0, 999_999_999L))
        .check(body -> validEndings(String.format("%09d", body), RussianIdentifiers::checkInn) == 1);
  }

  @Test
  void checkOgrn_anyThirteenDigitBody_hasExactlyOneValidCheckDigit() {
    qt().forAll(longs().between(0, 999_999_999_999L))
        .check(body -> validEndings(String.format("%012d", body), RussianIdentifiers::checkOgrn) == 1);
  }

  @Test
  void checkOgrn_anyFifteenDigitBody_hasExactlyOneValidCheckDigit() {
    qt().forAll(longs().between(0, 99_999_999_999_999L))
        .check(body -> validEndings(String.format("%014d", body), RussianIdentifiers::checkOgrn) == 1);
  }

  private static long validEndings(String body, Function<String, Check> check) {
    return IntStream.rangeClosed(0, 9).filter(d -> check.apply(body + d) == Check.OK).count();
  }
}
