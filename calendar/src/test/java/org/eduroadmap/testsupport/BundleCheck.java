package org.eduroadmap.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a module's message bundle: the English root and the Russian bundle have the same keys, and a
 * Russian text has no Latin word but the allowed tokens (codes, formats, units). Shared with the other
 * modules' tests through the calendar module's test jar.
 */
public final class BundleCheck {

  // Words a Russian message may carry: codes a person types (day kinds, policies), file formats, units.
  private static final List<String> ALLOWED = List.of("shortened", "PREVIOUS_WORKING_DAY", "NEXT_WORKING_DAY",
      "NONE", "xmlcalendar", "date", "TAB", "kind", "MiB", "KiB", "JSON", "UTF", "docx", "pdf", "txt", "ISO",
      "RTF", "DOCX", "PDF", "TXT", "OOXML", "XML", "id", "null", "true", "false", "Word", "LibreOffice", "ZIP", "doc",
      "calendar", "year", "day", "d", "h", "t", "holidays", "from", "working_weekend", "TAB",
      // The spreadsheet format, named as people name it (report module).
      "Excel", "xlsx",
      // A sheet's column letters (the form's instructions: «столбцы I–K») and page-footer codes (&P, &N).
      "I", "K", "P", "N");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z_]*");
  private static final Pattern CYRILLIC = Pattern.compile("[\\p{IsCyrillic}]");

  private BundleCheck() {}

  /** Checks {@code base}.properties against {@code base}_ru.properties. */
  public static void check(String base) {
    Properties en = load(base + ".properties");
    Properties ru = load(base + "_ru.properties");
    assertThat(ru.stringPropertyNames()).as("keys of %s_ru", base).isEqualTo(en.stringPropertyNames());
    List<String> latin = new ArrayList<>();
    for (String key : ru.stringPropertyNames()) {
      Matcher m = LATIN_WORD.matcher(ru.getProperty(key));
      while (m.find()) {
        if (!ALLOWED.contains(m.group())) {
          latin.add(key + ": " + m.group());
        }
      }
    }
    assertThat(latin).as("Latin words in the Russian texts of %s", base).isEmpty();
  }

  /**
   * Checks the texts of an enum kept in a bundle: every constant of {@code type} has a non-blank English
   * text and a non-blank Russian text, and the Russian one has Cyrillic letters.
   *
   * @param text the constant's text in a locale, such as {@code (kind, locale) -> kind.displayName(locale)}
   */
  public static <E extends Enum<E>> void checkTexts(Class<E> type, BiFunction<E, Locale, String> text) {
    List<String> wrong = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      String en = text.apply(constant, Locale.ENGLISH);
      String ru = text.apply(constant, Locale.forLanguageTag("ru"));
      if (en == null || en.isBlank()) {
        wrong.add(constant + ": no English text");
      }
      if (ru == null || ru.isBlank()) {
        wrong.add(constant + ": no Russian text");
      } else if (!CYRILLIC.matcher(ru).find()) {
        wrong.add(constant + ": the Russian text has no Cyrillic letter: " + ru);
      }
    }
    assertThat(wrong).as("texts of %s", type.getSimpleName()).isEmpty();
  }

  /**
   * The Latin words of {@code message} (four letters or more) outside the «quoted» parts and outside
   * {@code allowed}: what a fully Russian message must not have but for the names the user wrote.
   */
  public static List<String> latinWordsOutsideQuotes(String message, String... allowed) {
    String unquoted = message.replaceAll("«[^»]*»", "«»");
    for (String a : allowed) {
      unquoted = unquoted.replace(a, "");
    }
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile("[A-Za-z]{4,}").matcher(unquoted);
    while (m.find()) {
      if (!ALLOWED.contains(m.group())) {
        found.add(m.group());
      }
    }
    return found;
  }

  private static Properties load(String name) {
    InputStream in = BundleCheck.class.getClassLoader().getResourceAsStream(name);
    assertThat(in).as(name).isNotNull();
    Properties p = new Properties();
    try (InputStreamReader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
