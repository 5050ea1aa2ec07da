package org.eduroadmap.json.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Amendment;
import org.eduroadmap.roadmap.Footnote;
import org.eduroadmap.roadmap.GlossaryEntry;
import org.eduroadmap.roadmap.Indicator;
import org.eduroadmap.roadmap.OrderPoint;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.roadmap.Section;
import org.eduroadmap.roadmap.YearCell;
import org.eduroadmap.school.SchoolStatus;
import org.eduroadmap.school.SchoolStatusKind;
import org.eduroadmap.term.Term;

/**
 * Builders Jackson reads into, for the value types whose public API has factories ({@code of},
 * {@code with*}) but no builder. Each builds through that public API, so core needs nothing for JSON.
 *
 * <p>A missing required field is reported as Immutables' own builders report it («Cannot build
 * Footnote, some of required attributes are not set [mark]»), so that {@code RoadmapJson} names the
 * missing field the same way for every type. A JSON {@code null} is skipped, so it reads as missing.
 * Jackson makes one builder per JSON object and drops it after {@code build()}: they are mutable
 * and never shared.
 */
public final class ValueBuilders {

  private ValueBuilders() {}

  /** Throws when a required value is null; {@code namesAndValues} alternates name, value. */
  static void require(String type, Object... namesAndValues) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] == null) {
        missing.add((String) namesAndValues[i]);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "Cannot build " + type + ", some of required attributes are not set " + missing);
    }
  }

  /** Reads an {@link Amendment}. */
  @Explicit
  public static final class AmendmentBuilder {
    private String text;
    private LocalDate date;
    private String number;

    @JsonProperty("text")
    @JsonSetter(nulls = Nulls.SKIP)
    AmendmentBuilder text(String value) {
      this.text = value;
      return this;
    }

    @JsonProperty("date")
    @JsonSetter(nulls = Nulls.SKIP)
    AmendmentBuilder date(LocalDate value) {
      this.date = value;
      return this;
    }

    @JsonProperty("number")
    @JsonSetter(nulls = Nulls.SKIP)
    AmendmentBuilder number(String value) {
      this.number = value;
      return this;
    }

    public Amendment build() {
      require("Amendment", "text", text);
      Amendment amendment = Amendment.of(text);
      amendment = date == null ? amendment : amendment.withDate(date);
      return number == null ? amendment : amendment.withNumber(number);
    }
  }

  /** Reads a {@link Footnote}. */
  @Explicit
  public static final class FootnoteBuilder {
    private String mark;
    private String text;

    @JsonProperty("mark")
    @JsonSetter(nulls = Nulls.SKIP)
    FootnoteBuilder mark(String value) {
      this.mark = value;
      return this;
    }

    @JsonProperty("text")
    @JsonSetter(nulls = Nulls.SKIP)
    FootnoteBuilder text(String value) {
      this.text = value;
      return this;
    }

    public Footnote build() {
      require("Footnote", "mark", mark, "text", text);
      return Footnote.of(mark, text);
    }
  }

  /** Reads a {@link GlossaryEntry}. */
  @Explicit
  public static final class GlossaryEntryBuilder {
    private String abbreviation;
    private String meaning;

    @JsonProperty("abbreviation")
    @JsonSetter(nulls = Nulls.SKIP)
    GlossaryEntryBuilder abbreviation(String value) {
      this.abbreviation = value;
      return this;
    }

    @JsonProperty("meaning")
    @JsonSetter(nulls = Nulls.SKIP)
    GlossaryEntryBuilder meaning(String value) {
      this.meaning = value;
      return this;
    }

    public GlossaryEntry build() {
      require("GlossaryEntry", "abbreviation", abbreviation, "meaning", meaning);
      return GlossaryEntry.of(abbreviation, meaning);
    }
  }

  /** Reads an {@link Indicator}. */
  @Explicit
  public static final class IndicatorBuilder {
    private String name;
    private String target;

    @JsonProperty("name")
    @JsonSetter(nulls = Nulls.SKIP)
    IndicatorBuilder name(String value) {
      this.name = value;
      return this;
    }

    @JsonProperty("target")
    @JsonSetter(nulls = Nulls.SKIP)
    IndicatorBuilder target(String value) {
      this.target = value;
      return this;
    }

    public Indicator build() {
      require("Indicator", "name", name);
      Indicator indicator = Indicator.of(name);
      return target == null ? indicator : indicator.withTarget(target);
    }
  }

  /** Reads an {@link OrderPoint}. */
  @Explicit
  public static final class OrderPointBuilder {
    private String number;
    private String text;

    @JsonProperty("number")
    @JsonSetter(nulls = Nulls.SKIP)
    OrderPointBuilder number(String value) {
      this.number = value;
      return this;
    }

    @JsonProperty("text")
    @JsonSetter(nulls = Nulls.SKIP)
    OrderPointBuilder text(String value) {
      this.text = value;
      return this;
    }

    public OrderPoint build() {
      require("OrderPoint", "number", number, "text", text);
      return OrderPoint.of(number, text);
    }
  }

  /** Reads a {@link RoadmapPeriod}. */
  @Explicit
  public static final class RoadmapPeriodBuilder {
    private LocalDate first;
    private LocalDate last;

    @JsonProperty("first")
    @JsonSetter(nulls = Nulls.SKIP)
    RoadmapPeriodBuilder first(LocalDate value) {
      this.first = value;
      return this;
    }

    @JsonProperty("last")
    @JsonSetter(nulls = Nulls.SKIP)
    RoadmapPeriodBuilder last(LocalDate value) {
      this.last = value;
      return this;
    }

    public RoadmapPeriod build() {
      require("RoadmapPeriod", "first", first, "last", last);
      return RoadmapPeriod.of(first, last);
    }
  }

  /** Reads a {@link Section}. */
  @Explicit
  public static final class SectionBuilder {
    private String number;
    private String title;
    private List<Activity> activities = List.of();

    @JsonProperty("number")
    @JsonSetter(nulls = Nulls.SKIP)
    SectionBuilder number(String value) {
      this.number = value;
      return this;
    }

    @JsonProperty("title")
    @JsonSetter(nulls = Nulls.SKIP)
    SectionBuilder title(String value) {
      this.title = value;
      return this;
    }

    @JsonProperty("activities")
    @JsonSetter(nulls = Nulls.SKIP)
    SectionBuilder activities(List<Activity> value) {
      this.activities = value;
      return this;
    }

    public Section build() {
      Section section = Section.untitled(activities);
      section = number == null ? section : section.withNumber(number);
      return title == null ? section : section.withTitle(title);
    }
  }

  /** Reads a {@link YearCell}. */
  @Explicit
  public static final class YearCellBuilder {
    private Integer year;
    private String result;
    private Term term = Term.empty();

    @JsonProperty("year")
    YearCellBuilder year(int value) {
      this.year = value;
      return this;
    }

    @JsonProperty("result")
    @JsonSetter(nulls = Nulls.SKIP)
    YearCellBuilder result(String value) {
      this.result = value;
      return this;
    }

    @JsonProperty("term")
    @JsonSetter(nulls = Nulls.SKIP)
    YearCellBuilder term(Term value) {
      this.term = value;
      return this;
    }

    public YearCell build() {
      require("YearCell", "year", year);
      return result == null ? YearCell.of(year, term) : YearCell.of(year, result, term);
    }
  }

  /** Reads a {@link SchoolStatus}. */
  @Explicit
  public static final class SchoolStatusBuilder {
    private Integer year;
    private SchoolStatusKind kind;
    private String basis;

    @JsonProperty("year")
    SchoolStatusBuilder year(int value) {
      this.year = value;
      return this;
    }

    @JsonProperty("kind")
    @JsonSetter(nulls = Nulls.SKIP)
    SchoolStatusBuilder kind(SchoolStatusKind value) {
      this.kind = value;
      return this;
    }

    @JsonProperty("basis")
    @JsonSetter(nulls = Nulls.SKIP)
    SchoolStatusBuilder basis(String value) {
      this.basis = value;
      return this;
    }

    public SchoolStatus build() {
      require("SchoolStatus", "year", year, "kind", kind);
      SchoolStatus status = SchoolStatus.of(year, kind);
      return basis == null ? status : status.withBasis(basis);
    }
  }
}
