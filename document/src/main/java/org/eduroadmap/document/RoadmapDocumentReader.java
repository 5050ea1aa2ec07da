package org.eduroadmap.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.PartyKind;
import org.eduroadmap.responsibility.Responsibility;
import org.eduroadmap.document.structure.StructuredDocument;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.ApprovingOrder;
import org.eduroadmap.roadmap.Footnote;
import org.eduroadmap.roadmap.Indicator;
import org.eduroadmap.roadmap.OrderPoint;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapLevel;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.roadmap.Section;
import org.eduroadmap.roadmap.YearCell;
import org.eduroadmap.term.Term;
import org.eduroadmap.term.TermReader;
import org.eduroadmap.term.TermRule;

/**
 * Reads the text of a roadmap document — a Word or PDF file copied as text — into a {@link Roadmap}.
 *
 * <pre>{@code
 * ImportResult result = RoadmapDocumentReader.standard().read(text);
 * Roadmap roadmap = result.roadmap();
 * result.problems(); // [55: UNREADABLE_TERM: the term could not be read …]
 * // A Word or PDF file, read by the format's reader, keeps each line's origin in the problems:
 * RoadmapDocumentReader.standard().read(documentText).problems().get(0).where(Locale.forLanguageTag("ru"));
 * // "таблица 1, строка 4"
 * }</pre>
 *
 * <p>To read a file of any supported format (text in any common encoding, {@code .docx}, {@code .pdf}),
 * use {@link RoadmapDocuments}, which picks the format by content.
 *
 * <p>The reader finds the approving order (authority, kind, date, number, title, preamble, numbered
 * points, signature), who controls execution and who implements, the reporting duties the points set,
 * the plan's title and period, goals, tasks, the table — whatever its column order and header wording,
 * with rows that a page break split joined back — footnotes and the glossary. Terms are read by the
 * lenient term language and kept as written; responsible cells are split into parties.
 *
 * <p>What it could not place or had to guess is reported as an {@link ImportProblem} with its origin.
 * It throws {@link RoadmapDocumentException} only when the text gives no roadmap at all: it is
 * empty, longer than the limit, has no activity (no table), or names no year for the plan's period —
 * never an empty roadmap or a made-up date. This class is immutable and thread-safe.
 */
public final class RoadmapDocumentReader {

  /** The default largest document read, in characters: 2 MiB of text. */
  public static final int DEFAULT_MAX_LENGTH = 2 * 1024 * 1024;

  private static final RoadmapDocumentReader STANDARD = new RoadmapDocumentReader(DEFAULT_MAX_LENGTH, false);

  /**
   * The share of a table's terms that may be unreadable before the table counts as not understood: a plan
   * whose terms mostly do not read as terms is another table (a list of people, marks, budget lines).
   */
  static final double MAX_UNREAD_TERM_SHARE = 0.5;

  /**
   * The share of rows whose cells may be placed by guess (more or fewer cells than the header) before the
   * columns count as disagreeing from row to row.
   */
  static final double MAX_MISPLACED_ROW_SHARE = 1.0 / 3;

  /** The fewest rows (or terms) from which the shares above are judged: two odd rows of three say little. */
  static final int MIN_ROWS_JUDGED = 3;

  private static final Pattern YEARS = Pattern.compile(
      "(?iu)(?:на|в)\\s+(\\d{4})\\s*[-–—]\\s*(\\d{4})\\s*(?:годы|годах|год|гг|г\\b)");
  /** «в 2012–2013 учебном году», «на 2021/2022 уч. год»: an academic year's two calendar years. */
  private static final Pattern ACADEMIC_YEAR = Pattern.compile(
      "(?iu)(?<!\\d)(\\d{4})\\s*[-–—/]\\s*(\\d{4})\\s*(?:уч(?:\\.|ебн[а-я]*)|г\\.?\\s*г\\.?\\s*уч)");
  private static final Pattern ONE_YEAR = Pattern.compile("(?iu)(?:на|в)\\s+(\\d{4})\\s*(?:год|г\\.)");
  private static final Pattern UNTIL_YEAR = Pattern.compile("(?iu)до\\s+(\\d{4})\\s*(?:года|г\\.)");
  private static final Pattern CONTROL = Pattern.compile("(?iu)контрол[а-я]*\\s+за\\s+исполнени");
  private static final Pattern CONTROL_SELF = Pattern.compile("(?iu)за\\s+собой");
  private static final Pattern CONTROL_ON = Pattern.compile("(?iu)(?:возложить|возлагаю)[^.]*?\\sна\\s+(.+)$");
  private static final Pattern IMPLEMENT = Pattern.compile(
      "(?u)^([А-ЯЁ][\\p{L}]*(?:у|ю|ам|ям|ым|им|ому|ему)\\s.*?)\\s+(?:организовать|обеспечить)\\s");
  private static final Pattern REPORTING = Pattern.compile(
      "(?iu)(предостав|представ|направ)[а-я]*\\s.*(информаци|отч[её]т|доклад|справк|сведени)"
          + "|(информаци|отч[её]т|доклад|справк|сведени).*(предостав|представ|направ)");
  private static final Pattern REPORT_TERM = Pattern.compile(
      "(?iu)(ежегодно|ежеквартально|ежемесячно|не позднее|в срок до|до\\s+\\d).*$");
  private static final Pattern RECOMMEND = Pattern.compile("(?iu)^(рекомендовать|поручить|предложить|обязать)\\s+");
  private static final Pattern FOOTNOTE = Pattern.compile("(?u)^(\\*{1,3}|\\d{1,2}\\))\\s*(\\S.*)$");
  private static final Pattern FOOTNOTE_MARK = Pattern.compile("\\s?(\\*{1,3})$");
  private static final Pattern BULLETED = Pattern.compile("(?u)^[-–—•]\\s+");
  private static final Pattern BULLET_SPLIT = Pattern.compile("(?u)(?:^|(?<=[;.])\\s+)[-–—•]\\s+");
  private static final Pattern INDICATOR = Pattern.compile(
      "(?iu)^(доля|количество|число|процент|охват|удельный вес)\\s");
  private static final Pattern TERM_YEAR = Pattern.compile("(?<!\\d)20\\d\\d(?!\\d)");
  private static final Pattern TARGET = Pattern.compile("(?u)^(\\d+(?:[.,]\\d+)?\\s?%)");

  private final int maxLength;
  private final boolean lenient;

  private RoadmapDocumentReader(int maxLength, boolean lenient) {
    this.maxLength = maxLength;
    this.lenient = lenient;
  }

  /**
   * This reader, importing what it can where the table is not understood with confidence (no header
   * recognised, most terms unread, cells placed by guess in many rows) instead of refusing the document;
   * every guess is reported as an {@link ImportProblem} with its place.
   *
   * <pre>{@code
   * ImportResult r = RoadmapDocumentReader.standard().lenient().read(text);
   * r.problems(ImportProblemKind.COLUMNS_GUESSED); // where the columns were guessed
   * }</pre>
   */
  public RoadmapDocumentReader lenient() {
    return lenient ? this : new RoadmapDocumentReader(maxLength, true);
  }

  /** Whether this reader imports what it can instead of refusing a table it does not understand. */
  public boolean isLenient() {
    return lenient;
  }

  /** The reader with the default size limit, {@value #DEFAULT_MAX_LENGTH} characters. */
  public static RoadmapDocumentReader standard() {
    return STANDARD;
  }

  /**
   * A reader that refuses documents longer than {@code maxLength} characters.
   *
   * @throws IllegalArgumentException if {@code maxLength} is negative
   */
  public static RoadmapDocumentReader withMaxLength(int maxLength) {
    if (maxLength < 0) {
      throw new IllegalArgumentException("Invalid maximum length (valid values 0 and up): " + maxLength);
    }
    return new RoadmapDocumentReader(maxLength, false);
  }

  /** The largest document this reader reads, in characters. */
  public int maxLength() {
    return maxLength;
  }

  /**
   * Reads the text file {@code file}, in any encoding {@link RoadmapDocuments} recognises; for Word
   * and PDF files use {@link RoadmapDocuments#read(Path)}.
   *
   * @throws RoadmapDocumentException if the file is too large, cannot be decoded or gives no roadmap
   * @throws UncheckedIOException if it cannot be read
   */
  public ImportResult read(Path file) {
    try {
      long size = Files.size(file);
      // A character takes at least one byte in every encoding read; Cyrillic in UTF-8 takes two.
      if (size > 4L * maxLength) {
        throw RoadmapDocumentException.tooLarge(size, maxLength);
      }
      String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
      return read(TextDecoding.decode(Files.readAllBytes(file), name).text());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads {@code text}, the text of a roadmap document, a line each; columns may be separated by TABs
   * or, as a copy from a PDF viewer gives them, aligned with runs of spaces.
   *
   * @throws RoadmapDocumentException if the text is longer than {@link #maxLength()} or gives no roadmap
   */
  public ImportResult read(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxLength) {
      throw RoadmapDocumentException.tooLarge(text.length(), maxLength);
    }
    return read(DocumentText.ofPlainText(text));
  }

  /**
   * Reads {@code text}, lines with their origins as a reader of a Word or PDF file gives them; the
   * problems carry those origins.
   *
   * @throws RoadmapDocumentException if the text is longer than {@link #maxLength()} or gives no roadmap
   */
  public ImportResult read(DocumentText text) {
    Objects.requireNonNull(text, "text");
    requireReadable(text);
    AlignedColumns.Result aligned = AlignedColumns.toTabs(text);
    return new Reading(aligned.text(), aligned.firstTableLine(), false, lenient).read();
  }

  /**
   * Reads a document's structure, as the readers of .docx, .odt, .doc and PDF files build it: the plan's
   * table is found by its header's meaning (one to three header rows, spanning titles, year columns), the
   * column-number row and repeated headers are left out, merged cells apply to every row they cover, a
   * responsible cell's paragraphs are a party each, TAB-aligned lines («15.03.2024 ⇥ № 112») are read as
   * separate statements, never as a table.
   *
   * <pre>{@code
   * StructuredDocument doc = DocxText.structure(Files.readAllBytes(file), ImportLimits.standard());
   * Roadmap roadmap = RoadmapDocumentReader.standard().read(doc).roadmap();
   * }</pre>
   *
   * @throws RoadmapDocumentException if the text is longer than {@link #maxLength()} or gives no roadmap
   */
  public ImportResult read(StructuredDocument document) {
    Objects.requireNonNull(document, "document");
    DocumentText text = StructureLayout.toText(document);
    requireReadable(text);
    return new Reading(text, 0, true, lenient).read();
  }

  /** Refuses text longer than {@link #maxLength()} (lines joined by line ends) or with nothing but blanks. */
  private void requireReadable(DocumentText text) {
    long length = 0;
    for (DocumentText.Line l : text.lines()) {
      length += l.text().length() + 1;
    }
    length = Math.max(0, length - 1);
    if (length > maxLength) {
      throw RoadmapDocumentException.tooLarge(length, maxLength);
    }
    if (text.lines().stream().allMatch(l -> l.text().isBlank())) {
      throw RoadmapDocumentException.empty();
    }
  }

  /** One reading of one document. */
  private static final class Reading {
    private final SourceText source;
    private final String document;
    private final Problems problems;
    private final Glossary glossary = new Glossary();
    private final Parties parties = new Parties(glossary);

    private final boolean structured;

    private final boolean lenient;

    Reading(DocumentText text, int alignedTableLine, boolean structured, boolean lenient) {
      this.structured = structured;
      this.lenient = lenient;
      this.source = SourceText.of(text);
      this.document = source.joined();
      this.problems = new Problems(text);
      if (alignedTableLine > 0) {
        problems.add(alignedTableLine, ImportProblemKind.COLUMNS_FROM_ALIGNMENT, source.lines()
            .get(alignedTableLine - 1).text().replace('\t', '|'));
      }
    }

    ImportResult read() {
      List<SourceText.Line> lines = source.lines();
      int firstTab = -1;
      int lastTab = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).hasCells() && !lines.get(i).text().isBlank()) {
          if (firstTab < 0) {
            firstTab = i;
          }
          lastTab = i;
        }
      }
      List<SourceText.Paragraph> before = source.paragraphs(0, firstTab < 0 ? lines.size() : firstTab);
      List<SourceText.Paragraph> after = firstTab < 0 ? List.of() : source.paragraphs(lastTab + 1, lines.size());
      Table table = null;
      if (firstTab < 0) {
        problems.add(0, ImportProblemKind.NO_TABLE, "—");
      } else {
        table = Table.read(source, firstTab, lastTab, problems, structured);
      }
      FrontMatter front = FrontMatter.read(before, document, problems, structured);

      // Glossary: definitions in document order, then the lists.
      for (SourceText.Paragraph p : before) {
        glossary.readInline(new Glossary.Segment(p.line(), p.text()), problems);
      }
      if (table != null) {
        for (Table.Row row : table.rows) {
          for (int c = 0; c < row.cells.size(); c++) {
            glossary.readInline(new Glossary.Segment(row.line, row.cell(c)), problems);
          }
        }
      }
      List<Footnote> footnotes = new ArrayList<>();
      List<String> notes = new ArrayList<>(front.notes);
      readGlossaryList(front.glossaryParagraphs, notes);
      readAfterTable(after, footnotes, notes);

      ApprovingOrder order = order(front);
      Roadmap.Builder b = Roadmap.builder()
          .title(front.title)
          .order(order)
          .addAllGoals(front.goals)
          .addAllTasks(front.tasks)
          .addAllNotes(notes)
          .addAllFootnotes(footnotes)
          .addAllGlossary(glossary.entries());
      RoadmapLevel level = level(front, order);
      b.level(level);
      Optional<String> region = RussianText.findRegion(order.authority())
          .or(() -> RussianText.findRegion(front.approval))
          .or(() -> RussianText.findRegion(document));
      region.ifPresent(b::region);
      Optional<String> municipality = level != RoadmapLevel.MUNICIPAL ? Optional.empty()
          : RussianText.findMunicipality(order.authority()).or(() -> RussianText.findMunicipality(front.approval));
      municipality.ifPresent(b::municipality);
      readPoints(front, order, b);
      b.addAllSchools(Schools.read(notes, region, municipality));
      List<Section> sections = table == null ? List.of() : sections(table);
      if (sections.stream().allMatch(s -> s.activities().isEmpty())) {
        // An empty roadmap would look like a successful import of a plan with nothing to do.
        throw RoadmapDocumentException.nothingRead(problems.sorted(), table != null);
      }
      b.addAllColumns(table.columns);
      b.addAllYearColumns(table.yearOfColumn.values());
      b.addAllSections(sections);
      b.period(period(front, order, table));
      Roadmap roadmap = b.build();
      if (!lenient) {
        requireUnderstood(roadmap);
      }
      return ImportResult.of(roadmap, problems.sorted());
    }

    /**
     * Refuses a table read without confidence — rather an error saying what was not understood, and where,
     * than a roadmap of fragments.
     */
    private void requireUnderstood(Roadmap roadmap) {
      List<ImportProblem> all = problems.sorted();
      for (ImportProblem p : all) {
        if (p.kind() == ImportProblemKind.COLUMNS_GUESSED) {
          throw RoadmapDocumentException.notUnderstood("document.notUnderstood.noHeader", all, p.line());
        }
      }
      long terms = roadmap.activities().stream().filter(a -> !a.term().text().isBlank()).count();
      boolean anyYearCell = roadmap.activities().stream().anyMatch(Activity::hasYearCells);
      Optional<ImportProblem> unknownColumn = all.stream()
          .filter(p -> p.kind() == ImportProblemKind.UNKNOWN_COLUMN).findFirst();
      // A plan says when: a table with no term anywhere, beside columns whose header was not recognised,
      // has had its term column (or its year columns) lost.
      if (roadmap.activities().size() >= MIN_ROWS_JUDGED && terms == 0 && !anyYearCell && unknownColumn.isPresent()) {
        throw RoadmapDocumentException.notUnderstood("document.notUnderstood.noTerms", all,
            unknownColumn.get().line(), unknownColumn.get().subject());
      }
      List<ImportProblem> unread = all.stream().filter(p -> p.kind() == ImportProblemKind.UNREADABLE_TERM).toList();
      if (terms >= MIN_ROWS_JUDGED && unread.size() > MAX_UNREAD_TERM_SHARE * terms) {
        throw RoadmapDocumentException.notUnderstood("document.notUnderstood.terms", all, unread.get(0).line(),
            unread.size(), terms);
      }
      int rows = roadmap.activities().size();
      List<ImportProblem> misplaced = all.stream().filter(p -> p.kind() == ImportProblemKind.MISSING_CELLS
          || p.kind() == ImportProblemKind.EXTRA_CELLS).toList();
      if (rows >= MIN_ROWS_JUDGED && misplaced.size() > MAX_MISPLACED_ROW_SHARE * rows) {
        throw RoadmapDocumentException.notUnderstood("document.notUnderstood.columns", all,
            misplaced.get(0).line(), misplaced.size(), rows);
      }
    }

    private ApprovingOrder order(FrontMatter f) {
      if (f.authority.isEmpty() && f.number.isEmpty() && f.date.isEmpty()) {
        problems.add(0, ImportProblemKind.NO_ORDER, "—");
      } else {
        if (f.authority.isEmpty()) {
          problems.add(0, ImportProblemKind.ORDER_FIELD_MISSING, "орган / authority");
        }
        if (f.number.isEmpty()) {
          problems.add(0, ImportProblemKind.ORDER_FIELD_MISSING, "номер / number");
        }
        if (f.date.isEmpty()) {
          problems.add(0, ImportProblemKind.ORDER_FIELD_MISSING, "дата / date");
        }
      }
      ApprovingOrder.Builder o = ApprovingOrder.builder()
          .authority(f.authority)
          .kind(f.kind)
          .number(f.number)
          .addAllAmendments(f.amendments);
      f.date.ifPresent(o::date);
      f.place.ifPresent(o::place);
      f.orderTitle.ifPresent(o::title);
      f.preamble.ifPresent(o::preamble);
      f.signatory.ifPresent(o::signatory);
      f.signatoryPosition.ifPresent(o::signatoryPosition);
      for (FrontMatter.Point p : f.points) {
        o.addPoints(OrderPoint.of(p.number(), p.text()));
      }
      return o.build();
    }

    private RoadmapLevel level(FrontMatter f, ApprovingOrder order) {
      Optional<RoadmapLevel> level = levelOf(order.authority()).or(() -> levelOf(f.approval));
      if (level.isPresent()) {
        return level.get();
      }
      boolean municipal = document.toLowerCase(RussianText.RU).contains("муниципальн");
      RoadmapLevel guess = municipal ? RoadmapLevel.MUNICIPAL : RoadmapLevel.REGIONAL;
      problems.add(0, ImportProblemKind.LEVEL_GUESSED, guess + " («" + order.authority() + "»)");
      return guess;
    }

    private static Optional<RoadmapLevel> levelOf(String authority) {
      String a = authority.toLowerCase(RussianText.RU).strip();
      if (a.matches("(?su)^(министерств|департамент).*")) {
        return Optional.of(RoadmapLevel.REGIONAL);
      }
      if (a.matches("(?su).*(?<![а-яё])(город|г\\.|округ|район|муниципал|администрац|поселени).*")) {
        return Optional.of(RoadmapLevel.MUNICIPAL);
      }
      if (a.matches("(?su).*(?<![а-яё])(област|кра[яей]|республик).*")) {
        return Optional.of(RoadmapLevel.REGIONAL);
      }
      return Optional.empty();
    }

    private RoadmapPeriod period(FrontMatter f, ApprovingOrder order, Table table) {
      List<String> sources = new ArrayList<>();
      sources.add(f.title);
      f.orderTitle.ifPresent(sources::add);
      f.points.forEach(p -> sources.add(p.text()));
      for (String s : sources) {
        Matcher years = YEARS.matcher(s);
        if (years.find()) {
          int first = Integer.parseInt(years.group(1));
          int last = Integer.parseInt(years.group(2));
          if (first <= last) {
            return RoadmapPeriod.ofYears(first, last);
          }
          // A reversed period cannot be built: say so and fall back to the table's years or the order's date.
          problems.add(0, ImportProblemKind.PERIOD_REVERSED, years.group());
          break;
        }
        Matcher academic = ACADEMIC_YEAR.matcher(s);
        if (academic.find()) {
          int first = Integer.parseInt(academic.group(1));
          int last = Integer.parseInt(academic.group(2));
          if (last == first + 1) {
            return RoadmapPeriod.of(LocalDate.of(first, 9, 1), LocalDate.of(last, 8, 31));
          }
        }
        Matcher one = ONE_YEAR.matcher(s);
        if (one.find()) {
          int y = Integer.parseInt(one.group(1));
          return RoadmapPeriod.ofYears(y, y);
        }
        Matcher until = UNTIL_YEAR.matcher(s);
        if (until.find() && order.date().isPresent()) {
          LocalDate last = LocalDate.of(Integer.parseInt(until.group(1)), 12, 31);
          if (!order.date().get().isAfter(last)) {
            return RoadmapPeriod.of(order.date().get(), last);
          }
          problems.add(0, ImportProblemKind.PERIOD_REVERSED, until.group());
          break;
        }
      }
      if (table != null && !table.yearOfColumn.isEmpty()) {
        int first = table.yearOfColumn.values().stream().min(Integer::compare).orElseThrow();
        int last = table.yearOfColumn.values().stream().max(Integer::compare).orElseThrow();
        problems.add(0, ImportProblemKind.PERIOD_GUESSED, first + "–" + last);
        return RoadmapPeriod.ofYears(first, last);
      }
      if (order.date().isPresent()) {
        int year = order.date().get().getYear();
        problems.add(0, ImportProblemKind.PERIOD_GUESSED, String.valueOf(year));
        return RoadmapPeriod.ofYears(year, year);
      }
      // No order date: the years the table's terms name («до 1 июня 2022») bound the plan.
      if (table != null) {
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (Table.Row row : table.rows) {
          for (int c = 0; c < row.cells.size(); c++) {
            Matcher y = TERM_YEAR.matcher(row.cell(c));
            while (y.find()) {
              int year = Integer.parseInt(y.group());
              first = Math.min(first, year);
              last = Math.max(last, year);
            }
          }
        }
        if (first <= last) {
          problems.add(0, ImportProblemKind.PERIOD_GUESSED, first + "–" + last);
          return RoadmapPeriod.ofYears(first, last);
        }
      }
      throw RoadmapDocumentException.noPeriod(problems.sorted());
    }

    private void readPoints(FrontMatter f, ApprovingOrder order, Roadmap.Builder b) {
      boolean implementersFound = false;
      for (FrontMatter.Point p : f.points) {
        String t = p.text();
        if (CONTROL.matcher(t).find()) {
          if (CONTROL_SELF.matcher(t).find() && order.signatory().isPresent()) {
            String org = glossary.abbreviationFor(order.authority(), true).orElse(order.authority());
            Party.Builder party = Party.builder().name(order.signatory().get()).kind(PartyKind.PERSON);
            if (!org.isEmpty()) {
              party.organisation(org);
            }
            b.controlledBy(party.build());
          } else {
            Matcher on = CONTROL_ON.matcher(t);
            if (on.find()) {
              b.controlledBy(parties.official(on.group(1)));
            } else {
              problems.add(p.line(), ImportProblemKind.CONTROL_GUESSED, t);
            }
          }
          continue;
        }
        if (!implementersFound && !p.number().contains(".")) {
          Matcher m = IMPLEMENT.matcher(t);
          if (m.find()) {
            b.implementers(parties.addressee(m.group(1), false));
            implementersFound = true;
            continue;
          }
        }
        if (REPORTING.matcher(t).find()) {
          b.addReportingDuties(reportingDuty(f, p));
        }
      }
    }

    private Activity reportingDuty(FrontMatter f, FrontMatter.Point p) {
      String title = p.text().replaceAll("[.;]+$", "");
      Activity.Builder a = Activity.builder().number("п. " + p.number()).title(title);
      Matcher term = REPORT_TERM.matcher(title);
      if (term.find()) {
        a.term(Term.of(term.group()));
      }
      int dot = p.number().lastIndexOf('.');
      if (dot > 0) {
        String parent = p.number().substring(0, dot);
        f.points.stream().filter(q -> q.number().equals(parent)).findFirst().ifPresent(q -> {
          String addressee = q.text().replaceAll("[:;.]+$", "").strip();
          Matcher r = RECOMMEND.matcher(addressee);
          if (r.find()) {
            addressee = addressee.substring(r.end());
          }
          Party party = parties.party(addressee, true);
          a.responsibility(Responsibility.of(addressee, List.of(party)));
        });
      }
      return a.build();
    }

    private void readGlossaryList(List<SourceText.Paragraph> paragraphs, List<String> notes) {
      for (SourceText.Paragraph p : paragraphs) {
        for (String line : p.lines()) {
          if (!Glossary.isHeading(line) && !glossary.readListEntry(line)) {
            notes.add(line);
            problems.add(p.line(), ImportProblemKind.UNPLACED_TEXT, line);
          }
        }
      }
    }

    private void readAfterTable(List<SourceText.Paragraph> after, List<Footnote> footnotes, List<String> notes) {
      boolean inGlossary = false;
      for (SourceText.Paragraph p : after) {
        for (int i = 0; i < p.lines().size(); i++) {
          String line = p.lines().get(i);
          Matcher fn = FOOTNOTE.matcher(line);
          if (Glossary.isHeading(line)) {
            inGlossary = true;
          } else if (inGlossary && glossary.readListEntry(line)) {
            continue;
          } else if (fn.matches()) {
            StringBuilder text = new StringBuilder(fn.group(2));
            while (i + 1 < p.lines().size() && !FOOTNOTE.matcher(p.lines().get(i + 1)).matches()) {
              text.append(' ').append(p.lines().get(++i).strip());
            }
            footnotes.add(Footnote.of(fn.group(1), text.toString().strip()));
            inGlossary = false;
          } else {
            notes.add(line);
            problems.add(p.line() + i, ImportProblemKind.UNPLACED_TEXT, line);
          }
        }
      }
    }

    /** The date a group row holds alone («15 мая 2024 г.»), for the rows below that give only a time (D64). */
    private String groupDate;

    /** {@code text} when it is one date and nothing else (a group row of a table of events), else null. */
    private static String groupDate(String text) {
      String t = text.strip();
      if (t.isEmpty() || t.length() > 40) {
        return null;
      }
      TermRule r = TermReader.lenient().read(t);
      return r instanceof TermRule.OneDate d && d.time().isEmpty() ? t : null;
    }

    /**
     * The term of a row under a group row holding a date: a cell with only a time («в 9 часов 30 минут»,
     * «10:00») reads with the group row's date before it, as «15 мая 2024 г. в 9 часов 30 минут» (D64).
     */
    private String withGroupDate(String cell) {
      if (groupDate == null) {
        return cell;
      }
      TermRule alone = TermReader.lenient().read(cell);
      if (alone instanceof TermRule.OneDate || alone instanceof TermRule.Deadline
          || alone instanceof TermRule.DateWindow) {
        return cell;
      }
      String joined = groupDate + " " + (cell.strip().startsWith("в ") || cell.strip().startsWith("с ")
          || cell.strip().startsWith("до ") ? "" : "в ") + cell.strip();
      TermRule r = TermReader.lenient().read(joined);
      boolean timed = r instanceof TermRule.OneDate d && d.time().isPresent()
          || r instanceof TermRule.Noted n && n.rule() instanceof TermRule.OneDate d2 && d2.time().isPresent();
      return timed ? joined : cell;
    }

    private List<Section> sections(Table table) {
      List<Section> sections = new ArrayList<>();
      groupDate = null;
      String number = null;
      String title = null;
      List<Activity> activities = new ArrayList<>();
      boolean started = false;
      for (Table.Row row : table.rows) {
        if (row.section) {
          if (started || !activities.isEmpty()) {
            sections.add(section(number, title, activities));
          }
          groupDate = groupDate(row.cell(0));
          String[] nt = groupDate != null ? new String[] {null, groupDate} : Table.section(row.cell(0));
          number = nt[0];
          title = nt[1];
          activities = new ArrayList<>();
          started = true;
        } else {
          activities.add(activity(table, row));
        }
      }
      if (started || !activities.isEmpty()) {
        sections.add(section(number, title, activities));
      }
      return sections;
    }

    private static Section section(String number, String title, List<Activity> activities) {
      if (number == null && title == null) {
        return Section.untitled(activities);
      }
      Section s = Section.untitled(activities);
      if (number != null) {
        s = s.withNumber(number);
      }
      return title == null ? s : s.withTitle(title);
    }

    private Activity activity(Table table, Table.Row row) {
      Activity.Builder a = Activity.builder();
      int numberColumn = table.column(Table.Role.NUMBER);
      a.number(numberColumn >= 0 ? row.cell(numberColumn) : "");
      int titleColumn = table.column(Table.Role.TITLE);
      String title = titleColumn >= 0 ? row.cell(titleColumn) : "";
      a.title(title);
      Matcher mark = FOOTNOTE_MARK.matcher(title);
      if (mark.find()) {
        a.addFootnoteMarks(mark.group(1));
      }
      for (int c = 0; c < Math.max(row.cells.size(), table.roles.size()); c++) {
        String cell = row.cell(c);
        if (cell.isEmpty()) {
          continue;
        }
        switch (table.role(c)) {
          case TERM -> {
            String term = withGroupDate(cell);
            a.term(Term.of(term));
            checkTerm(row.line, term);
          }
          case RESPONSIBLE -> a.responsibility(parties.cell(cell));
          case RESULTS -> {
            for (String item : items(cell)) {
              Matcher target = TARGET.matcher(item);
              if (target.find()) {
                // «100% школ …» states the result and its measure at once.
                a.addResults(item);
                a.addIndicators(Indicator.of(item).withTarget(target.group(1)));
              } else if (INDICATOR.matcher(item).find()) {
                a.addIndicators(Indicator.of(item));
              } else {
                a.addResults(item);
              }
            }
          }
          case INDICATORS -> {
            for (String item : items(cell)) {
              Matcher target = TARGET.matcher(item);
              a.addIndicators(target.find() ? Indicator.of(item).withTarget(target.group(1)) : Indicator.of(item));
            }
          }
          case EVIDENCE -> a.addEvidence(cell);
          case YEAR -> a.addYearCells(yearCell(table.yearOfColumn.get(c), cell, row.line));
          case NUMBER, TITLE -> { }
          default -> {
            // A column the model has no field for keeps its cells under its header: nothing is lost.
            String header = c < table.headers.size() ? table.headers.get(c) : "";
            if (!header.isEmpty()) {
              a.putOtherColumns(header, cell);
            }
          }
        }
      }
      return a.build();
    }

    private YearCell yearCell(int year, String cell, int line) {
      org.eduroadmap.term.YearCell split = TermReader.lenient().splitYearCell(cell);
      YearCell y = YearCell.of(year, split.term().orElse(Term.empty()));
      if (split.result().isPresent()) {
        y = y.withResult(split.result().get());
      }
      return y;
    }

    private void checkTerm(int line, String cell) {
      if (cell.length() > TermReader.MAX_LENGTH) {
        problems.add(line, ImportProblemKind.UNREADABLE_TERM, cell);
        return;
      }
      TermRule rule = TermReader.lenient().read(cell);
      if (!rule.isParsed()) {
        problems.add(line, ImportProblemKind.UNREADABLE_TERM, cell);
      }
    }

    private static List<String> items(String cell) {
      if (!BULLETED.matcher(cell).find()) {
        return List.of(cell);
      }
      List<String> items = new ArrayList<>();
      for (String part : BULLET_SPLIT.split(cell)) {
        if (!part.isBlank()) {
          items.add(part.strip());
        }
      }
      return items;
    }
  }

  @Override
  public String toString() {
    return "RoadmapDocumentReader[maxLength=" + maxLength + (lenient ? ", lenient" : "") + "]";
  }
}
