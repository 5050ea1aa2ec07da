package org.eduroadmap.roadmap;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The document that approves a roadmap: «Приказ комитета образования Еврейской автономной области
 * от 20.02.2021 № 94».
 *
 * <pre>{@code
 * ApprovingOrder order = ApprovingOrder.builder()
 *     .authority("Комитет образования Еврейской автономной области")
 *     .kind("Приказ").number("94").date(LocalDate.of(2021, 2, 20))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ApprovingOrder implements WithApprovingOrder {

  ApprovingOrder() {}

  /** The authority that issued it, as written: {@code Комитет по образованию}. */
  public abstract String authority();

  /** The kind of document as written: {@code Приказ}, {@code Распоряжение}. */
  public abstract String kind();

  /** The number as written: {@code 94}, {@code 76-Д}. */
  public abstract String number();

  /**
   * The date it was signed; absent when the document does not state it (an importer must not make
   * one up). JSON written before this was optional reads the same.
   */
  public abstract Optional<LocalDate> date();

  /** Where it was signed: {@code г. Биробиджан}. */
  public abstract Optional<String> place();

  /** Its title: «Об утверждении Плана мероприятий …». */
  public abstract Optional<String> title();

  /** The reasons it gives before ordering: «В целях …». */
  public abstract Optional<String> preamble();

  /** Its numbered points, in order. */
  public abstract List<OrderPoint> points();

  /** Later amendments: «с изменениями от 28.04.23 № 76-Д». */
  public abstract List<Amendment> amendments();

  /** Who signed it: {@code М.Б. Калманов}. */
  public abstract Optional<String> signatory();

  /** The signatory's position: {@code Исполняющий обязанности председателя комитета}. */
  public abstract Optional<String> signatoryPosition();

  /** A builder for all attributes. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ApprovingOrder}. */
  public static final class Builder extends ImmutableApprovingOrder.Builder {
    Builder() {}
  }
}
