package org.eduroadmap.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code eduroadmap} command-line tool: the contract in {@code spec/cli.md}.
 *
 * <pre>{@code
 * ./eduroadmap list --format jsonl
 * ./eduroadmap demo
 * }</pre>
 */
@Command(name = "eduroadmap", mixinStandardHelpOptions = true, version = "eduroadmap 0.1.0",
    description = "Roadmaps for schools with low results, as data: terms, schedules, validation.",
    subcommands = {ListCommand.class, DemoCommand.class})
public final class EduroadmapCommand implements Runnable {

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
    cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
      line.getErr().println("eduroadmap: " + ex.getMessage());
      return 2;
    });
    return cl;
  }

  /** Runs the tool. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
