package org.eduroadmap.support;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.eduroadmap.schedule.ExecutionRecord;
import org.immutables.value.Value;

/**
 * An execution record of the cycle: which roadmap, which school did it (for a delegated activity) and
 * the {@link ExecutionRecord} itself.
 *
 * <pre>{@code
 * CycleRecord r = CycleRecord.of("municipal", ExecutionRecord.of("2.1", LocalDate.of(2022, 1, 1),
 *     LocalDate.of(2022, 11, 10), "Справка МБОУ СОШ № 1")).withSchool("МБОУ СОШ № 1");
 * r.record().activityId();   // "2.1"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CycleRecord {

  CycleRecord() {}

  /** The roadmap's name in the cycle. */
  public abstract String roadmap();

  /** The school that did a delegated activity; empty when the roadmap's own authority did. */
  public abstract Optional<String> school();

  /** The activity's identifier. */
  public abstract String activityId();

  /** The start day of the occurrence done. */
  public abstract LocalDate occurrenceStart();

  /** The per-year column of the occurrence, when it names one. */
  public abstract OptionalInt year();

  /** The day it was done. */
  public abstract LocalDate doneOn();

  /** The document that shows it. */
  public abstract String evidence();

  /** The record as the scheduling calculator takes it. */
  public ExecutionRecord record() {
    ExecutionRecord r = ExecutionRecord.of(activityId(), occurrenceStart(), doneOn(), evidence());
    return year().isPresent() ? r.withYear(year().getAsInt()) : r;
  }

  /** Obtains the record of {@code record} in roadmap {@code roadmap}. */
  public static CycleRecord of(String roadmap, ExecutionRecord record) {
    Builder b = builder();
    b.roadmap(roadmap).activityId(record.activityId()).occurrenceStart(record.occurrenceStart())
        .doneOn(record.doneOn()).evidence(record.evidence());
    record.year().ifPresent(b::year);
    return b.build();
  }

  @Value.Check
  void check() {
    // The same checks as ExecutionRecord's, so that a record read from JSON is refused where it stands.
    record();
  }

  /** A copy of this cycle record with another roadmap. */
  public CycleRecord withRoadmap(String roadmap) {
    return immutable().withRoadmap(roadmap);
  }

  /** A copy of this cycle record with this school. */
  public CycleRecord withSchool(String school) {
    return immutable().withSchool(school);
  }

  /** A copy of this cycle record without a school. */
  public CycleRecord withoutSchool() {
    return immutable().withSchool(Optional.empty());
  }

  /** A copy of this cycle record with another activity id. */
  public CycleRecord withActivityId(String activityId) {
    return immutable().withActivityId(activityId);
  }

  /** A copy of this cycle record with another start day of the occurrence. */
  public CycleRecord withOccurrenceStart(LocalDate occurrenceStart) {
    return immutable().withOccurrenceStart(occurrenceStart);
  }

  /** A copy of this cycle record with this year. */
  public CycleRecord withYear(int year) {
    return immutable().withYear(year);
  }

  /** A copy of this cycle record without a year. */
  public CycleRecord withoutYear() {
    return immutable().withYear(OptionalInt.empty());
  }

  /** A copy of this cycle record with another day it was done. */
  public CycleRecord withDoneOn(LocalDate doneOn) {
    return immutable().withDoneOn(doneOn);
  }

  /** A copy of this cycle record with another document as evidence. */
  public CycleRecord withEvidence(String evidence) {
    return immutable().withEvidence(evidence);
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableCycleRecord immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableCycleRecord) ImmutableCycleRecord.copyOf(this);
  }

  /** A builder for all attributes. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CycleRecord}. */
  public static final class Builder {
    // Wraps the generated builder instead of extending it, so that its setters taking an
    // Optional stay out of the public API; an optional attribute not set is absent.
    private final ImmutableCycleRecord.Builder delegate = new ImmutableCycleRecord.Builder();

    Builder() {}

    /** Copies {@code instance}: its values replace those set; its elements are added. */
    public Builder from(CycleRecord instance) {
      delegate.from(instance);
      return this;
    }

    /** Sets the cycle record's roadmap. */
    public Builder roadmap(String roadmap) {
      delegate.roadmap(roadmap);
      return this;
    }

    /** Sets the cycle record's school. */
    public Builder school(String school) {
      delegate.school(school);
      return this;
    }

    /** Sets the cycle record's activity identifier. */
    public Builder activityId(String activityId) {
      delegate.activityId(activityId);
      return this;
    }

    /** Sets the cycle record's occurrence start. */
    public Builder occurrenceStart(LocalDate occurrenceStart) {
      delegate.occurrenceStart(occurrenceStart);
      return this;
    }

    /** Sets the cycle record's year. */
    public Builder year(int year) {
      delegate.year(year);
      return this;
    }

    /** Sets the cycle record's day of execution. */
    public Builder doneOn(LocalDate doneOn) {
      delegate.doneOn(doneOn);
      return this;
    }

    /** Sets the cycle record's evidence. */
    public Builder evidence(String evidence) {
      delegate.evidence(evidence);
      return this;
    }

    /**
     * Builds the cycle record; throws {@link IllegalStateException} if a required attribute is
     * missing.
     */
    public CycleRecord build() {
      return delegate.build();
    }
  }
}
