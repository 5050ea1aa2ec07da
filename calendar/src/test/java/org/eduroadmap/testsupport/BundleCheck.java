package org.eduroadmap.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
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
      "RTF", "DOCX", "PDF", "TXT", "OOXML", "id", "null", "true", "false", "Word", "LibreOffice", "ZIP", "doc",
      "calendar", "year", "day", "d", "h", "t", "holidays", "from", "working_weekend", "TAB",
      // The spreadsheet format, named as people name it (report module).
      "Excel", "xlsx");
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z_]*");

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
