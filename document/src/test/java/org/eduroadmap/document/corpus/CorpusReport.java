package org.eduroadmap.document.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * The corpus scores of several formats as Markdown tables: per format the documents, failed imports,
 * fields, fields right and the percentage; per field kind and per document the same by format.
 *
 * <pre>{@code
 * CorpusReport report = CorpusReport.of(Map.of("docx", docxScores, "pdf", pdfScores));
 * report.percent("docx");   // 71.4
 * report.markdown();        // | Format | Documents | … |
 * }</pre>
 *
 * <p>This class is immutable.
 */
public final class CorpusReport {

  private final Map<String, List<CorpusScore>> byFormat;

  private CorpusReport(Map<String, List<CorpusScore>> byFormat) {
    Map<String, List<CorpusScore>> copy = new LinkedHashMap<>();
    byFormat.forEach((format, scores) -> copy.put(format, List.copyOf(scores)));
    this.byFormat = java.util.Collections.unmodifiableMap(copy);
  }

  /** The report of {@code byFormat}, formats in its iteration order. */
  public static CorpusReport of(Map<String, List<CorpusScore>> byFormat) {
    return new CorpusReport(byFormat);
  }

  /** The formats reported. */
  public List<String> formats() {
    return List.copyOf(byFormat.keySet());
  }

  /** The fields scored for {@code format}. */
  public int fields(String format) {
    return byFormat.get(format).stream().mapToInt(CorpusScore::fields).sum();
  }

  /** The fields right for {@code format}. */
  public int right(String format) {
    return byFormat.get(format).stream().mapToInt(CorpusScore::right).sum();
  }

  /** The percentage of fields right for {@code format}, 0 when none is scored. */
  public double percent(String format) {
    int fields = fields(format);
    return fields == 0 ? 0 : 100.0 * right(format) / fields;
  }

  /** The tables in Markdown. */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("| Format | Documents | Import failed | Fields | Right | % |\n");
    out.append("|---|---:|---:|---:|---:|---:|\n");
    for (var e : byFormat.entrySet()) {
      long failed = e.getValue().stream().filter(s -> s.failure().isPresent()).count();
      out.append("| ").append(e.getKey()).append(" | ").append(e.getValue().size()).append(" | ").append(failed)
          .append(" | ").append(fields(e.getKey())).append(" | ").append(right(e.getKey())).append(" | ")
          .append(pct(right(e.getKey()), fields(e.getKey()))).append(" |\n");
    }
    out.append("\n| Field |");
    byFormat.keySet().forEach(f -> out.append(' ').append(f).append(" |"));
    out.append("\n|---|");
    byFormat.keySet().forEach(f -> out.append("---:|"));
    out.append('\n');
    for (CorpusScore.Field field : CorpusScore.Field.values()) {
      out.append("| ").append(field.name().toLowerCase(Locale.ROOT)).append(" |");
      for (List<CorpusScore> scores : byFormat.values()) {
        int fields = scores.stream().mapToInt(s -> s.fields(field)).sum();
        int right = scores.stream().mapToInt(s -> s.right(field)).sum();
        out.append(' ').append(right).append('/').append(fields).append(" (").append(pct(right, fields))
            .append(") |");
      }
      out.append('\n');
    }
    out.append("\n| Document |");
    byFormat.keySet().forEach(f -> out.append(' ').append(f).append(" |"));
    out.append("\n|---|");
    byFormat.keySet().forEach(f -> out.append("---:|"));
    out.append('\n');
    TreeSet<String> ids = new TreeSet<>();
    byFormat.values().forEach(scores -> scores.forEach(s -> ids.add(s.id())));
    for (String id : ids) {
      out.append("| ").append(id).append(" |");
      for (List<CorpusScore> scores : byFormat.values()) {
        String cell = scores.stream().filter(s -> s.id().equals(id)).findFirst()
            .map(s -> s.failure().isPresent() ? "failed" : pct(s.right(), s.fields())).orElse("—");
        out.append(' ').append(cell).append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Every wrong field, by format and document, in Markdown: what the import rewrite has to fix. */
  public String details() {
    StringBuilder out = new StringBuilder();
    for (var e : byFormat.entrySet()) {
      out.append("## ").append(e.getKey()).append("\n\n");
      for (CorpusScore score : e.getValue()) {
        List<String> lines = new ArrayList<>();
        score.failure().ifPresentOrElse(f -> lines.add("- import failed: " + f),
            () -> score.wrong().stream().filter(c -> c.field() != CorpusScore.Field.ROWS)
                .forEach(c -> lines.add("- " + c.field().name().toLowerCase(Locale.ROOT) + " " + c.where()
                    + ": expected «" + c.expected() + "», got «" + c.actual() + "»")));
        if (score.failure().isEmpty() && score.right(CorpusScore.Field.ROWS) < score.fields(CorpusScore.Field.ROWS)) {
          score.checks().stream().filter(c -> c.field() == CorpusScore.Field.ROWS).findFirst()
              .ifPresent(c -> lines.add(0, "- rows: expected " + c.expected() + ", got " + c.actual()));
        }
        if (!lines.isEmpty()) {
          out.append("### ").append(score.id()).append("\n\n");
          lines.forEach(l -> out.append(l).append('\n'));
          out.append('\n');
        }
      }
    }
    return out.toString();
  }

  private static String pct(int right, int fields) {
    return fields == 0 ? "—" : String.format(Locale.ROOT, "%.1f%%", 100.0 * right / fields);
  }
}
