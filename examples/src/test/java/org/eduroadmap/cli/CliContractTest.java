package org.eduroadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * What an embedder and an operator expect of every command: help, version, one language for all
 * that is printed, --output, usage errors without Java names, the exit statuses of docs/cli.md.
 */
class CliContractTest {

  private static CliRun withStdin(String stdin, String... args) {
    return CliRun.of(stdin, args);
  }

  private static CliRun run(String... args) {
    return withStdin("", args);
  }

  static Stream<String> commands() {
    return EduroadmapCommand.commandLine().getSubcommands().keySet().stream();
  }

  private static void noJavaNames(CliRun run) {
    assertThat(run.err()).doesNotContainPattern("\\b(java|javax|picocli|org\\.eduroadmap)\\.")
        .doesNotContain("Exception", "Invalid value", "Unknown option", "Missing required");
  }

  @ParameterizedTest(name = "{0} --help")
  @MethodSource("commands")
  void everyCommand_answersHelp_withExitZero(String command) {
    CliRun ru = run(command, "--help");
    assertThat(ru.status()).isZero();
    assertThat(ru.out()).contains("Использование:").contains(command);
    assertThat(ru.err()).isEmpty();
    CliRun en = run(command, "--help", "--lang", "en");
    assertThat(en.status()).isZero();
    assertThat(en.out()).contains("Usage:");
  }

  @ParameterizedTest(name = "{0} --lang")
  @MethodSource("commands")
  void everyCommand_hasLangAndEveryDataCommand_hasOutput(String command) {
    CommandLine sub = EduroadmapCommand.commandLine().getSubcommands().get(command);
    if (command.equals("help")) {
      return;
    }
    assertThat(sub.getCommandSpec().findOption("--lang")).isNotNull();
    if (!command.equals("demo")) {
      assertThat(sub.getCommandSpec().findOption("--output")).as(command).isNotNull();
    }
  }

  @Test
  void helpCommand_showsTheCommandsHelp() {
    CliRun run = run("help", "schedule");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("eduroadmap schedule").contains("--from").contains("--policy");
  }

  @Test
  void helpCommand_inEnglish() {
    CliRun run = run("help", "schedule", "--lang", "en");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Usage: eduroadmap schedule").contains("bundled name");
  }

  @Test
  void import_output_writesTheJsonToTheFile(@TempDir Path dir) throws Exception {
    Path doc = dir.resolve("doc.txt");
    Files.writeString(doc, "КОМИТЕТ ПО ОБРАЗОВАНИЮ\n\nПРИКАЗ\n\n15.12.2020\n\n№ 576\n\n"
        + "План мероприятий на 2021-2023 годы\n\n№ п/п\tМероприятие\tСроки исполнения\tОтветственные\n"
        + "1.\tФормирование списка ШНОР\tОктябрь 2021, далее - ежегодно\tКомитет, ИМЦ\n");
    Path json = dir.resolve("plan.json");
    CliRun run = run("import", doc.toString(), "--output", json.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(json)).contains("Формирование списка ШНОР");
    // the file is a roadmap (0 or 1 by its rules), not an unreadable input (3)
    assertThat(run("validate", json.toString()).status()).isIn(ExitCodes.OK, ExitCodes.VALIDATION_ERRORS);
  }

  @Test
  void terms_text_labelsInTheLanguageAskedFor() {
    CliRun ru = withStdin("ежегодно (ноябрь)\nнябрь 2021\n", "terms");
    assertThat(ru.out()).contains("в период: ежегодно (ноябрь)").contains("ошибка: ");
    CliRun en = withStdin("ежегодно (ноябрь)\n", "terms", "--lang", "en");
    assertThat(en.out()).contains("window: ежегодно (ноябрь) / every year in November");
  }

  @Test
  void version_printsTheArtifactVersion() {
    CliRun run = run("--version");
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("eduroadmap ").contains("0.1.0");
  }

  @Test
  void lang_defaultIsRussian_enGivesEnglish_inHeadersLabelsAndErrors() {
    CliRun ru = run("schedule", "eao-2021", "--from", "2021-03-01", "--to", "2021-03-31", "--unscheduled");
    assertThat(ru.out()).contains("срок").contains("без даты").doesNotContain("due ").doesNotContain("UNSCHEDULED");
    CliRun en = run("schedule", "eao-2021", "--from", "2021-03-01", "--to", "2021-03-31", "--unscheduled",
        "--lang", "en");
    assertThat(en.out()).contains("due").contains("no date").doesNotContain("  срок ");
    assertThat(run("validate", "katanga-2023").out()).contains("ОШИБКА");
    assertThat(run("validate", "katanga-2023", "--lang", "en").out()).contains("ERROR");
    CliRun enBefore = run("--lang", "en", "schedule", "nowhere-2020");
    assertThat(enBefore.err()).contains("no bundled roadmap").contains("nowhere-2020");
    assertThat(run("schedule", "nowhere-2020").err()).contains("нет ни встроенного плана");
  }

  @Test
  void output_writesTheFile_andNothingToStandardOutput(@TempDir Path dir) throws Exception {
    for (List<String> args : List.of(List.of("list"), List.of("schedule", "olenegorsk-2021"),
        List.of("validate", "olenegorsk-2021", "--format", "jsonl"), List.of("calendar", "--year", "2026"),
        List.of("terms"))) {
      Path file = dir.resolve(args.get(0) + ".out");
      String[] all = Stream.concat(args.stream(), Stream.of("--output", file.toString())).toArray(String[]::new);
      CliRun run = withStdin("ежегодно (ноябрь)\n", all);
      assertThat(run.status()).as(args.toString()).isZero();
      assertThat(run.out()).as(args.toString()).isEmpty();
      assertThat(Files.exists(file)).as(args.toString()).isTrue();
    }
    assertThat(Files.readString(dir.resolve("list.out"))).contains("eao-2021").contains("kizel-2021");
    assertThat(Files.readString(dir.resolve("terms.out"))).contains("ежегодно (ноябрь)");
  }

  @Test
  void output_getsTheModeOfAnyNewFile_notAPrivateTemporaryFilesMode(@TempDir Path dir) throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file modes");
    Path plain = Files.createFile(dir.resolve("plain"));
    Path file = dir.resolve("list.txt");
    assertThat(run("list", "--output", file.toString()).status()).isZero();
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
  }

  @Test
  void output_intoAMissingDirectory_isAUsageErrorNamingTheFile(@TempDir Path dir) {
    Path file = dir.resolve("no/such/dir/list.txt");
    CliRun run = run("list", "--output", file.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--output").contains(file.toString());
    assertThat(Files.exists(file)).isFalse();
    noJavaNames(run);
  }

  @Test
  void badFrom_saysWhichDateAndWhy_inTheLanguageAskedFor() {
    CliRun ru = run("schedule", "eao-2021", "--from", "31.02.2023");
    assertThat(ru.status()).isEqualTo(2);
    assertThat(ru.err()).contains("--from: нет такой даты: 31.02.2023");
    assertThat(ru.out()).isEmpty();
    noJavaNames(ru);
    CliRun en = run("schedule", "eao-2021", "--from", "31.02.2023", "--lang", "en");
    assertThat(en.err()).contains("--from: no such date: 31.02.2023");
    CliRun text = run("schedule", "eao-2021", "--from", "soon");
    assertThat(text.err()).contains("--from").contains("soon").contains("28.02.2023");
    noJavaNames(text);
  }

  @Test
  void dates_isoAndRussian_areTheSame() {
    CliRun iso = run("schedule", "eao-2021", "--from", "2021-02-28", "--to", "2021-03-31", "--format", "jsonl");
    CliRun russian = run("schedule", "eao-2021", "--from", "28.02.2021", "--to", "31.03.2021", "--format", "jsonl");
    assertThat(iso.status()).isZero();
    assertThat(russian.out()).isNotEmpty().isEqualTo(iso.out());
  }

  @Test
  void unknownOption_isAUsageError_inRussianOrEnglish() {
    CliRun ru = run("list", "--bogus");
    assertThat(ru.status()).isEqualTo(2);
    assertThat(ru.err()).contains("неизвестный параметр: --bogus").contains("eduroadmap list --help");
    noJavaNames(ru);
    CliRun en = run("list", "--bogus", "--lang", "en");
    assertThat(en.err()).contains("unknown option: --bogus");
    CliRun command = run("bogus");
    assertThat(command.status()).isEqualTo(2);
    assertThat(command.err()).contains("неизвестная команда: bogus");
  }

  @Test
  void missingParameterAndBadValue_areUsageErrorsNamingThem() {
    CliRun missing = run("schedule");
    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("ROADMAP");
    noJavaNames(missing);
    CliRun policy = run("schedule", "eao-2021", "--policy", "sideways", "--lang", "en");
    assertThat(policy.status()).isEqualTo(2);
    assertThat(policy.err()).contains("--policy").contains("sideways").contains("previous, next, none");
    noJavaNames(policy);
    CliRun year = run("calendar", "--year", "soon");
    assertThat(year.err()).contains("--year").contains("soon");
    noJavaNames(year);
  }

  @Test
  void unknownLanguage_isAUsageError() {
    CliRun run = run("list", "--lang", "de");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--lang").contains("de").contains("ru, en");
    assertThat(run.out()).isEmpty();
    noJavaNames(run);
  }

  @Test
  void exitStatus0_done() {
    assertThat(run("list").status()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void exitStatus1_validationErrors() {
    assertThat(run("validate", "katanga-2023").status()).isEqualTo(ExitCodes.VALIDATION_ERRORS);
  }

  @Test
  void exitStatus2_usageError() {
    assertThat(run("schedule", "nowhere-2020").status()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void exitStatus3_inputThatIsNotARoadmap(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{ \"title\": ");
    CliRun run = run("validate", file.toString());
    assertThat(run.status()).isEqualTo(ExitCodes.INPUT_UNREADABLE);
    assertThat(run.err()).contains(file.toString());
    assertThat(run.out()).isEmpty();
    noJavaNames(run);
  }

  @Test
  void demo_afterThePlan_saysWhyItShowsTheFirstMonths_andListsErrorsFirst() {
    CliRun ru = run("demo", "--today", "29.11.2026");
    assertThat(ru.status()).isZero();
    assertThat(ru.out()).contains("сегодня 29.11.2026 — после срока плана; показаны первые три месяца плана");
    String katanga = ru.out().substring(ru.out().indexOf("■ katanga-2023"));
    assertThat(katanga.indexOf("ошибка № 11")).isPositive().isLessThan(katanga.indexOf("к сроку с"));
    CliRun en = run("demo", "--today", "2026-11-29", "--lang", "en");
    assertThat(en.out()).contains("today is 2026-11-29 — after the plan's period")
        .doesNotContain("сегодня", "проверка");
  }

  @Test
  void demo_withinThePlan_showsThreeMonthsFromToday() {
    CliRun run = run("demo", "--today", "2022-10-01");
    assertThat(run.out()).contains("сегодня 01.10.2022\n").contains("к сроку с 01.10.2022 по 31.12.2022");
  }

  @Test
  void demo_activityCount_isTheReportsAndSaysWhatItCounts() {
    // eao-2021: 14 rows of the table and the order's own duty (п. 3.4), 15 as the report counts them.
    String ru = run("demo", "--today", "2021-10-01").out();
    String en = run("demo", "--today", "2021-10-01", "--lang", "en").out();

    assertThat(ru).contains("мероприятий: 15 (в таблице 14, по приказу 1)");
    assertThat(en).contains("activities: 15 (14 in the table, 1 set by the order)");
    // A roadmap without duties of the order: the plain count.
    assertThat(ru.substring(ru.indexOf("■ katanga-2023"))).contains("мероприятий: 12\n");
  }

  @Test
  void demo_perYearRoadmap_groupsTheSameDaysColumns() {
    String out = run("demo", "--today", "2021-10-01").out();
    String yakovlevsky = out.substring(out.indexOf("■ yakovlevsky-2020"), out.indexOf("■ olenegorsk-2021"));
    // one line per activity and day, naming its columns, never the same line twice
    List<String> lines = yakovlevsky.lines().filter(l -> l.startsWith("      ") && !l.contains("→")).toList();
    assertThat(lines).doesNotHaveDuplicates();
  }
}
