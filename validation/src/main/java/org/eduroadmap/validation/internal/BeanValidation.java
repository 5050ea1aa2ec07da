package org.eduroadmap.validation.internal;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.Section;
import org.eduroadmap.validation.Violation;
import org.eduroadmap.validation.ViolationCode;
import org.eduroadmap.validation.constraints.ActivityNumber;
import org.eduroadmap.validation.constraints.Inn;
import org.eduroadmap.validation.constraints.Ogrn;
import org.eduroadmap.validation.constraints.Percentage;
import org.eduroadmap.validation.constraints.PlausibleYear;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Runs the model's Bean Validation constraints with Hibernate Validator and turns each constraint
 * violation into a {@link Violation}.
 *
 * <pre>{@code
 * List<Violation> found = BeanValidation.standard().validate(roadmap, Locale.forLanguageTag("ru"));
 * }</pre>
 *
 * <p>Messages are interpolated by {@link ParameterMessageInterpolator}: no Expression Language, so
 * nothing in a roadmap's text is ever evaluated and no EL implementation is needed. The factory
 * ignores {@code META-INF/validation.xml}: the application's configuration is not ours to read.
 * This class is immutable and thread-safe.
 */
public final class BeanValidation {

  private static final BeanValidation STANDARD = new BeanValidation();

  private static final Map<Class<? extends Annotation>, ViolationCode> CODES = Map.of(
      NotBlank.class, ViolationCode.REQUIRED_TEXT_BLANK,
      NotEmpty.class, ViolationCode.REQUIRED_LIST_EMPTY,
      Size.class, ViolationCode.TEXT_TOO_LONG,
      PlausibleYear.class, ViolationCode.YEAR_IMPLAUSIBLE,
      ActivityNumber.class, ViolationCode.ACTIVITY_NUMBER_INVALID,
      Inn.class, ViolationCode.INN_INVALID,
      Ogrn.class, ViolationCode.OGRN_INVALID,
      Percentage.class, ViolationCode.PERCENTAGE_OUT_OF_RANGE);

  private final ValidatorFactory factory;
  private final Map<Locale, Validator> validators = new ConcurrentHashMap<>();

  private BeanValidation() {
    HibernateValidatorConfiguration configuration = Validation.byProvider(HibernateValidator.class)
        .providerResolver(() -> List.of(new HibernateValidator()))
        .configure()
        .ignoreXmlConfiguration()
        .messageInterpolator(new ParameterMessageInterpolator())
        // Before createConstraintMapping(): the mapping resolves getter("title") with it.
        .getterPropertySelectionStrategy(new AccessorGetterStrategy());
    ConstraintMapping mapping = configuration.createConstraintMapping();
    ModelConstraints.define(mapping);
    this.factory = configuration.addMapping(mapping).buildValidatorFactory();
  }

  /** The one instance: building a validator factory is costly. */
  public static BeanValidation standard() {
    return STANDARD;
  }

  /** A validator whose messages are in {@code locale}, whatever the default locale. */
  public Validator validator(Locale locale) {
    return validators.computeIfAbsent(locale, l -> factory.usingContext()
        .messageInterpolator(new FixedLocaleInterpolator(factory.getMessageInterpolator(), l))
        .getValidator());
  }

  /** The violations of the model's constraints, in Russian or English. */
  public List<Violation> validate(Roadmap roadmap, Messages messages) {
    List<Violation> out = new ArrayList<>();
    for (ConstraintViolation<Roadmap> cv : validator(messages.locale()).validate(roadmap)) {
      out.add(convert(roadmap, cv, messages));
    }
    return out;
  }

  private static Violation convert(Roadmap roadmap, ConstraintViolation<Roadmap> cv, Messages messages) {
    Class<? extends Annotation> type = cv.getConstraintDescriptor().getAnnotation().annotationType();
    ViolationCode code = CODES.get(type);
    if (code == null) {
      throw new IllegalStateException("No violation code for constraint @" + type.getName());
    }
    List<Segment> segments = segments(cv.getPropertyPath());
    Optional<Activity> activity = activity(roadmap, segments);
    String path = render(segments);
    String text = messages.forActivity(activity, cv.getMessage());
    return Messages.key(activity).map(key -> Violation.of(code.severity(), code, path, key, text))
        .orElseGet(() -> Violation.of(code.severity(), code, path, text));
  }

  /** A property with the index of the list element it goes on to, if any. */
  private record Segment(String name, Object index) {
    Segment withIndex(Object i) {
      return new Segment(name, i);
    }

    @Override
    public String toString() {
      return index == null ? name : name + "[" + index + "]";
    }
  }

  /**
   * In a Bean Validation path the index of a list element sits on the node after the list
   * ({@code activities} carries the index into {@code sections}); here it moves onto the list.
   * Container element nodes ({@code <list element>}) are left out.
   */
  private static List<Segment> segments(Path path) {
    List<Segment> out = new ArrayList<>();
    for (Path.Node node : path) {
      Object index = node.getIndex() != null ? node.getIndex() : node.getKey();
      if (node.isInIterable() && index != null && !out.isEmpty()) {
        out.set(out.size() - 1, out.get(out.size() - 1).withIndex(index));
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        out.add(new Segment(name, null));
      }
    }
    return out;
  }

  private static String render(List<Segment> segments) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : segments) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append(s);
    }
    return sb.toString();
  }

  private static Optional<Activity> activity(Roadmap roadmap, List<Segment> segments) {
    Section section = null;
    for (Segment s : segments) {
      if (!(s.index() instanceof Integer i)) {
        continue;
      }
      switch (s.name()) {
        case "sections" -> section = i < roadmap.sections().size() ? roadmap.sections().get(i) : null;
        case "activities" -> {
          if (section != null && i < section.activities().size()) {
            return Optional.of(section.activities().get(i));
          }
        }
        case "reportingDuties" -> {
          if (i < roadmap.reportingDuties().size()) {
            return Optional.of(roadmap.reportingDuties().get(i));
          }
        }
        default -> { }
      }
    }
    return Optional.empty();
  }
}
