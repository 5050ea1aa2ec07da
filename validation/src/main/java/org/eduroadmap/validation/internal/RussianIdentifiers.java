package org.eduroadmap.validation.internal;

/**
 * Check digits of Russian state identifiers: INN («ИНН») and OGRN («ОГРН»).
 *
 * <pre>{@code
 * RussianIdentifiers.checkInn("7707083893");     // OK
 * RussianIdentifiers.checkOgrn("1027700132195"); // OK
 * }</pre>
 *
 * <p>The algorithms are those of the Federal Tax Service: an INN's check digits are weighted sums
 * modulo 11, then modulo 10; an OGRN's check digit is the first twelve digits modulo 11 (fourteen
 * modulo 13 for an OGRNIP), then modulo 10.
 */
public final class RussianIdentifiers {

  /** What is wrong with an identifier, if anything. */
  public enum Check {
    /** Length and check digits are right. */
    OK,
    /** Not digits only, or not one of the lengths the identifier has. */
    WRONG_LENGTH,
    /** The right number of digits, but a check digit does not match. */
    WRONG_CHECK_DIGIT
  }

  private static final int[] INN10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
  private static final int[] INN11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
  private static final int[] INN12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

  private RussianIdentifiers() {}

  /** Checks an INN: ten digits (organisation) or twelve (person). */
  public static Check checkInn(String inn) {
    if (!allDigits(inn) || (inn.length() != 10 && inn.length() != 12)) {
      return Check.WRONG_LENGTH;
    }
    if (inn.length() == 10) {
      return innDigit(inn, INN10) == digit(inn, 9) ? Check.OK : Check.WRONG_CHECK_DIGIT;
    }
    return innDigit(inn, INN11) == digit(inn, 10) && innDigit(inn, INN12) == digit(inn, 11)
        ? Check.OK
        : Check.WRONG_CHECK_DIGIT;
  }

  /** Checks an OGRN: thirteen digits (organisation) or fifteen (OGRNIP, individual entrepreneur). */
  public static Check checkOgrn(String ogrn) {
    if (!allDigits(ogrn) || (ogrn.length() != 13 && ogrn.length() != 15)) {
      return Check.WRONG_LENGTH;
    }
    int n = ogrn.length() - 1;
    long body = Long.parseLong(ogrn.substring(0, n));
    long modulus = ogrn.length() == 13 ? 11 : 13;
    return (body % modulus) % 10 == digit(ogrn, n) ? Check.OK : Check.WRONG_CHECK_DIGIT;
  }

  private static int innDigit(String inn, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * digit(inn, i);
    }
    return (sum % 11) % 10;
  }

  private static int digit(String s, int i) {
    return s.charAt(i) - '0';
  }

  private static boolean allDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
