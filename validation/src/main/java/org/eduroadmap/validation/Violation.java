package org.eduroadmap.validation;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with a roadmap: its severity, a stable code, the path of the offending element,
 * the activity concerned (when one is) and a message for people.
 *
 * <pre>{@code
 * Violation v = report.violations().get(0);
 * v.severity();  // ERROR
 * v.code();      // ViolationCode.NUMBER_DUPLICATE
 * v.path();      // "sections[0].activities[11].number"
 * v.activity();  // Optional[11]
 * v.message();   // "Мероприятие 11: номер «11» повторяется (также в строке 11)"
 * }</pre>
 *
 * <p>The path uses the JSON field names of the model ({@code sections[1].activities[3].term});
 * indexes count from zero; the path of the roadmap itself is the empty string. The activity is the
 * number as printed without the trailing dot, as the command line names activities. This class is
 * immutable and thread-safe.
 */
public final class Violation {

  private final Severity severity;
  private final ViolationCode code;
  private final String path;
  private final Optional<String> activity;
  private final String message;

  private Violation(
      Severity severity, ViolationCode code, String path, Optional<String> activity, String message) {
    this.severity = Objects.requireNonNull(severity, "severity");
    this.code = Objects.requireNonNull(code, "code");
    this.path = Objects.requireNonNull(path, "path");
    this.activity = Objects.requireNonNull(activity, "activity");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * Obtains a violation that concerns no one activity.
   *
   * <pre>{@code
   * Violation.of(Severity.ERROR, ViolationCode.REQUIRED_TEXT_BLANK, "title", "не указано название");
   * }</pre>
   *
   * @param severity how serious it is
   * @param code the stable code
   * @param path the path of the offending element, {@code ""} for the roadmap itself
   * @param message the message for people, already in the reader's language
   */
  public static Violation of(Severity severity, ViolationCode code, String path, String message) {
    return new Violation(severity, code, path, Optional.empty(), message);
  }

  /**
   * Obtains a violation of one activity.
   *
   * @param severity how serious it is
   * @param code the stable code
   * @param path the path of the offending element
   * @param activity the activity concerned, number without the trailing dot
   * @param message the message for people, already in the reader's language
   */
  public static Violation of(Severity severity, ViolationCode code, String path, String activity,
      String message) {
    return new Violation(severity, code, path, Optional.of(activity), message);
  }


  /** How serious it is. */
  public Severity severity() {
    return severity;
  }

  /** The stable code, for programs: {@code PERIOD_REVERSED}. */
  public ViolationCode code() {
    return code;
  }

  /** The path of the offending element: {@code sections[1].activities[3].term}. */
  public String path() {
    return path;
  }

  /** The activity concerned, by its number without the trailing dot: {@code 1.1}, {@code 11}. */
  public Optional<String> activity() {
    return activity;
  }

  /** The message for people, in the language the report was made in. */
  public String message() {
    return message;
  }

  /** Whether this is an {@link Severity#ERROR}. */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Violation v
        && severity == v.severity
        && code == v.code
        && path.equals(v.path)
        && activity.equals(v.activity)
        && message.equals(v.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, code, path, activity, message);
  }

  /** {@code ERROR PERIOD_REVERSED period: message}, with the activity after the path when known. */
  @Override
  public String toString() {
    return severity + " " + code + " " + (path.isEmpty() ? "-" : path)
        + activity.map(a -> " [" + a + "]").orElse("") + ": " + message;
  }
}
