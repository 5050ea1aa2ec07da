package org.eduroadmap.document.odt;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.eduroadmap.document.DocumentText;
import org.eduroadmap.document.ImportLimits;
import org.eduroadmap.document.RoadmapDocumentException;
import org.eduroadmap.document.structure.ListNumbers;
import org.eduroadmap.document.structure.Alignment;
import org.eduroadmap.document.structure.Block;
import org.eduroadmap.document.structure.GridCell;
import org.eduroadmap.document.structure.GridRow;
import org.eduroadmap.document.structure.GridTable;
import org.eduroadmap.document.structure.Paragraph;
import org.eduroadmap.document.structure.StructuredDocument;
import org.jspecify.annotations.Nullable;

/**
 * Reads an OpenDocument text (.odt: LibreOffice, Р7-Офис, МойОфис) into a {@link StructuredDocument}.
 *
 * <pre>{@code
 * StructuredDocument doc = OdtText.structure(Files.readAllBytes(Path.of("plan.odt")), ImportLimits.standard());
 * GridTable plan = doc.tables().get(0);
 * plan.rows().get(0).isRepeatedHeader(); // true for the rows of <table:table-header-rows>
 * }</pre>
 *
 * <p>The body ({@code office:text} of {@code content.xml}) is read in order. A paragraph or heading is a
 * {@link Paragraph}: {@code text:tab} a TAB, {@code text:line-break} a {@code \n}, {@code text:s} its
 * spaces, other white space collapsed as ODF says; spans, links and fields give their text; its alignment
 * comes from its paragraph style's {@code fo:text-align} (automatic styles and styles.xml, following
 * parent styles). Empty paragraphs are left out. A list item is a paragraph with its number when the
 * list style numbers it ({@code "1. "}, {@code "a) "}, a bullet {@code "- "}), or the number the writer
 * stored ({@code text:number}). A table is a {@link GridTable}: rows of {@code table:table-header-rows}
 * are marked {@linkplain GridRow#isRepeatedHeader() repeated headers}; a cell's
 * {@code table:number-columns-spanned} is its {@linkplain GridCell#columnSpan() span}; a
 * {@code table:covered-table-cell} to the right of a spanning cell is part of that span, one below a cell
 * with {@code table:number-rows-spanned} is a {@linkplain GridCell#continuation() continuation} (as wide as
 * the cell it continues); each {@code text:p} of a cell is one of its paragraphs, a nested table's cells
 * are flattened into them. Repeated rows and cells are expanded. Footnotes and endnotes are marked in the
 * text as the .docx reader marks them ({@code *}, {@code **}, {@code ***}, then {@code 4)}, {@code 5)}…)
 * and follow the body, each a paragraph starting with its mark. Comments, drawings, text boxes and
 * tracked deletions are not read.
 *
 * <p>Safety: the file is at most {@link ImportLimits#maxDocxBytes()} (the limit for word-processor
 * files, .docx and .odt alike); before anything is parsed, {@code content.xml} and {@code styles.xml} are
 * inflated counting, and refused past {@link #MAX_XML_BYTES} or past {@link #MAX_INFLATE_RATIO} times the
 * file's size; the XML is read by the JDK's StAX with DTDs and external entities off (a DOCTYPE is
 * refused); elements nest at most {@link #MAX_DEPTH} deep, tables have at most {@link #MAX_TABLE_ROWS}
 * rows and rows {@link #MAX_COLUMNS} columns, and the text is bounded by
 * {@link ImportLimits#maxTextBytes()}. Anything wrong with the file is a {@link RoadmapDocumentException}.
 * This class is stateless and thread-safe.
 */
public final class OdtText {

  /** The largest {@code content.xml} or {@code styles.xml} inflated, in bytes. */
  public static final long MAX_XML_BYTES = 128L * 1024 * 1024;

  /**
   * The most an XML part may inflate to per byte of the whole file. Text XML deflates about 10:1; 100:1
   * is POI's limit for .docx parts (a least ratio of 0.01), and past it a file is a zip bomb.
   */
  public static final int MAX_INFLATE_RATIO = 100;

  /** The most bytes all entries of the file inflate to while the reader looks for its parts. */
  public static final long MAX_INFLATED_BYTES = 512L * 1024 * 1024;

  /** The most table rows, repeated rows counted; the same as the .docx reader's limit. */
  public static final int MAX_TABLE_ROWS = 5_000;

  /**
   * The most grid columns a row is read to; cells past it are dropped. Word allows 63 columns; a
   * table pasted from a spreadsheet may end in empty cells repeated to column 1024.
   */
  public static final int MAX_COLUMNS = 256;

  /** The deepest element nesting read; real documents nest about 15 deep. */
  public static final int MAX_DEPTH = 256;

  /** Tables nested in cells deeper than this are not read: no roadmap has them. */
  private static final int MAX_TABLE_NESTING = 8;

  /** A {@code text:s} stands for at most this many spaces. */
  private static final int MAX_SPACES = 1_000;

  private static final String MIMETYPE = "application/vnd.oasis.opendocument.text";

  static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
  static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
  static final String DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
  static final String MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0";

  private OdtText() {}

  /**
   * Reads the .odt file {@code content}.
   *
   * @throws RoadmapDocumentException if the file is larger than {@link ImportLimits#maxDocxBytes()}, is
   *     not an OpenDocument text, is encrypted, damaged or hostile (a zip bomb, a DOCTYPE, too deep, too
   *     many rows), or its text is larger than {@link ImportLimits#maxTextBytes()}
   */
  public static StructuredDocument structure(byte[] content, ImportLimits limits) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(limits, "limits");
    if (content.length > limits.maxDocxBytes()) {
      throw RoadmapDocumentException.of(
          "The .odt file is too large (valid sizes 0 - " + limits.maxDocxBytes() + " bytes): " + content.length,
          "Файл .odt слишком велик (допустимо от 0 до " + limits.maxDocxBytes() + " байт): " + content.length);
    }
    Parts parts = parts(content);
    if (parts.encrypted) {
      throw RoadmapDocumentException.of(
          "The .odt file is encrypted: save it without a password", "Файл .odt зашифрован: сохраните его без пароля");
    }
    if (parts.content == null || (parts.mimetype != null && !parts.mimetype.startsWith(MIMETYPE))) {
      throw notOdt(null);
    }
    try {
      Styles styles = new Styles();
      if (parts.styles != null) {
        styles.read(reader(parts.styles));
      }
      return new Reading(reader(parts.content), styles, limits).read();
    } catch (RoadmapDocumentException e) {
      throw e;
    } catch (XMLStreamException | RuntimeException | StackOverflowError e) {
      throw notOdt(e);
    }
  }

  private static RoadmapDocumentException notOdt(@Nullable Throwable cause) {
    return RoadmapDocumentException.of(
        "The file is not a readable .odt document (damaged or of another format)",
        "Файл не читается как документ .odt (повреждён или другого формата)", cause);
  }

  /** The parts read from the ZIP, inflated with their sizes checked. */
  private static final class Parts {
    @Nullable String mimetype;
    byte @Nullable [] content;
    byte @Nullable [] styles;
    boolean encrypted;
  }

  private static Parts parts(byte[] content) {
    Parts parts = new Parts();
    long perPart = Math.min(MAX_XML_BYTES, (long) MAX_INFLATE_RATIO * content.length);
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String name = entry.getName();
        boolean keep = name.equals("content.xml") || name.equals("styles.xml") || name.equals("mimetype")
            || name.equals("META-INF/manifest.xml");
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        long size = 0;
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          size += n;
          total += n;
          if ((keep && size > perPart) || total > MAX_INFLATED_BYTES) {
            throw RoadmapDocumentException.of(
                "The .odt file inflates to more than its size allows (" + name + "): refused as a zip bomb",
                "Файл .odt распаковывается больше, чем допускает его размер (" + name
                    + "): отклонён как «zip-бомба»");
          }
          if (keep) {
            kept.write(buffer, 0, n);
          }
        }
        switch (name) {
          case "content.xml" -> parts.content = kept.toByteArray();
          case "styles.xml" -> parts.styles = kept.toByteArray();
          case "mimetype" -> parts.mimetype = kept.toString(StandardCharsets.US_ASCII).strip();
          case "META-INF/manifest.xml" -> parts.encrypted = isEncrypted(kept.toByteArray());
          default -> { }
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof RoadmapDocumentException r) {
        throw r;
      }
      throw notOdt(e);
    }
    return parts;
  }

  /** An encrypted package says so in its manifest: {@code manifest:encryption-data}. */
  private static boolean isEncrypted(byte[] manifest) {
    try {
      XMLStreamReader r = reader(manifest);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("encryption-data")
            && MANIFEST.equals(r.getNamespaceURI())) {
          return true;
        }
      }
      return false;
    } catch (XMLStreamException | RuntimeException e) {
      return false;
    }
  }

  /**
   * A StAX reader of {@code xml}: the JDK's own implementation (not whatever the class path offers),
   * DTDs and external entities off, so no entity is declared, expanded or fetched.
   */
  static XMLStreamReader reader(byte[] xml) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
      throw new XMLStreamException("External resource refused: " + systemId);
    });
    return factory.createXMLStreamReader(new ByteArrayInputStream(xml));
  }

  /** Moves to the next start or end element, counting depth; refuses a DOCTYPE and deep nesting. */
  static int next(XMLStreamReader r, int[] depth) throws XMLStreamException {
    int event = r.next();
    if (event == XMLStreamConstants.DTD) {
      throw RoadmapDocumentException.of(
          "The .odt document declares a DOCTYPE, which OpenDocument never does: refused",
          "В документе .odt объявлен DOCTYPE, которого в OpenDocument не бывает: файл отклонён");
    }
    if (event == XMLStreamConstants.START_ELEMENT && ++depth[0] > MAX_DEPTH) {
      throw RoadmapDocumentException.of(
          "The .odt document nests elements deeper than " + MAX_DEPTH,
          "В документе .odt элементы вложены глубже " + MAX_DEPTH + " уровней");
    } else if (event == XMLStreamConstants.END_ELEMENT) {
      depth[0]--;
    }
    return event;
  }

  /** Paragraph alignments and list styles, from styles.xml and the automatic styles of content.xml. */
  static final class Styles {
    private final Map<String, String> align = new HashMap<>();
    private final Map<String, String> parent = new HashMap<>();
    private final Map<String, String> paragraphListStyle = new HashMap<>();
    private final Map<String, ListStyle> lists = new HashMap<>();

    /** Reads styles from the whole of {@code r} (styles.xml). */
    void read(XMLStreamReader r) throws XMLStreamException {
      int[] depth = {0};
      while (r.hasNext()) {
        if (next(r, depth) != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (is(r, OFFICE, "automatic-styles") || is(r, OFFICE, "master-styles")) {
          // Page headers' and footers' styles; their names (P1…) are reused by content.xml's own.
          int start = depth[0];
          while (depth[0] >= start) {
            next(r, depth);
          }
        } else {
          element(r, depth);
        }
      }
    }

    /** Reads the style or list style {@code r} is at the start of, if it is one; else nothing. */
    void element(XMLStreamReader r, int[] depth) throws XMLStreamException {
      if (is(r, STYLE, "style") && "paragraph".equals(attribute(r, STYLE, "family"))) {
        String name = attribute(r, STYLE, "name");
        if (name == null) {
          return;
        }
        String p = attribute(r, STYLE, "parent-style-name");
        if (p != null) {
          parent.put(name, p);
        }
        String list = attribute(r, STYLE, "list-style-name");
        if (list != null) {
          paragraphListStyle.put(name, list);
        }
        int start = depth[0];
        while (depth[0] >= start) {
          if (next(r, depth) == XMLStreamConstants.START_ELEMENT && is(r, STYLE, "paragraph-properties")) {
            String a = attribute(r, FO, "text-align");
            if (a != null) {
              align.put(name, a);
            }
          }
        }
      } else if (is(r, TEXT, "list-style")) {
        String name = attribute(r, STYLE, "name");
        ListStyle style = new ListStyle();
        int start = depth[0];
        while (depth[0] >= start) {
          if (next(r, depth) == XMLStreamConstants.START_ELEMENT) {
            int level = intAttribute(r, TEXT, "level", 1, 1, 10) - 1;
            if (is(r, TEXT, "list-level-style-number")) {
              style.levels[level] = new Level(orEmpty(attribute(r, STYLE, "num-format")),
                  orEmpty(attribute(r, STYLE, "num-prefix")), orEmpty(attribute(r, STYLE, "num-suffix")),
                  intAttribute(r, TEXT, "start-value", 1, 0, 1_000_000),
                  intAttribute(r, TEXT, "display-levels", 1, 1, 10));
            } else if (is(r, TEXT, "list-level-style-bullet")) {
              style.levels[level] = Level.BULLET;
            }
          }
        }
        if (name != null) {
          lists.put(name, style);
        }
      }
    }

    Alignment alignment(@Nullable String style) {
      String s = style;
      for (int i = 0; s != null && i < 16; i++) {
        String a = align.get(s);
        if (a != null) {
          return switch (a) {
            case "center" -> Alignment.CENTER;
            case "end", "right" -> Alignment.END;
            case "justify" -> Alignment.JUSTIFIED;
            default -> Alignment.START;
          };
        }
        s = parent.get(s);
      }
      return Alignment.START;
    }

    @Nullable ListStyle list(@Nullable String listStyle, @Nullable String paragraphStyle) {
      if (listStyle != null && lists.containsKey(listStyle)) {
        return lists.get(listStyle);
      }
      String s = paragraphStyle;
      for (int i = 0; s != null && i < 16; i++) {
        String l = paragraphListStyle.get(s);
        if (l != null) {
          return lists.get(l);
        }
        s = parent.get(s);
      }
      return null;
    }
  }

  static final class ListStyle {
    final Level[] levels = new Level[10];
  }

  /** One level of a list style: a number format ("1", "a", "A", "i", "I", "" for none) or a bullet. */
  record Level(String format, String prefix, String suffix, int start, int displayLevels) {
    static final Level BULLET = new Level("bullet", "", "", 1, 1);
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  static boolean is(XMLStreamReader r, String namespace, String localName) {
    return localName.equals(r.getLocalName()) && namespace.equals(r.getNamespaceURI());
  }

  static @Nullable String attribute(XMLStreamReader r, String namespace, String localName) {
    return r.getAttributeValue(namespace, localName);
  }

  /** An integer attribute, {@code otherwise} when absent or not a number, clamped to min..max. */
  static int intAttribute(XMLStreamReader r, String namespace, String localName, int otherwise, int min, int max) {
    String v = r.getAttributeValue(namespace, localName);
    if (v == null) {
      return otherwise;
    }
    v = v.strip();
    if (v.isEmpty() || v.length() > 12 || !v.chars().allMatch(Character::isDigit)) {
      return otherwise;
    }
    long n = Long.parseLong(v);
    return (int) Math.max(min, Math.min(max, n));
  }

  /** One reading of one content.xml. */
  private static final class Reading {
    private final XMLStreamReader r;
    private final Styles styles;
    private final long maxTextBytes;
    private final int[] depth = {0};
    private final List<Block> blocks = new ArrayList<>();
    private final Map<String, List<String>> notes = new LinkedHashMap<>();
    private final Map<String, int[]> listCounters = new HashMap<>();
    private long textBytes;
    private int tables;
    private int rows;
    private int noteDepth;

    Reading(XMLStreamReader r, Styles styles, ImportLimits limits) {
      this.r = r;
      this.styles = styles;
      this.maxTextBytes = limits.maxTextBytes();
    }

    StructuredDocument read() throws XMLStreamException {
      boolean body = false;
      while (r.hasNext()) {
        if (next(r, depth) != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (is(r, OFFICE, "automatic-styles")) {
          int start = depth[0];
          while (depth[0] >= start) {
            if (next(r, depth) == XMLStreamConstants.START_ELEMENT) {
              styles.element(r, depth);
            }
          }
        } else if (is(r, OFFICE, "text")) {
          body = true;
          container();
        }
      }
      if (!body) {
        throw RoadmapDocumentException.of(
            "The .odt file has no text body (a spreadsheet or drawing saved as .odt?)",
            "В файле .odt нет текста документа (это таблица или рисунок в формате OpenDocument?)");
      }
      int position = blocks.size();
      for (Map.Entry<String, List<String>> note : notes.entrySet()) {
        String text = note.getKey() + " " + String.join(" ", note.getValue());
        blocks.add(Paragraph.of(text.strip(), DocumentText.Origin.ofParagraph(++position)));
      }
      return StructuredDocument.of(blocks);
    }

    /** Reads the children of the element {@code r} is at the start of, as body blocks. */
    private void container() throws XMLStreamException {
      int start = depth[0];
      while (depth[0] >= start) {
        if (next(r, depth) == XMLStreamConstants.START_ELEMENT) {
          block();
        }
      }
    }

    /** Reads the element {@code r} is at the start of as a block of the body. */
    private void block() throws XMLStreamException {
      if (is(r, TEXT, "p") || is(r, TEXT, "h")) {
        String style = attribute(r, TEXT, "style-name");
        addParagraph("", style);
      } else if (is(r, TABLE, "table")) {
        tables++;
        int table = tables;
        int position = blocks.size() + 1;
        List<GridRow> rows = new ArrayList<>();
        table(rows, table, position, 0);
        blocks.add(GridTable.of(rows, DocumentText.Origin.ofTableRow(table, 0, position)));
      } else if (is(r, TEXT, "list")) {
        list(0, null);
      } else if (is(r, TEXT, "numbered-paragraph")) {
        String number = "";
        int start = depth[0];
        while (depth[0] >= start) {
          if (next(r, depth) == XMLStreamConstants.START_ELEMENT) {
            if (is(r, TEXT, "number")) {
              number = oneLine(r.getElementText()) + " ";
              depth[0]--;
            } else if (is(r, TEXT, "p") || is(r, TEXT, "h")) {
              addParagraph(number, attribute(r, TEXT, "style-name"));
              number = "";
            } else {
              skip();
            }
          }
        }
      } else if (isSkipped()) {
        skip();
      } else {
        // text:section, text:index-body, text:table-of-content and the like hold body blocks.
        container();
      }
    }

    /** Elements whose content is not the document's visible body text. */
    private boolean isSkipped() {
      String name = r.getLocalName();
      return name.endsWith("-decls") || name.endsWith("-source") || is(r, TEXT, "tracked-changes")
          || is(r, OFFICE, "forms") || is(r, OFFICE, "annotation") || is(r, TEXT, "index-title-template")
          || DRAW.equals(r.getNamespaceURI());
    }

    private void addParagraph(String prefix, @Nullable String style) throws XMLStreamException {
      int position = blocks.size() + 1;
      String text = inline();
      if (text.isBlank()) {
        return;
      }
      count(prefix + text);
      blocks.add(Paragraph.of(prefix + text, DocumentText.Origin.ofParagraph(position))
          .withAlignment(styles.alignment(style)));
    }

    /**
     * Reads a {@code text:list}: each item's paragraphs, the first with the item's number; a nested list
     * counts one level down (shown as «1.2.» when its level style displays two levels).
     */
    private void list(int level, @Nullable ListStyle inherited) throws XMLStreamException {
      String styleName = attribute(r, TEXT, "style-name");
      boolean continues = "true".equals(attribute(r, TEXT, "continue-numbering"))
          || attribute(r, TEXT, "continue-list") != null;
      ListStyle style = styleName == null ? inherited : styles.list(styleName, null);
      if (style == null) {
        style = inherited;
      }
      String key = styleName == null ? "#anonymous" : styleName;
      int[] counters = listCounters.computeIfAbsent(key, k -> new int[10]);
      if (level == 0 && !continues) {
        Arrays.fill(counters, 0);
      }
      int lvl = Math.min(level, 9);
      int start = depth[0];
      while (depth[0] >= start) {
        if (next(r, depth) != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        boolean header = is(r, TEXT, "list-header");
        if (!is(r, TEXT, "list-item") && !header) {
          skip();
          continue;
        }
        int startValue = intAttribute(r, TEXT, "start-value", -1, 0, 1_000_000);
        String number = null;
        boolean first = true;
        int itemStart = depth[0];
        while (depth[0] >= itemStart) {
          if (next(r, depth) != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          if (is(r, TEXT, "number")) {
            number = oneLine(r.getElementText());
            depth[0]--;
          } else if (is(r, TEXT, "p") || is(r, TEXT, "h")) {
            String paragraphStyle = attribute(r, TEXT, "style-name");
            String prefix = "";
            if (first && !header) {
              ListStyle effective = style != null ? style : styles.list(null, paragraphStyle);
              prefix = number != null ? (number.isEmpty() ? "" : number + " ")
                  : number(effective, counters, lvl, startValue);
            }
            first = false;
            addParagraph(prefix, paragraphStyle);
          } else if (is(r, TEXT, "list")) {
            if (first && !header) {
              // An item that only holds a nested list still counts at its own level.
              number(style, counters, lvl, startValue);
              first = false;
            }
            if (level + 1 > MAX_TABLE_NESTING * 2) {
              skip();
            } else {
              list(level + 1, style);
            }
          } else if (is(r, TABLE, "table")) {
            block();
          } else {
            skip();
          }
        }
      }
    }

    /** Counts the item at {@code level} and gives its number as the list style shows it, or "". */
    private static String number(@Nullable ListStyle style, int[] counters, int level, int startValue) {
      Level l = style == null ? null : style.levels[level];
      int start = l == null ? 1 : l.start();
      counters[level] = startValue >= 0 ? startValue : counters[level] == 0 ? start : counters[level] + 1;
      for (int i = level + 1; i < counters.length; i++) {
        counters[i] = 0;
      }
      if (l == null || l.format().isEmpty()) {
        return "";
      }
      if (l == Level.BULLET) {
        return "- ";
      }
      StringBuilder sb = new StringBuilder(l.prefix());
      int from = Math.max(0, level - l.displayLevels() + 1);
      for (int i = from; i <= level; i++) {
        if (i > from) {
          sb.append('.');
        }
        Level li = style.levels[i];
        int n = counters[i] == 0 ? (li == null ? 1 : li.start()) : counters[i];
        sb.append(format(n, li == null || li.format().isEmpty() || li == Level.BULLET ? "1" : li.format()));
      }
      return sb.append(l.suffix()).append(' ').toString();
    }

    private static String format(int n, String format) {
      return switch (format) {
        case "a" -> ListNumbers.letters(n, ListNumbers.LATIN_LOWER);
        case "A" -> ListNumbers.letters(n, ListNumbers.LATIN_UPPER);
        case "а, б, .. я, аа, аб, ... (ru)", "а, б, .., аа, аб, ... (ru)" -> ListNumbers.letters(n, ListNumbers.RUSSIAN_LOWER);
        case "А, Б, .. Я, АА, АБ, ... (ru)", "А, Б, .., АА, АБ, ... (ru)" -> ListNumbers.letters(n, ListNumbers.RUSSIAN_UPPER);
        case "i" -> ListNumbers.roman(n, true);
        case "I" -> ListNumbers.roman(n, false);
        default -> Integer.toString(n);
      };
    }



    /**
     * Reads a {@code table:table}'s rows into {@code out}; {@code nesting} is 0 for a table in the body.
     * Header rows are marked; covered cells become spans or continuations (see the class comment).
     */
    private void table(List<GridRow> out, int table, int position, int nesting) throws XMLStreamException {
      int[] down = new int[MAX_COLUMNS];
      int[] downWidth = new int[MAX_COLUMNS];
      rowContainer(out, table, position, nesting, false, down, downWidth);
    }

    private void rowContainer(List<GridRow> out, int table, int position, int nesting, boolean header,
        int[] down, int[] downWidth) throws XMLStreamException {
      int start = depth[0];
      while (depth[0] >= start) {
        if (next(r, depth) != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if (is(r, TABLE, "table-row")) {
          row(out, table, position, nesting, header, down, downWidth);
        } else if (is(r, TABLE, "table-header-rows")) {
          rowContainer(out, table, position, nesting, true, down, downWidth);
        } else if (is(r, TABLE, "table-rows") || is(r, TABLE, "table-row-group")) {
          rowContainer(out, table, position, nesting, header, down, downWidth);
        } else {
          skip();
        }
      }
    }

    private void row(List<GridRow> out, int table, int position, int nesting, boolean header, int[] down,
        int[] downWidth) throws XMLStreamException {
      int repeat = intAttribute(r, TABLE, "number-rows-repeated", 1, 1, Integer.MAX_VALUE);
      List<GridCell> cells = new ArrayList<>();
      int[] nextDown = new int[MAX_COLUMNS];
      int[] nextWidth = new int[MAX_COLUMNS];
      boolean[] set = new boolean[MAX_COLUMNS];
      int column = 0;
      int absorbed = 0;
      int start = depth[0];
      while (depth[0] >= start) {
        if (next(r, depth) != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        boolean covered = is(r, TABLE, "covered-table-cell");
        if (!covered && !is(r, TABLE, "table-cell")) {
          skip();
          continue;
        }
        int repeatCells = intAttribute(r, TABLE, "number-columns-repeated", 1, 1, MAX_COLUMNS);
        int span = intAttribute(r, TABLE, "number-columns-spanned", 1, 1, MAX_COLUMNS);
        int rowSpan = intAttribute(r, TABLE, "number-rows-spanned", 1, 1, Integer.MAX_VALUE);
        List<String> paragraphs = covered ? List.of() : cellParagraphs(nesting);
        if (covered) {
          skip();
        }
        for (int k = 0; k < repeatCells && column < MAX_COLUMNS; k++, column++) {
          if (covered) {
            if (absorbed > 0) {
              absorbed--;
            } else if (down[column] > 0 && downWidth[column] > 0) {
              cells.add(GridCell.continuation().withColumnSpan(downWidth[column]));
              absorbed = downWidth[column] - 1;
            } else if (down[column] > 0) {
              // A covered cell under the second column of a block whose first was not covered: damaged.
              continue;
            } else {
              cells.add(GridCell.of(""));
            }
            continue;
          }
          absorbed = span - 1;
          cells.add(GridCell.of(paragraphs).withColumnSpan(span));
          if (rowSpan > 1) {
            for (int c = column; c < Math.min(MAX_COLUMNS, column + span); c++) {
              nextDown[c] = rowSpan - 1;
              nextWidth[c] = c == column ? Math.min(span, GridCell.MAX_SPAN) : 0;
              set[c] = true;
            }
          }
        }
      }
      boolean empty = cells.stream().allMatch(c -> c.paragraphs().isEmpty() && !c.isContinuation());
      // An empty row repeated (a table pasted from a spreadsheet) carries nothing: read once.
      int times = empty ? 1 : repeat;
      if ((long) rows + times > MAX_TABLE_ROWS) {
        throw RoadmapDocumentException.of(
            "The .odt document has more than " + MAX_TABLE_ROWS + " table rows",
            "В документе .odt больше " + MAX_TABLE_ROWS + " строк таблиц");
      }
      for (int t = 0; t < times; t++) {
        // Rows of nested tables count too: they are read as much as the body's.
        rows++;
        out.add(GridRow.of(cells, DocumentText.Origin.ofTableRow(table, out.size() + 1, position))
            .withRepeatedHeader(header));
      }
      long passed = repeat;
      for (int c = 0; c < MAX_COLUMNS; c++) {
        if (set[c]) {
          // The row that starts a block counts once; its repeats (if any) are further rows of it.
          down[c] = (int) Math.max(0, nextDown[c] - (passed - 1));
          downWidth[c] = nextWidth[c];
        } else if (down[c] > 0) {
          down[c] = (int) Math.max(0, down[c] - passed);
        }
      }
    }

    /** The paragraphs of the cell {@code r} is at the start of; reads to its end. */
    private List<String> cellParagraphs(int nesting) throws XMLStreamException {
      List<String> paragraphs = new ArrayList<>();
      int start = depth[0];
      while (depth[0] >= start) {
        if (next(r, depth) != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        cellContent(paragraphs, nesting);
      }
      return paragraphs;
    }

    private void cellContent(List<String> paragraphs, int nesting) throws XMLStreamException {
      if (is(r, TEXT, "p") || is(r, TEXT, "h")) {
        String t = inline();
        count(t);
        paragraphs.add(t);
      } else if (is(r, TABLE, "table") && nesting < MAX_TABLE_NESTING) {
        List<GridRow> nested = new ArrayList<>();
        table(nested, tables, 0, nesting + 1);
        for (GridRow row : nested) {
          for (GridCell c : row.cells()) {
            paragraphs.addAll(c.paragraphs());
          }
        }
      } else if (is(r, TEXT, "list")) {
        // Items of a list in a cell: their paragraphs, without numbers.
        int start = depth[0];
        while (depth[0] >= start) {
          if (next(r, depth) == XMLStreamConstants.START_ELEMENT) {
            cellContent(paragraphs, nesting);
          }
        }
      } else if (isSkipped() || is(r, TABLE, "table")) {
        skip();
      } else {
        int start = depth[0];
        while (depth[0] >= start) {
          if (next(r, depth) == XMLStreamConstants.START_ELEMENT) {
            cellContent(paragraphs, nesting);
          }
        }
      }
    }

    /**
     * The text of the paragraph {@code r} is at the start of; reads to its end. White space in the
     * character data collapses to one space (ODF 1.3 part 3, 6.1.2); {@code text:s}, {@code text:tab}
     * and {@code text:line-break} are kept as they are.
     */
    private String inline() throws XMLStreamException {
      StringBuilder sb = new StringBuilder();
      boolean[] space = {true};
      inline(sb, space);
      int end = sb.length();
      while (end > 0 && sb.charAt(end - 1) == ' ') {
        end--;
      }
      return sb.substring(0, end);
    }

    private void inline(StringBuilder sb, boolean[] space) throws XMLStreamException {
      int start = depth[0];
      while (depth[0] >= start) {
        int event = next(r, depth);
        if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
            || event == XMLStreamConstants.SPACE) {
          String chars = r.getText();
          for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
              if (!space[0]) {
                sb.append(' ');
                space[0] = true;
              }
            } else {
              sb.append(c);
              space[0] = false;
            }
          }
          guard(sb);
        } else if (event == XMLStreamConstants.START_ELEMENT) {
          if (is(r, TEXT, "tab")) {
            sb.append('\t');
            space[0] = false;
          } else if (is(r, TEXT, "line-break")) {
            sb.append('\n');
            space[0] = true;
          } else if (is(r, TEXT, "s")) {
            sb.append(" ".repeat(intAttribute(r, TEXT, "c", 1, 1, MAX_SPACES)));
            space[0] = false;
          } else if (is(r, TEXT, "note")) {
            note(sb);
            space[0] = false;
            continue;
          } else if (isSkipped() || is(r, TEXT, "note-citation") || is(r, TEXT, "ruby-text")) {
            skip();
            continue;
          } else {
            // text:span, text:a, text:meta, fields: their text.
            inline(sb, space);
            continue;
          }
          guard(sb);
          // The empty elements above end right away.
        }
      }
    }

    /** A footnote or endnote: its mark in the text, its paragraphs kept for after the body. */
    private void note(StringBuilder sb) throws XMLStreamException {
      if (noteDepth > 0) {
        skip();
        return;
      }
      noteDepth++;
      List<String> body = new ArrayList<>();
      int start = depth[0];
      while (depth[0] >= start) {
        if (next(r, depth) == XMLStreamConstants.START_ELEMENT) {
          if (is(r, TEXT, "note-body")) {
            body.addAll(cellParagraphs(MAX_TABLE_NESTING));
          } else {
            skip();
          }
        }
      }
      noteDepth--;
      String mark = markFor(notes.size() + 1);
      notes.put(mark, body.stream().map(OdtText::oneLine).filter(s -> !s.isEmpty()).toList());
      sb.append(mark);
    }

    private static String markFor(int n) {
      return n <= 3 ? "*".repeat(n) : n + ")";
    }

    /** Skips to the end of the element {@code r} is at the start of. */
    private void skip() throws XMLStreamException {
      int start = depth[0];
      while (depth[0] >= start) {
        next(r, depth);
      }
    }

    /** Bounds a paragraph while it grows: a hostile file could put all its text in one. */
    private void guard(StringBuilder sb) {
      if (textBytes + sb.length() > maxTextBytes) {
        tooLarge();
      }
    }

    private void count(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        textBytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      }
      textBytes++;
      if (textBytes > maxTextBytes) {
        tooLarge();
      }
    }

    private void tooLarge() {
      throw RoadmapDocumentException.of(
          "The .odt document's text is too large (valid sizes 0 - " + maxTextBytes + " bytes)",
          "Текст документа .odt слишком велик (допустимо от 0 до " + maxTextBytes + " байт)");
    }
  }

  private static String oneLine(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip();
  }
}
