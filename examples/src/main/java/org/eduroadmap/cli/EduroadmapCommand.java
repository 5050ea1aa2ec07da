package org.eduroadmap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * The {@code eduroadmap} command-line tool: the contract in {@code docs/cli.md}. Exit statuses: 0 done,
 * 1 validation errors found, 2 usage error, 3 input unreadable or not a roadmap.
 *
 * <pre>{@code
 * ./eduroadmap list --format jsonl
 * ./eduroadmap demo --lang en
 * }</pre>
 */
@Command(name = "eduroadmap", versionProvider = EduroadmapCommand.Version.class,
    description = "Roadmaps for schools with low results, as data: terms, schedules, validation.",
    subcommands = {DemoCommand.class, ListCommand.class, TermsCommand.class, ScheduleCommand.class,
        ValidateCommand.class, IcsCommand.class, ReportCommand.class, CalendarCommand.class, ImportCommand.class,
        XlsxCommand.class, RisksCommand.class, RollupCommand.class, CommandLine.HelpCommand.class})
public final class EduroadmapCommand implements Runnable {

  // Held in a field: java.util.logging keeps loggers weakly, and a collected one forgets its level.
  private static final java.util.logging.Logger HIBERNATE_VALIDATOR_LOG =
      java.util.logging.Logger.getLogger("org.hibernate.validator");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  CommonOptions common;

  @CommandLine.Option(names = {"-V", "--version"}, versionHelp = true, descriptionKey = "version",
      description = "print the version and exit")
  boolean version;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The artifact's version: the jar manifest's Implementation-Version, else the pom's. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"eduroadmap " + version()};
    }

    static String version() {
      String manifest = EduroadmapCommand.class.getPackage().getImplementationVersion();
      if (manifest != null && !manifest.isBlank()) {
        return manifest;
      }
      try (InputStream in = EduroadmapCommand.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          Properties p = new Properties();
          p.load(in);
          String pom = p.getProperty("version");
          if (pom != null && !pom.isBlank() && !pom.startsWith("$")) {
            return pom;
          }
        }
      } catch (IOException e) {
        // fall through
      }
      return "unknown";
    }
  }

  /** Builds the command line with UTF-8 output, whatever the platform's default. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new EduroadmapCommand());
    // Straight to the file descriptor, not through System.out: a PrintStream swallows write errors, and a
    // full disk must not pass for success (checkError below sees them).
    cl.setOut(StandardOut.of(new java.io.OutputStreamWriter(
        new java.io.FileOutputStream(java.io.FileDescriptor.out), StandardCharsets.UTF_8)));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    // ISO 2023-02-28 and Russian 28.02.2023 in every date option; a day that does not exist is named.
    cl.registerConverter(LocalDate.class, new Dates());
    // picocli's own `help` command takes --lang too: `eduroadmap help schedule --lang en`.
    cl.getSubcommands().get("help").getCommandSpec().addOption(CommandLine.Model.OptionSpec.builder("--lang")
        .type(Lang.class).defaultValue("ru").paramLabel("ru|en").descriptionKey("lang")
        .description("language of the help: ru (default) or en").build());
    // Usage errors in the language asked for, without Java names: exit status 2.
    cl.setParameterExceptionHandler(new UsageErrors());
    Help.localize(cl);
    // Whatever a command printed, a standard output that failed (a full disk, `> /dev/full`) is an error.
    CommandLine.IExecutionStrategy localized = cl.getExecutionStrategy();
    cl.setExecutionStrategy(parseResult -> {
      int status = localized.execute(parseResult);
      CommandLine last = parseResult.asCommandLineList().get(parseResult.asCommandLineList().size() - 1);
      // A closed pipe (`| head`) is the reader's choice: the command ends quietly, as Unix tools do.
      if (last.getOut().checkError() && !StandardOut.pipeClosed(last.getOut())) {
        last.getErr().println("eduroadmap: " + OutputOptions.standardOutputFailed(last.getCommandSpec()).getMessage());
        last.getErr().flush();
        return status == ExitCodes.OK ? ExitCodes.USAGE : status;
      }
      return status;
    });
    // Exit statuses shared by every command (docs/cli.md): 2 a bad call, 3 an input that cannot be
    // read or is not a roadmap (an unreadable file, malformed roadmap JSON, a document with nothing usable).
    cl.setExecutionExceptionHandler((ex, line, parseResult) -> {
      Lang lang = Lang.of(line.getCommandSpec());
      // A message may quote a roadmap's text: its control characters are shown, never sent raw.
      line.getErr().println("eduroadmap: " + TerminalText.lines(describe(ex, lang)));
      line.getErr().flush();
      boolean input = ex instanceof UncheckedIOException || ex instanceof InputException
          || ex instanceof org.eduroadmap.json.RoadmapJsonException
          || ex instanceof org.eduroadmap.document.RoadmapDocumentException
          || ex instanceof org.eduroadmap.support.RiskCatalogueException
          // More occurrences than the calculator's limit: the roadmap's data, not the call, is too large.
          || ex instanceof org.eduroadmap.schedule.ScheduleException;
      return input ? ExitCodes.INPUT_UNREADABLE : ExitCodes.USAGE;
    });
    return cl;
  }

  /** A failure in words, never a Java class name. */
  static String describe(Exception ex, Lang lang) {
    if (ex instanceof InputException input) {
      return input.getMessage();
    }
    if (ex instanceof org.eduroadmap.json.RoadmapJsonException json) {
      return json.getMessage(lang.locale());
    }
    if (ex instanceof org.eduroadmap.document.RoadmapDocumentException doc) {
      return doc.getMessage(lang.locale());
    }
    if (ex instanceof UncheckedIOException io) {
      IOException cause = io.getCause();
      if (cause instanceof NoSuchFileException f) {
        return lang.t("нет такого файла: ", "no such file: ") + f.getFile();
      }
      if (cause instanceof AccessDeniedException f) {
        return lang.t("нет доступа к файлу: ", "access denied: ") + f.getFile();
      }
      return lang.t("ошибка ввода-вывода", "input/output error");
    }
    // Every other library error (a term the strict reader refuses, a year outside the calendar, a range
    // too long to schedule) names the bad value itself, in the language asked for.
    if (ex instanceof org.eduroadmap.EduroadmapException library) {
      return library.getMessage(lang.locale());
    }
    return lang.t("внутренняя ошибка; пожалуйста, сообщите о ней разработчикам",
        "internal error; please report it to the developers");
  }

  /** Runs the tool. */
  public static void main(String[] args) {
    // Hibernate Validator announces its version on first use; people and scripts reading our
    // standard error need only our own messages.
    HIBERNATE_VALIDATOR_LOG.setLevel(java.util.logging.Level.WARNING);
    System.exit(commandLine().execute(args));
  }
}
