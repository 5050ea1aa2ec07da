package org.eduroadmap.responsibility;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One responsible party, by the document's own short name: {@code ИМЦ}, {@code консультант},
 * {@code Отдел общего образования} with its head {@code Дорохова В.В.}.
 *
 * <pre>{@code
 * Party imc = Party.of("ИМЦ", PartyKind.ORGANISATION);
 * Party unit = Party.of("Отдел общего образования", PartyKind.UNIT).withPerson("Дорохова В.В.");
 * }</pre>
 *
 * <p>The short name is resolved to a full name through the roadmap's glossary
 * ({@code Roadmap.resolve}). This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Party {

  Party() {}

  /** The name as the document writes it: {@code ИМЦ}, {@code главный специалист МОО}. */
  public abstract String name();

  /** What kind of party this is. */
  public abstract PartyKind kind();

  /** The named person who answers for it, when the document names one: {@code Дорохова В.В.}. */
  public abstract Optional<String> person();

  /** The organisation a unit or role belongs to, when the document says: {@code МОО}. */
  public abstract Optional<String> organisation();

  /** Obtains the party {@code name} of the given kind. */
  public static Party of(String name, PartyKind kind) {
    return new ImmutableParty.Builder().name(name).kind(kind).build();
  }

  /** A copy of this party with another name. */
  public Party withName(String name) {
    return immutable().withName(name);
  }

  /** A copy of this party with another kind. */
  public Party withKind(PartyKind kind) {
    return immutable().withKind(kind);
  }

  /** A copy of this party with this person. */
  public Party withPerson(String person) {
    return immutable().withPerson(person);
  }

  /** A copy of this party without a person. */
  public Party withoutPerson() {
    return immutable().withPerson(Optional.empty());
  }

  /** A copy of this party with this organisation. */
  public Party withOrganisation(String organisation) {
    return immutable().withOrganisation(organisation);
  }

  /** A copy of this party without an organisation. */
  public Party withoutOrganisation() {
    return immutable().withOrganisation(Optional.empty());
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableParty immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableParty) ImmutableParty.copyOf(this);
  }

  /** A builder for all attributes. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Party}. */
  public static final class Builder {
    // Wraps the generated builder instead of extending it, so that its setters taking an
    // Optional stay out of the public API; an optional attribute not set is absent.
    private final ImmutableParty.Builder delegate = new ImmutableParty.Builder();

    Builder() {}

    /** Copies {@code instance}: its values replace those set; its elements are added. */
    public Builder from(Party instance) {
      delegate.from(instance);
      return this;
    }

    /** Sets the party's name. */
    public Builder name(String name) {
      delegate.name(name);
      return this;
    }

    /** Sets the party's kind. */
    public Builder kind(PartyKind kind) {
      delegate.kind(kind);
      return this;
    }

    /** Sets the party's person. */
    public Builder person(String person) {
      delegate.person(person);
      return this;
    }

    /** Sets the party's organisation. */
    public Builder organisation(String organisation) {
      delegate.organisation(organisation);
      return this;
    }

    /**
     * Builds the party; throws {@link IllegalStateException} if a required attribute is missing.
     */
    public Party build() {
      return delegate.build();
    }
  }
}
