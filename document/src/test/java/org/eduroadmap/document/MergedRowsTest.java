package org.eduroadmap.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.eduroadmap.document.MergedRows.Span;
import org.eduroadmap.document.MergedRows.Text;
import org.junit.jupiter.api.Test;

class MergedRowsTest {

  @Test
  void owners_textCentredOnTwoRows_isBothRows() {
    // Row 0 on lines 48–52 with its text on 50–52, row 1 on lines 53–54 and empty: the text's middle (51)
    // is the middle of lines 48–54.
    List<Span> rows = List.of(new Span(48, 52, 0), new Span(53, 54, 0));
    assertThat(MergedRows.owners(rows, Arrays.asList(new Text(50, 52), null))).containsExactly(0, 0);
  }

  @Test
  void owners_textLoweredInItsRow_coversTheRowsAboveAndBelow() {
    List<Span> rows = List.of(new Span(30, 32, 0), new Span(33, 37, 0), new Span(38, 41, 0));
    assertThat(MergedRows.owners(rows, Arrays.asList(null, new Text(35, 36), null))).containsExactly(1, 1, 1);
  }

  @Test
  void owners_textOnItsRowsFirstLine_coversTheRowsAboveAndBelowItCentres() {
    List<Span> rows = List.of(new Span(37, 38, 0), new Span(39, 40, 0), new Span(41, 41, 0));
    assertThat(MergedRows.owners(rows, Arrays.asList(null, new Text(39, 39), null))).containsExactly(1, 1, 1);
  }

  @Test
  void owners_textAtItsRowsTop_staysInItsRow() {
    List<Span> rows = List.of(new Span(10, 12, 0), new Span(13, 15, 0));
    assertThat(MergedRows.owners(rows, Arrays.asList(new Text(10, 11), null))).containsExactly(0, -1);
  }

  @Test
  void owners_rowOfAnotherPart_isNotCovered() {
    List<Span> rows = List.of(new Span(48, 52, 0), new Span(53, 54, 1));
    assertThat(MergedRows.owners(rows, Arrays.asList(new Text(50, 52), null))).containsExactly(0, -1);
  }

  @Test
  void owners_rowWithTextOfItsOwn_endsTheRun() {
    List<Span> rows = List.of(new Span(48, 52, 0), new Span(53, 54, 0));
    assertThat(MergedRows.owners(rows, Arrays.asList(new Text(50, 52), new Text(53, 53)))).containsExactly(0, 1);
  }
}
