package org.eduroadmap.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.eduroadmap.EduroadmapException;
import org.junit.jupiter.api.Test;

class DocumentErrorsTest {

  private static final Locale RU = Locale.forLanguageTag("ru");

  @Test
  void unreadableDocument_isCaughtAsEduroadmapException_inBothLanguages() {
    EduroadmapException e = catchThrowableOfType(EduroadmapException.class,
        () -> RoadmapDocumentReader.standard().read("   \n\n  "));
    assertThat(e).isInstanceOf(RoadmapDocumentException.class);
    assertThat(e.getMessage()).startsWith("The document is empty");
    assertThat(e.getMessage(RU)).startsWith("Документ пуст");
  }

  @Test
  void damagedOldWordFile_isRefusedInBothLanguages() {
    byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
    EduroadmapException e = catchThrowableOfType(EduroadmapException.class,
        () -> RoadmapDocuments.standard().read(ole, "plan.doc"));
    assertThat(e.getMessage(RU)).contains("не читается как документ .doc");
    assertThat(e.getMessage()).contains("not a readable .doc document");
  }

  @Test
  void readersOfOtherFormats_giveBothLanguages() {
    RoadmapDocumentException e = RoadmapDocumentException.of("Not yet", "Пока нет");
    assertThat(e.getMessage()).isEqualTo("Not yet");
    assertThat(e.getMessage(RU)).isEqualTo("Пока нет");
  }

  @Test
  void reversedPeriodInTheTitle_isReported_andTheTableOrOrderGivesThePeriod() throws IOException {
    String text = Files.readString(Path.of("src/test/resources/org/eduroadmap/document/eao-2021.txt"),
        StandardCharsets.UTF_8).replaceAll("на 2021 ([—–]) 2023 годы", "на 2023 $1 2021 годы");
    assertThatCode(() -> RoadmapDocumentReader.standard().read(text)).doesNotThrowAnyException();
    ImportResult result = RoadmapDocumentReader.standard().read(text);
    assertThat(result.problems(ImportProblemKind.PERIOD_REVERSED)).isNotEmpty();
    assertThat(result.roadmap().period().isValid()).isTrue();
  }

  @Test
  void bundles_haveEveryKeyInBothLanguages_andRussianIsRussian() {
    org.eduroadmap.testsupport.BundleCheck.check("org/eduroadmap/document/messages");
  }
}
