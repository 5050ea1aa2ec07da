package org.eduroadmap.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code eduroadmap} command-line tool: the contract in {@code docs/cli.md}. Exit statuses: 0 done,
 * 1 validation errors found, 2 usage error, 3 input unreadable or not a roadmap.
 *
 * <pre>{@code
 * ./eduroadmap list --format jsonl
 * ./eduroadmap demo
 * }</pre>
 */
@Command(name = "eduroadmap", mixinStandardHelpOptions = true, version = "eduroadmap 0.1.0",
    description = "Roadmaps for schools with low results, as data: terms, schedules, validation.",
    subcommands = {DemoCommand.class, ListCommand.class, TermsCommand.class, ScheduleCommand.class,
        ValidateCommand.class, IcsCommand.class, CalendarCommand.class, ImportCommand.class})
public final class EduroadmapCommand implements Runnable {

  // Held in a field: java.util.logging keeps loggers weakly, and a collected one forgets its level.
  private static final java.util.logging.Logger HIBERNATE_VALIDATOR_LOG =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with UTF-8 output, whatever the platform's default. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new EduroadmapCommand());
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    // Exit statuses shared by every command (docs/cli.md): 2 a bad call, 3 an input that cannot be
    // read or is not a roadmap (an unreadable file, malformed roadmap JSON, a document with nothing usable).
    cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
      line.getErr().println("eduroadmap: " + ex.getMessage());
      boolean input = ex instanceof java.io.UncheckedIOException
          || ex instanceof org.eduroadmap.json.RoadmapJsonException
          || ex instanceof org.eduroadmap.document.RoadmapDocumentException;
      return input ? ExitCodes.INPUT_UNREADABLE : ExitCodes.USAGE;
    });
    return cl;
  }

  /** Runs the tool. */
  public static void main(String[] args) {
    // Hibernate Validator announces its version on first use; people and scripts reading our
    // standard error need only our own messages.
    HIBERNATE_VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
    System.exit(commandLine().execute(args));
  }
}
