package org.eduroadmap.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.validation.internal.DocumentOrder;
import org.eduroadmap.validation.internal.BeanValidation;
import org.eduroadmap.validation.internal.Messages;
import org.eduroadmap.validation.internal.RoadmapRules;

/**
 * Validates a roadmap: the Bean Validation constraints on every field and the roadmap rules that
 * look at several elements at once, all reported as {@link Violation}s in one language.
 *
 * <pre>{@code
 * Roadmap roadmap = RoadmapJson.standard().read(Path.of("eao-2021.json"));
 * ValidationReport report = RoadmapValidator.standard().validate(roadmap, Locale.forLanguageTag("ru"));
 * for (Violation v : report.violations()) {
 *   System.out.println(v.severity() + " " + v.code() + " " + v.path() + " " + v.message());
 * }
 * // WARNING DEADLINE_BEFORE_ORDER sections[0].activities[0].term Мероприятие 1: срок …
 * }</pre>
 *
 * <p>Callers need not know Bean Validation: its violations come out as the same {@link Violation}
 * type, with paths such as {@code sections[0].activities[2].title}. Messages are in Russian for a
 * Russian locale and in English for any other. Every violation is reported, never just the first;
 * the report lists them by path in document order.
 *
 * <p>This class is immutable and thread-safe: share the standard instance.
 */
public final class RoadmapValidator {

  private static final RoadmapValidator STANDARD = new RoadmapValidator();

  private RoadmapValidator() {}

  /** The validator with every constraint and rule of this module. */
  public static RoadmapValidator standard() {
    return STANDARD;
  }

  /**
   * Every violation {@code roadmap} has, with messages in {@code locale}'s language (Russian or
   * English).
   */
  public ValidationReport validate(Roadmap roadmap, Locale locale) {
    Objects.requireNonNull(roadmap, "roadmap");
    Objects.requireNonNull(locale, "locale");
    Messages messages = Messages.of(locale);
    List<Violation> all = new ArrayList<>(BeanValidation.standard().validate(roadmap, messages));
    all.addAll(RoadmapRules.check(roadmap, messages));
    all.sort(DOCUMENT_ORDER);
    return ValidationReport.of(all);
  }

  /** Every violation {@code roadmap} has, in Russian: the language of the documents. */
  public ValidationReport validate(Roadmap roadmap) {
    return validate(roadmap, Messages.RUSSIAN);
  }

  /** The roadmap's own fields in JSON order: a path starting with one of them sorts by it. */
  private static final List<String> FIELDS = List.of("title", "level", "region", "municipality",
      "order", "controlledBy", "implementers", "period", "goals", "tasks", "notes", "columns",
      "yearColumns", "sections", "reportingDuties", "footnotes", "glossary", "schools");

  /** By top-level field in JSON order, then by indexes numerically, then by path and code. */
  private static final Comparator<Violation> DOCUMENT_ORDER = DocumentOrder.of(FIELDS);
}
