package org.eduroadmap.consumercheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eduroadmap.EduroadmapException;
import org.eduroadmap.Language;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.calendar.DueDatePolicy;
import org.eduroadmap.calendar.RussianProductionCalendar;
import org.eduroadmap.calendar.WorkingCalendar;
import org.eduroadmap.document.DocumentText;
import org.eduroadmap.document.ImportLimits;
import org.eduroadmap.document.ImportResult;
import org.eduroadmap.document.RoadmapDocuments;
import org.eduroadmap.document.doc.DocText;
import org.eduroadmap.document.odt.OdtText;
import org.eduroadmap.document.structure.GridTable;
import org.eduroadmap.document.structure.StructuredDocument;
import org.eduroadmap.document.RoadmapDocumentReader;
import org.eduroadmap.ical.ICalendarExport;
import org.eduroadmap.json.EduroadmapJacksonModule;
import org.eduroadmap.json.ExecutionRecordsJson;
import org.eduroadmap.json.RoadmapJson;
import org.eduroadmap.json.SupportCycleJson;
import org.eduroadmap.support.ProgrammeIndicator;
import org.eduroadmap.support.RiskFactorCatalogue;
import org.eduroadmap.support.RiskLevel;
import org.eduroadmap.support.RiskProfile;
import org.eduroadmap.support.SchoolProgramme;
import org.eduroadmap.support.SupportCycle;
import org.eduroadmap.validation.SupportCycleValidator;
import org.eduroadmap.json.RoadmapJsonException;
import org.eduroadmap.report.RoadmapReport;
import org.eduroadmap.report.xlsx.MonitoringForm;
import org.eduroadmap.report.xlsx.MonitoringFormException;
import org.eduroadmap.report.xlsx.ScheduleWorkbook;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.PartyKind;
import org.eduroadmap.responsibility.Responsibility;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.ApprovingOrder;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapLevel;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.roadmap.Section;
import org.eduroadmap.roadmap.YearCell;
import org.eduroadmap.schedule.ExecutionRecord;
import org.eduroadmap.schedule.Occurrence;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.school.School;
import org.eduroadmap.term.Term;
import org.eduroadmap.validation.RoadmapValidator;
import org.eduroadmap.validation.ValidationReport;
import org.eduroadmap.validation.constraints.Inn;

/**
 * Uses each published artifact the way an embedder would; javac reads every class file it touches,
 * so a missing annotation class or a module that does not export what it should fails this build.
 *
 * <pre>{@code
 * Roadmap roadmap = Embedder.roadmap();
 * String json = Embedder.roundTrip();
 * }</pre>
 */
public final class Embedder {

  private Embedder() {}

  /** A form of the embedder's own, checked with a constraint of eduroadmap-validation. */
  public record SchoolForm(@Inn String inn) {}

  /** A small roadmap built through core's builders and factories. */
  public static Roadmap roadmap() {
    Activity activity = Activity.builder().number("1.").title("Формирование списка ШНОР")
        .term(Term.of("ежегодно (ноябрь)"))
        .responsibility(Responsibility.of("Комитет", List.of(Party.of("Комитет", PartyKind.ORGANISATION))))
        .addYearCells(YearCell.of(2021, "Список", Term.of("ноябрь 2021")))
        .build();
    return Roadmap.builder()
        .title("План мероприятий")
        .level(RoadmapLevel.MUNICIPAL)
        .order(ApprovingOrder.builder().authority("Комитет по образованию").kind("Приказ").number("1")
            .date(LocalDate.of(2020, 12, 15)).build())
        .period(RoadmapPeriod.ofYears(2021, 2022))
        .addSections(Section.untitled(List.of(activity)))
        .addSchools(School.of("МБОУ СОШ № 1"))
        .build();
  }

  /** Writes {@link #roadmap()} with eduroadmap-json and reads it back; returns the JSON. */
  public static String roundTrip() {
    String json = RoadmapJson.standard().write(roadmap());
    if (!RoadmapJson.standard().read(json).equals(roadmap())) {
      throw new IllegalStateException("The roadmap did not survive its JSON");
    }
    return json;
  }

  /**
   * A support cycle of one school built through the support package's factories, written with
   * eduroadmap-json, read back and validated; returns its JSON.
   */
  public static String supportCycleRoundTrip() {
    Roadmap plan = roadmap().withLevel(RoadmapLevel.SCHOOL);
    SupportCycle cycle = SupportCycle.builder().title("Цикл").municipality("Район")
        .addSchools(School.of("МБОУ СОШ № 1"))
        .addProfiles(RiskProfile.of("МБОУ СОШ № 1", 2021, java.util.Map.of("LOW_EQUIPMENT", RiskLevel.HIGH)))
        .addProgrammes(SchoolProgramme.antiRisk("p1", "МБОУ СОШ № 1", "LOW_EQUIPMENT", plan)
            .withIndicators(ProgrammeIndicator.of("Доля кабинетов, %", 2020, 40)
                .withTargets(java.util.Map.of(2021, 50.0, 2022, 60.0))))
        .municipalRoadmap(roadmap())
        .build();
    String json = SupportCycleJson.standard().write(cycle);
    if (!SupportCycleJson.standard().read(json).equals(cycle)
        || SupportCycleValidator.standard().validate(cycle, java.util.Map.of()).hasErrors()
        || !RiskFactorCatalogue.standard().contains("LOW_EQUIPMENT")) {
      throw new IllegalStateException("The support cycle did not survive its JSON or validation");
    }
    return json;
  }

  /** Reads a roadmap with the embedder's own Jackson 2 mapper and the published module. */
  public static Roadmap readWithOwnMapper(String json) throws JsonProcessingException {
    return new ObjectMapper().registerModule(new EduroadmapJacksonModule()).readValue(json, Roadmap.class);
  }

  /** Reads a roadmap with the embedder's own mapper, whose modules ServiceLoader finds. */
  public static Roadmap readWithDiscoveredModules(String json) throws JsonProcessingException {
    return new ObjectMapper().findAndRegisterModules().readValue(json, Roadmap.class);
  }

  /** The path a broken document names. */
  public static String pathOfError(String json) {
    try {
      RoadmapJson.standard().read(json);
      return "";
    } catch (RoadmapJsonException e) {
      return e.path();
    }
  }

  /**
   * The Russian message of any Eduroadmap error, caught by the one base type: compiling this against
   * {@code @NullMarked} packages without JSpecify on the path proves embedders see no warning.
   */
  public static String russianMessageOfError(String json) {
    try {
      RoadmapJson.standard().read(json);
      return "";
    } catch (EduroadmapException e) {
      return e.getMessage(Language.RU.bundleLocale()) + e.where().map(w -> " @ " + w).orElse("");
    }
  }

  /** The roadmap's schedule with eduroadmap-core, on the calendar of eduroadmap-calendar. */
  public static List<Occurrence> schedule() {
    WorkingCalendar russia = RussianProductionCalendar.get();
    return ScheduleCalculator.standard().withCalendar(russia).withPolicy(DueDatePolicy.PREVIOUS_WORKING_DAY)
        .schedule(roadmap()).toList();
  }

  /** The schedule as iCalendar, with eduroadmap-ical. */
  public static String ics() {
    Roadmap roadmap = roadmap();
    DateRange range = roadmap.period().toDateRange();
    return ICalendarExport.of(ScheduleCalculator.standard()).toIcs(roadmap, range);
  }

  /** The roadmap's violations, with eduroadmap-validation. */
  public static ValidationReport validate() {
    return RoadmapValidator.standard().validate(roadmap(), Locale.forLanguageTag("ru"));
  }

  /** The roadmap's HTML report in English, with eduroadmap-report (its templates run through jte's runtime). */
  public static String htmlReport() {
    return RoadmapReport.of(ScheduleCalculator.standard()).withLocale(Locale.ENGLISH)
        .withToday(LocalDate.of(2021, 11, 29)).toHtml(roadmap());
  }

  /** The schedule as an Excel workbook, with eduroadmap-report: the bytes of the .xlsx file. */
  public static byte[] scheduleWorkbook() {
    Roadmap roadmap = roadmap();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ScheduleWorkbook.of(ScheduleCalculator.standard()).withLocale(Locale.ENGLISH)
        .withToday(LocalDate.of(2021, 12, 1)).write(roadmap, roadmap.period().toDateRange(), out);
    return out.toByteArray();
  }

  /**
   * The monitoring form written and read back unfilled, with eduroadmap-report, its records as JSON lines
   * with eduroadmap-json: empty text for an empty form.
   */
  public static String monitoringFormRecords() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MonitoringForm form = MonitoringForm.of(ScheduleCalculator.standard());
    form.write(roadmap(), out);
    List<ExecutionRecord> records;
    try {
      records = form.read(new ByteArrayInputStream(out.toByteArray()));
    } catch (MonitoringFormException e) {
      return e.getMessage(Locale.ENGLISH);
    }
    StringWriter text = new StringWriter();
    ExecutionRecordsJson.standard().write(records, text);
    return text.toString();
  }

  /** A document read with eduroadmap-document. */
  public static ImportResult importDocument(String text) {
    return RoadmapDocumentReader.standard().read(text);
  }

  /**
   * A summary of the document file {@code file}, read by its format: for .pdf and .docx, through
   * {@code RoadmapDocuments} (whether its text has the line «15.03.2024»); for .odt and .doc, the
   * structure's blocks and its first table's rows and columns.
   */
  public static String describeDocument(Path file) throws IOException {
    byte[] content = Files.readAllBytes(file);
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1);
    StructuredDocument doc;
    switch (extension) {
      case "odt" -> doc = OdtText.structure(content, ImportLimits.standard());
      case "doc" -> doc = DocText.structure(content, ImportLimits.standard());
      default -> {
        DocumentText text = RoadmapDocuments.standard().text(content, name);
        return name + " date " + text.toPlainText().contains("15.03.2024");
      }
    }
    GridTable table = doc.tables().get(0);
    return name + " blocks " + doc.blocks().size() + " rows " + table.rows().size() + " columns "
        + table.columnCount();
  }

  /**
   * Prints {@link #describeDocument(Path)} of each file named, a line each: what a test runs in a JVM
   * of its own, launched as an embedder launches an application ({@code java -p … -m}).
   */
  public static void main(String[] args) throws IOException {
    for (String a : args) {
      System.out.println(describeDocument(Path.of(a)));
    }
  }
}
