package org.eduroadmap.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eduroadmap.examples.SeedRoadmaps;
import org.eduroadmap.json.SupportCycleJson;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.seeds.SeedDocuments;
import org.eduroadmap.support.SupportCycle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code list}: the bundled roadmaps. */
@Command(name = "list", description = "The bundled roadmaps: name, title, period; then the bundled support-cycle examples (for rollup).")
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
    // The support-cycle examples: in jsonl under "supportCycle", not "name", so that a script feeding every
    // "name" to a roadmap command (ics, schedule) sees roadmaps only; `rollup` takes them.
    for (String name : SeedDocuments.supportCycleNames()) {
      SupportCycle c = SupportCycleJson.standard().read(SeedDocuments.supportCycleJson(name));
      Roadmap r = c.municipalRoadmap();
      if (format == OutputFormat.jsonl) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("supportCycle", name);
        line.put("title", c.title());
        line.put("from", r.period().first());
        line.put("to", r.period().last());
        JsonLines.write(out, line);
      } else {
        out.printf("%-18s %s – %s  %s %s%n", name, r.period().first(), r.period().last(),
            common.lang().t("[цикл сопровождения, для rollup]", "[support cycle, for rollup]"), c.title());
      }
    }
    out.flush();
    output.commit(spec);
  }
}
