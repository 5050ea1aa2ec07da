package org.eduroadmap.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The message bundles: the same keys in every language, Russian without English words. */
class MessagesTest {

  private static Properties load(String resource) throws IOException {
    Properties p = new Properties();
    try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @ParameterizedTest
  @ValueSource(strings = {"/ContributorValidationMessages", "/org/eduroadmap/validation/internal/RuleMessages"})
  void bundles_haveTheSameKeysInEveryLanguage(String base) throws IOException {
    Properties root = load(base + ".properties");
    assertThat(load(base + "_ru.properties").keySet()).isEqualTo(root.keySet());
    assertThat(load(base + "_en.properties").keySet()).isEqualTo(root.keySet());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/ContributorValidationMessages_ru.properties",
      "/org/eduroadmap/validation/internal/RuleMessages_ru.properties"})
  void russianBundles_haveNoLatinWordsOutsidePlaceholders(String resource) throws IOException {
    load(resource).forEach((key, value) -> assertThat(value.toString().replaceAll("\\{[a-zA-Z]+}", ""))
        .as("%s", key).doesNotContainPattern("[A-Za-z]{2,}"));
  }

  @Test
  void noValidationMessagesBundle_isShipped() {
    assertThat(Stream.of("/ValidationMessages.properties", "/ValidationMessages_ru.properties")
        .map(MessagesTest.class::getResource)).containsOnlyNulls();
  }

  @Test
  void of_anyLocale_isRussianForRussianAndEnglishOtherwise() {
    assertThat(Messages.of(Locale.forLanguageTag("ru-RU")).locale()).isEqualTo(Messages.RUSSIAN);
    assertThat(Messages.of(Locale.GERMAN).locale()).isEqualTo(Locale.ENGLISH);
    assertThat(Messages.of(Locale.GERMAN).format("TERM_EMPTY")).isEqualTo("no term is given");
  }

  @Test
  void count_russianPlural_agreesWithTheNumber() {
    Messages ru = Messages.of(Messages.RUSSIAN);
    assertThat(ru.count("PARTY_NOT_IN_GLOSSARY.uses", 1)).isEqualTo("встречается в 1 мероприятии");
    assertThat(ru.count("PARTY_NOT_IN_GLOSSARY.uses", 21)).isEqualTo("встречается в 21 мероприятии");
    assertThat(ru.count("PARTY_NOT_IN_GLOSSARY.uses", 11)).isEqualTo("встречается в 11 мероприятиях");
    assertThat(ru.count("PARTY_NOT_IN_GLOSSARY.uses", 3)).isEqualTo("встречается в 3 мероприятиях");
  }
}
