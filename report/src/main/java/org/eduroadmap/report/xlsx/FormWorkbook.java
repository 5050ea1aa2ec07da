package org.eduroadmap.report.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.jspecify.annotations.Nullable;

/**
 * A filled monitoring form's workbook read as a stream of cells, without POI's object model: the zip is
 * read with {@code java.util.zip} and its XML parts with StAX, one row at a time, so memory does not grow
 * with the rows, and none of POI's JVM-wide {@code ZipSecureFile} limits is asked (or changed).
 *
 * <pre>{@code
 * FormWorkbook book = FormWorkbook.open(bytes, limits);          // workbook, relationships, texts, styles
 * book.sheet("keys", row -> …);                                  // each row's cells, in order
 * }</pre>
 *
 * <p>Bounded: the bytes were read under {@link MonitoringForm#maxBytes()}; all parts together inflate to at
 * most {@link #MAX_INFLATED_BYTES}; a sheet has at most {@link MonitoringForm#maxRows()} rows; the shared
 * texts at most {@link #MAX_TEXT_CHARS} characters. A DOCTYPE is refused (no entity is ever expanded). Not
 * thread-safe: one per reading.
 */
final class FormWorkbook {

  /** All parts of the package together inflate to at most this: 256 MiB. */
  static final long MAX_INFLATED_BYTES = 256L * 1024 * 1024;
  /** The small parts (workbook, relationships, styles) are held whole, up to this each: 4 MiB. */
  static final int MAX_SMALL_PART_BYTES = 4 * 1024 * 1024;
  /** The shared texts hold at most this many characters together: 64 Mi. */
  static final long MAX_TEXT_CHARS = 64L * 1024 * 1024;

  /** One cell as the sheet holds it. */
  record CellValue(int column, String type, boolean formula, @Nullable String value, int style) {

    /** Whether it is a number (or a formula whose cached result is a number). */
    boolean isNumber() {
      return type.equals("n");
    }
  }

  /** One row: its Excel number (from 1) and its cells by column (from 0). */
  record SheetRow(int number, Map<Integer, CellValue> cells) {}

  /** What a sheet reader does with each row; a RuntimeException stops the reading. */
  interface RowHandler {
    void row(SheetRow row);
  }

  /** Thrown when the package is no readable workbook; the caller names the cause to the person. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String detail, @Nullable Throwable cause) {
      super(detail, cause);
    }
  }

  /** Thrown when a limit is passed: the limit's message key and its arguments. */
  static final class OverLimit extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String key;
    final Object[] arguments;

    OverLimit(String key, Object... arguments) {
      super(key, null, false, false);
      this.key = key;
      this.arguments = arguments;
    }
  }

  private static final XMLInputFactory XML = XMLInputFactory.newFactory();

  static {
    XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XML.setProperty(XMLInputFactory.IS_COALESCING, true);
  }

  private final byte[] bytes;
  private final int maxRows;
  private final Map<String, String> sheetTargets = new HashMap<>();
  private final List<String> sharedStrings = new ArrayList<>();
  private final List<Boolean> dateStyles = new ArrayList<>();
  private boolean date1904;

  private FormWorkbook(byte[] bytes, int maxRows) {
    this.bytes = bytes;
    this.maxRows = maxRows;
  }

  /** Opens the package: the workbook's sheets, the shared texts and which styles show dates. */
  static FormWorkbook open(byte[] bytes, int maxRows) throws Unreadable {
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
      throw new Unreadable("not a zip package", null);
    }
    FormWorkbook book = new FormWorkbook(bytes, maxRows);
    book.readStructure();
    return book;
  }

  /** Whether the workbook has a sheet named {@code name}. */
  boolean hasSheet(String name) {
    return sheetTargets.containsKey(name);
  }

  private void readStructure() throws Unreadable {
    Map<String, byte[]> small = new HashMap<>();
    forEachEntry((name, in) -> {
      switch (name) {
        case "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml" -> small.put(name, smallPart(in));
        case "xl/sharedStrings.xml" -> sharedStrings(in);
        default -> { }
      }
    });
    byte[] workbook = small.get("xl/workbook.xml");
    byte[] rels = small.get("xl/_rels/workbook.xml.rels");
    if (workbook == null || rels == null) {
      throw new Unreadable("no workbook part", null);
    }
    try {
      sheetsAndStyles(workbook, rels, small.get("xl/styles.xml"));
    } catch (IOException | XMLStreamException | IllegalArgumentException e) {
      throw new Unreadable("a damaged part", e);
    }
  }

  private void sheetsAndStyles(byte[] workbook, byte[] rels, byte @Nullable [] styles)
      throws IOException, XMLStreamException {
    Map<String, String> targets = new HashMap<>();
    parse(rels, r -> {
      if (r.getLocalName().equals("Relationship")) {
        String target = attribute(r, "Target");
        String id = attribute(r, "Id");
        if (target != null && id != null) {
          targets.put(id, target.startsWith("/") ? target.substring(1) : "xl/" + target);
        }
      }
    });
    parse(workbook, r -> {
      if (r.getLocalName().equals("workbookPr")) {
        String d = attribute(r, "date1904");
        date1904 = "1".equals(d) || "true".equals(d);
      } else if (r.getLocalName().equals("sheet")) {
        String name = attribute(r, "name");
        String id = null;
        for (int i = 0; i < r.getAttributeCount(); i++) {
          if (r.getAttributeLocalName(i).equals("id")
              && String.valueOf(r.getAttributeNamespace(i)).contains("relationships")) {
            id = r.getAttributeValue(i);
          }
        }
        if (name != null && id != null && targets.containsKey(id)) {
          sheetTargets.putIfAbsent(name, targets.get(id));
        }
      }
    });
    if (styles != null) {
      styles(styles);
    }
  }

  /**
   * Reads the sheets named in {@code handlers}, in the order their parts come in the package, giving each
   * row to its sheet's handler.
   */
  void sheets(Map<String, RowHandler> handlers) throws Unreadable {
    Map<String, RowHandler> byPart = new HashMap<>();
    handlers.forEach((name, handler) -> byPart.put(sheetTargets.get(name), handler));
    forEachEntry((name, in) -> {
      RowHandler handler = byPart.get(name);
      if (handler != null) {
        rows(in, handler);
      }
    });
  }

  /** The text of shared string {@code index}, or null when there is none. */
  @Nullable String sharedString(int index) {
    return index >= 0 && index < sharedStrings.size() ? sharedStrings.get(index) : null;
  }

  /** Whether style {@code index} shows a number as a date. */
  boolean isDateStyle(int index) {
    return index >= 0 && index < dateStyles.size() && dateStyles.get(index);
  }

  /** Whether the workbook counts days from 1904 (Excel for Mac's old default) rather than 1900. */
  boolean isDate1904() {
    return date1904;
  }

  // ---------------------------------------------------------------- the zip

  private interface EntryReader {
    void read(String name, InputStream in) throws IOException, XMLStreamException, Unreadable;
  }

  private void forEachEntry(EntryReader reader) throws Unreadable {
    long[] inflated = {0};
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      InputStream counted = new FilterInputStream(zip) {
        @Override
        public int read() throws IOException {
          int b = super.read();
          count(b < 0 ? 0 : 1);
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = super.read(buffer, offset, length);
          count(n);
          return n;
        }

        @Override
        public void close() {
          // the entry's end is the zip's to handle
        }

        private void count(int n) {
          if (n > 0 && (inflated[0] += n) > MAX_INFLATED_BYTES) {
            throw new OverLimit("form.tooLargeInflated", MAX_INFLATED_BYTES / (1024 * 1024));
          }
        }
      };
      boolean any = false;
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        any = true;
        reader.read(entry.getName(), counted);
        // What the reader left of the entry is counted too: the next getNextEntry inflates it.
        byte[] skip = new byte[8192];
        while (counted.read(skip, 0, skip.length) > 0) {
          // inflating the rest, counted
        }
      }
      if (!any) {
        throw new Unreadable("an empty zip", null);
      }
    } catch (ZipException e) {
      throw new Unreadable("a damaged zip", e);
    } catch (IOException | XMLStreamException | IllegalArgumentException e) {
      throw new Unreadable("a damaged part", e);
    }
  }

  private static byte[] smallPart(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
      if (out.size() > MAX_SMALL_PART_BYTES) {
        throw new OverLimit("form.tooLargePart", MAX_SMALL_PART_BYTES / (1024 * 1024));
      }
    }
    return out.toByteArray();
  }

  // ---------------------------------------------------------------- XML

  private interface StartElement {
    void start(XMLStreamReader r) throws XMLStreamException;
  }

  private static void parse(byte[] part, StartElement handler) throws IOException, XMLStreamException {
    XMLStreamReader r = reader(new ByteArrayInputStream(part));
    try {
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT) {
          handler.start(r);
        }
      }
    } finally {
      r.close();
    }
  }

  private static XMLStreamReader reader(InputStream in) throws XMLStreamException {
    XMLStreamReader r = XML.createXMLStreamReader(in);
    return new javax.xml.stream.util.StreamReaderDelegate(r) {
      @Override
      public int next() throws XMLStreamException {
        int event = super.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new XMLStreamException("a DOCTYPE or an entity in a workbook part");
        }
        return event;
      }
    };
  }

  private static @Nullable String attribute(XMLStreamReader r, String localName) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (r.getAttributeLocalName(i).equals(localName)) {
        return r.getAttributeValue(i);
      }
    }
    return null;
  }

  /** Each {@code <si>}'s text: its {@code <t>}, or its runs' {@code <t>} together; phonetic runs left out. */
  private void sharedStrings(InputStream in) throws XMLStreamException {
    XMLStreamReader r = reader(in);
    long chars = 0;
    StringBuilder text = null;
    int phonetic = 0;
    boolean inText = false;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "si" -> text = new StringBuilder();
          case "rPh" -> phonetic++;
          case "t" -> inText = phonetic == 0 && text != null;
          default -> { }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        switch (r.getLocalName()) {
          case "si" -> {
            if (text != null) {
              sharedStrings.add(text.toString());
              if (sharedStrings.size() > 4L * maxRows + 1024) {
                throw new OverLimit("form.tooManyRows", maxRows);
              }
            }
            text = null;
          }
          case "rPh" -> phonetic--;
          case "t" -> inText = false;
          default -> { }
        }
      } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE)) {
        chars += r.getTextLength();
        if (chars > MAX_TEXT_CHARS) {
          throw new OverLimit("form.tooMuchText", MAX_TEXT_CHARS / (1024 * 1024));
        }
        text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
      }
    }
  }

  /** Which cell styles ({@code cellXfs}) show a date: by their number format, built-in or custom. */
  private void styles(byte[] part) throws IOException, XMLStreamException {
    Map<Integer, String> custom = new HashMap<>();
    boolean[] inCellXfs = {false};
    XMLStreamReader r = reader(new ByteArrayInputStream(part));
    try {
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          switch (r.getLocalName()) {
            case "numFmt" -> {
              Integer id = integer(attribute(r, "numFmtId"));
              String code = attribute(r, "formatCode");
              if (id != null && code != null) {
                custom.put(id, code);
              }
            }
            case "cellXfs" -> inCellXfs[0] = true;
            case "xf" -> {
              if (inCellXfs[0]) {
                Integer id = integer(attribute(r, "numFmtId"));
                int format = id == null ? 0 : id;
                String code = custom.containsKey(format) ? custom.get(format) : BuiltinFormats.getBuiltinFormat(format);
                dateStyles.add(code != null && DateUtil.isADateFormat(format, code));
              }
            }
            default -> { }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
          inCellXfs[0] = false;
        }
      }
    } finally {
      r.close();
    }
  }

  private static @Nullable Integer integer(@Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The rows of a sheet part, each given to {@code handler} when its end tag is read. */
  private void rows(InputStream in, RowHandler handler) throws XMLStreamException {
    XMLStreamReader r = reader(in);
    int rowCount = 0;
    int rowNumber = 0;
    int column = -1;
    Map<Integer, CellValue> cells = null;
    // the cell being read
    String type = "n";
    int style = 0;
    boolean formula = false;
    StringBuilder value = null;
    StringBuilder inline = null;
    String reading = null;
    int cellColumn = 0;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (r.getLocalName()) {
          case "row" -> {
            if (++rowCount > maxRows) {
              throw new OverLimit("form.tooManyRows", maxRows);
            }
            Integer n = integer(attribute(r, "r"));
            rowNumber = n != null && n > rowNumber ? n : rowNumber + 1;
            cells = new HashMap<>();
            column = -1;
          }
          case "c" -> {
            String ref = attribute(r, "r");
            int parsed = ref == null ? -1 : columnOf(ref);
            cellColumn = parsed >= 0 ? parsed : column + 1;
            column = cellColumn;
            String t = attribute(r, "t");
            type = t == null ? "n" : t;
            Integer s = integer(attribute(r, "s"));
            style = s == null ? 0 : s;
            formula = false;
            value = null;
            inline = null;
          }
          case "f" -> {
            formula = true;
            reading = "f";
          }
          case "v" -> {
            value = new StringBuilder();
            reading = "v";
          }
          case "is" -> inline = new StringBuilder();
          case "t" -> reading = inline != null ? "t" : null;
          case "rPh" -> reading = "rPh";
          default -> { }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        switch (r.getLocalName()) {
          case "row" -> {
            if (cells != null) {
              handler.row(new SheetRow(rowNumber, cells));
            }
            cells = null;
          }
          case "c" -> {
            if (cells != null && cells.size() < 64) {
              String text = type.equals("inlineStr") ? (inline == null ? null : inline.toString())
                  : value == null ? null : value.toString();
              cells.put(cellColumn, new CellValue(cellColumn, type, formula, text, style));
            }
          }
          case "f", "v", "t" -> reading = null;
          default -> { }
        }
      } else if (reading != null && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE)) {
        StringBuilder target = reading.equals("v") ? value : reading.equals("t") ? inline : null;
        if (target != null) {
          if (target.length() + r.getTextLength() > 1024 * 1024) {
            throw new OverLimit("form.tooMuchText", MAX_TEXT_CHARS / (1024 * 1024));
          }
          target.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
        }
      }
    }
  }

  /** The column of a cell reference, from 0: {@code I7} is 8; -1 when it is none. */
  static int columnOf(String ref) {
    int column = 0;
    int i = 0;
    while (i < ref.length() && i < 4 && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
      column = column * 26 + (ref.charAt(i) - 'A' + 1);
      i++;
    }
    return i == 0 ? -1 : column - 1;
  }

  /** A number as Excel shows a whole one: {@code 2021}, not {@code 2021.0}; the text as is otherwise. */
  static String plainNumber(String text) {
    try {
      BigDecimal n = new BigDecimal(text.strip());
      return n.stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return text;
    }
  }
}
