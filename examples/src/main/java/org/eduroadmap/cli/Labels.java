package org.eduroadmap.cli;

/** The contract's codes (kinds, reasons) as text mode shows them, in the language asked for; jsonl keeps the codes. */
final class Labels {

  private Labels() {}

  static String kind(Lang lang, String code) {
    return switch (code) {
      case "EVENT" -> lang.t("событие", "event");
      case "DEADLINE" -> lang.t("к сроку", "deadline");
      case "WINDOW" -> lang.t("в период", "window");
      case "CONTINUOUS" -> lang.t("постоянно", "continuous");
      case "UNSCHEDULED" -> lang.t("без даты", "no date");
      default -> code;
    };
  }

  static String reason(Lang lang, String code) {
    return switch (code) {
      case "ON_DEMAND" -> lang.t("по мере необходимости", "on demand");
      case "EXTERNAL" -> lang.t("по другому графику", "by another schedule");
      case "UNSPECIFIED" -> lang.t("срок не указан", "no term given");
      case "UNPARSED" -> lang.t("срок не прочитан", "term not understood");
      default -> code;
    };
  }
}
