package org.eduroadmap.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import org.junit.jupiter.api.Test;

class TermTest {

  @Test
  void rule_isReadLenientlyAndTheSameEachTime() {
    Term term = Term.of("ежегодно (ноябрь)");
    assertThat(term.rule()).isEqualTo(TermRule.YearlyInMonths.of(Month.NOVEMBER));
    assertThat(term.rule()).isEqualTo(term.rule());
  }

  @Test
  void rule_ofUnreadableText_isUnparsedAndTheTextIsKept() {
    Term term = Term.of("нябрь 2021");
    assertThat(term.rule()).isInstanceOf(TermRule.Unparsed.class);
    assertThat(term.text()).isEqualTo("нябрь 2021");
  }

  @Test
  void rule_ofBlankTerm_isEmpty() {
    assertThat(Term.empty().rule()).isEqualTo(TermRule.Empty.of());
  }

  @Test
  void equals_isOnTheTextAlone() {
    Term read = Term.of("ежегодно");
    read.rule();
    assertThat(read).isEqualTo(Term.of("ежегодно")).hasSameHashCodeAs(Term.of("ежегодно"));
    assertThat(Term.of("Ежегодно")).isNotEqualTo(read);
    assertThat(Term.of("Ежегодно").rule()).isEqualTo(read.rule());
  }
}
