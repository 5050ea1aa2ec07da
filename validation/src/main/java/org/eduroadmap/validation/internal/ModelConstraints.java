package org.eduroadmap.validation.internal;

import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.Responsibility;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.ApprovingOrder;
import org.eduroadmap.roadmap.GlossaryEntry;
import org.eduroadmap.roadmap.Indicator;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.Section;
import org.eduroadmap.roadmap.YearCell;
import org.eduroadmap.school.School;
import org.eduroadmap.school.SchoolStatus;
import org.eduroadmap.validation.constraints.ActivityNumber;
import org.eduroadmap.validation.constraints.Inn;
import org.eduroadmap.validation.constraints.Ogrn;
import org.eduroadmap.validation.constraints.Percentage;
import org.eduroadmap.validation.constraints.PlausibleYear;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.GenericConstraintDef;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.cfg.defs.NotEmptyDef;
import org.hibernate.validator.cfg.defs.SizeDef;

/**
 * The Bean Validation constraints of the model, defined here rather than on the model so that core
 * needs no validation dependency.
 *
 * <p>Messages of the standard constraints are keyed by where they are used
 * ({@code org.eduroadmap.validation.Activity.title.blank}), so that each reads naturally; the
 * custom constraints keep their own keys ({@code org.eduroadmap.validation.constraints.Inn.message}).
 */
final class ModelConstraints {

  /** The longest activity number a roadmap prints: {@code п. 12.3.4} is nine characters. */
  static final int MAX_NUMBER_LENGTH = 20;

  /** The longest abbreviation a glossary defines: «ОГАУ ДПО «ИПКПР»» is sixteen. */
  static final int MAX_ABBREVIATION_LENGTH = 40;

  private ModelConstraints() {}

  static void define(ConstraintMapping m) {
    m.type(Roadmap.class)
        .getter("title").constraint(blank("Roadmap.title"))
        .getter("order").valid()
        .getter("implementers").valid()
        .getter("controlledBy").containerElementType().valid()
        .getter("yearColumns").containerElementType().constraint(year())
        .getter("sections")
            .constraint(new NotEmptyDef().message(key("Roadmap.sections.empty")))
            .containerElementType().valid()
        .getter("reportingDuties").containerElementType().valid()
        .getter("glossary").containerElementType().valid()
        .getter("schools").containerElementType().valid();

    m.type(ApprovingOrder.class)
        .getter("authority").constraint(blank("ApprovingOrder.authority"))
        .getter("kind").constraint(blank("ApprovingOrder.kind"))
        .getter("number").constraint(blank("ApprovingOrder.number"));

    m.type(Section.class)
        .getter("activities").containerElementType().valid();

    m.type(Activity.class)
        .getter("number")
            .constraint(blank("Activity.number"))
            .constraint(new SizeDef().max(MAX_NUMBER_LENGTH).message(key("Activity.number.tooLong")))
            .constraint(new GenericConstraintDef<>(ActivityNumber.class))
        .getter("title").constraint(blank("Activity.title"))
        .getter("yearCells").containerElementType().valid()
        .getter("responsibility").valid()
        .getter("results").containerElementType().constraint(blank("Activity.results"))
        .getter("evidence").containerElementType().constraint(blank("Activity.evidence"))
        .getter("indicators").containerElementType().valid();

    m.type(YearCell.class)
        .getter("year").constraint(year());

    m.type(Responsibility.class)
        .getter("lead").containerElementType().valid()
        .getter("coExecutors").containerElementType().valid();

    m.type(Party.class)
        .getter("name").constraint(blank("Party.name"));

    m.type(GlossaryEntry.class)
        .getter("abbreviation")
            .constraint(blank("GlossaryEntry.abbreviation"))
            .constraint(new SizeDef().max(MAX_ABBREVIATION_LENGTH)
                .message(key("GlossaryEntry.abbreviation.tooLong")))
        .getter("meaning").constraint(blank("GlossaryEntry.meaning"));

    m.type(Indicator.class)
        .getter("name").constraint(blank("Indicator.name"))
        .getter("target").containerElementType().constraint(new GenericConstraintDef<>(Percentage.class));

    m.type(School.class)
        .getter("shortName").constraint(blank("School.shortName"))
        .getter("inn").containerElementType().constraint(new GenericConstraintDef<>(Inn.class))
        .getter("ogrn").containerElementType().constraint(new GenericConstraintDef<>(Ogrn.class))
        .getter("statuses").containerElementType().valid();

    m.type(SchoolStatus.class)
        .getter("year").constraint(year());
  }

  private static NotBlankDef blank(String where) {
    return new NotBlankDef().message(key(where + ".blank"));
  }

  private static GenericConstraintDef<PlausibleYear> year() {
    return new GenericConstraintDef<>(PlausibleYear.class);
  }

  private static String key(String suffix) {
    return "{org.eduroadmap.validation." + suffix + "}";
  }
}
