package org.eduroadmap.document;

import java.util.List;
import java.util.Objects;
import org.eduroadmap.roadmap.Roadmap;

/**
 * What reading a roadmap document gives: the roadmap and the problems met on the way.
 *
 * <pre>{@code
 * ImportResult r = RoadmapDocumentReader.standard().read(text);
 * r.roadmap().activities().size();
 * r.problems(); // [52: UNREADABLE_TERM: …]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportResult {

  private final Roadmap roadmap;
  private final List<ImportProblem> problems;

  private ImportResult(Roadmap roadmap, List<ImportProblem> problems) {
    this.roadmap = Objects.requireNonNull(roadmap, "roadmap");
    this.problems = List.copyOf(problems);
  }

  /** Obtains the result {@code roadmap} with {@code problems}, in document order. */
  public static ImportResult of(Roadmap roadmap, List<ImportProblem> problems) {
    return new ImportResult(roadmap, problems);
  }

  /** The roadmap read. */
  public Roadmap roadmap() {
    return roadmap;
  }

  /** The problems met and the guesses made, in document order. */
  public List<ImportProblem> problems() {
    return problems;
  }

  /** The problems of {@code kind}. */
  public List<ImportProblem> problems(ImportProblemKind kind) {
    return problems.stream().filter(p -> p.kind() == kind).toList();
  }

  @Override
  public String toString() {
    return "ImportResult[" + roadmap.title() + ", " + problems.size() + " problems]";
  }
}
