package org.eduroadmap.support;

import java.util.List;
import org.immutables.value.Value;

/**
 * A cascade link: an activity of a lower roadmap carries out an activity of a higher one, and who
 * owes it. The municipal roadmap's activity 2.1 carries out the regional activity 8 and is owed by
 * three schools.
 *
 * <pre>{@code
 * Delegation d = Delegation.of(ActivityRef.of("eao-2021", "8"), ActivityRef.of("municipal", "2.1"))
 *     .withAssignees("МБОУ СОШ № 1", "МБОУ СОШ № 2");
 * }</pre>
 *
 * <p>No assignee means the lower roadmap's own authority owes it (a regional activity the municipality
 * carries out itself). Validation checks that the delegated deadline is not later than the parent's,
 * with a lead time in working days. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Delegation {

  Delegation() {}

  /** The higher activity. */
  public abstract ActivityRef parent();

  /** The lower activity that carries it out. */
  public abstract ActivityRef activity();

  /** The schools that owe the lower activity, by short name; empty for the lower roadmap's own authority. */
  public abstract List<String> assignees();

  /** Obtains the link from {@code parent} down to {@code activity}, owed by the lower roadmap's authority. */
  public static Delegation of(ActivityRef parent, ActivityRef activity) {
    return builder().parent(parent).activity(activity).build();
  }

  /** A copy of this delegation with another parent. */
  public Delegation withParent(ActivityRef parent) {
    return immutable().withParent(parent);
  }

  /** A copy of this delegation with another activity. */
  public Delegation withActivity(ActivityRef activity) {
    return immutable().withActivity(activity);
  }

  /** A copy of this delegation with these assignees. */
  public Delegation withAssignees(String... assignees) {
    return immutable().withAssignees(assignees);
  }

  /** A copy of this delegation with these assignees. */
  public Delegation withAssignees(Iterable<String> assignees) {
    return immutable().withAssignees(assignees);
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableDelegation immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableDelegation) ImmutableDelegation.copyOf(this);
  }

  /** A builder for all attributes. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Delegation}. */
  public static final class Builder {
    // Wraps the generated builder instead of extending it, so that its setters taking an
    // Optional stay out of the public API; an optional attribute not set is absent.
    private final ImmutableDelegation.Builder delegate = new ImmutableDelegation.Builder();

    Builder() {}

    /** Copies {@code instance}: its values replace those set; its elements are added. */
    public Builder from(Delegation instance) {
      delegate.from(instance);
      return this;
    }

    /** Sets the delegation's parent. */
    public Builder parent(ActivityRef parent) {
      delegate.parent(parent);
      return this;
    }

    /** Sets the delegation's activity. */
    public Builder activity(ActivityRef activity) {
      delegate.activity(activity);
      return this;
    }

    /** Adds an element to the delegation's assignees. */
    public Builder addAssignees(String element) {
      delegate.addAssignees(element);
      return this;
    }

    /** Adds these elements to the delegation's assignees. */
    public Builder addAssignees(String... elements) {
      delegate.addAssignees(elements);
      return this;
    }

    /** Sets the delegation's assignees, replacing those set before. */
    public Builder assignees(Iterable<String> elements) {
      delegate.assignees(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the delegation's assignees. */
    public Builder addAllAssignees(Iterable<String> elements) {
      delegate.addAllAssignees(elements);
      return this;
    }

    /**
     * Builds the delegation; throws {@link IllegalStateException} if a required attribute is
     * missing.
     */
    public Delegation build() {
      return delegate.build();
    }
  }
}
