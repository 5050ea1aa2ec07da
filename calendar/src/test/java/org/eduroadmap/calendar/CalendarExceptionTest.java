package org.eduroadmap.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CalendarExceptionTest {

  @Test
  void getMessage_isEnglish_andRussianOnRequest() {
    CalendarException e = new CalendarException("Bad year: 2031", "Плохой год: 2031");
    assertThat(e).isInstanceOf(DateTimeException.class).hasMessage("Bad year: 2031");
    assertThat(e.getMessage(Locale.forLanguageTag("ru-RU"))).isEqualTo("Плохой год: 2031");
    assertThat(e.getMessage(Locale.GERMAN)).isEqualTo("Bad year: 2031");
    assertThat(e.getRussianMessage()).isEqualTo("Плохой год: 2031");
  }

  @Test
  void getLocalizedMessage_followsTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      CalendarException e = new CalendarException("Bad year: 2031", "Плохой год: 2031");
      Locale.setDefault(Locale.forLanguageTag("ru"));
      assertThat(e.getLocalizedMessage()).isEqualTo("Плохой год: 2031");
      Locale.setDefault(Locale.US);
      assertThat(e.getLocalizedMessage()).isEqualTo("Bad year: 2031");
    } finally {
      Locale.setDefault(saved);
    }
  }
}
