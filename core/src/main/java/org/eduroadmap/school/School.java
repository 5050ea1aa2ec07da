package org.eduroadmap.school;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A school a roadmap targets, such as {@code МБОУ СОШ с. Ербогачен}.
 *
 * <pre>{@code
 * School school = School.builder()
 *     .shortName("МБОУ СОШ с. Ербогачен")
 *     .region("Иркутская область")
 *     .addStatuses(SchoolStatus.of(2023, SchoolStatusKind.RISK_ZONE))
 *     .build();
 * }</pre>
 *
 * <p>Identifiers are kept as written; their check digits are the validation module's business.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class School {

  School() {}

  /** The short name as the document writes it: {@code МБОУ СОШ с. Ербогачен}. */
  public abstract String shortName();

  /** The full official name, when known. */
  public abstract Optional<String> fullName();

  /** The municipality: {@code Катангский район}. */
  public abstract Optional<String> municipality();

  /** The federal subject: {@code Иркутская область}. */
  public abstract Optional<String> region();

  /** ИНН, ten digits for an organisation. */
  public abstract Optional<String> inn();

  /** ОГРН, thirteen digits. */
  public abstract Optional<String> ogrn();

  /** The region's own code for the school. */
  public abstract Optional<String> regionalCode();

  /** The status per year, with the document that set it. */
  public abstract List<SchoolStatus> statuses();

  /** Obtains a school known only by its short name. */
  public static School of(String shortName) {
    return builder().shortName(shortName).build();
  }

  /** A copy of this school with another short name. */
  public School withShortName(String shortName) {
    return immutable().withShortName(shortName);
  }

  /** A copy of this school with this full name. */
  public School withFullName(String fullName) {
    return immutable().withFullName(fullName);
  }

  /** A copy of this school without a full name. */
  public School withoutFullName() {
    return immutable().withFullName(Optional.empty());
  }

  /** A copy of this school with this municipality. */
  public School withMunicipality(String municipality) {
    return immutable().withMunicipality(municipality);
  }

  /** A copy of this school without a municipality. */
  public School withoutMunicipality() {
    return immutable().withMunicipality(Optional.empty());
  }

  /** A copy of this school with this region. */
  public School withRegion(String region) {
    return immutable().withRegion(region);
  }

  /** A copy of this school without a region. */
  public School withoutRegion() {
    return immutable().withRegion(Optional.empty());
  }

  /** A copy of this school with this INN. */
  public School withInn(String inn) {
    return immutable().withInn(inn);
  }

  /** A copy of this school without an INN. */
  public School withoutInn() {
    return immutable().withInn(Optional.empty());
  }

  /** A copy of this school with this OGRN. */
  public School withOgrn(String ogrn) {
    return immutable().withOgrn(ogrn);
  }

  /** A copy of this school without an OGRN. */
  public School withoutOgrn() {
    return immutable().withOgrn(Optional.empty());
  }

  /** A copy of this school with this regional code. */
  public School withRegionalCode(String regionalCode) {
    return immutable().withRegionalCode(regionalCode);
  }

  /** A copy of this school without a regional code. */
  public School withoutRegionalCode() {
    return immutable().withRegionalCode(Optional.empty());
  }

  /** A copy of this school with these statuses. */
  public School withStatuses(SchoolStatus... statuses) {
    return immutable().withStatuses(statuses);
  }

  /** A copy of this school with these statuses. */
  public School withStatuses(Iterable<? extends SchoolStatus> statuses) {
    return immutable().withStatuses(statuses);
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableSchool immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableSchool) ImmutableSchool.copyOf(this);
  }

  /** A builder for all attributes. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link School}. */
  public static final class Builder {
    // Wraps the generated builder instead of extending it, so that its setters taking an
    // Optional stay out of the public API; an optional attribute not set is absent.
    private final ImmutableSchool.Builder delegate = new ImmutableSchool.Builder();

    Builder() {}

    /** Copies {@code instance}: its values replace those set; its elements are added. */
    public Builder from(School instance) {
      delegate.from(instance);
      return this;
    }

    /** Sets the school's short name. */
    public Builder shortName(String shortName) {
      delegate.shortName(shortName);
      return this;
    }

    /** Sets the school's full name. */
    public Builder fullName(String fullName) {
      delegate.fullName(fullName);
      return this;
    }

    /** Sets the school's municipality. */
    public Builder municipality(String municipality) {
      delegate.municipality(municipality);
      return this;
    }

    /** Sets the school's region. */
    public Builder region(String region) {
      delegate.region(region);
      return this;
    }

    /** Sets the school's ИНН. */
    public Builder inn(String inn) {
      delegate.inn(inn);
      return this;
    }

    /** Sets the school's ОГРН. */
    public Builder ogrn(String ogrn) {
      delegate.ogrn(ogrn);
      return this;
    }

    /** Sets the school's regional code. */
    public Builder regionalCode(String regionalCode) {
      delegate.regionalCode(regionalCode);
      return this;
    }

    /** Adds an element to the school's statuses. */
    public Builder addStatuses(SchoolStatus element) {
      delegate.addStatuses(element);
      return this;
    }

    /** Adds these elements to the school's statuses. */
    public Builder addStatuses(SchoolStatus... elements) {
      delegate.addStatuses(elements);
      return this;
    }

    /** Sets the school's statuses, replacing those set before. */
    public Builder statuses(Iterable<? extends SchoolStatus> elements) {
      delegate.statuses(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the school's statuses. */
    public Builder addAllStatuses(Iterable<? extends SchoolStatus> elements) {
      delegate.addAllStatuses(elements);
      return this;
    }

    /**
     * Builds the school; throws {@link IllegalStateException} if a required attribute is missing.
     */
    public School build() {
      return delegate.build();
    }
  }
}
