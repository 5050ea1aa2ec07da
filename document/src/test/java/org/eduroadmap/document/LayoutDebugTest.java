package org.eduroadmap.document;

import org.junit.jupiter.api.Test;

class LayoutDebugTest {
  @Test
  void print() throws Exception {
    String seed = System.getProperty("seed", "eao-2021");
    byte[] docx = org.eduroadmap.document.docx.DocxFixtures.write(SeedFixtures.layout(SeedFixtures.seedText(seed)));
    var s = org.eduroadmap.document.docx.DocxText.structure(docx, ImportLimits.standard());
    for (var t : s.tables()) { System.out.println("L| T " + t.rows().size()); for (var r : t.rows().subList(0, Math.min(2, t.rows().size()))) System.out.println("L| R " + r); }
    for (var l : StructureLayout.toText(s).lines()) {
      System.out.println("L| " + l.text().replace("\t", " | "));
    }
  }
}
