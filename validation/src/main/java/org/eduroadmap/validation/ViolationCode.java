package org.eduroadmap.validation;

/**
 * The stable code of each kind of violation, with its severity.
 *
 * <pre>{@code
 * ViolationCode.PERIOD_REVERSED.severity(); // ERROR
 * }</pre>
 *
 * <p>Codes are a contract: programs may rely on them; new codes may be added, none is renamed.
 * The first group comes from the Bean Validation constraints on single fields, the others from the
 * roadmap rules that look at several elements at once.
 */
public enum ViolationCode {

  // --- single fields (Bean Validation) ---

  /** A text that must be written is blank: an activity's title, the order's number. */
  REQUIRED_TEXT_BLANK(Severity.ERROR),
  /** A list that must not be empty is: a roadmap without sections, a section without rows. */
  REQUIRED_LIST_EMPTY(Severity.ERROR),
  /** A text is longer than such a text can be: an activity number of 40 characters. */
  TEXT_TOO_LONG(Severity.ERROR),
  /** A year that cannot be meant: {@code 202}, {@code 3021}. */
  YEAR_IMPLAUSIBLE(Severity.ERROR),
  /** An activity number that is not a number: {@code а)}, {@code 1..2}. */
  ACTIVITY_NUMBER_INVALID(Severity.ERROR),
  /** An INN of the wrong length or with a wrong check digit. */
  INN_INVALID(Severity.ERROR),
  /** An OGRN of the wrong length or with a wrong check digit. */
  OGRN_INVALID(Severity.ERROR),
  /** A percentage below 0 or above 100: {@code 120%}. */
  PERCENTAGE_OUT_OF_RANGE(Severity.ERROR),

  // --- the period ---

  /**
   * The period's first day comes after its last. No rule reports it any more: a reversed
   * {@link org.eduroadmap.roadmap.RoadmapPeriod} cannot be built, and the JSON reader reports one at
   * {@code $.period} (a {@code RoadmapJsonException}). The code stays so that stored reports still read.
   */
  PERIOD_REVERSED(Severity.ERROR),

  /**
   * Some years of the period have no approved production calendar (the shipped one covers
   * 2013–2027): their due dates are computed from the Labour Code and may move once the
   * government's decree for the year is known. One warning naming the years.
   */
  PROVISIONAL_CALENDAR(Severity.WARNING),

  /** A term's explicit date falls outside the period: «август 2025» in a plan for 2021–2023. */
  TERM_DATE_OUTSIDE_PERIOD(Severity.WARNING),
  /**
   * A day of the week written beside a date is not that date's: «28 июня 2017 (пт)» (a Wednesday). The
   * date is kept as written; the note is only checked.
   */
  TERM_WEEKDAY_MISMATCH(Severity.WARNING),
  /** A term is due before the order that approves the plan was signed. */
  DEADLINE_BEFORE_ORDER(Severity.WARNING),

  // --- numbering ---

  /** Two activities have the same number. */
  NUMBER_DUPLICATE(Severity.ERROR),
  /**
   * Two activities have the same identifier ({@code id}): an execution record for one would mark both
   * done. Identifiers taken from the number are made unique by the roadmap itself; one chosen apart
   * from the number is kept as written, so only those can repeat.
   */
  ACTIVITY_ID_DUPLICATE(Severity.ERROR),
  /** A number is skipped: {@code 4} is followed by {@code 6}. */
  NUMBERING_GAP(Severity.WARNING),
  /** A number comes after a greater one: {@code 7} after {@code 9}. */
  NUMBERING_DISORDER(Severity.WARNING),
  /** A few numbers have a trailing dot where the others have none, or the other way round. */
  NUMBER_STYLE_MIXED(Severity.WARNING),
  /** A section number is skipped: «Направление №4» is followed by «№6». */
  SECTION_NUMBERING_GAP(Severity.WARNING),
  /** A section number comes after a greater one. */
  SECTION_NUMBERING_DISORDER(Severity.WARNING),

  // --- terms and results ---

  /** A term the term language cannot read: no date can be computed from it. */
  TERM_UNPARSED(Severity.ERROR),
  /** An activity has no term and no per-year cells. */
  TERM_EMPTY(Severity.WARNING),
  /** A per-year cell has a result but no term: there is no date for that year. */
  YEAR_CELL_WITHOUT_TERM(Severity.WARNING),
  /** A per-year cell's term names another year than its column's: «Сентябрь 2020» under 2021. */
  YEAR_CELL_YEAR_MISMATCH(Severity.WARNING),
  /** A per-year cell stands for a year the table has no column for. */
  YEAR_CELL_NOT_A_COLUMN(Severity.WARNING),
  /** An activity has no result, evidence or indicator where the table has a column for them. */
  NO_RESULT(Severity.WARNING),

  // --- responsibility ---

  /** No responsible party is named for an activity (nor for the plan as a whole). */
  NO_RESPONSIBLE_PARTY(Severity.WARNING),
  /** Co-executors are named but no lead: nobody answers for the result. */
  CO_EXECUTORS_WITHOUT_LEAD(Severity.ERROR),
  /** A party's abbreviation is not in the roadmap's list of abbreviations. */
  PARTY_NOT_IN_GLOSSARY(Severity.WARNING),

  // --- schools ---

  /** The same school is listed twice. */
  SCHOOL_DUPLICATE(Severity.WARNING),
  /** A school's status is given for a year outside the roadmap's period. */
  SCHOOL_STATUS_OUTSIDE_PERIOD(Severity.WARNING),

  // --- indicators ---

  /** An indicator measured as a share or a count has a target that is neither a number nor a percentage. */
  INDICATOR_TARGET_NOT_NUMERIC(Severity.WARNING),

  // --- text ---

  /**
   * A text people read holds a control character (other than TAB) or U+2028/U+2029: a lone CR in a title
   * would start a property of its own in an iCalendar file, an ESC recolour a terminal. The exports replace
   * such characters; one violation per text, naming the first.
   */
  TEXT_CONTROL_CHARACTER(Severity.ERROR),

  // --- the support cycle (SupportCycleValidator) ---

  /** A risk factor code of a profile or a programme is not in the cycle's catalogue. */
  RISK_FACTOR_UNKNOWN(Severity.ERROR),
  /**
   * The cycle lists the same school twice (the same short name): the municipality's totals would count its
   * programmes and delegated activities twice.
   */
  CYCLE_SCHOOL_DUPLICATE(Severity.ERROR),
  /** A profile, programme, delegation or record names a school that is not among the cycle's schools. */
  SCHOOL_UNKNOWN(Severity.ERROR),
  /** A factor rated HIGH in a school's current (latest) profile has no anti-risk programme of that school. */
  HIGH_RISK_WITHOUT_PROGRAMME(Severity.ERROR),
  /** A programme indicator has no target for some year of its programme's period. */
  INDICATOR_TARGET_MISSING(Severity.ERROR),
  /** A cascade link names a roadmap or an activity that does not exist. */
  CASCADE_UNKNOWN_ACTIVITY(Severity.ERROR),
  /** A delegated activity is due later than its parent activity allows (its due date minus the lead time). */
  CASCADE_DEADLINE_AFTER_PARENT(Severity.ERROR),
  /** An execution record names a roadmap or an activity the cycle does not have. */
  RECORD_UNKNOWN_ACTIVITY(Severity.ERROR);

  private final Severity severity;

  ViolationCode(Severity severity) {
    this.severity = severity;
  }

  /** How serious a violation with this code is. */
  public Severity severity() {
    return severity;
  }
}
