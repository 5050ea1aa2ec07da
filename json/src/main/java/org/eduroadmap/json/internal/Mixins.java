package org.eduroadmap.json.internal;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.PartyKind;
import org.eduroadmap.responsibility.Responsibility;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Amendment;
import org.eduroadmap.roadmap.ApprovingOrder;
import org.eduroadmap.roadmap.Footnote;
import org.eduroadmap.roadmap.GlossaryEntry;
import org.eduroadmap.roadmap.Indicator;
import org.eduroadmap.roadmap.OrderPoint;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapLevel;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.roadmap.Section;
import org.eduroadmap.roadmap.YearCell;
import org.eduroadmap.school.School;
import org.eduroadmap.school.SchoolStatus;
import org.eduroadmap.school.SchoolStatusKind;
import org.eduroadmap.term.Term;

/**
 * The Jackson annotations of the model types, as mix-ins: core's classes carry none, so an embedder
 * compiling against core needs no Jackson (javac reads the annotations of every class it loads, and
 * warns when their classes are missing).
 *
 * <p>One set serves Jackson 2 and Jackson 3. Both read the {@code com.fasterxml.jackson.annotation}
 * annotations; the databind ones differ by package, so each mix-in carries both, and each Jackson
 * sees only its own (the JVM skips an annotation whose class is not there, so Jackson 3 is optional).
 *
 * <p>Writing goes through the accessors of the abstract types ({@code @JsonSerialize(as = ...)}), so
 * that the generated classes' extra methods are never seen. Reading goes through the public builders
 * ({@code Roadmap.builder()}) where the type has one, and through {@link ValueBuilders} otherwise.
 * Only what a mix-in names with {@code @JsonProperty} is a field ({@link Explicit}); the field order,
 * the inclusion rules and the ISO dates are those of {@code docs/json.md}. A JSON {@code null} is
 * skipped, so that a required field set to null is reported as missing.
 */
public final class Mixins {

  private Mixins() {}

  /** Every model type or builder with its mix-in, in no particular order of significance. */
  public static Map<Class<?>, Class<?>> all() {
    Map<Class<?>, Class<?>> m = new LinkedHashMap<>();
    m.put(Term.class, TermMixin.class);
    m.put(Roadmap.class, RoadmapMixin.class);
    m.put(Roadmap.Builder.class, RoadmapBuilderMixin.class);
    m.put(ApprovingOrder.class, ApprovingOrderMixin.class);
    m.put(ApprovingOrder.Builder.class, ApprovingOrderBuilderMixin.class);
    m.put(Activity.class, ActivityMixin.class);
    m.put(Activity.Builder.class, ActivityBuilderMixin.class);
    m.put(Party.class, PartyMixin.class);
    m.put(Party.Builder.class, PartyBuilderMixin.class);
    m.put(Responsibility.class, ResponsibilityMixin.class);
    m.put(Responsibility.Builder.class, ResponsibilityBuilderMixin.class);
    m.put(School.class, SchoolMixin.class);
    m.put(School.Builder.class, SchoolBuilderMixin.class);
    m.put(Amendment.class, AmendmentMixin.class);
    m.put(Footnote.class, FootnoteMixin.class);
    m.put(GlossaryEntry.class, GlossaryEntryMixin.class);
    m.put(Indicator.class, IndicatorMixin.class);
    m.put(OrderPoint.class, OrderPointMixin.class);
    m.put(RoadmapPeriod.class, RoadmapPeriodMixin.class);
    m.put(Section.class, SectionMixin.class);
    m.put(YearCell.class, YearCellMixin.class);
    m.put(SchoolStatus.class, SchoolStatusMixin.class);
    // The support cycle's types (org.eduroadmap.support).
    m.putAll(SupportMixins.all());
    return m;
  }

  // ---- Term: in JSON a term is its text ----

  abstract static class TermMixin {
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Term of(String text) {
      throw new AssertionError("mix-in: never called");
    }

    @JsonValue
    abstract String text();
  }

  // ---- Types with a public builder ----

  @Explicit
  @JsonSerialize(as = Roadmap.class)
  @JsonDeserialize(builder = Roadmap.Builder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = Roadmap.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = Roadmap.Builder.class)
  @JsonPropertyOrder({"title", "level", "region", "municipality", "order", "controlledBy",
      "implementers", "period", "goals", "tasks", "notes", "columns", "yearColumns", "sections",
      "reportingDuties", "footnotes", "glossary", "schools"})
  abstract static class RoadmapMixin {
    @JsonProperty("title") abstract String title();
    @JsonProperty("level") abstract RoadmapLevel level();
    @JsonProperty("region") abstract Optional<String> region();
    @JsonProperty("municipality") abstract Optional<String> municipality();
    @JsonProperty("order") abstract ApprovingOrder order();
    @JsonProperty("controlledBy") abstract Optional<Party> controlledBy();
    @JsonProperty("implementers")
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyResponsibilityFilter.class)
    abstract Responsibility implementers();
    @JsonProperty("period") abstract RoadmapPeriod period();
    @JsonProperty("goals") abstract List<String> goals();
    @JsonProperty("tasks") abstract List<String> tasks();
    @JsonProperty("notes") abstract List<String> notes();
    @JsonProperty("columns") abstract List<String> columns();
    @JsonProperty("yearColumns") abstract List<Integer> yearColumns();
    @JsonProperty("sections") abstract List<Section> sections();
    @JsonProperty("reportingDuties") abstract List<Activity> reportingDuties();
    @JsonProperty("footnotes") abstract List<Footnote> footnotes();
    @JsonProperty("glossary") abstract List<GlossaryEntry> glossary();
    @JsonProperty("schools") abstract List<School> schools();
    @JsonIgnore abstract List<Activity> activities();
    @JsonIgnore abstract List<Activity> allActivities();
  }

  /** An optional field reads through its plain setter ({@code region(String)}); null is skipped. */
  @Explicit
  abstract static class RoadmapBuilderMixin {
    @JsonProperty("title") @JsonSetter(nulls = Nulls.SKIP) abstract Object title(String v);
    @JsonProperty("level") @JsonSetter(nulls = Nulls.SKIP) abstract Object level(RoadmapLevel v);
    @JsonProperty("region") @JsonSetter(nulls = Nulls.SKIP) abstract Object region(String v);
    @JsonProperty("municipality") @JsonSetter(nulls = Nulls.SKIP) abstract Object municipality(String v);
    @JsonProperty("order") @JsonSetter(nulls = Nulls.SKIP) abstract Object order(ApprovingOrder v);
    @JsonProperty("controlledBy") @JsonSetter(nulls = Nulls.SKIP) abstract Object controlledBy(Party v);
    @JsonProperty("implementers") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object implementers(Responsibility v);
    @JsonProperty("period") @JsonSetter(nulls = Nulls.SKIP) abstract Object period(RoadmapPeriod v);
    @JsonProperty("goals") @JsonSetter(nulls = Nulls.SKIP) abstract Object goals(Iterable<String> v);
    @JsonProperty("tasks") @JsonSetter(nulls = Nulls.SKIP) abstract Object tasks(Iterable<String> v);
    @JsonProperty("notes") @JsonSetter(nulls = Nulls.SKIP) abstract Object notes(Iterable<String> v);
    @JsonProperty("columns") @JsonSetter(nulls = Nulls.SKIP) abstract Object columns(Iterable<String> v);
    @JsonProperty("yearColumns") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object yearColumns(Iterable<Integer> v);
    @JsonProperty("sections") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object sections(Iterable<? extends Section> v);
    @JsonProperty("reportingDuties") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object reportingDuties(Iterable<? extends Activity> v);
    @JsonProperty("footnotes") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object footnotes(Iterable<? extends Footnote> v);
    @JsonProperty("glossary") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object glossary(Iterable<? extends GlossaryEntry> v);
    @JsonProperty("schools") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object schools(Iterable<? extends School> v);
  }

  @Explicit
  @JsonSerialize(as = ApprovingOrder.class)
  @JsonDeserialize(builder = ApprovingOrder.Builder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = ApprovingOrder.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = ApprovingOrder.Builder.class)
  @JsonPropertyOrder({"authority", "kind", "number", "date", "place", "title", "preamble", "points",
      "amendments", "signatory", "signatoryPosition"})
  abstract static class ApprovingOrderMixin {
    @JsonProperty("authority") abstract String authority();
    @JsonProperty("kind") abstract String kind();
    @JsonProperty("number") abstract String number();
    @JsonProperty("date") @JsonFormat(shape = JsonFormat.Shape.STRING) abstract Optional<LocalDate> date();
    @JsonProperty("place") abstract Optional<String> place();
    @JsonProperty("title") abstract Optional<String> title();
    @JsonProperty("preamble") abstract Optional<String> preamble();
    @JsonProperty("points") abstract List<OrderPoint> points();
    @JsonProperty("amendments") abstract List<Amendment> amendments();
    @JsonProperty("signatory") abstract Optional<String> signatory();
    @JsonProperty("signatoryPosition") abstract Optional<String> signatoryPosition();
  }

  @Explicit
  abstract static class ApprovingOrderBuilderMixin {
    @JsonProperty("authority") @JsonSetter(nulls = Nulls.SKIP) abstract Object authority(String v);
    @JsonProperty("kind") @JsonSetter(nulls = Nulls.SKIP) abstract Object kind(String v);
    @JsonProperty("number") @JsonSetter(nulls = Nulls.SKIP) abstract Object number(String v);
    @JsonProperty("date") @JsonSetter(nulls = Nulls.SKIP) abstract Object date(LocalDate v);
    @JsonProperty("place") @JsonSetter(nulls = Nulls.SKIP) abstract Object place(String v);
    @JsonProperty("title") @JsonSetter(nulls = Nulls.SKIP) abstract Object title(String v);
    @JsonProperty("preamble") @JsonSetter(nulls = Nulls.SKIP) abstract Object preamble(String v);
    @JsonProperty("points") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object points(Iterable<? extends OrderPoint> v);
    @JsonProperty("amendments") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object amendments(Iterable<? extends Amendment> v);
    @JsonProperty("signatory") @JsonSetter(nulls = Nulls.SKIP) abstract Object signatory(String v);
    @JsonProperty("signatoryPosition") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object signatoryPosition(String v);
  }

  @Explicit
  @JsonSerialize(as = Activity.class)
  @JsonDeserialize(builder = Activity.Builder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = Activity.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = Activity.Builder.class)
  @JsonPropertyOrder({"id", "number", "title", "term", "yearCells", "responsibility", "results", "evidence",
      "indicators", "footnoteMarks", "otherColumns"})
  abstract static class ActivityMixin {
    @JsonProperty("id") abstract String id();
    @JsonProperty("number") abstract String number();
    @JsonProperty("title") abstract String title();
    @JsonProperty("term") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract Term term();
    @JsonProperty("yearCells") abstract List<YearCell> yearCells();
    @JsonProperty("responsibility")
    @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = EmptyResponsibilityFilter.class)
    abstract Responsibility responsibility();
    @JsonProperty("results") abstract List<String> results();
    @JsonProperty("evidence") abstract List<String> evidence();
    @JsonProperty("indicators") abstract List<Indicator> indicators();
    @JsonProperty("footnoteMarks") abstract List<String> footnoteMarks();
    @JsonProperty("otherColumns") @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract Map<String, String> otherColumns();
    @JsonIgnore abstract String key();
    @JsonIgnore abstract boolean hasYearCells();
  }

  @Explicit
  abstract static class ActivityBuilderMixin {
    @JsonProperty("id") @JsonSetter(nulls = Nulls.SKIP) abstract Object id(String v);
    @JsonProperty("number") @JsonSetter(nulls = Nulls.SKIP) abstract Object number(String v);
    @JsonProperty("title") @JsonSetter(nulls = Nulls.SKIP) abstract Object title(String v);
    @JsonProperty("term") @JsonSetter(nulls = Nulls.SKIP) abstract Object term(Term v);
    @JsonProperty("yearCells") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object yearCells(Iterable<? extends YearCell> v);
    @JsonProperty("responsibility") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object responsibility(Responsibility v);
    @JsonProperty("results") @JsonSetter(nulls = Nulls.SKIP) abstract Object results(Iterable<String> v);
    @JsonProperty("evidence") @JsonSetter(nulls = Nulls.SKIP) abstract Object evidence(Iterable<String> v);
    @JsonProperty("indicators") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object indicators(Iterable<? extends Indicator> v);
    @JsonProperty("footnoteMarks") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object footnoteMarks(Iterable<String> v);
    @JsonProperty("otherColumns") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object otherColumns(Map<String, String> v);
  }

  @Explicit
  @JsonSerialize(as = Party.class)
  @JsonDeserialize(builder = Party.Builder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = Party.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = Party.Builder.class)
  @JsonPropertyOrder({"name", "kind", "person", "organisation"})
  abstract static class PartyMixin {
    @JsonProperty("name") abstract String name();
    @JsonProperty("kind") abstract PartyKind kind();
    @JsonProperty("person") abstract Optional<String> person();
    @JsonProperty("organisation") abstract Optional<String> organisation();
  }

  @Explicit
  abstract static class PartyBuilderMixin {
    @JsonProperty("name") @JsonSetter(nulls = Nulls.SKIP) abstract Object name(String v);
    @JsonProperty("kind") @JsonSetter(nulls = Nulls.SKIP) abstract Object kind(PartyKind v);
    @JsonProperty("person") @JsonSetter(nulls = Nulls.SKIP) abstract Object person(String v);
    @JsonProperty("organisation") @JsonSetter(nulls = Nulls.SKIP) abstract Object organisation(String v);
  }

  @Explicit
  @JsonSerialize(as = Responsibility.class)
  @JsonDeserialize(builder = Responsibility.Builder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = Responsibility.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = Responsibility.Builder.class)
  @JsonPropertyOrder({"text", "lead", "coExecutors"})
  abstract static class ResponsibilityMixin {
    @JsonProperty("text") abstract String text();
    @JsonProperty("lead") abstract Optional<Party> lead();
    @JsonProperty("coExecutors") abstract List<Party> coExecutors();
    @JsonIgnore abstract List<Party> parties();
    @JsonIgnore abstract boolean isEmpty();
  }

  @Explicit
  abstract static class ResponsibilityBuilderMixin {
    @JsonProperty("text") @JsonSetter(nulls = Nulls.SKIP) abstract Object text(String v);
    @JsonProperty("lead") @JsonSetter(nulls = Nulls.SKIP) abstract Object lead(Party v);
    @JsonProperty("coExecutors") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object coExecutors(Iterable<? extends Party> v);
  }

  @Explicit
  @JsonSerialize(as = School.class)
  @JsonDeserialize(builder = School.Builder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = School.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = School.Builder.class)
  @JsonPropertyOrder({"shortName", "fullName", "municipality", "region", "inn", "ogrn", "regionalCode",
      "statuses"})
  abstract static class SchoolMixin {
    @JsonProperty("shortName") abstract String shortName();
    @JsonProperty("fullName") abstract Optional<String> fullName();
    @JsonProperty("municipality") abstract Optional<String> municipality();
    @JsonProperty("region") abstract Optional<String> region();
    @JsonProperty("inn") abstract Optional<String> inn();
    @JsonProperty("ogrn") abstract Optional<String> ogrn();
    @JsonProperty("regionalCode") abstract Optional<String> regionalCode();
    @JsonProperty("statuses") abstract List<SchoolStatus> statuses();
  }

  @Explicit
  abstract static class SchoolBuilderMixin {
    @JsonProperty("shortName") @JsonSetter(nulls = Nulls.SKIP) abstract Object shortName(String v);
    @JsonProperty("fullName") @JsonSetter(nulls = Nulls.SKIP) abstract Object fullName(String v);
    @JsonProperty("municipality") @JsonSetter(nulls = Nulls.SKIP) abstract Object municipality(String v);
    @JsonProperty("region") @JsonSetter(nulls = Nulls.SKIP) abstract Object region(String v);
    @JsonProperty("inn") @JsonSetter(nulls = Nulls.SKIP) abstract Object inn(String v);
    @JsonProperty("ogrn") @JsonSetter(nulls = Nulls.SKIP) abstract Object ogrn(String v);
    @JsonProperty("regionalCode") @JsonSetter(nulls = Nulls.SKIP) abstract Object regionalCode(String v);
    @JsonProperty("statuses") @JsonSetter(nulls = Nulls.SKIP)
    abstract Object statuses(Iterable<? extends SchoolStatus> v);
  }

  // ---- Types without a public builder: read through ValueBuilders ----

  @Explicit
  @JsonSerialize(as = Amendment.class)
  @JsonDeserialize(builder = ValueBuilders.AmendmentBuilder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = Amendment.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = ValueBuilders.AmendmentBuilder.class)
  @JsonPropertyOrder({"text", "date", "number"})
  abstract static class AmendmentMixin {
    @JsonProperty("text") abstract String text();
    @JsonProperty("date") @JsonFormat(shape = JsonFormat.Shape.STRING) abstract Optional<LocalDate> date();
    @JsonProperty("number") abstract Optional<String> number();
  }

  @Explicit
  @JsonSerialize(as = Footnote.class)
  @JsonDeserialize(builder = ValueBuilders.FootnoteBuilder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = Footnote.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = ValueBuilders.FootnoteBuilder.class)
  @JsonPropertyOrder({"mark", "text"})
  abstract static class FootnoteMixin {
    @JsonProperty("mark") abstract String mark();
    @JsonProperty("text") abstract String text();
  }

  @Explicit
  @JsonSerialize(as = GlossaryEntry.class)
  @JsonDeserialize(builder = ValueBuilders.GlossaryEntryBuilder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = GlossaryEntry.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = ValueBuilders.GlossaryEntryBuilder.class)
  @JsonPropertyOrder({"abbreviation", "meaning"})
  abstract static class GlossaryEntryMixin {
    @JsonProperty("abbreviation") abstract String abbreviation();
    @JsonProperty("meaning") abstract String meaning();
  }

  @Explicit
  @JsonSerialize(as = Indicator.class)
  @JsonDeserialize(builder = ValueBuilders.IndicatorBuilder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = Indicator.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = ValueBuilders.IndicatorBuilder.class)
  @JsonPropertyOrder({"name", "target"})
  abstract static class IndicatorMixin {
    @JsonProperty("name") abstract String name();
    @JsonProperty("target") abstract Optional<String> target();
  }

  @Explicit
  @JsonSerialize(as = OrderPoint.class)
  @JsonDeserialize(builder = ValueBuilders.OrderPointBuilder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = OrderPoint.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = ValueBuilders.OrderPointBuilder.class)
  @JsonPropertyOrder({"number", "text"})
  abstract static class OrderPointMixin {
    @JsonProperty("number") abstract String number();
    @JsonProperty("text") abstract String text();
  }

  @Explicit
  @JsonSerialize(as = RoadmapPeriod.class)
  @JsonDeserialize(builder = ValueBuilders.RoadmapPeriodBuilder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = RoadmapPeriod.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = ValueBuilders.RoadmapPeriodBuilder.class)
  @JsonPropertyOrder({"first", "last"})
  abstract static class RoadmapPeriodMixin {
    @JsonProperty("first") @JsonFormat(shape = JsonFormat.Shape.STRING) abstract LocalDate first();
    @JsonProperty("last") @JsonFormat(shape = JsonFormat.Shape.STRING) abstract LocalDate last();
    @JsonIgnore abstract boolean isValid();
  }

  @Explicit
  @JsonSerialize(as = Section.class)
  @JsonDeserialize(builder = ValueBuilders.SectionBuilder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = Section.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = ValueBuilders.SectionBuilder.class)
  @JsonPropertyOrder({"number", "title", "activities"})
  abstract static class SectionMixin {
    @JsonProperty("number") abstract Optional<String> number();
    @JsonProperty("title") abstract Optional<String> title();
    @JsonProperty("activities") abstract List<Activity> activities();
  }

  @Explicit
  @JsonSerialize(as = YearCell.class)
  @JsonDeserialize(builder = ValueBuilders.YearCellBuilder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = YearCell.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = ValueBuilders.YearCellBuilder.class)
  @JsonPropertyOrder({"year", "result", "term"})
  abstract static class YearCellMixin {
    @JsonProperty("year") abstract int year();
    @JsonProperty("result") abstract Optional<String> result();
    @JsonProperty("term") @JsonInclude(JsonInclude.Include.NON_EMPTY) abstract Term term();
  }

  @Explicit
  @JsonSerialize(as = SchoolStatus.class)
  @JsonDeserialize(builder = ValueBuilders.SchoolStatusBuilder.class)
  @tools.jackson.databind.annotation.JsonSerialize(as = SchoolStatus.class)
  @tools.jackson.databind.annotation.JsonDeserialize(builder = ValueBuilders.SchoolStatusBuilder.class)
  @JsonPropertyOrder({"year", "kind", "basis"})
  abstract static class SchoolStatusMixin {
    @JsonProperty("year") abstract int year();
    @JsonProperty("kind") abstract SchoolStatusKind kind();
    @JsonProperty("basis") abstract Optional<String> basis();
  }
}
