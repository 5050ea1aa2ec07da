package org.eduroadmap.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eduroadmap.examples.SeedRoadmaps;
import org.eduroadmap.roadmap.Roadmap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code list}: the bundled roadmaps. */
@Command(name = "list", description = "The bundled roadmaps: name, title, period.")
final class ListCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Mixin
  OutputOptions output;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|jsonl", descriptionKey = "format",
      description = "text (default) or jsonl")
  OutputFormat format;

  @Override
  public void run() {
    PrintWriter out = output.open();
    for (String name : SeedRoadmaps.names()) {
      Roadmap r = SeedRoadmaps.load(name);
      if (format == OutputFormat.jsonl) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("name", name);
        line.put("title", r.title());
        line.put("from", r.period().first());
        line.put("to", r.period().last());
        JsonLines.write(out, line);
      } else {
        out.printf("%-18s %s – %s  %s%n", name, r.period().first(), r.period().last(), r.title());
      }
    }
    out.flush();
    output.commit(spec);
  }
}
