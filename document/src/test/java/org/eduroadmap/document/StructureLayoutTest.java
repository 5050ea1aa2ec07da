package org.eduroadmap.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eduroadmap.document.structure.Alignment;
import org.eduroadmap.document.structure.Block;
import org.eduroadmap.document.structure.GridCell;
import org.eduroadmap.document.structure.GridTable;
import org.eduroadmap.document.structure.Paragraph;
import org.eduroadmap.document.structure.StructuredDocument;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.junit.jupiter.api.Test;

/** The failures issue 21 lists, each read from a document's structure as a Word file gives it. */
class StructureLayoutTest {

  private static int paragraph = 0;

  private static Paragraph p(String text) {
    return Paragraph.of(text, DocumentText.Origin.ofParagraph(++paragraph));
  }

  private static GridCell c(String text) {
    return GridCell.of(text);
  }

  private static List<Block> order(boolean blankLines) {
    List<Block> b = new ArrayList<>();
    b.add(p("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ВЕРХНЕКАМСКОГО МУНИЦИПАЛЬНОГО ОКРУГА").withAlignment(Alignment.CENTER));
    b.add(p("ПРИКАЗ").withAlignment(Alignment.CENTER));
    b.add(p("15.03.2024\t\t\t\t\t\t№ 112"));
    b.add(p("Об утверждении плана мероприятий по повышению качества образования на 2024 год"));
    b.add(p("ПРИКАЗЫВАЮ:"));
    b.add(p("1. Утвердить план мероприятий (приложение)."));
    b.add(p("2. Контроль за исполнением настоящего приказа оставляю за собой."));
    if (blankLines) {
      b.add(p(""));
    }
    b.add(p("Начальник управления\t\t\t\tА.Б. Петрова"));
    b.add(p("План мероприятий по повышению качества образования на 2024 год").withAlignment(Alignment.CENTER));
    return b;
  }

  private static Roadmap read(List<Block> blocks) {
    return RoadmapDocumentReader.standard().read(StructuredDocument.of(blocks)).roadmap();
  }

  @Test
  void read_tabAlignedDateAndSignature_giveTheOrderAndNoTable() {
    List<Block> b = order(false);
    b.add(HeaderRowsTest.table(List.of(
        List.of(c("№"), c("Мероприятие"), c("Срок"), c("Ответственные")),
        List.of(c("1."), c("Семинар для учителей"), c("май 2024"), c("ИМЦ")))));

    Roadmap r = read(b);

    assertThat(r.order().number()).isEqualTo("112");
    assertThat(r.order().date()).contains(LocalDate.of(2024, 3, 15));
    assertThat(r.order().signatory()).contains("А.Б. Петрова");
    assertThat(r.order().authority()).isEqualTo("УПРАВЛЕНИЕ ОБРАЗОВАНИЯ АДМИНИСТРАЦИИ ВЕРХНЕКАМСКОГО МУНИЦИПАЛЬНОГО ОКРУГА");
    assertThat(r.order().points()).hasSize(2);
    assertThat(r.activities()).extracting(Activity::title).containsExactly("Семинар для учителей");
    assertThat(r.activities().get(0).responsibility().parties()).extracting(Party::name).containsExactly("ИМЦ");
  }

  @Test
  void read_twoRowHeaderColumnNumbersAndPartyParagraphs_readEachField() {
    List<Block> b = order(true);
    b.add(HeaderRowsTest.table(List.of(
        List.of(c("№ п/п"), c("Наименование мероприятия"), c("Сроки и исполнители").withColumnSpan(2),
            c("Ожидаемый результат")),
        List.of(GridCell.continuation(), GridCell.continuation(), c("Ответственные"), c("Срок исполнения"),
            GridCell.continuation()),
        List.of(c("1"), c("2"), c("3"), c("4"), c("5")),
        List.of(c("1. Организационные мероприятия").withColumnSpan(5)),
        List.of(c("1.1"), c("Семинар"), GridCell.of(List.of("Управление образования", "ИМЦ")), c("май 2024"),
            c("Справка")),
        List.of(c("1.2"), c("Совещание"), GridCell.continuation(), c("июнь 2024"), c("Протокол")))));

    Roadmap r = read(b);

    assertThat(r.sections()).hasSize(1);
    assertThat(r.sections().get(0).title()).contains("Организационные мероприятия");
    assertThat(r.activities()).extracting(Activity::title).containsExactly("Семинар", "Совещание");
    assertThat(r.activities()).extracting(a -> a.term().text()).containsExactly("май 2024", "июнь 2024");
    assertThat(r.activities().get(0).responsibility().parties()).extracting(Party::name)
        .containsExactly("Управление образования", "ИМЦ");
    assertThat(r.activities().get(1).responsibility().parties()).extracting(Party::name)
        .containsExactly("Управление образования", "ИМЦ");
    assertThat(r.activities()).extracting(Activity::results).containsExactly(List.of("Справка"), List.of("Протокол"));
  }

  @Test
  void read_glossaryAfterTheTable_becomesGlossaryEntries() {
    List<Block> b = order(true);
    b.add(HeaderRowsTest.table(List.of(
        List.of(c("№"), c("Мероприятие"), c("Срок"), c("Ответственные")),
        List.of(c("1."), c("Семинар"), c("май 2024"), c("ОО, ИМЦ")))));
    b.add(p("Используемые сокращения: ОО – общеобразовательные организации; ИМЦ – информационно-методический центр"));

    Roadmap r = read(b);

    assertThat(r.glossary()).extracting(e -> e.abbreviation()).contains("ОО", "ИМЦ");
  }

  @Test
  void read_columnsTheModelHasNoFieldFor_keepTheirCellsUnderTheirHeader() {
    List<Block> b = order(true);
    b.add(HeaderRowsTest.table(List.of(
        List.of(c("№"), c("Мероприятие"), c("Ответственные"), c("Срок"), c("Целевая группа"),
            c("Отметка о выполнении")),
        List.of(c("1."), c("Семинар"), c("ИМЦ"), c("май 2024"), c("учителя математики"), c("выполнено")))));

    Activity a = read(b).activities().get(0);

    assertThat(a.term().text()).isEqualTo("май 2024");
    assertThat(a.otherColumns()).containsExactly(
        java.util.Map.entry("Целевая группа", "учителя математики"), java.util.Map.entry("Отметка о выполнении", "выполнено"));
  }
}
