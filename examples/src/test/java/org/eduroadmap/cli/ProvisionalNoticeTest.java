package org.eduroadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TreeSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProvisionalNoticeTest {

  @Test
  void ranges_consecutiveYears_areJoinedWithAnEnDash() {
    assertThat(ProvisionalNotice.ranges(new TreeSet<>(List.of(2028)))).isEqualTo("2028");
    assertThat(ProvisionalNotice.ranges(new TreeSet<>(List.of(2029, 2028)))).isEqualTo("2028–2029");
    assertThat(ProvisionalNotice.ranges(new TreeSet<>(List.of(2011, 2012, 2028, 2030))))
        .isEqualTo("2011–2012, 2028, 2030");
  }

  @Test
  void print_onlyYearsWithoutApprovedCalendar_inRussianByDefaultAndInEnglish() {
    ProvisionalNotice notice = new ProvisionalNotice();
    notice.add(LocalDate.of(2026, 11, 3), LocalDate.of(2029, 11, 2), null, LocalDate.of(2028, 1, 10));
    StringWriter ru = new StringWriter();
    notice.print(new PrintWriter(ru), Locale.forLanguageTag("ru"));
    assertThat(ru.toString().strip()).isEqualTo("Внимание: даты 2028–2029 гг. рассчитаны по Трудовому"
        + " кодексу без утверждённого производственного календаря и могут сдвинуться");
    StringWriter en = new StringWriter();
    notice.print(new PrintWriter(en), Locale.ENGLISH);
    assertThat(en.toString().strip()).isEqualTo("Warning: dates in 2028–2029 are computed by the"
        + " Labour Code without an approved production calendar and may move");
  }

  @Test
  void print_nothingProvisional_printsNothing() {
    ProvisionalNotice notice = new ProvisionalNotice();
    notice.add(LocalDate.of(2026, 11, 3));
    StringWriter out = new StringWriter();
    notice.print(new PrintWriter(out), Locale.forLanguageTag("ru"));
    assertThat(out.toString()).isEmpty();
  }
}
