package org.eduroadmap.benchmarks.term;

import java.util.concurrent.TimeUnit;
import org.eduroadmap.term.TermReader;
import org.eduroadmap.term.YearCell;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading the «Сроки» of the five seed roadmaps, and adversarial input.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar TermReaderBenchmark -f 1 -wi 2 -i 3
 * </pre>
 *
 * <p>{@code readSeedTerms} and {@code splitSeed001Cells} report terms (cells) per second; the crafted
 * inputs report readings per second of a text at the length limit, and of a 1 MB line that is refused.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TermReaderBenchmark {

  /** Every term text of seeds 000, 002, 003 and 004, and the terms of seed 001's per-year cells, in order. */
  static final String[] SEED_TERMS = {
      "не позднее 16 февраля 2021", "не позднее 19 февраля 2021", "не позднее 24 февраля 2021", "25 февраля 2021",
      "не позднее 20 февраля 2021", "до 16 марта 2021", "ежегодно (сентябрь, октябрь)", "ежегодно (ноябрь)", "",
      "ежегодно (декабрь)", "в соответствии с планом - графиком ОГАОУ ДПО «ИПКПР»", "ежегодно", "ежегодно",
      "два раза в год", "ежегодно в срок до 01 декабря",
      "Сентябрь – октябрь 2020", "Сентябрь – октябрь 2020", "Сентябрь – октябрь 2020", "Июнь-август 2020",
      "Июнь-август 2021", "Июнь-август 2021", "Ноябрь-декабрь 2020", "Ноябрь-декабрь 2020", "Ноябрь-декабрь 2020",
      "август 2020", "август 2021", "август 2022", "август 2020", "август 2021", "август 2022",
      "В течение учебного года", "В течение учебного года", "В течение учебного года", "В течение года",
      "В течение года", "В течение года", "август 2020", "август 2021", "август 2022", "Сентябрь-ноябрь 2020",
      "Сентябрь-ноябрь 2021", "Сентябрь-ноябрь 2022", "апрель 2021", "февраль 2022", "апрель - май 2021",
      "февраль 2022", "Ноябрь – декабрь 2020", "март-апрель 2021", "февраль-апрель 2022", "август 2020",
      "август 2021", "август 2021", "ноябрь 2020", "январь 2021", "январь 2022",
      "Октябрь 2021, далее - ежегодно", "Октябрь 2021, далее - ежегодно", "Ноябрь 2021, далее - ежегодно",
      "Ноябрь 2021, далее - ежегодно", "В течение года, ежегодно", "В течение года, ежегодно", "Май, ежегодно",
      "Август, ежегодно", "Постоянно", "Январь, ежегодно", "не позднее 25 января года, следующего за отчетным",
      "Январь 2023", "В течение 2023-2024 гг", "В течение 2023-2024 гг", "По отдельному графику", "Март- апрель",
      "По отдельному графику", "По мере необходимости", "В течение учебного года", "По итогам учебного года",
      "По итогам учебного года", "В течение года, согласно региональной дорожной карты", "По итогам учебного года",
      "Август 2021 г.", "Сентябрь 2021 г.", "июль-август, 2021 г.", "июль-август, 2021 г.", "В течение года",
      "ежегодно", "ежегодно", "В соответствии с планом", "ежегодно", "В течение года (по мере необходимости)",
      "Ежегодно", "По мере необходимости", "Ежегодно (июнь)", "Ежегодно", "ежегодно (август)"};

  /** 15 (seed 000, with its order) + 40 (seed 001 cells) + 11 (seed 002, with its order) + 12 + 15. */
  static final int SEED_TERM_COUNT = 93;

  static final String[] SEED_001_CELLS = {
      "Проведен анализ данных о результатах и внешних образовательных социальных условиях работы ОО Сентябрь – октябрь 2020",
      "Проведен анализ, сформулированы предложения и адресные рекомендации организациям Июнь-август 2021",
      "Проведение муниципальных мониторингов динамики учебных результатов ШНОР (согласно плану УО) В течение учебного года",
      "Оказана консультативно-методическая помощь школьным командам ШНОР по вопросам повышения качества образования "
          + "в соответствии с востребованными направлениями Сентябрь-ноябрь 2020",
      "Оформлен заказ на курсовую подготовку",
      "Проведены семинары для педагогов ШНОР апрель - май 2021"};

  /** Text at the length limit built to make a backtracking parser slow: many almost-ranges. */
  private final String craftedRanges = repeatTo("1-", TermReader.MAX_LENGTH);
  /** Text at the length limit: a month list that never ends in a year. */
  private final String craftedMonths = repeatTo("сентябрь-октябрь, ", TermReader.MAX_LENGTH);
  /** A one-megabyte line. */
  private final String megabyte = repeatTo("ежегодно ", 1 << 20);

  @Setup
  public void check() {
    if (SEED_TERMS.length != SEED_TERM_COUNT) {
      throw new IllegalStateException("SEED_TERM_COUNT is " + SEED_TERM_COUNT + ", terms: " + SEED_TERMS.length);
    }
  }

  private static String repeatTo(String unit, int length) {
    StringBuilder b = new StringBuilder(length);
    while (b.length() + unit.length() <= length) {
      b.append(unit);
    }
    return b.toString();
  }

  @Benchmark
  @OperationsPerInvocation(SEED_TERM_COUNT)
  public void readSeedTerms(Blackhole bh) {
    TermReader reader = TermReader.strict();
    for (String term : SEED_TERMS) {
      bh.consume(reader.read(term));
    }
  }

  @Benchmark
  @OperationsPerInvocation(6)
  public void splitSeed001Cells(Blackhole bh) {
    for (String cell : SEED_001_CELLS) {
      bh.consume(YearCell.split(cell));
    }
  }

  @Benchmark
  public Object readCraftedRangesAtLengthLimit() {
    return TermReader.lenient().read(craftedRanges);
  }

  @Benchmark
  public Object readCraftedMonthListAtLengthLimit() {
    return TermReader.lenient().read(craftedMonths);
  }

  @Benchmark
  public Object rejectOneMegabyteLine() {
    return TermReader.lenient().read(megabyte);
  }
}
