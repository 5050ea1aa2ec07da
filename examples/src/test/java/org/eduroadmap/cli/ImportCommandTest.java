package org.eduroadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code import FILE}: the format told by content, problems with their origin, the exit statuses of docs/cli.md. */
class ImportCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  // The header row is line 21, the first row line 22.
  private static final String HEAD = "КОМИТЕТ ПО ОБРАЗОВАНИЮ АДМИНИСТРАЦИИ ГОРОДА ПЕНЗЫ\n\nПРИКАЗ\n\n15.12.2020\n\n"
      + "№ 576\n\nОб утверждении плана\n\nВ целях поддержки школ ПРИКАЗЫВАЮ:\n\n1. Утвердить план мероприятий.\n\n"
      + "Председатель комитета\n\nИ.И. Иванов\n\nПлан мероприятий на 2021-2023 годы\n\n";
  private static final String HEADER = "№ п/п\tМероприятие\tСроки исполнения\tОтветственные\tРезультат\n";

  @TempDir
  Path dir;

  private CliRun run(String... args) {
    return CliRun.of("", args);
  }

  private Path file(String name, byte[] content) throws Exception {
    Path f = dir.resolve(name);
    Files.write(f, content);
    return f;
  }

  private Path utf8(String name, String text) throws Exception {
    return file(name, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void import_windows1251ShortFileWithCrlf_writesTheRoadmap() throws Exception {
    String text = (HEAD + HEADER + "1.\tФормирование списка ШНОР\tоктябрь 2021\tКомитет, ИМЦ\tСписок\n")
        .replace("\n", "\r\n");
    Path f = file("plan.txt", text.getBytes(Charset.forName("windows-1251")));

    CliRun run = run("import", f.toString());

    assertThat(run.status()).isZero();
    JsonNode roadmap = JSON.readTree(run.out());
    assertThat(roadmap.at("/sections/0/activities/0/title").asText()).isEqualTo("Формирование списка ШНОР");
    assertThat(roadmap.at("/order/date").asText()).isEqualTo("2020-12-15");
  }

  @Test
  void import_spaceAlignedCopyFromPdf_readsTheColumns() throws Exception {
    String text = HEAD
        + "№ п/п  Мероприятие                Сроки исполнения  Ответственные  Результат\n"
        + "1.     Формирование списка ШНОР   октябрь 2021      Комитет, ИМЦ   Список\n"
        + "2.     Семинар для директоров     ноябрь 2021       ИМЦ            Справка\n";

    CliRun run = run("import", utf8("copy.txt", text).toString());

    assertThat(run.status()).isZero();
    JsonNode roadmap = JSON.readTree(run.out());
    assertThat(roadmap.at("/sections/0/activities/1/term").asText()).isEqualTo("ноябрь 2021");
    assertThat(roadmap.at("/sections/0/activities/1/responsibility/text").asText()).isEqualTo("ИМЦ");
    assertThat(run.err()).contains("выравниванию пробелами");
  }

  @Test
  void import_emptyFile_exitsWithThreeAndWritesNothing() throws Exception {
    CliRun run = run("import", utf8("empty.txt", "").toString());

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("empty.txt").contains("Документ пуст");
  }

  @Test
  void import_textWithoutTable_exitsWithThreeInTheChosenLanguage() throws Exception {
    CliRun run = run("import", utf8("letter.txt", HEAD + "Просим принять к сведению.\n").toString(), "--lang", "en");

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no table of activities");
  }

  @Test
  void import_binaryGarbage_exitsWithThreeNamingTheEncodingsTried() throws Exception {
    byte[] garbage = new byte[2048];
    new Random(7).nextBytes(garbage);

    CliRun run = run("import", file("scan.bin", garbage).toString());

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("scan.bin").contains("Windows-1251");
  }

  @Test
  void import_damagedOldWordDocument_exitsWithThreeSayingSo() throws Exception {
    byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    CliRun run = run("import", file("plan.doc", doc).toString());

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).contains(".doc");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"roadmap.odt", "roadmap.doc", "roadmap.docx"})
  void import_odtAndDocAsWellAsDocx_exitsWithZero(String name) {
    java.nio.file.Path fixture = java.nio.file.Path.of("..", "document", "src", "test", "resources", "formats", name);

    CliRun run = run("import", fixture.toString());

    assertThat(run.status()).as(run.err()).isEqualTo(0);
  }

  @Test
  void import_tableNotUnderstood_exitsWithThreeSayingWhatAndWhere_andLenientImportsIt() throws Exception {
    String text = "План мероприятий на 2022 год\n\n1.\tСеминар\tмай 2022\tИМЦ\tСправка\n";
    java.nio.file.Path plan = file("plan.txt", text.getBytes(java.nio.charset.StandardCharsets.UTF_8));

    CliRun strict = run("import", plan.toString());
    CliRun lenient = run("import", plan.toString(), "--lenient");

    assertThat(strict.status()).isEqualTo(3);
    assertThat(strict.out()).isEmpty();
    assertThat(strict.err()).contains("строка 3");
    assertThat(lenient.status()).as(lenient.err()).isEqualTo(0);
    assertThat(lenient.out()).contains("Семинар");
  }

  @Test
  void import_missingFile_isAUsageErrorWithTwo() {
    CliRun run = run("import", dir.resolve("nowhere.txt").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("nowhere.txt");
  }

  @Test
  void import_extraCell_joinsItToTheActivityAndSaysWhereAndWhat() throws Exception {
    String text = HEAD + HEADER + "1.\tСеминар для\tдиректоров школ\tмай 2021\tИМЦ\tСправка\n";

    CliRun run = run("import", utf8("extra.txt", text).toString());

    assertThat(run.status()).isZero();
    JsonNode a = JSON.readTree(run.out()).at("/sections/0/activities/0");
    assertThat(a.get("title").asText()).isEqualTo("Семинар для директоров школ");
    assertThat(a.get("term").asText()).isEqualTo("май 2021");
    assertThat(a.at("/responsibility/text").asText()).isEqualTo("ИМЦ");
    assertThat(run.err()).contains("строка 22").contains("лишняя ячейка объединена");
  }

  @Test
  void import_missingCell_keepsTheResponsibleParties() throws Exception {
    String text = HEAD + HEADER + "1.\tСеминар для директоров\tИМЦ, ОО\tСправка\n";

    CliRun run = run("import", utf8("missing.txt", text).toString());

    assertThat(run.status()).isZero();
    JsonNode a = JSON.readTree(run.out()).at("/sections/0/activities/0");
    assertThat(a.at("/responsibility/text").asText()).isEqualTo("ИМЦ, ОО");
    assertThat(a.get("results").get(0).asText()).isEqualTo("Справка");
    assertThat(run.err()).contains("строка 22").contains("меньше ячеек");
  }

  @Test
  void import_rowWithoutNumber_isReportedWithItsLine() throws Exception {
    String text = HEAD + HEADER + "\tСеминар без номера\tмай 2021\tИМЦ\tСправка\n";

    CliRun run = run("import", utf8("nonumber.txt", text).toString());

    assertThat(run.status()).isZero();
    assertThat(run.err()).contains("строка 22").contains("без номера");
  }

  @Test
  void import_orderWithoutDate_leavesTheDateOutRatherThanMakingOneUp() throws Exception {
    String text = HEAD.replace("15.12.2020\n\n", "") + HEADER + "1.\tСеминар\tмай 2021\tИМЦ\tСправка\n";

    CliRun run = run("import", utf8("nodate.txt", text).toString());

    assertThat(run.status()).isZero();
    JsonNode order = JSON.readTree(run.out()).get("order");
    assertThat(order.has("date")).isFalse();
    assertThat(order.get("number").asText()).isEqualTo("576");
    assertThat(run.out()).doesNotContain("1970-01-01");
    assertThat(run.err()).contains("дата");
  }
}
