package org.eduroadmap.document.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eduroadmap.document.corpus.CorpusSpec.Column;
import org.eduroadmap.document.corpus.CorpusSpec.HeaderGroup;
import org.eduroadmap.document.corpus.CorpusSpec.Row;
import org.eduroadmap.document.corpus.CorpusSpec.SpecSection;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * Renders corpus specs to .docx as a municipal clerk's Word file looks: Times New Roman 14 pt for the
 * order, 12 pt in the table; the authority centred in bold, the kind, the date and number line, the
 * place, the title in bold, the preamble, «ПРИКАЗЫВАЮ:» and the numbered points, the signature; on a
 * new page the appendix, the plan title and the ruled table, then the notes and abbreviations.
 *
 * <pre>{@code
 * byte[] docx = CorpusGenerator.render(CorpusSpec.read(Path.of("specs/c07-olimp-lipetsk.json")));
 * CorpusGenerator.main(new String[] {"src/test/resources/corpus/specs", "src/test/resources/corpus/docx"});
 * }</pre>
 *
 * <p>Every layout feature of the spec format is rendered: {@code tab-order-line} (one paragraph
 * «15.03.2024 ⇥ ⇥ № 112» with a centre and a right tab stop; the signature «position ⇥ name» with a right
 * tab stop), {@code points-without-blank}, {@code approval-stamp}, {@code two-row-header} ({@code
 * gridSpan} over the spanned columns, {@code vMerge} down the others), {@code column-numbers}, {@code
 * responsible-before-term} and {@code extra-columns} (the spec's column order and headers), {@code
 * multi-paragraph-cells}, {@code sections-merged}, {@code vertical-merge} (identical consecutive
 * responsible or term cells of a section), {@code repeated-header} (the appendix a landscape section,
 * the header rows marked {@code tblHeader}; no row is added), {@code abbreviations-after}, {@code
 * footnotes} and {@code year-columns} (a {@code term} column becomes one column per year of the period
 * under its header as a spanning title; {@code year} columns are taken as they are). A footnote mark the
 * rows do not already carry is put after the term (or title) column's header, so that no scored cell
 * changes. The output is deterministic: fixed document dates and ZIP entry times.
 */
public final class CorpusGenerator {

  private static final String FONT = "Times New Roman";
  private static final int ORDER_PT = 14;
  private static final int TABLE_PT = 12;
  private static final int NOTE_PT = 12;
  private static final int PAGE_SHORT = 11906;
  private static final int PAGE_LONG = 16838;
  private static final int PORTRAIT_LEFT = 1701;
  private static final int PORTRAIT_RIGHT = 850;
  private static final int PORTRAIT_TEXT = PAGE_SHORT - PORTRAIT_LEFT - PORTRAIT_RIGHT;
  private static final int LANDSCAPE_MARGIN = 1134;
  private static final int LANDSCAPE_TEXT = PAGE_LONG - 2 * LANDSCAPE_MARGIN;
  private static final int FIRST_LINE_INDENT = 709;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final Pattern NUMBERED = Pattern.compile("^\\d+(\\.\\d+)*\\.?\\s");
  private static final Pattern SPLIT = Pattern.compile("(;|\\.)\\s+(?=\\S)");

  private CorpusGenerator() {}

  /**
   * Renders every spec in {@code args[0]} into {@code args[1]} as {@code <id>.docx}; a spec that does
   * not parse is skipped and named on standard error.
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CorpusGenerator <specsDir> <outDir>");
    }
    Path specs = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int written = 0;
    try {
      Files.createDirectories(out);
      for (Path file : CorpusSpec.files(specs)) {
        CorpusSpec spec;
        try {
          spec = CorpusSpec.read(file);
        } catch (IllegalArgumentException e) {
          System.err.println("skipped " + file.getFileName() + ": " + e.getMessage());
          continue;
        }
        Files.write(out.resolve(spec.id() + ".docx"), render(spec));
        written++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.println("rendered " + written + " specs into " + out);
  }

  /** The .docx bytes of {@code spec}. */
  public static byte[] render(CorpusSpec spec) {
    Objects.requireNonNull(spec, "spec");
    try (XWPFDocument doc = new XWPFDocument()) {
      new Writer(spec, doc).write();
      LocalDateTime when = spec.order().date().atTime(9, 0);
      Date fixed = Date.from(when.toInstant(ZoneOffset.UTC));
      var core = doc.getProperties().getCoreProperties();
      core.setCreated(Optional.of(fixed));
      core.setModified(Optional.of(fixed));
      core.setCreator("Делопроизводитель");
      core.setLastModifiedByUser("Делопроизводитель");
      core.setTitle(spec.order().title());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return fixZipTimes(out.toByteArray(), when);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same ZIP with every entry's time set to {@code when}, so that renderings are identical. */
  private static byte[] fixZipTimes(byte[] zip, LocalDateTime when) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(e.getName());
        copy.setTimeLocal(when);
        z.putNextEntry(copy);
        in.transferTo(z);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** A column as rendered: a spec column, or one year of an expanded term column. */
  private record Rendered(String role, String leaf, int year, List<String> path, double weight) {}

  /** Writes one spec into one document. */
  private static final class Writer {
    private final CorpusSpec spec;
    private final CorpusSpec.Order order;
    private final XWPFDocument doc;
    private final boolean landscape;
    private boolean inAppendix;

    Writer(CorpusSpec spec, XWPFDocument doc) {
      this.spec = spec;
      this.order = spec.order();
      this.doc = doc;
      this.landscape = spec.has(CorpusSpec.REPEATED_HEADER);
    }

    void write() {
      defaults();
      header();
      inAppendix = true;
      appendix();
      table();
      notes();
      CTSectPr body = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
          : doc.getDocument().getBody().addNewSectPr();
      page(body, landscape);
    }

    private void defaults() {
      CTFonts fonts = CTFonts.Factory.newInstance();
      fonts.setAscii(FONT);
      fonts.setHAnsi(FONT);
      fonts.setCs(FONT);
      fonts.setEastAsia(FONT);
      doc.createStyles().setDefaultFonts(fonts);
    }

    private void header() {
      paragraph(ParagraphAlignment.CENTER, true, ORDER_PT, order.authority());
      blank();
      paragraph(ParagraphAlignment.CENTER, true, ORDER_PT, order.kind());
      blank();
      String date = order.date().format(DATE);
      if (spec.has(CorpusSpec.TAB_ORDER_LINE)) {
        XWPFParagraph p = paragraph(ParagraphAlignment.LEFT, false, ORDER_PT, date);
        tabStop(p, STTabJc.CENTER, text() / 2);
        tabStop(p, STTabJc.RIGHT, text());
        XWPFRun run = run(p, false, ORDER_PT, "");
        run.addTab();
        run.addTab();
        run.setText("№ " + order.number());
      } else {
        paragraph(ParagraphAlignment.LEFT, false, ORDER_PT, "от " + date + " № " + order.number());
      }
      order.place().ifPresent(place -> paragraph(ParagraphAlignment.CENTER, false, ORDER_PT, place));
      blank();
      paragraph(ParagraphAlignment.CENTER, true, ORDER_PT, order.title());
      blank();
      boolean decree = order.kind().equals("РАСПОРЯЖЕНИЕ");
      String preamble = order.preamble().orElse("В соответствии с Федеральным законом от 29.12.2012 № 273-ФЗ "
          + "«Об образовании в Российской Федерации», в целях повышения качества образования в "
          + "общеобразовательных организациях" + (decree ? ":" : ","));
      justified(preamble);
      boolean tight = spec.has(CorpusSpec.POINTS_WITHOUT_BLANK);
      verb().ifPresent(verb -> {
        if (!tight) {
          blank();
        }
        paragraph(ParagraphAlignment.LEFT, false, ORDER_PT, verb);
      });
      int n = 1;
      for (String point : order.points()) {
        if (!tight) {
          blank();
        }
        justified(NUMBERED.matcher(point).find() ? point : n + ". " + point);
        n++;
      }
      blank();
      blank();
      if (spec.has(CorpusSpec.TAB_ORDER_LINE)) {
        XWPFParagraph p = paragraph(ParagraphAlignment.LEFT, false, ORDER_PT, order.signatoryPosition());
        tabStop(p, STTabJc.RIGHT, text());
        XWPFRun run = run(p, false, ORDER_PT, "");
        run.addTab();
        run.setText(order.signatory());
      } else {
        paragraph(ParagraphAlignment.LEFT, false, ORDER_PT, order.signatoryPosition());
        paragraph(ParagraphAlignment.RIGHT, false, ORDER_PT, order.signatory());
      }
      if (landscape) {
        // The order stays portrait; the appendix starts a new, landscape section on a new page.
        XWPFParagraph end = doc.createParagraph();
        CTPPr ppr = end.getCTP().isSetPPr() ? end.getCTP().getPPr() : end.getCTP().addNewPPr();
        page(ppr.addNewSectPr(), false);
      } else {
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
      }
    }

    private Optional<String> verb() {
      return switch (order.kind()) {
        case "РАСПОРЯЖЕНИЕ" -> Optional.empty();
        case "ПОСТАНОВЛЕНИЕ" -> Optional.of("ПОСТАНОВЛЯЮ:");
        default -> Optional.of("ПРИКАЗЫВАЮ:");
      };
    }

    private String kindDative() {
      return switch (order.kind()) {
        case "РАСПОРЯЖЕНИЕ" -> "распоряжению";
        case "ПОСТАНОВЛЕНИЕ" -> "постановлению";
        default -> "приказу";
      };
    }

    private String kindInstrumental() {
      return switch (order.kind()) {
        case "РАСПОРЯЖЕНИЕ" -> "распоряжением";
        case "ПОСТАНОВЛЕНИЕ" -> "постановлением";
        default -> "приказом";
      };
    }

    private void appendix() {
      String dated = "от " + order.date().format(DATE) + " № " + order.number();
      if (spec.has(CorpusSpec.APPROVAL_STAMP)) {
        paragraph(ParagraphAlignment.RIGHT, false, NOTE_PT, "Приложение");
        paragraph(ParagraphAlignment.RIGHT, false, NOTE_PT, "УТВЕРЖДЁН");
        paragraph(ParagraphAlignment.RIGHT, false, NOTE_PT, kindInstrumental());
        paragraph(ParagraphAlignment.RIGHT, false, NOTE_PT, dated);
      } else {
        paragraph(ParagraphAlignment.RIGHT, false, NOTE_PT, "Приложение к " + kindDative());
        paragraph(ParagraphAlignment.RIGHT, false, NOTE_PT, dated);
      }
      blank();
      paragraph(ParagraphAlignment.CENTER, true, ORDER_PT, spec.planTitle());
      blank();
    }

    // ---- the table ----

    private List<Rendered> columns() {
      List<Column> columns = spec.columns();
      boolean yearColumns = spec.has(CorpusSpec.YEAR_COLUMNS);
      boolean hasYearRole = columns.stream().anyMatch(c -> c.role().equals("year"));
      List<Rendered> out = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        Column c = columns.get(i);
        List<String> path = new ArrayList<>();
        Optional<HeaderGroup> group = group(i);
        group.ifPresent(g -> path.add(g.title()));
        if (c.role().equals("term") && yearColumns && !hasYearRole) {
          path.add(c.header());
          for (int year : years()) {
            List<String> p = new ArrayList<>(path);
            p.add(year + " год");
            out.add(new Rendered("year", year + " год", year, p, weight("year")));
          }
        } else if (c.role().equals("year")) {
          if (group.isEmpty()) {
            path.add("Сроки (период)");
          }
          path.add(c.header());
          out.add(new Rendered("year", c.header(), c.year().orElse(0), path, weight("year")));
        } else {
          path.add(c.header());
          out.add(new Rendered(c.role(), c.header(), 0, path, weight(c.role())));
        }
      }
      return out;
    }

    private List<Integer> years() {
      List<Integer> fromRows = spec.rows().stream().flatMap(r -> r.years().keySet().stream()).distinct()
          .sorted().toList();
      return fromRows.isEmpty() ? IntStream.rangeClosed(spec.firstYear(), spec.lastYear()).boxed().toList()
          : IntStream.rangeClosed(fromRows.get(0), fromRows.get(fromRows.size() - 1)).boxed().toList();
    }

    private Optional<HeaderGroup> group(int column) {
      return spec.headerGroups().stream().filter(g -> g.from() <= column && column <= g.to()).findFirst();
    }

    private static double weight(String role) {
      return switch (role) {
        case "number" -> 7;
        case "title" -> 28;
        case "term" -> 16;
        case "responsible" -> 18;
        case "result" -> 18;
        case "year" -> 10;
        default -> 12;
      };
    }

    private void table() {
      List<Rendered> cols = columns();
      int total = text();
      double sum = cols.stream().mapToDouble(Rendered::weight).sum();
      int[] widths = new int[cols.size()];
      int used = 0;
      for (int c = 0; c < cols.size(); c++) {
        widths[c] = c == cols.size() - 1 ? total - used : (int) Math.round(total * cols.get(c).weight() / sum);
        used += widths[c];
      }
      XWPFTable table = doc.createTable();
      CTTblPr tblPr = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr()
          : table.getCTTbl().addNewTblPr();
      CTTblLayoutType layout = tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout();
      layout.setType(STTblLayoutType.FIXED);
      table.setWidth(Integer.toString(total));
      table.setWidthType(org.apache.poi.xwpf.usermodel.TableWidthType.DXA);
      for (var border : List.<java.util.function.Consumer<XWPFTable.XWPFBorderType>>of(
          b -> table.setTopBorder(b, 4, 0, "000000"), b -> table.setBottomBorder(b, 4, 0, "000000"),
          b -> table.setLeftBorder(b, 4, 0, "000000"), b -> table.setRightBorder(b, 4, 0, "000000"),
          b -> table.setInsideHBorder(b, 4, 0, "000000"), b -> table.setInsideVBorder(b, 4, 0, "000000"))) {
        border.accept(XWPFTable.XWPFBorderType.SINGLE);
      }
      CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
          : table.getCTTbl().addNewTblGrid();
      while (grid.sizeOfGridColArray() > 0) {
        grid.removeGridCol(0);
      }
      for (int w : widths) {
        grid.addNewGridCol().setW(BigInteger.valueOf(w));
      }
      boolean repeat = spec.has(CorpusSpec.REPEATED_HEADER);
      headerRows(table, cols, widths, repeat);
      if (spec.has(CorpusSpec.COLUMN_NUMBERS)) {
        XWPFTableRow row = newRow(table);
        row.setRepeatHeader(repeat);
        for (int c = 0; c < cols.size(); c++) {
          fill(cell(row, widths[c], 1), List.of(Integer.toString(c + 1)), false, ParagraphAlignment.CENTER);
        }
      }
      for (SpecSection section : spec.sections()) {
        section.title().ifPresent(title -> sectionRow(table, cols, widths, title));
        List<Row> rows = section.rows();
        for (int r = 0; r < rows.size(); r++) {
          Row row = rows.get(r);
          XWPFTableRow x = newRow(table);
          for (int c = 0; c < cols.size(); c++) {
            Rendered col = cols.get(c);
            XWPFTableCell cell = cell(x, widths[c], 1);
            Optional<String> merged = mergeKey(col, row);
            if (spec.has(CorpusSpec.VERTICAL_MERGE) && merged.isPresent()) {
              boolean continues = r > 0 && mergeKey(col, rows.get(r - 1)).equals(merged);
              boolean goesOn = r + 1 < rows.size() && mergeKey(col, rows.get(r + 1)).equals(merged);
              if (continues) {
                tcPr(cell).addNewVMerge().setVal(STMerge.CONTINUE);
                continue;
              }
              if (goesOn) {
                tcPr(cell).addNewVMerge().setVal(STMerge.RESTART);
                tcPr(cell).addNewVAlign().setVal(STVerticalJc.CENTER);
              }
            }
            fill(cell, cellText(col, row), false,
                col.role().equals("number") || col.role().equals("year") ? ParagraphAlignment.CENTER
                    : ParagraphAlignment.LEFT);
          }
        }
      }
      table.removeRow(0);
    }

    private void headerRows(XWPFTable table, List<Rendered> cols, int[] widths, boolean repeat) {
      int depth = cols.stream().mapToInt(c -> c.path().size()).max().orElse(1);
      List<String> leaves = footnotedLeaves(cols);
      for (int r = 0; r < depth; r++) {
        XWPFTableRow row = newRow(table);
        row.setRepeatHeader(repeat);
        for (int c = 0; c < cols.size(); ) {
          List<String> path = cols.get(c).path();
          int last = path.size() - 1;
          if (r < last) {
            int end = c;
            while (end + 1 < cols.size() && cols.get(end + 1).path().size() - 1 > r
                && cols.get(end + 1).path().subList(0, r + 1).equals(path.subList(0, r + 1))) {
              end++;
            }
            int width = 0;
            for (int k = c; k <= end; k++) {
              width += widths[k];
            }
            XWPFTableCell cell = cell(row, width, end - c + 1);
            fill(cell, List.of(path.get(r)), true, ParagraphAlignment.CENTER);
            c = end + 1;
            continue;
          }
          XWPFTableCell cell = cell(row, widths[c], 1);
          tcPr(cell).addNewVAlign().setVal(STVerticalJc.CENTER);
          if (r == last) {
            if (last < depth - 1) {
              tcPr(cell).addNewVMerge().setVal(STMerge.RESTART);
            }
            fill(cell, List.of(leaves.get(c)), true, ParagraphAlignment.CENTER);
          } else {
            tcPr(cell).addNewVMerge().setVal(STMerge.CONTINUE);
          }
          c++;
        }
      }
    }

    /** The leaf headers, a footnote mark the rows do not carry put after the term (or title) header. */
    private List<String> footnotedLeaves(List<Rendered> cols) {
      List<String> leaves = new ArrayList<>(cols.stream().map(Rendered::leaf).toList());
      if (!spec.has(CorpusSpec.FOOTNOTES)) {
        return leaves;
      }
      int at = -1;
      for (String role : List.of("term", "year", "title")) {
        for (int c = 0; c < cols.size() && at < 0; c++) {
          if (cols.get(c).role().equals(role)) {
            at = c;
          }
        }
      }
      for (CorpusSpec.Footnote note : spec.footnotes()) {
        boolean inRows = spec.rows().stream().anyMatch(r -> rowText(r).contains(note.mark()));
        if (!inRows && at >= 0) {
          leaves.set(at, leaves.get(at) + note.mark());
        }
      }
      return leaves;
    }

    private static String rowText(Row r) {
      return String.join("\n", r.number(), r.title(), r.term(), String.join("\n", r.years().values()),
          String.join("\n", r.responsible()), r.result(), String.join("\n", r.extra().values()));
    }

    private void sectionRow(XWPFTable table, List<Rendered> cols, int[] widths, String title) {
      XWPFTableRow row = newRow(table);
      if (spec.has(CorpusSpec.SECTIONS_MERGED)) {
        fill(cell(row, text(), cols.size()), List.of(title), true, ParagraphAlignment.CENTER);
        return;
      }
      for (int c = 0; c < cols.size(); c++) {
        boolean here = cols.get(c).role().equals("title");
        fill(cell(row, widths[c], 1), List.of(here ? title : ""), true, ParagraphAlignment.LEFT);
      }
    }

    /** What a vertical merge compares: the responsible or term cell, when it has text. */
    private Optional<String> mergeKey(Rendered col, Row row) {
      String key = switch (col.role()) {
        case "responsible" -> String.join("\n", row.responsible());
        case "term" -> row.term();
        default -> "";
      };
      return key.isBlank() ? Optional.empty() : Optional.of(key);
    }

    private List<String> cellText(Rendered col, Row row) {
      boolean multi = spec.has(CorpusSpec.MULTI_PARAGRAPH_CELLS);
      return switch (col.role()) {
        case "number" -> List.of(row.number());
        case "title" -> multi ? splitTitle(row.title()) : List.of(row.title());
        case "term" -> List.of(row.term());
        case "year" -> List.of(row.years().getOrDefault(col.year(), ""));
        case "responsible" -> multi ? row.responsible() : List.of(String.join(", ", row.responsible()));
        case "result" -> List.of(row.result());
        default -> List.of(row.extra().getOrDefault(col.leaf(), ""));
      };
    }

    // ---- the notes ----

    private void notes() {
      if (!spec.footnotes().isEmpty()) {
        blank();
        for (CorpusSpec.Footnote note : spec.footnotes()) {
          paragraph(ParagraphAlignment.BOTH, false, NOTE_PT, note.mark() + " " + note.text());
        }
      }
      if (!spec.abbreviations().isEmpty()) {
        blank();
        paragraph(ParagraphAlignment.LEFT, false, NOTE_PT, "Используемые сокращения:");
        for (CorpusSpec.Abbreviation a : spec.abbreviations()) {
          paragraph(ParagraphAlignment.LEFT, false, NOTE_PT, a.shortName() + " – " + a.full());
        }
      }
    }

    // ---- small helpers ----

    /** The text width of the page being written: the appendix of a long table is landscape. */
    private int text() {
      return landscape && inAppendix ? LANDSCAPE_TEXT : PORTRAIT_TEXT;
    }

    private XWPFParagraph paragraph(ParagraphAlignment align, boolean bold, int size, String text) {
      XWPFParagraph p = doc.createParagraph();
      p.setAlignment(align);
      p.setSpacingAfter(0);
      run(p, bold, size, text);
      return p;
    }

    private void justified(String text) {
      XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, false, ORDER_PT, text);
      p.setIndentationFirstLine(FIRST_LINE_INDENT);
    }

    private void blank() {
      XWPFParagraph p = doc.createParagraph();
      p.setSpacingAfter(0);
      run(p, false, ORDER_PT, "");
    }

    private static XWPFRun run(XWPFParagraph p, boolean bold, int size, String text) {
      XWPFRun run = p.createRun();
      run.setFontFamily(FONT);
      run.setFontSize(size);
      run.setBold(bold);
      if (!text.isEmpty()) {
        run.setText(text);
      }
      return run;
    }

    private static void tabStop(XWPFParagraph p, STTabJc.Enum kind, int position) {
      CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
      CTTabs tabs = ppr.isSetTabs() ? ppr.getTabs() : ppr.addNewTabs();
      CTTabStop stop = tabs.addNewTab();
      stop.setVal(kind);
      stop.setPos(BigInteger.valueOf(position));
    }

    private void page(CTSectPr sect, boolean wide) {
      CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
      CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
      if (wide) {
        size.setW(BigInteger.valueOf(PAGE_LONG));
        size.setH(BigInteger.valueOf(PAGE_SHORT));
        size.setOrient(STPageOrientation.LANDSCAPE);
        mar.setLeft(BigInteger.valueOf(LANDSCAPE_MARGIN));
        mar.setRight(BigInteger.valueOf(LANDSCAPE_MARGIN));
        mar.setTop(BigInteger.valueOf(PORTRAIT_LEFT));
        mar.setBottom(BigInteger.valueOf(PORTRAIT_RIGHT));
      } else {
        size.setW(BigInteger.valueOf(PAGE_SHORT));
        size.setH(BigInteger.valueOf(PAGE_LONG));
        mar.setLeft(BigInteger.valueOf(PORTRAIT_LEFT));
        mar.setRight(BigInteger.valueOf(PORTRAIT_RIGHT));
        mar.setTop(BigInteger.valueOf(LANDSCAPE_MARGIN));
        mar.setBottom(BigInteger.valueOf(LANDSCAPE_MARGIN));
      }
      mar.setHeader(BigInteger.valueOf(709));
      mar.setFooter(BigInteger.valueOf(709));
      mar.setGutter(BigInteger.ZERO);
    }

    private static XWPFTableRow newRow(XWPFTable table) {
      XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
      return row;
    }

    private static XWPFTableCell cell(XWPFTableRow row, int width, int span) {
      XWPFTableCell cell = row.addNewTableCell();
      CTTcPr pr = tcPr(cell);
      pr.addNewTcW().setW(BigInteger.valueOf(width));
      pr.getTcW().setType(STTblWidth.DXA);
      if (span > 1) {
        pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
      }
      return cell;
    }

    private static CTTcPr tcPr(XWPFTableCell cell) {
      return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
    }

    private static void fill(XWPFTableCell cell, List<String> paragraphs, boolean bold, ParagraphAlignment align) {
      for (int i = 0; i < Math.max(1, paragraphs.size()); i++) {
        XWPFParagraph p = i < cell.getParagraphs().size() ? cell.getParagraphs().get(i) : cell.addParagraph();
        p.setAlignment(align);
        p.setSpacingAfter(0);
        run(p, bold, TABLE_PT, paragraphs.isEmpty() ? "" : paragraphs.get(i));
      }
    }
  }

  /**
   * {@code title} in two paragraphs at its first semicolon or sentence end («…; » or «. » before a
   * capital letter) that leaves text on both sides; one paragraph when it has none.
   */
  static List<String> splitTitle(String title) {
    Matcher m = SPLIT.matcher(title);
    while (m.find()) {
      String first = title.substring(0, m.start() + 1);
      String rest = title.substring(m.end());
      boolean sentence = m.group(1).equals(";") || Character.isUpperCase(rest.charAt(0));
      if (sentence && first.length() >= 15 && rest.length() >= 10) {
        return List.of(first, rest);
      }
    }
    return List.of(title);
  }
}
