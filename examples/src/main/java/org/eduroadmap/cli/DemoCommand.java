package org.eduroadmap.cli;

import java.io.PrintWriter;
import org.eduroadmap.examples.SeedRoadmaps;
import org.eduroadmap.roadmap.Roadmap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code demo}: what a newcomer should see first, on the bundled roadmaps. */
@Command(name = "demo", description = "Loads the bundled roadmaps and shows what they hold.")
final class DemoCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    for (String name : SeedRoadmaps.names()) {
      Roadmap r = SeedRoadmaps.load(name);
      out.printf("%s — %s%n", name, r.title());
      out.printf("  approved: %s № %s of %s, %s%n", r.order().kind(), r.order().number(),
          r.order().date(), r.order().authority());
      out.printf("  period %s – %s; %d sections, %d activities, %d reporting duties%n",
          r.period().first(), r.period().last(), r.sections().size(), r.activities().size(),
          r.reportingDuties().size());
      out.println();
    }
    out.flush();
  }
}
