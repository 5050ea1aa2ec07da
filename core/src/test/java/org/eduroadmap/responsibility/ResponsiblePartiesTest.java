package org.eduroadmap.responsibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ResponsiblePartiesTest {

  private static final Responsibility OWN = Responsibility.of("Комитет, ИМЦ",
      List.of(Party.of("Комитет", PartyKind.ORGANISATION), Party.of("ИМЦ", PartyKind.ORGANISATION)));
  private static final Responsibility PLAN = Responsibility.of("Отделу общего образования (Дорохова В.В.)",
      List.of(Party.of("Отдел общего образования", PartyKind.UNIT)));
  private static final Responsibility TEXT_ONLY = Responsibility.builder().text("все ОО района").build();

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(OWN, PLAN, ResponsibleParties.Source.ACTIVITY, List.of("Комитет", "ИМЦ"), "Комитет, ИМЦ"),
        Arguments.of(OWN, Responsibility.none(), ResponsibleParties.Source.ACTIVITY, List.of("Комитет", "ИМЦ"),
            "Комитет, ИМЦ"),
        Arguments.of(Responsibility.none(), PLAN, ResponsibleParties.Source.PLAN,
            List.of("Отдел общего образования"), "Отделу общего образования (Дорохова В.В.)"),
        Arguments.of(TEXT_ONLY, PLAN, ResponsibleParties.Source.ACTIVITY, List.of("все ОО района"), "все ОО района"),
        Arguments.of(Responsibility.builder().text("  ").build(), PLAN, ResponsibleParties.Source.PLAN,
            List.of("Отдел общего образования"), "Отделу общего образования (Дорохова В.В.)"),
        Arguments.of(Responsibility.none(), Responsibility.none(), ResponsibleParties.Source.NONE, List.of(), ""));
  }

  @ParameterizedTest(name = "{2}: {3}")
  @MethodSource("cases")
  void resolve_ownElsePlan_namesWhoOwesItAndWhereFrom(Responsibility own, Responsibility plan,
      ResponsibleParties.Source source, List<String> names, String text) {
    ResponsibleParties owed = ResponsibleParties.resolve(own, plan);

    assertThat(owed.source()).isEqualTo(source);
    assertThat(owed.names()).isEqualTo(names);
    assertThat(owed.text()).isEqualTo(text);
    assertThat(owed.isFromPlan()).isEqualTo(source == ResponsibleParties.Source.PLAN);
    assertThat(owed.isEmpty()).isEqualTo(source == ResponsibleParties.Source.NONE);
  }

  @Test
  void text_partiesWithoutCellText_joinsTheirNames() {
    Responsibility r = Responsibility.builder().lead(Party.of("Комитет", PartyKind.ORGANISATION))
        .addCoExecutors(Party.of("ИМЦ", PartyKind.ORGANISATION), Party.of(" Комитет ", PartyKind.ORGANISATION))
        .build();

    assertThat(ResponsibleParties.ofActivity(r).text()).isEqualTo("Комитет, ИМЦ");
  }

  @Test
  void equals_sameResponsibilityOtherSource_differ() {
    assertThat(ResponsibleParties.ofPlan(PLAN)).isEqualTo(ResponsibleParties.resolve(Responsibility.none(), PLAN))
        .isNotEqualTo(ResponsibleParties.ofActivity(PLAN));
    assertThat(ResponsibleParties.none()).hasToString("NONE");
  }
}
