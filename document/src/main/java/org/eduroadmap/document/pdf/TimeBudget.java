package org.eduroadmap.document.pdf;

import java.time.Duration;
import java.util.Locale;
import org.eduroadmap.document.RoadmapDocumentException;

/**
 * The time reading one PDF may take ({@link org.eduroadmap.document.ImportLimits#pdfTimeBudget()}), checked
 * between pages and every few hundred content-stream operations.
 *
 * <pre>{@code
 * TimeBudget budget = TimeBudget.start(Duration.ofSeconds(60));
 * budget.check();   // throws RoadmapDocumentException once 60 s have passed
 * }</pre>
 *
 * <p>Not thread-safe: one per reading.
 */
final class TimeBudget {

  /** Operations between two looks at the clock. */
  private static final int OPERATIONS_PER_CHECK = 256;

  private final Duration budget;
  private final long deadline;
  private int operations;

  private TimeBudget(Duration budget) {
    this.budget = budget;
    this.deadline = System.nanoTime() + budget.toNanos();
  }

  static TimeBudget start(Duration budget) {
    return new TimeBudget(budget);
  }

  /** Counts one operation; looks at the clock every {@value #OPERATIONS_PER_CHECK}. */
  void operation() {
    if (++operations % OPERATIONS_PER_CHECK == 0) {
      check();
    }
  }

  /** @throws RoadmapDocumentException if the budget is spent */
  void check() {
    if (System.nanoTime() - deadline > 0) {
      double seconds = budget.toNanos() / 1e9;
      String en = String.format(Locale.ROOT, "%s", trim(seconds)).replace(',', '.');
      String ru = en.replace('.', ',');
      throw RoadmapDocumentException.of(
          "Reading the PDF took longer than its time budget of " + en + " s: it is too costly to read"
              + " (a font or an image repeated on every page); raise the budget"
              + " (ImportLimits.withPdfTimeBudget) or import the .docx",
          "Чтение PDF заняло больше отведённых " + ru + " с: файл слишком дорого читать (шрифт или"
              + " изображение повторяется на каждой странице); увеличьте время (ImportLimits.withPdfTimeBudget)"
              + " или импортируйте .docx");
    }
  }

  private static String trim(double seconds) {
    String s = String.format(Locale.ROOT, "%.3f", seconds);
    return s.replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
