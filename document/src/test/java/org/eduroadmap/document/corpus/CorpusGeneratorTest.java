package org.eduroadmap.document.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/** The generator renders each layout feature of a spec into the .docx. */
class CorpusGeneratorTest {

  private static final Path SPECS = CorpusImportTest.CORPUS.resolve("synthetic/specs");

  /** tab-order-line, approval-stamp, two-row-header, column-numbers, sections-merged, vertical-merge, … */
  private static final CorpusSpec KURSK = CorpusSpec.read(SPECS.resolve("dev-01-kursk-shnor.json"));
  /** points-without-blank, responsible-before-term, extra-columns, repeated-header. */
  private static final CorpusSpec TOMSK = CorpusSpec.read(SPECS.resolve("dev-02-tomsk-gia.json"));
  /** year-columns, footnotes with the mark in a cell, РАСПОРЯЖЕНИЕ. */
  private static final CorpusSpec BARYSH = CorpusSpec.read(SPECS.resolve("dev-03-ulyanovsk-literacy.json"));

  private static XWPFDocument docx(CorpusSpec spec) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(CorpusGenerator.render(spec)));
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, String start) {
    return doc.getParagraphs().stream().filter(p -> p.getText().startsWith(start)).findFirst().orElseThrow();
  }

  private static CTTcPr pr(XWPFTableCell cell) {
    return cell.getCTTc().getTcPr();
  }

  @Test
  void render_tabOrderLine_putsDateAndNumberInOneParagraphWithTabsToARightTabStop() throws IOException {
    try (XWPFDocument doc = docx(KURSK)) {
      XWPFParagraph line = paragraph(doc, "15.03.2024");
      assertThat(line.getText()).isEqualTo("15.03.2024\t\t№ 112");
      assertThat(line.getCTP().getPPr().getTabs().getTabList()).anyMatch(t -> t.getVal() == STTabJc.RIGHT);
      XWPFParagraph signature = paragraph(doc, "Начальник управления образования");
      assertThat(signature.getText()).isEqualTo("Начальник управления образования\tН.А. Милых");
      assertThat(paragraph(doc, "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ").getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
      assertThat(paragraph(doc, "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ").getRuns().get(0).isBold()).isTrue();
      assertThat(paragraph(doc, "УПРАВЛЕНИЕ ОБРАЗОВАНИЯ").getRuns().get(0).getFontFamily())
          .isEqualTo("Times New Roman");
    }
  }

  @Test
  void render_withoutTabOrderLine_writesOtDateNumberAndTheSignatureInTwoParagraphs() throws IOException {
    try (XWPFDocument doc = docx(TOMSK)) {
      assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText).contains("от 04.09.2023 № 01-10/845",
          "Начальник департамента образования", "О.В. Васильева");
    }
  }

  @Test
  void render_pointsWithoutBlank_putsThePointsRightAfterTheVerb_otherwiseEmptyParagraphsBetween()
      throws IOException {
    try (XWPFDocument tight = docx(TOMSK); XWPFDocument loose = docx(KURSK)) {
      List<String> t = tight.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      int verb = t.indexOf("ПРИКАЗЫВАЮ:");
      assertThat(t.get(verb + 1)).startsWith("1. Утвердить");
      assertThat(t.get(verb + 2)).startsWith("2. ");
      List<String> l = loose.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      int verb2 = l.indexOf("ПРИКАЗЫВАЮ:");
      assertThat(l.get(verb2 + 1)).isEmpty();
      assertThat(l.get(verb2 + 2)).startsWith("1. Утвердить");
      assertThat(l.get(verb2 + 3)).isEmpty();
    }
  }

  @Test
  void render_approvalStamp_writesTheStampRightAligned_otherwiseTheAppendixLine() throws IOException {
    try (XWPFDocument stamped = docx(KURSK); XWPFDocument plain = docx(TOMSK)) {
      assertThat(paragraph(stamped, "УТВЕРЖДЁН").getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
      assertThat(stamped.getParagraphs()).extracting(XWPFParagraph::getText).containsSubsequence("УТВЕРЖДЁН",
          "приказом", "от 15.03.2024 № 112");
      assertThat(paragraph(plain, "Приложение к приказу").getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
    }
  }

  @Test
  void render_twoRowHeader_spansTheGroupTitleWithGridSpanAndMergesTheOthersDown() throws IOException {
    try (XWPFDocument doc = docx(KURSK)) {
      XWPFTable table = doc.getTables().get(0);
      XWPFTableRow top = table.getRow(0);
      XWPFTableCell group = top.getTableCells().stream().filter(c -> c.getText().equals("Сроки и исполнители"))
          .findFirst().orElseThrow();
      assertThat(pr(group).getGridSpan().getVal().intValue()).isEqualTo(2);
      assertThat(pr(top.getCell(0)).getVMerge().getVal()).isEqualTo(STMerge.RESTART);
      assertThat(pr(table.getRow(1).getCell(0)).getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
      assertThat(table.getRow(1).getTableCells()).extracting(XWPFTableCell::getText).contains("Срок исполнения*",
          "Ответственные");
    }
  }

  @Test
  void render_columnNumbersAndSectionsMerged_numberTheColumnsAndSpanTheSectionRow() throws IOException {
    try (XWPFDocument doc = docx(KURSK)) {
      XWPFTable table = doc.getTables().get(0);
      assertThat(table.getRow(2).getTableCells()).extracting(XWPFTableCell::getText)
          .containsExactly("1", "2", "3", "4", "5");
      XWPFTableRow section = table.getRow(3);
      assertThat(section.getTableCells()).hasSize(1);
      assertThat(section.getCell(0).getText()).isEqualTo("1. Организационно-управленческие мероприятия");
      assertThat(pr(section.getCell(0)).getGridSpan().getVal().intValue()).isEqualTo(5);
    }
  }

  @Test
  void render_verticalMergeAndMultiParagraphCells_mergeIdenticalPartiesAndGiveEachPartyAParagraph()
      throws IOException {
    try (XWPFDocument doc = docx(KURSK)) {
      XWPFTable table = doc.getTables().get(0);
      XWPFTableCell first = table.getRow(4).getCell(3);  // 1.1: УО, НМЦ
      XWPFTableCell next = table.getRow(5).getCell(3);   // 1.2: УО, НМЦ
      assertThat(first.getParagraphs()).extracting(XWPFParagraph::getText).containsExactly("УО", "НМЦ");
      assertThat(pr(first).getVMerge().getVal()).isEqualTo(STMerge.RESTART);
      assertThat(pr(next).getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
      assertThat(next.getText()).isEmpty();
      XWPFTableCell title = table.getRow(5).getCell(1);
      assertThat(title.getParagraphs()).extracting(XWPFParagraph::getText)
          .containsExactly("Назначение муниципальных кураторов ШНОР.", "Закрепление кураторов за каждой школой");
    }
  }

  @Test
  void render_repeatedHeader_marksTheHeaderRowsAndMakesTheAppendixLandscape() throws IOException {
    try (XWPFDocument doc = docx(TOMSK); XWPFDocument portrait = docx(KURSK)) {
      XWPFTable table = doc.getTables().get(0);
      assertThat(table.getRow(0).isRepeatHeader()).isTrue();
      assertThat(table.getRow(1).isRepeatHeader()).isFalse();
      assertThat(table.getNumberOfRows()).isEqualTo(1 + TOMSK.rows().size());
      assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
      assertThat(doc.getParagraphs()).anyMatch(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().isSetSectPr());
      assertThat(portrait.getTables().get(0).getRow(0).isRepeatHeader()).isFalse();
    }
  }

  @Test
  void render_responsibleBeforeTermAndExtraColumns_keepTheSpecsColumnOrder() throws IOException {
    try (XWPFDocument doc = docx(TOMSK)) {
      assertThat(doc.getTables().get(0).getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
          .containsExactly("№", "Мероприятие", "Ответственный исполнитель", "Срок", "Целевая группа", "Результат",
              "Отметка о выполнении");
    }
  }

  @Test
  void render_yearColumns_givesAColumnPerYearUnderTheTermHeader() throws IOException {
    try (XWPFDocument doc = docx(BARYSH)) {
      XWPFTable table = doc.getTables().get(0);
      assertThat(table.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
          .containsExactly("№ п/п", "Наименование мероприятия", "Сроки (период)", "Исполнители", "Результат");
      assertThat(table.getRow(1).getTableCells()).extracting(XWPFTableCell::getText)
          .containsExactly("", "", "2022 год", "2023 год", "2024 год", "", "");
      XWPFTableRow second = table.getRow(4);  // header, header, section, 1, 2
      assertThat(second.getTableCells()).extracting(XWPFTableCell::getText).containsSequence("до 1 ноября",
          "сентябрь", "сентябрь");
      XWPFTableRow section = table.getRow(2);
      assertThat(section.getCell(1).getText()).isEqualTo("Раздел I. Нормативное и организационное обеспечение");
      assertThat(section.getTableCells()).hasSize(7);
    }
  }

  @Test
  void render_footnotesAndAbbreviations_followTheTable() throws IOException {
    try (XWPFDocument kursk = docx(KURSK); XWPFDocument barysh = docx(BARYSH)) {
      assertThat(kursk.getParagraphs()).extracting(XWPFParagraph::getText).containsSubsequence(
          "* Сроки проведения мероприятий могут уточняться по согласованию с Министерством образования и науки "
              + "Курской области.",
          "Используемые сокращения:", "УО – управление образования Администрации города Курска");
      // the mark is in a cell already: no header gets it
      assertThat(barysh.getTables().get(0).getText()).contains("качества образования**").doesNotContain("Сроки (период)**");
      assertThat(barysh.getParagraphs()).extracting(XWPFParagraph::getText).doesNotContain("ПРИКАЗЫВАЮ:")
          .anyMatch(t -> t.startsWith("** Мероприятие проводится"));
    }
  }

  @Test
  void render_sameSpecTwice_givesTheSameBytes() {
    assertThat(CorpusGenerator.render(KURSK)).isEqualTo(CorpusGenerator.render(KURSK));
  }

  @Test
  void splitTitle_atASemicolonOrSentenceEnd_givesTwoParagraphs_otherwiseOne() {
    assertThat(CorpusGenerator.splitTitle("Проведение совещаний с руководителями; анализ результатов"))
        .containsExactly("Проведение совещаний с руководителями;", "анализ результатов");
    assertThat(CorpusGenerator.splitTitle("Семинар в г. Курске по вопросам оценки")).hasSize(1);
    assertThat(CorpusGenerator.splitTitle("Анализ ВПР")).containsExactly("Анализ ВПР");
  }

  @Test
  void specs_everySpecOfTheCorpus_parsesAndRenders() {
    List<Path> files = new java.util.ArrayList<>(CorpusSpec.files(SPECS));
    files.addAll(CorpusSpec.files(CorpusImportTest.CORPUS.resolve("specs")));
    assertThat(files).hasSizeGreaterThanOrEqualTo(43);
    for (Path file : files) {
      CorpusSpec spec = CorpusSpec.read(file);
      assertThat(CorpusGenerator.render(spec)).as(spec.id()).isNotEmpty();
    }
  }
}
