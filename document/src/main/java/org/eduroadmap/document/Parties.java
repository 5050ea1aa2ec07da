package org.eduroadmap.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.PartyKind;
import org.eduroadmap.responsibility.Responsibility;

/**
 * Reads responsible cells and the addressees of an order's points into parties.
 *
 * <p>A cell is split on commas outside parentheses and quotes; the first party leads. Kinds come from
 * a small lexicon: roles («консультант», «главный специалист», «руководители ОУ»), units («отдел…»,
 * «сектор…»), named persons («Дорохова В.В.», «И.В. Борис»), and organisations for the rest.
 */
final class Parties {

  private static final String INITIALS = "[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.?";
  private static final String SURNAME = "[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?";
  private static final Pattern PERSON = Pattern.compile(
      "(?u)^(?:" + SURNAME + "\\s+" + INITIALS + "|" + INITIALS + "\\s?" + SURNAME + ")$");
  private static final Pattern TRAILING_PERSON = Pattern.compile(
      "(?u)\\s+(" + SURNAME + "\\s+" + INITIALS + "|" + INITIALS + "\\s?" + SURNAME + ")$");
  private static final Pattern PERSON_IN_PARENS = Pattern.compile(
      "(?u)\\s*\\(((?:" + SURNAME + "\\s+" + INITIALS + "|" + INITIALS + "\\s?" + SURNAME + "))\\)");
  private static final Pattern PARTICIPLE = Pattern.compile(
      "(?u)[а-яё]+(?:ющ|ящ|ащ|ущ|вш)(?:ие|ий|ая|ее|их|им|ими|ую)(?![а-яё])");
  private static final Pattern FURTHER = Pattern.compile("(?iu)\\s*\\(\\s*далее[^()]*\\)");
  private static final List<String> ROLE_WORDS = List.of("консультант", "специалист", "руководител", "начальник",
      "заместител", "директор", "методист", "координатор", "председател", "педагог", "учител", "инспектор",
      "эксперт", "советник", "куратор", "тьютор");
  private static final List<String> UNIT_WORDS = List.of("отдел", "сектор", "служб", "лаборатори", "кафедр");

  private final Glossary glossary;

  Parties(Glossary glossary) {
    this.glossary = glossary;
  }

  /** A responsible cell of the table, names kept as written. */
  Responsibility cell(String text) {
    String cell = text.strip();
    if (cell.isEmpty()) {
      return Responsibility.none();
    }
    List<String> names = new ArrayList<>();
    for (String part : splitOutside(cell, ',')) {
      if (part.isBlank()) {
        continue;
      }
      // «Органы исполнительной власти субъектов РФ, осуществляющие управление в сфере образования»: a
      // participle after a comma describes the party before it, it names no party of its own.
      if (!names.isEmpty() && PARTICIPLE.matcher(part).lookingAt()) {
        names.set(names.size() - 1, names.get(names.size() - 1) + ", " + part);
      } else {
        names.add(part);
      }
    }
    List<Party> parties = new ArrayList<>();
    for (String name : names) {
      parties.add(party(name, false));
    }
    return Responsibility.of(cell, parties);
  }

  /**
   * The addressee of an order's point («Отделу общего образования (Дорохова В.В.) совместно с …»):
   * split on «совместно с», persons in parentheses taken out, names resolved through the glossary.
   */
  Responsibility addressee(String text, boolean nominative) {
    String cell = text.strip();
    List<Party> parties = new ArrayList<>();
    for (String part : cell.split("(?iu)\\s+совместно\\s+с(?:о)?\\s+")) {
      if (!part.isBlank()) {
        parties.add(party(part, nominative));
      }
    }
    return Responsibility.of(cell, parties);
  }

  /** One party: «Отдел общего образования (Дорохова В.В.)», «главный специалист МОО», «ИМЦ». */
  Party party(String raw, boolean nominative) {
    String s = FURTHER.matcher(raw).replaceAll("").strip();
    Optional<String> person = Optional.empty();
    Matcher p = PERSON_IN_PARENS.matcher(s);
    if (p.find()) {
      person = Optional.of(p.group(1));
      s = (s.substring(0, p.start()) + s.substring(p.end())).strip();
    }
    Optional<String> organisation = Optional.empty();
    String[] inside = s.split("(?iu)\\s+в составе\\s+", 2);
    if (inside.length == 2) {
      s = inside[0].strip();
      String org = RussianText.nominativeHead(inside[1]);
      organisation = Optional.of(glossary.abbreviationFor(org, true).orElse(org));
    }
    PartyKind kind = kind(s);
    String name = s;
    if (kind == PartyKind.UNIT || nominative) {
      name = RussianText.nominativeHead(s);
    }
    Optional<String> abbreviation = glossary.abbreviationFor(name, false);
    if (nominative || kind == PartyKind.UNIT) {
      if (abbreviation.isPresent()) {
        name = abbreviation.get();
      }
    }
    Optional<String> meaning = glossary.meaning(name);
    if (meaning.isPresent()) {
      kind = kind(meaning.get());
    }
    if (organisation.isEmpty() && kind == PartyKind.ROLE) {
      organisation = organisationOfPosition(name);
    }
    Party.Builder b = Party.builder().name(name).kind(kind);
    person.ifPresent(b::person);
    organisation.ifPresent(b::organisation);
    return b.build();
  }

  /**
   * The organisation a position names at its end: «главный специалист МОО» → {@code МОО}. A group
   * («руководители ОУ») names a kind of organisation, not one, so it has none.
   */
  private Optional<String> organisationOfPosition(String name) {
    String[] words = name.strip().split("\\s+");
    if (words.length < 2) {
      return Optional.empty();
    }
    String last = words[words.length - 1];
    String head = words[0].toLowerCase(Locale.ROOT);
    boolean group = head.endsWith("и") || head.endsWith("ы");
    boolean abbreviation = RussianText.isAllCaps(last) || glossary.meaning(last).isPresent();
    return !group && abbreviation ? Optional.of(last) : Optional.empty();
  }

  /** The kind a name suggests, by the lexicon. */
  static PartyKind kind(String name) {
    String s = name.strip();
    if (PERSON.matcher(s).matches()) {
      return PartyKind.PERSON;
    }
    String[] words = s.toLowerCase(Locale.ROOT).split("\\s+");
    for (int i = 0; i < Math.min(2, words.length); i++) {
      String w = words[i];
      if (ROLE_WORDS.stream().anyMatch(w::startsWith)) {
        return PartyKind.ROLE;
      }
      if (i == 0 && UNIT_WORDS.stream().anyMatch(w::startsWith)) {
        return PartyKind.UNIT;
      }
      if (!(w.endsWith("ый") || w.endsWith("ий") || w.endsWith("ой") || w.endsWith("ого") || w.endsWith("ему")
          || w.endsWith("ому") || w.endsWith("ые") || w.endsWith("ие") || w.endsWith("ым") || w.endsWith("им"))) {
        break;
      }
    }
    return PartyKind.ORGANISATION;
  }

  /** The position and person a control point names: «начальника отдела … И.В. Борис». */
  Party official(String text) {
    String s = text.strip();
    if (!s.matches("(?su).*[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.$")) {
      s = s.replaceAll("[.;]+$", "");
    }
    Optional<String> person = Optional.empty();
    Matcher m = TRAILING_PERSON.matcher(s);
    if (m.find()) {
      person = Optional.of(m.group(1));
      s = s.substring(0, m.start()).strip();
    }
    if (s.isEmpty() && person.isPresent()) {
      return Party.of(person.get(), PartyKind.PERSON);
    }
    String name = RussianText.nominativeHead(s);
    Party.Builder b = Party.builder().name(name).kind(kind(name));
    person.ifPresent(b::person);
    return b.build();
  }

  /** Whether {@code text} is a person's name: «М.Б. Калманов», «Грачёва М.Г.». */
  static boolean isPerson(String text) {
    return PERSON.matcher(text.strip()).matches();
  }

  /** Splits {@code text} on {@code separator} outside parentheses and quotes. */
  static List<String> splitOutside(String text, char separator) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean straightQuote = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '«' || c == '[') {
        depth++;
      } else if ((c == ')' || c == '»' || c == ']') && depth > 0) {
        depth--;
      } else if (c == '"') {
        straightQuote = !straightQuote;
      } else if (c == separator && depth == 0 && !straightQuote) {
        parts.add(text.substring(start, i).strip());
        start = i + 1;
      }
    }
    parts.add(text.substring(start).strip());
    return parts;
  }
}
