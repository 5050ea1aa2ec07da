package org.eduroadmap.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eduroadmap.roadmap.Amendment;

/**
 * Everything before the table: the order's header, its points and signature, the approval block of
 * the appendix, the plan's title, goals, tasks and other notes.
 */
final class FrontMatter {

  /** A numbered point of the order. */
  record Point(int line, String number, String text) {}

  private static final Pattern ORDERING = Pattern.compile(
      "(?iu)(п\\s?р\\s?и\\s?к\\s?а\\s?з\\s?ы\\s?в\\s?а\\s?ю|р\\s?а\\s?с\\s?п\\s?о\\s?р\\s?я\\s?ж\\s?а\\s?ю"
          + "|п\\s?о\\s?с\\s?т\\s?а\\s?н\\s?о\\s?в\\s?л\\s?я\\s?ю|п\\s?о\\s?с\\s?т\\s?а\\s?н\\s?о\\s?в\\s?л\\s?я\\s?е\\s?т)"
          + "\\s*:?\\s*$");
  private static final Pattern KIND = Pattern.compile(
      "(?iu)^(п\\s?р\\s?и\\s?к\\s?а\\s?з|р\\s?а\\s?с\\s?п\\s?о\\s?р\\s?я\\s?ж\\s?е\\s?н\\s?и\\s?е"
          + "|п\\s?о\\s?с\\s?т\\s?а\\s?н\\s?о\\s?в\\s?л\\s?е\\s?н\\s?и\\s?е)$");
  private static final Pattern NUMBER = Pattern.compile("(?u)№\\s*([\\p{L}\\d][\\p{L}\\d/.-]*)");
  private static final Pattern PLACE = Pattern.compile("(?u)^(г\\.|город|пос\\.|п\\.|с\\.|пгт)\\s*[А-ЯЁ].{0,40}$");
  private static final Pattern POINT = Pattern.compile("(?u)^(\\d{1,3}(?:\\.\\d{1,3})*)\\.?\\s+(\\S.*)$");
  private static final Pattern APPROVAL = Pattern.compile(
      "(?iu)^(утвержд[её]н[аоы]?|приложение|к приказу|приказом|к распоряжению|распоряжением|к постановлению"
          + "|постановлением|от\\s+«?\\d|\\(?с изменениями)");
  private static final Pattern AMENDMENT = Pattern.compile("(?iu)^\\(?(с изменениями[^)]*?)\\)?\\.?$");
  private static final Pattern APPROVING_REFERENCE = Pattern.compile(
      "(?iu)(?:к\\s+)?(приказ[а-я]*|распоряжени[а-я]*|постановлени[а-я]*)\\s+(.*?)\\s*(?=№|от\\s|$)");
  private static final Pattern GOALS = Pattern.compile("(?iu)^(?:\\d+\\.\\s*)?цел[ьи]\\s*(?:работы\\s*)?[:.\\-–—]?\\s*(.*)$");
  private static final Pattern TASKS = Pattern.compile("(?iu)^(?:\\d+\\.\\s*)?задачи\\s*[:.\\-–—]?\\s*(.*)$");
  private static final Pattern PREAMBLE_OPENING = Pattern.compile(
      "(?u)^(В\\s+(целях|соответствии|связи|рамках|исполнение)|На\\s+основании|Во\\s+исполнение|С\\s+целью"
          + "|Руководствуясь|Для\\s|Согласно|Рассмотрев|В\\s+ходе)");
  private static final Pattern DASH_BULLET = Pattern.compile("(?u)^\\s*[-–—•·]\\s*(\\S.*)$");

  private boolean asWritten;
  String authority = "";
  String kind = "";
  String number = "";
  Optional<java.time.LocalDate> date = Optional.empty();
  Optional<String> place = Optional.empty();
  Optional<String> orderTitle = Optional.empty();
  Optional<String> preamble = Optional.empty();
  final List<Point> points = new ArrayList<>();
  Optional<String> signatory = Optional.empty();
  Optional<String> signatoryPosition = Optional.empty();
  final List<Amendment> amendments = new ArrayList<>();
  String approval = "";
  boolean hasOrderHead;
  String title = "";
  int titleLine;
  final List<String> goals = new ArrayList<>();
  final List<String> tasks = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  final List<SourceText.Paragraph> glossaryParagraphs = new ArrayList<>();

  static FrontMatter read(List<SourceText.Paragraph> paragraphs, String document, Problems problems) {
    return read(paragraphs, document, problems, false);
  }

  /**
   * Reads the front matter; with {@code asWritten} (a document whose paragraphs are known) names keep
   * their capitals: «УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ВЕРХНЕКАМСКОГО РАЙОНА», not a sentence case
   * that loses the proper names.
   */
  static FrontMatter read(List<SourceText.Paragraph> paragraphs, String document, Problems problems,
      boolean asWritten) {
    FrontMatter f = new FrontMatter();
    f.asWritten = asWritten;
    return f.readAll(paragraphs, document, problems);
  }

  /** The most paragraphs before an order's kind («ПРИКАЗ»): the authority's name and a coat of arms' caption. */
  private static final int MAX_HEAD_PARAGRAPHS = 8;

  private FrontMatter readAll(List<SourceText.Paragraph> paragraphs, String document, Problems problems) {
    FrontMatter f = this;
    int ordering = -1;
    for (int i = 0; i < paragraphs.size(); i++) {
      if (ORDERING.matcher(paragraphs.get(i).text()).find()) {
        ordering = i;
        break;
      }
    }
    int next = 0;
    if (ordering >= 0) {
      f.hasOrderHead = true;
      f.readHead(paragraphs.subList(0, ordering), paragraphs.get(ordering), document);
      next = f.readPoints(paragraphs, ordering + 1);
      next = f.readSignature(paragraphs, next);
    } else if (asWritten) {
      // A «РАСПОРЯЖЕНИЕ» often goes from its preamble straight to «1. Утвердить …», with no «ПРИКАЗЫВАЮ:».
      int kind = -1;
      for (int i = 0; i < Math.min(paragraphs.size(), MAX_HEAD_PARAGRAPHS) && kind < 0; i++) {
        if (KIND.matcher(paragraphs.get(i).text()).matches()) {
          kind = i;
        }
      }
      int firstPoint = -1;
      for (int i = kind + 1; kind >= 0 && i < paragraphs.size() && firstPoint < 0; i++) {
        if (POINT.matcher(paragraphs.get(i).text()).matches()) {
          firstPoint = i;
        }
      }
      if (firstPoint > kind && kind >= 0) {
        f.hasOrderHead = true;
        f.readHead(paragraphs.subList(0, firstPoint), null, document);
        next = f.readPoints(paragraphs, firstPoint);
        next = f.readSignature(paragraphs, next);
      }
    }
    next = f.readApproval(paragraphs, next);
    next = f.readTitle(paragraphs, next, problems);
    f.readRest(paragraphs.subList(next, paragraphs.size()));
    return f;
  }

  private void readHead(List<SourceText.Paragraph> head, SourceText.Paragraph orderingParagraph, String document) {
    List<String> authorityParts = new ArrayList<>();
    List<String> preambleParts = new ArrayList<>();
    boolean kindSeen = false;
    for (SourceText.Paragraph p : head) {
      String t = p.text();
      if (!kindSeen && KIND.matcher(t).matches()) {
        kind = RussianText.capitalize(t.replace(" ", "").toLowerCase(RussianText.RU));
        kindSeen = true;
        continue;
      }
      if (t.length() <= 60 && (RussianText.findDate(t).isPresent() || NUMBER.matcher(t).find())
          && !t.startsWith("О")) {
        if (date.isEmpty()) {
          date = RussianText.findDate(t).map(RussianText.FoundDate::date);
        }
        Matcher n = NUMBER.matcher(t);
        if (number.isEmpty() && n.find()) {
          number = n.group(1);
        }
        continue;
      }
      if (place.isEmpty() && PLACE.matcher(t).matches()) {
        place = Optional.of(t);
        continue;
      }
      if (!kindSeen && orderTitle.isEmpty()) {
        authorityParts.add(t);
        continue;
      }
      if (orderTitle.isEmpty() && (t.startsWith("Об ") || t.startsWith("О "))) {
        orderTitle = Optional.of(t);
        continue;
      }
      // A title set a line per paragraph goes on until the preamble opens («В целях…», «В соответствии…»).
      if (asWritten && orderTitle.isPresent() && preambleParts.isEmpty() && !orderTitle.get().endsWith(".")
          && !PREAMBLE_OPENING.matcher(t).find()) {
        orderTitle = Optional.of(orderTitle.get() + " " + t);
        continue;
      }
      preambleParts.add(t);
    }
    String joinedAuthority = String.join(" ", authorityParts).strip();
    authority = !asWritten && RussianText.isAllCaps(joinedAuthority)
        ? RussianText.sentenceCase(joinedAuthority, document)
        : joinedAuthority;
    Matcher m = orderingParagraph == null ? null : ORDERING.matcher(orderingParagraph.text());
    if (m != null && m.find() && m.start() > 0) {
      preambleParts.add(orderingParagraph.text().substring(0, m.start()).strip());
    }
    String pre = String.join(" ", preambleParts).strip();
    if (!pre.isEmpty()) {
      preamble = Optional.of(pre);
    }
  }

  private int readPoints(List<SourceText.Paragraph> paragraphs, int from) {
    int i = from;
    for (; i < paragraphs.size(); i++) {
      Matcher m = POINT.matcher(paragraphs.get(i).text());
      if (!m.matches()) {
        break;
      }
      points.add(new Point(paragraphs.get(i).line(), m.group(1), m.group(2).strip()));
    }
    return i;
  }

  private int readSignature(List<SourceText.Paragraph> paragraphs, int from) {
    List<String> position = new ArrayList<>();
    for (int i = from; i < paragraphs.size() && i < from + 4; i++) {
      String t = paragraphs.get(i).text();
      if (APPROVAL.matcher(t).find()) {
        return i;
      }
      if (Parties.isPerson(t)) {
        signatory = Optional.of(t);
        if (!position.isEmpty()) {
          signatoryPosition = Optional.of(String.join(" ", position));
        }
        return i + 1;
      }
      position.add(t);
    }
    return from;
  }

  private int readApproval(List<SourceText.Paragraph> paragraphs, int from) {
    int i = from;
    List<String> parts = new ArrayList<>();
    for (; i < paragraphs.size(); i++) {
      String t = paragraphs.get(i).text();
      if (!APPROVAL.matcher(t).find()) {
        // A stamp set as a paragraph a line («Приложение к приказу Комитета» / «Еврейской автономной области
        // от 20.02.2021 № 94») goes on until it names the order's number.
        if (!(asWritten && !parts.isEmpty() && isApprovalTail(String.join(" ", parts), t))) {
          break;
        }
      }
      Matcher a = AMENDMENT.matcher(t);
      if (a.matches()) {
        Amendment amendment = Amendment.of(a.group(1).strip());
        Optional<RussianText.FoundDate> d = RussianText.findDate(t);
        if (d.isPresent()) {
          amendment = amendment.withDate(d.get().date());
        }
        Matcher n = NUMBER.matcher(t);
        if (n.find()) {
          amendment = amendment.withNumber(n.group(1));
        }
        amendments.add(amendment);
        continue;
      }
      parts.add(t);
    }
    approval = String.join(" ", parts);
    if (!hasOrderHead && !approval.isEmpty()) {
      Matcher r = APPROVING_REFERENCE.matcher(approval);
      if (r.find()) {
        String word = r.group(1).toLowerCase(RussianText.RU);
        kind = word.startsWith("приказ") ? "Приказ" : word.startsWith("распоряж") ? "Распоряжение" : "Постановление";
        authority = r.group(2).strip();
      }
      Matcher n = NUMBER.matcher(approval);
      if (n.find()) {
        number = n.group(1);
      }
      date = RussianText.findDate(approval).map(RussianText.FoundDate::date);
    }
    return i;
  }

  /** The longest line of a stamp, in characters: a longer paragraph is the plan's title or its text. */
  private static final int MAX_STAMP_LINE = 100;

  private static boolean isApprovalTail(String stamp, String next) {
    String lower = next.toLowerCase(RussianText.RU);
    return !NUMBER.matcher(stamp).find() && next.length() <= MAX_STAMP_LINE
        && !(lower.contains("план") || lower.contains("дорожн") || lower.contains("программ"));
  }

  private int readTitle(List<SourceText.Paragraph> paragraphs, int from, Problems problems) {
    if (from >= paragraphs.size()) {
      problems.add(0, ImportProblemKind.NO_TITLE, "—");
      return from;
    }
    SourceText.Paragraph first = paragraphs.get(from);
    StringBuilder sb = new StringBuilder(first.text());
    titleLine = first.line();
    int i = from + 1;
    for (; i < paragraphs.size(); i++) {
      String t = paragraphs.get(i).text();
      if (t.isEmpty() || !Character.isLowerCase(t.charAt(0))) {
        break;
      }
      sb.append(' ').append(t);
    }
    title = sb.toString().strip();
    String lower = title.toLowerCase(RussianText.RU);
    if (!(lower.contains("план") || lower.contains("дорожн") || lower.contains("программ"))) {
      problems.add(first.line(), ImportProblemKind.NO_TITLE, title);
    }
    return i;
  }

  private void readRest(List<SourceText.Paragraph> rest) {
    List<String> target = null;
    StringBuilder item = null;
    StringBuilder note = null;
    for (int i = 0; i < rest.size(); i++) {
      SourceText.Paragraph p = rest.get(i);
      if (Glossary.isHeading(p.lines().get(0))) {
        glossaryParagraphs.addAll(rest.subList(i, rest.size()));
        break;
      }
      for (String line : p.lines()) {
        Matcher g = GOALS.matcher(line);
        Matcher k = TASKS.matcher(line);
        Matcher b = DASH_BULLET.matcher(line);
        if (g.matches() || k.matches()) {
          flush(target, item);
          item = null;
          note = flushNote(note);
          target = g.matches() ? goals : tasks;
          String inline = (g.matches() ? g.group(1) : k.group(1)).strip();
          if (!inline.isEmpty()) {
            item = new StringBuilder(inline);
          }
        } else if (target != null && b.matches()) {
          flush(target, item);
          item = new StringBuilder(b.group(1).strip());
        } else if (target != null && item != null && !POINT.matcher(line).matches()) {
          item.append(' ').append(line.strip());
        } else {
          flush(target, item);
          item = null;
          target = null;
          if (note == null) {
            note = new StringBuilder(line.strip());
          } else {
            note.append(' ').append(line.strip());
          }
        }
      }
      flush(target, item);
      item = null;
      if (note != null && !note.toString().endsWith(":")) {
        note = flushNote(note);
      }
    }
    flush(target, item);
    flushNote(note);
  }

  private StringBuilder flushNote(StringBuilder note) {
    if (note != null && !note.toString().isBlank()) {
      notes.add(note.toString().strip());
    }
    return null;
  }

  private static void flush(List<String> target, StringBuilder item) {
    if (target != null && item != null && !item.toString().isBlank()) {
      target.add(item.toString().strip());
    }
  }

}
