package org.eduroadmap.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.eduroadmap.support.ActivityRef;

/** Builders Jackson reads into for the support types without a public builder; see {@link ValueBuilders}. */
public final class SupportBuilders {

  private SupportBuilders() {}

  /** Reads an {@link ActivityRef}. */
  @Explicit
  public static final class ActivityRefBuilder {
    private String roadmap;
    private String activityId;

    @JsonProperty("roadmap")
    @JsonSetter(nulls = Nulls.SKIP)
    ActivityRefBuilder roadmap(String value) {
      this.roadmap = value;
      return this;
    }

    @JsonProperty("activityId")
    @JsonSetter(nulls = Nulls.SKIP)
    ActivityRefBuilder activityId(String value) {
      this.activityId = value;
      return this;
    }

    public ActivityRef build() {
      ValueBuilders.require("ActivityRef", "roadmap", roadmap, "activityId", activityId);
      return ActivityRef.of(roadmap, activityId);
    }
  }
}
