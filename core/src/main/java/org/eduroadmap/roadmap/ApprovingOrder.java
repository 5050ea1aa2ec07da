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
public abstract class ApprovingOrder {

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

  /** A copy of this approving order with another authority. */
  public ApprovingOrder withAuthority(String authority) {
    return immutable().withAuthority(authority);
  }

  /** A copy of this approving order with another kind. */
  public ApprovingOrder withKind(String kind) {
    return immutable().withKind(kind);
  }

  /** A copy of this approving order with another number. */
  public ApprovingOrder withNumber(String number) {
    return immutable().withNumber(number);
  }

  /** A copy of this approving order with this date. */
  public ApprovingOrder withDate(LocalDate date) {
    return immutable().withDate(date);
  }

  /** A copy of this approving order without a date. */
  public ApprovingOrder withoutDate() {
    return immutable().withDate(Optional.empty());
  }

  /** A copy of this approving order with this place. */
  public ApprovingOrder withPlace(String place) {
    return immutable().withPlace(place);
  }

  /** A copy of this approving order without a place. */
  public ApprovingOrder withoutPlace() {
    return immutable().withPlace(Optional.empty());
  }

  /** A copy of this approving order with this title. */
  public ApprovingOrder withTitle(String title) {
    return immutable().withTitle(title);
  }

  /** A copy of this approving order without a title. */
  public ApprovingOrder withoutTitle() {
    return immutable().withTitle(Optional.empty());
  }

  /** A copy of this approving order with this preamble. */
  public ApprovingOrder withPreamble(String preamble) {
    return immutable().withPreamble(preamble);
  }

  /** A copy of this approving order without a preamble. */
  public ApprovingOrder withoutPreamble() {
    return immutable().withPreamble(Optional.empty());
  }

  /** A copy of this approving order with these points. */
  public ApprovingOrder withPoints(OrderPoint... points) {
    return immutable().withPoints(points);
  }

  /** A copy of this approving order with these points. */
  public ApprovingOrder withPoints(Iterable<? extends OrderPoint> points) {
    return immutable().withPoints(points);
  }

  /** A copy of this approving order with these amendments. */
  public ApprovingOrder withAmendments(Amendment... amendments) {
    return immutable().withAmendments(amendments);
  }

  /** A copy of this approving order with these amendments. */
  public ApprovingOrder withAmendments(Iterable<? extends Amendment> amendments) {
    return immutable().withAmendments(amendments);
  }

  /** A copy of this approving order with this signatory. */
  public ApprovingOrder withSignatory(String signatory) {
    return immutable().withSignatory(signatory);
  }

  /** A copy of this approving order without a signatory. */
  public ApprovingOrder withoutSignatory() {
    return immutable().withSignatory(Optional.empty());
  }

  /** A copy of this approving order with this signatory position. */
  public ApprovingOrder withSignatoryPosition(String signatoryPosition) {
    return immutable().withSignatoryPosition(signatoryPosition);
  }

  /** A copy of this approving order without a signatory position. */
  public ApprovingOrder withoutSignatoryPosition() {
    return immutable().withSignatoryPosition(Optional.empty());
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableApprovingOrder immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableApprovingOrder) ImmutableApprovingOrder.copyOf(this);
  }

  /** A builder for all attributes. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ApprovingOrder}. */
  public static final class Builder {
    // Wraps the generated builder instead of extending it, so that its setters taking an
    // Optional stay out of the public API; an optional attribute not set is absent.
    private final ImmutableApprovingOrder.Builder delegate = new ImmutableApprovingOrder.Builder();

    Builder() {}

    /** Copies {@code instance}: its values replace those set; its elements are added. */
    public Builder from(ApprovingOrder instance) {
      delegate.from(instance);
      return this;
    }

    /** Sets the approving order's authority. */
    public Builder authority(String authority) {
      delegate.authority(authority);
      return this;
    }

    /** Sets the approving order's kind. */
    public Builder kind(String kind) {
      delegate.kind(kind);
      return this;
    }

    /** Sets the approving order's number. */
    public Builder number(String number) {
      delegate.number(number);
      return this;
    }

    /** Sets the approving order's date. */
    public Builder date(LocalDate date) {
      delegate.date(date);
      return this;
    }

    /** Sets the approving order's place. */
    public Builder place(String place) {
      delegate.place(place);
      return this;
    }

    /** Sets the approving order's title. */
    public Builder title(String title) {
      delegate.title(title);
      return this;
    }

    /** Sets the approving order's preamble. */
    public Builder preamble(String preamble) {
      delegate.preamble(preamble);
      return this;
    }

    /** Adds an element to the approving order's points. */
    public Builder addPoints(OrderPoint element) {
      delegate.addPoints(element);
      return this;
    }

    /** Adds these elements to the approving order's points. */
    public Builder addPoints(OrderPoint... elements) {
      delegate.addPoints(elements);
      return this;
    }

    /** Sets the approving order's points, replacing those set before. */
    public Builder points(Iterable<? extends OrderPoint> elements) {
      delegate.points(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the approving order's points. */
    public Builder addAllPoints(Iterable<? extends OrderPoint> elements) {
      delegate.addAllPoints(elements);
      return this;
    }

    /** Adds an element to the approving order's amendments. */
    public Builder addAmendments(Amendment element) {
      delegate.addAmendments(element);
      return this;
    }

    /** Adds these elements to the approving order's amendments. */
    public Builder addAmendments(Amendment... elements) {
      delegate.addAmendments(elements);
      return this;
    }

    /** Sets the approving order's amendments, replacing those set before. */
    public Builder amendments(Iterable<? extends Amendment> elements) {
      delegate.amendments(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the approving order's amendments. */
    public Builder addAllAmendments(Iterable<? extends Amendment> elements) {
      delegate.addAllAmendments(elements);
      return this;
    }

    /** Sets the approving order's signatory. */
    public Builder signatory(String signatory) {
      delegate.signatory(signatory);
      return this;
    }

    /** Sets the approving order's signatory position. */
    public Builder signatoryPosition(String signatoryPosition) {
      delegate.signatoryPosition(signatoryPosition);
      return this;
    }

    /**
     * Builds the approving order; throws {@link IllegalStateException} if a required attribute is
     * missing.
     */
    public ApprovingOrder build() {
      return delegate.build();
    }
  }
}
