package org.eduroadmap.term.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Month;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MonthSetTest {

  @Test
  void copyOf_monthsInAnyOrder_iteratesInCalendarOrder() {
    Set<Month> written = new LinkedHashSet<>(List.of(Month.DECEMBER, Month.MARCH, Month.JANUARY));

    assertThat(MonthSet.copyOf(written)).containsExactly(Month.JANUARY, Month.MARCH, Month.DECEMBER);
  }

  @Test
  void copyOf_sameMonths_equalsAnyOtherSetAndHashesAlike() {
    EnumSet<Month> months = EnumSet.of(Month.MAY, Month.SEPTEMBER);
    MonthSet set = MonthSet.copyOf(months);

    assertThat(set).isEqualTo(months).hasSize(2);
    assertThat(months).isEqualTo(set);
    assertThat(set.hashCode()).isEqualTo(months.hashCode());
    assertThat(set.contains(Month.MAY)).isTrue();
    assertThat(set.contains(Month.JUNE)).isFalse();
    assertThat(set.contains("MAY")).isFalse();
  }

  @Test
  void copyOf_aMonthSet_returnsItself() {
    MonthSet set = MonthSet.copyOf(EnumSet.of(Month.APRIL));

    assertThat(MonthSet.copyOf(set)).isSameAs(set);
  }

  @Test
  void maskOf_months_setsOneBitPerMonthNumber() {
    assertThat(MonthSet.maskOf(EnumSet.of(Month.JANUARY, Month.NOVEMBER))).isEqualTo((1 << 1) | (1 << 11));
    assertThat(MonthSet.maskOf(MonthSet.copyOf(EnumSet.allOf(Month.class)))).isEqualTo(0b1_1111_1111_1110);
  }

  @Test
  void copyOf_laterChangeToTheSource_doesNotReachTheCopy() {
    EnumSet<Month> source = EnumSet.of(Month.JULY);
    MonthSet set = MonthSet.copyOf(source);
    source.add(Month.AUGUST);

    assertThat(set).containsExactly(Month.JULY);
  }

  @Test
  void add_anyMonth_isRefused() {
    MonthSet set = MonthSet.copyOf(EnumSet.of(Month.JULY));

    assertThatThrownBy(() -> set.add(Month.AUGUST)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> set.iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void iterator_pastTheLastMonth_throwsNoSuchElement() {
    Iterator<Month> it = MonthSet.copyOf(EnumSet.of(Month.JULY)).iterator();
    it.next();

    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void copyOf_nullMonth_namesIt() {
    Set<Month> withNull = new LinkedHashSet<>();
    withNull.add(null);

    assertThatThrownBy(() -> MonthSet.copyOf(withNull)).isInstanceOf(NullPointerException.class)
        .hasMessage("month");
  }
}
