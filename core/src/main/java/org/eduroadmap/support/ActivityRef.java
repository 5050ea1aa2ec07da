package org.eduroadmap.support;

import org.immutables.value.Value;

/**
 * An activity of a roadmap of the cycle, by the roadmap's name in the cycle and the activity's
 * identifier: {@code eao-2021} activity {@code 8}.
 *
 * <pre>{@code
 * ActivityRef parent = ActivityRef.of("eao-2021", "8");
 * parent.key();     // "eao-2021/8"
 * }</pre>
 *
 * <p>The roadmap name is the regional roadmap's bundled or file name ({@link SupportCycle#regionalRoadmap()}),
 * the municipal roadmap's {@link SupportCycle#municipalRoadmapId()} or a programme's
 * {@link SchoolProgramme#id()}; the identifier is {@link org.eduroadmap.roadmap.Activity#id()}. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ActivityRef {

  ActivityRef() {}

  /** The roadmap's name in the cycle. */
  @Value.Parameter
  public abstract String roadmap();

  /** The activity's identifier in that roadmap. */
  @Value.Parameter
  public abstract String activityId();

  /** {@code roadmap/activityId}. */
  public String key() {
    return roadmap() + "/" + activityId();
  }

  /** Obtains the reference to activity {@code activityId} of {@code roadmap}. */
  public static ActivityRef of(String roadmap, String activityId) {
    return ImmutableActivityRef.of(roadmap, activityId);
  }

  @Value.Check
  void check() {
    if (roadmap().isBlank() || activityId().isBlank()) {
      throw new IllegalArgumentException("Invalid activity reference (blank): \"" + key() + "\"");
    }
  }

  /** A copy of this activity reference with another roadmap. */
  public ActivityRef withRoadmap(String roadmap) {
    return immutable().withRoadmap(roadmap);
  }

  /** A copy of this activity reference with another activity id. */
  public ActivityRef withActivityId(String activityId) {
    return immutable().withActivityId(activityId);
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableActivityRef immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableActivityRef) ImmutableActivityRef.copyOf(this);
  }
}
