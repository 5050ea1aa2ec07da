package org.eduroadmap.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eduroadmap.school.School;
import org.eduroadmap.school.SchoolStatus;
import org.eduroadmap.school.SchoolStatusKind;

/**
 * The schools a plan's notes name («…отнесены в зону риска…: МБОУ СОШ с. Ербогачен, МКОУ СОШ с. Непа»),
 * with the status and the document that set it.
 */
final class Schools {

  private Schools() {}

  private static final Pattern SCHOOL = Pattern.compile(
      "(?u)(?<![\\p{L}])((?:М|Г|ОГ|ЧО)?[БКА]?(?:ОУ|ОО)\\s+(?:СОШ|ООШ|НОШ|СШ|ОШ|[Гг]имназия|[Лл]ицей)[^,;:]*?)"
          + "(?=\\s*[,;]|\\.?\\s*$)");
  private static final Pattern BASIS = Pattern.compile(
      "(?iu)(?:согласно|в соответствии с|на основании)\\s+(распоряжени[а-я]*|приказ[а-я]*|постановлени[а-я]*)"
          + "\\s+([^«]*«[^»]*»)");
  private static final Pattern YEAR_IN_TITLE = Pattern.compile("(?iu)в\\s+(\\d{4})\\s+году");

  static List<School> read(List<String> texts, Optional<String> region, Optional<String> municipality) {
    List<School> schools = new ArrayList<>();
    for (String text : texts) {
      int colon = text.lastIndexOf(':');
      String list = colon >= 0 ? text.substring(colon + 1) : text;
      Matcher m = SCHOOL.matcher(list);
      List<String> names = new ArrayList<>();
      while (m.find()) {
        names.add(m.group(1).strip());
      }
      if (names.isEmpty()) {
        continue;
      }
      Optional<SchoolStatus> status = status(text);
      for (String name : names) {
        School.Builder b = School.builder().shortName(name);
        region.ifPresent(b::region);
        municipality.ifPresent(b::municipality);
        status.ifPresent(b::addStatuses);
        schools.add(b.build());
      }
    }
    return schools;
  }

  private static Optional<SchoolStatus> status(String text) {
    String lower = text.toLowerCase(RussianText.RU);
    SchoolStatusKind kind;
    if (lower.contains("зону риска") || lower.contains("зоне риска")) {
      kind = SchoolStatusKind.RISK_ZONE;
    } else if (lower.contains("неблагоприятн")) {
      kind = SchoolStatusKind.UNFAVOURABLE_CONDITIONS;
    } else if (lower.contains("500+")) {
      kind = SchoolStatusKind.PROJECT_500_PLUS;
    } else if (lower.contains("низкими образовательными") || lower.contains("шнор")) {
      kind = SchoolStatusKind.LOW_RESULTS;
    } else {
      return Optional.empty();
    }
    Matcher basis = BASIS.matcher(text);
    if (!basis.find()) {
      return Optional.empty();
    }
    String document = nominative(basis.group(1)) + " " + basis.group(2).strip();
    Matcher year = YEAR_IN_TITLE.matcher(basis.group(2));
    int y;
    if (year.find()) {
      y = Integer.parseInt(year.group(1));
    } else {
      Optional<RussianText.FoundDate> date = RussianText.findDate(basis.group(2));
      if (date.isEmpty()) {
        return Optional.empty();
      }
      y = date.get().date().getYear();
    }
    return Optional.of(SchoolStatus.of(y, kind).withBasis(document));
  }

  private static String nominative(String word) {
    String w = word.toLowerCase(RussianText.RU);
    if (w.startsWith("распоряжени")) {
      return "распоряжение";
    }
    if (w.startsWith("постановлени")) {
      return "постановление";
    }
    return "приказ";
  }
}
