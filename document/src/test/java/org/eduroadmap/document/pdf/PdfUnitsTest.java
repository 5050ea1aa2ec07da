package org.eduroadmap.document.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.eduroadmap.document.structure.Alignment;
import org.junit.jupiter.api.Test;

/** The PDF reader's heuristics, each on its own, on lines and cells made up here. */
class PdfUnitsTest {

  private static final float SIZE = 12;
  /** A character's width in these made-up lines. */
  private static final float CHAR = 6;

  /** A line of {@code text} starting at {@code x0}, {@value #CHAR} points a character, a space as wide. */
  private static TextLine line(String text, float x0, float base) {
    return line(text, x0, base, false);
  }

  private static TextLine line(String text, float x0, float base, boolean spaceAtEnd) {
    List<Word> words = new ArrayList<>();
    float x = x0;
    for (String w : text.split(" ")) {
      words.add(new Word(x, x + w.length() * CHAR, w));
      x += (w.length() + 1) * CHAR;
    }
    String first = text.split(" ")[0];
    int hyphen = first.indexOf('-', 1);
    float firstWord = (hyphen > 0 ? hyphen + 1 : first.length()) * CHAR;
    return new TextLine(text, x0, x0 + text.length() * CHAR, base, SIZE, firstWord, CHAR, words, spaceAtEnd);
  }

  @Test
  void textLines_glyphsOnOneBaseline_makeOneLineSplitIntoWordsAtSpaces() {
    List<Glyph> glyphs = new ArrayList<>();
    float x = 10;
    for (char c : "ab cd".toCharArray()) {
      if (c != ' ') {
        glyphs.add(new Glyph(x, x + 5, 100, 10, String.valueOf(c)));
      }
      x += 5;
    }
    glyphs.add(new Glyph(10, 15, 120, 10, "e"));

    List<TextLine> lines = TextLines.of(glyphs);

    assertThat(lines).extracting(TextLine::text).containsExactly("ab cd", "e");
    assertThat(lines.get(0).words()).extracting(Word::text).containsExactly("ab", "cd");
  }

  @Test
  void textLines_aGapOfThreeSizesIsATab_butNotInALineWhoseGapsAreAllAlike() {
    TextLine date = new TextLine("15.03.2024 № 112", 85, 553, 100, 14, 60, 7, List.of(
        new Word(85, 148, "15.03.2024"), new Word(515, 530, "№"), new Word(535, 553, "112")), false);
    TextLine justified = new TextLine("в целях повышения", 85, 553, 100, 14, 10, 7, List.of(
        new Word(85, 95, "в"), new Word(250, 300, "целях"), new Word(455, 553, "повышения")), false);

    assertThat(TextLines.withTabs(date)).isEqualTo("15.03.2024\t№ 112");
    assertThat(TextLines.withTabs(justified)).isEqualTo("в целях повышения");
  }

  @Test
  void textLines_join_keepsAHyphenAtALineEndAndDropsTheSpace() {
    StringBuilder sb = new StringBuilder("проведение ГИА-");
    TextLines.join(sb, "11");
    assertThat(sb).hasToString("проведение ГИА-11");
    StringBuilder other = new StringBuilder("УО");
    TextLines.join(other, "НМЦ");
    assertThat(other).hasToString("УО НМЦ");
  }

  @Test
  void lineWraps_theNextWordWouldHaveFitted_isABreak_elseAWrap() {
    // An area 100 points wide: «УО» (12 pt) leaves room for «НМЦ»; «Управление» (60 pt) does not for «образования».
    assertThat(LineWraps.wraps(line("УО", 0, 10), line("НМЦ", 0, 24), 0, 100)).isFalse();
    assertThat(LineWraps.wraps(line("Управление", 0, 10), line("образования", 0, 24), 0, 100)).isTrue();
  }

  @Test
  void lineWraps_aRightAlignedLineIsMeasuredByItsWidth() {
    // The approval stamp: every line ends at the right margin, yet «УТВЕРЖДЁН» would have fitted after «Приложение».
    TextLine appendix = line("Приложение", 490, 10);
    TextLine approved = line("УТВЕРЖДЁН", 500, 24);

    assertThat(LineWraps.wraps(appendix, approved, 85, 553)).isFalse();
  }

  @Test
  void lineWraps_aWordCutAtTheCellEdge_isBroken_unlessASpaceOrAHyphenSaysOtherwise() {
    // «ежеквартальн» fills an area of 72 points; «о» would not have fitted after it.
    TextLine cut = line("ежеквартальн", 0, 10);
    TextLine rest = line("о", 0, 24);

    assertThat(LineWraps.brokenWord(cut, rest, 0, 72)).isTrue();
    assertThat(LineWraps.brokenWord(line("ежеквартальн", 0, 10, true), rest, 0, 72)).isFalse();
    assertThat(LineWraps.brokenWord(line("риск-профиль", 0, 10), rest, 0, 72)).isFalse();
    assertThat(LineWraps.brokenWord(cut, line("О", 0, 24), 0, 72)).isFalse();
    assertThat(LineWraps.brokenWord(line("ежеквартал", 0, 10), rest, 0, 72)).isFalse();
  }

  @Test
  void cellParagraphs_splitWhereTheAuthorBrokeTheLine_joinWhereItWrapped() {
    // LibreOffice sets a space where a line wraps at one; a word cut at the edge has none.
    List<TextLine> lines = List.of(
        line("министерство", 0, 10, true),
        line("образования", 0, 24, true),
        line("Нижегородско", 0, 38),
        line("й области", 0, 52),
        line("УО", 0, 66),
        line("НМЦ", 0, 80));

    assertThat(CellParagraphs.of(lines, 0, 72))
        .containsExactly("министерство образования Нижегородской области", "УО", "НМЦ");
  }

  @Test
  void cellParagraphs_whereTheFileSetsSpacesAtWraps_aLineWithoutOneEndsItsParagraph() {
    // «ГЭК» + «министерство» would not have fitted in 72 points, but «ГЭК» has no space after it while the
    // wrapped «министерство» has: the author broke the line.
    List<TextLine> lines = List.of(
        line("ГЭК", 0, 10),
        line("министерство", 0, 24, true),
        line("образования", 0, 38));

    assertThat(CellParagraphs.of(lines, 0, 72)).containsExactly("ГЭК", "министерство образования");
    // A file that sets no spaces at all: the widths decide, and the lines wrapped.
    assertThat(CellParagraphs.of(List.of(line("ГЭК", 0, 10), line("министерство", 0, 24)), 0, 72))
        .containsExactly("ГЭК министерство");
  }

  @Test
  void cellParagraphs_aLineBrokenAfterAHyphenWithoutASpace_joinsWithoutOne() {
    List<TextLine> lines = List.of(
        line("требований -", 0, 10),
        line("профилактика инфекций", 0, 24, true),
        line("и болезней", 0, 38));

    assertThat(CellParagraphs.of(lines, 0, 130)).containsExactly("требований -профилактика инфекций и болезней");
  }

  @Test
  void partyBreaks_aPersonAPostOrASentenceStartsAParagraph_aProperNameRunsOn() {
    assertThat(PartyBreaks.startsParagraph("Т.И.Герасименко", "Т.В.Лавринова")).isTrue();
    assertThat(PartyBreaks.startsParagraph("Н.Н. Корязова", "Члены комиссии")).isTrue();
    assertThat(PartyBreaks.startsParagraph("Отдел образования", "Руководители ОО")).isTrue();
    assertThat(PartyBreaks.startsParagraph("Анализ результатов ВПР.", "Подготовка рекомендаций")).isTrue();

    assertThat(PartyBreaks.startsParagraph("Министерство образования и науки", "Курской области")).isFalse();
    assertThat(PartyBreaks.startsParagraph("Совещание совместно с", "Руководителями ОО")).isFalse();
    assertThat(PartyBreaks.startsParagraph("до 1 апреля 2024 г.", "Ответственные")).isFalse();
    assertThat(PartyBreaks.startsParagraph("ОУ", "Яковлевского городского округа")).isFalse();
  }

  @Test
  void repeatedHeader_rowsEqualToTheTablesFirstRowsAtAPageTop_areDropped() {
    RepeatedHeader header = new RepeatedHeader();
    header.newPage();
    header.row("№\tМероприятие", true);
    header.row("1\t2", false);
    header.row("1.\tСовещание", false);
    header.row("2.\tСеминар", false);
    header.newPage();

    assertThat(header.repeats("№\tМероприятие")).isTrue();
    assertThat(header.repeats("1\t2")).isTrue();
    assertThat(header.repeats("3.\tАнализ")).isFalse();
  }

  @Test
  void splitRows_theRestOfARowOnTheNextPage_joinsCellByCell() {
    List<PdfCell> above = List.of(PdfCell.of("2."), new PdfCell(List.of("Организация и"), 1, false),
        new PdfCell(List.of("УО", "НМЦ"), 1, false));
    List<PdfCell> below = List.of(PdfCell.of(""), PdfCell.of("проведение семинаров"), PdfCell.of("ОО"));

    assertThat(SplitRows.continues(below)).isTrue();
    assertThat(SplitRows.continues(above)).isFalse();
    assertThat(SplitRows.join(above, below)).extracting(PdfCell::paragraphs).containsExactly(
        List.of("2."), List.of("Организация и проведение семинаров"), List.of("УО", "НМЦ ОО"));
  }

  @Test
  void pageFlow_alignment_fromWhereTheLinesStandBetweenTheMargins() {
    assertThat(PageFlow.alignment(List.of(line("Приложение", 493, 10)), 85, 553)).isEqualTo(Alignment.END);
    assertThat(PageFlow.alignment(List.of(line("ПРИКАЗ", 301, 10)), 85, 553)).isEqualTo(Alignment.CENTER);
    assertThat(PageFlow.alignment(List.of(line("ПРИКАЗЫВАЮ:", 85, 10)), 85, 553)).isEqualTo(Alignment.START);
    TextLine full = new TextLine("в целях", 85, 553, 10, SIZE, 6, 6, List.of(new Word(85, 95, "в"), new Word(500, 553, "целях")), false);
    assertThat(PageFlow.alignment(List.of(full, line("конец.", 85, 24)), 85, 553)).isEqualTo(Alignment.JUSTIFIED);
  }
}
