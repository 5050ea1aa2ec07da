package org.eduroadmap.responsibility;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who answers for an activity: the lead and the co-executors, kept apart, and the cell as written.
 *
 * <pre>{@code
 * Responsibility r = Responsibility.builder()
 *     .text("Комитет, ИМЦ, ОО")
 *     .lead(Party.of("Комитет", PartyKind.ORGANISATION))
 *     .addCoExecutors(Party.of("ИМЦ", PartyKind.ORGANISATION), Party.of("ОО", PartyKind.ORGANISATION))
 *     .build();
 * r.parties(); // Комитет, ИМЦ, ОО
 * }</pre>
 *
 * <p>The first party a cell names is its lead («ответственный»), the others co-execute: that is how
 * Russian roadmaps are read. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Responsibility {

  private static final Responsibility NONE = new ImmutableResponsibility.Builder().build();

  Responsibility() {}

  /** The responsible cell exactly as written, empty when the document has no such cell. */
  @Value.Default
  public String text() {
    return "";
  }

  /** The lead party, answerable for the result. */
  public abstract Optional<Party> lead();

  /** The parties that work with the lead. */
  public abstract List<Party> coExecutors();

  /** The lead first, then the co-executors. */
  @Value.Derived
  public List<Party> parties() {
    List<Party> all = new ArrayList<>(coExecutors().size() + 1);
    lead().ifPresent(all::add);
    all.addAll(coExecutors());
    return Collections.unmodifiableList(all);
  }

  /** Whether no party is named. */
  public boolean isEmpty() {
    return lead().isEmpty() && coExecutors().isEmpty();
  }

  /** No responsible party named. */
  public static Responsibility none() {
    return NONE;
  }

  /** The cell {@code text} whose first party leads and the rest co-execute. */
  public static Responsibility of(String text, List<Party> parties) {
    Builder b = builder().text(text);
    if (!parties.isEmpty()) {
      b.lead(parties.get(0)).addAllCoExecutors(parties.subList(1, parties.size()));
    }
    return b.build();
  }

  /** A copy of this responsibility with another text. */
  public Responsibility withText(String text) {
    return immutable().withText(text);
  }

  /** A copy of this responsibility with this lead. */
  public Responsibility withLead(Party lead) {
    return immutable().withLead(lead);
  }

  /** A copy of this responsibility without a lead. */
  public Responsibility withoutLead() {
    return immutable().withLead(Optional.empty());
  }

  /** A copy of this responsibility with these co-executors. */
  public Responsibility withCoExecutors(Party... coExecutors) {
    return immutable().withCoExecutors(coExecutors);
  }

  /** A copy of this responsibility with these co-executors. */
  public Responsibility withCoExecutors(Iterable<? extends Party> coExecutors) {
    return immutable().withCoExecutors(coExecutors);
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableResponsibility immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableResponsibility) ImmutableResponsibility.copyOf(this);
  }

  /** A builder for all attributes. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Responsibility}. */
  public static final class Builder {
    // Wraps the generated builder instead of extending it, so that its setters taking an
    // Optional stay out of the public API; an optional attribute not set is absent.
    private final ImmutableResponsibility.Builder delegate = new ImmutableResponsibility.Builder();

    Builder() {}

    /** Copies {@code instance}: its values replace those set; its elements are added. */
    public Builder from(Responsibility instance) {
      delegate.from(instance);
      return this;
    }

    /** Sets the responsibility's text. */
    public Builder text(String text) {
      delegate.text(text);
      return this;
    }

    /** Sets the responsibility's lead. */
    public Builder lead(Party lead) {
      delegate.lead(lead);
      return this;
    }

    /** Adds an element to the responsibility's co-executors. */
    public Builder addCoExecutors(Party element) {
      delegate.addCoExecutors(element);
      return this;
    }

    /** Adds these elements to the responsibility's co-executors. */
    public Builder addCoExecutors(Party... elements) {
      delegate.addCoExecutors(elements);
      return this;
    }

    /** Sets the responsibility's co-executors, replacing those set before. */
    public Builder coExecutors(Iterable<? extends Party> elements) {
      delegate.coExecutors(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the responsibility's co-executors. */
    public Builder addAllCoExecutors(Iterable<? extends Party> elements) {
      delegate.addAllCoExecutors(elements);
      return this;
    }

    /**
     * Builds the responsibility; throws {@link IllegalStateException} if a required attribute is
     * missing.
     */
    public Responsibility build() {
      return delegate.build();
    }
  }
}
