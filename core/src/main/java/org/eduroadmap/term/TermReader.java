package org.eduroadmap.term;

import java.util.Objects;

/**
 * Reads the Russian text of a term («срок») into a {@link TermRule}.
 *
 * <pre>{@code
 * TermReader.strict().read("ежегодно (ноябрь)");  // YearlyInMonths[months=[NOVEMBER]]
 * TermReader.strict().read("ежегодно (нябрь)");  // throws TermParseException: … did you mean «ноябрь»?
 * TermReader.lenient().read("ежегодно (нябрь)"); // Unparsed[text=ежегодно (нябрь), problem=…]
 * TermReader.strict().splitYearCell("Проведен анализ Сентябрь – октябрь 2020");
 * // YearCell[result=Optional[Проведен анализ], term=Optional[Сентябрь – октябрь 2020]]
 * }</pre>
 *
 * <p>Reading tolerates case, {@code ё}, every kind of dash with or without spaces, {@code г.}, {@code гг},
 * {@code года}, month case forms and abbreviations, numeric dates ({@code 16.02.2021}), stray punctuation
 * and line breaks. A hand-written tokenizer and a recursive-descent parser read in time linear in the text;
 * texts longer than {@link #MAX_LENGTH} are refused.
 *
 * <p>Strict reading throws {@link TermParseException}; lenient reading never throws and keeps what it cannot
 * read as {@link TermRule.Unparsed}, with the reason.
 *
 * <p>Beyond the spec's forms it reads days and spans with no year, academic years, halves and school
 * quarters, monthly and weekly terms, several terms in one cell, days of the week, times with a zone,
 * labels and comments: every form, its meaning and the decisions are in {@code docs/terms.md}.
 *
 * <pre>{@code
 * TermReader.strict().read("19 мая 2022 (четверг)");   // Noted[OneDate[2022-05-19], weekdays=[THURSDAY]]
 * TermReader.strict().read("15.03.2022 до 17:00 мск"); // Noted[Deadline[2022-03-15, 17:00], zone=Europe/Moscow]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TermReader {

  /** The longest term text read, in characters; a longer one is refused with a clear error. */
  public static final int MAX_LENGTH = 2000;

  private static final TermReader STRICT = new TermReader(true);
  private static final TermReader LENIENT = new TermReader(false);

  private final boolean strict;

  private TermReader(boolean strict) {
    this.strict = strict;
  }

  /** The strict reader: a text it cannot read raises {@link TermParseException}. */
  public static TermReader strict() {
    return STRICT;
  }

  /** The lenient reader: a text it cannot read becomes {@link TermRule.Unparsed}; it never throws. */
  public static TermReader lenient() {
    return LENIENT;
  }

  /** Whether this reader throws on a text it cannot read. */
  public boolean isStrict() {
    return strict;
  }

  /**
   * Reads {@code text}.
   *
   * @throws TermParseException in strict mode, if the text cannot be read
   */
  public TermRule read(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    try {
      return Parser.parse(s);
    } catch (Parser.Failure f) {
      if (strict) {
        throw new TermParseException(s, f.problem);
      }
      return TermRule.Unparsed.of(s, f.problem);
    }
  }

  /** Reads the text of {@code term}. */
  public TermRule read(Term term) {
    return read(term.text());
  }

  /**
   * Splits a per-year cell (seed 001) into that year's planned result and the trailing term: the longest
   * tail of whole words that reads as a dated term. References to another schedule («согласно плану УО»)
   * and bare years («на 2021 год») are not taken as the term of such a cell: they belong to the result text.
   * Never throws on a non-null cell, in either mode.
   *
   * @param cell the cell as written
   */
  public YearCell splitYearCell(String cell) {
    return YearCell.split(cell);
  }
}
