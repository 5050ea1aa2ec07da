package org.eduroadmap.roadmap;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A section of a roadmap's table: «Направление № 1: Организационные мероприятия со ШНОР»,
 * «1. Нормативно-правовое обеспечение». A table without section rows is one untitled section.
 *
 * <pre>{@code
 * Section s = Section.of("1.", "Нормативно-правовое обеспечение", List.of(activity));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Section {

  Section() {}

  /** The section's number as printed: {@code 1.}, {@code № 1}. */
  public abstract Optional<String> number();

  /** The section's title as printed. */
  public abstract Optional<String> title();

  /** The rows of the section, in order. */
  public abstract List<Activity> activities();

  /** Obtains a numbered, titled section. */
  public static Section of(String number, String title, List<Activity> activities) {
    return new ImmutableSection.Builder()
        .number(number)
        .title(title)
        .activities(activities)
        .build();
  }

  /** Obtains the one untitled section of a table without section rows. */
  public static Section untitled(List<Activity> activities) {
    return new ImmutableSection.Builder().activities(activities).build();
  }

  /** A copy of this section with this number. */
  public Section withNumber(String number) {
    return immutable().withNumber(number);
  }

  /** A copy of this section without a number. */
  public Section withoutNumber() {
    return immutable().withNumber(Optional.empty());
  }

  /** A copy of this section with this title. */
  public Section withTitle(String title) {
    return immutable().withTitle(title);
  }

  /** A copy of this section without a title. */
  public Section withoutTitle() {
    return immutable().withTitle(Optional.empty());
  }

  /** A copy of this section with these activities. */
  public Section withActivities(Activity... activities) {
    return immutable().withActivities(activities);
  }

  /** A copy of this section with these activities. */
  public Section withActivities(Iterable<? extends Activity> activities) {
    return immutable().withActivities(activities);
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableSection immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableSection) ImmutableSection.copyOf(this);
  }
}
