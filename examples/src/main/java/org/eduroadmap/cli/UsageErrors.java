package org.eduroadmap.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Usage errors (exit status 2) in the language of {@code --lang}, without Java names: an unknown
 * command or option, a missing parameter, a bad value. Messages the commands word themselves are
 * printed as they are.
 */
final class UsageErrors implements IParameterExceptionHandler {

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    Lang lang = Lang.of(args);
    PrintWriter err = cl.getErr();
    err.println("eduroadmap: " + message(ex, lang));
    err.println(lang.t("Справка: ", "Help: ") + cl.getCommandSpec().qualifiedName() + " --help"
        + (lang == Lang.en ? " --lang en" : ""));
    err.flush();
    return ExitCodes.USAGE;
  }

  static String message(ParameterException ex, Lang lang) {
    if (ex instanceof UnmatchedArgumentException unmatched) {
      List<String> values = unmatched.getUnmatched();
      String first = values.isEmpty() ? "" : values.get(0);
      boolean option = first.startsWith("-");
      boolean command = !option && ex.getCommandLine().getCommandSpec().parent() == null
          && !ex.getCommandLine().getSubcommands().isEmpty();
      String what = option ? lang.t("неизвестный параметр: ", "unknown option: ")
          : command ? lang.t("неизвестная команда: ", "unknown command: ")
          : lang.t("лишний аргумент: ", "unexpected argument: ");
      String suggestion = "";
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        suggestion = lang.t("; может быть, ", "; did you mean ") + String.join(", ", suggestions);
      }
      return what + String.join(" ", values) + suggestion;
    }
    if (ex instanceof MissingParameterException missing) {
      if (missing.getMissing().size() == 1 && missing.getMissing().get(0) instanceof OptionSpec option
          && !option.required()) {
        return option.longestName() + lang.t(": не указано значение", ": missing value");
      }
      List<String> names = new ArrayList<>();
      for (ArgSpec arg : missing.getMissing()) {
        names.add(name(arg));
      }
      return lang.t("не указан обязательный параметр: ", "missing required parameter: ")
          + String.join(", ", names);
    }
    if (ex instanceof OverwrittenOptionException overwritten) {
      return name(overwritten.getOverwritten()) + lang.t(": указан дважды", ": given twice");
    }
    ArgSpec arg = ex.getArgSpec();
    if (arg == null) {
      // Worded by the command itself, already in the language asked for.
      return ex.getMessage();
    }
    String value = ex.getValue();
    String name = name(arg);
    if (ex.getCause() instanceof Dates.BadDate bad) {
      return name + ": " + bad.problem.message(lang, bad.value);
    }
    Class<?> type = arg.type();
    if (type == Lang.class) {
      return name + lang.t(": неизвестный язык: ", ": unknown language: ") + value
          + lang.t(" (допустимо: ru, en)", " (allowed: ru, en)");
    }
    if (type.isEnum()) {
      String allowed = java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
          .collect(Collectors.joining(", "));
      return name + lang.t(": недопустимое значение: ", ": bad value: ") + value
          + lang.t(" (допустимо: ", " (allowed: ") + allowed + ")";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return name + lang.t(": не целое число: ", ": not a whole number: ") + value;
    }
    if (type == java.time.Instant.class) {
      return name + lang.t(": не момент времени: ", ": not an instant: ") + value
          + lang.t(" (ожидается 2026-01-01T00:00:00Z)", " (expected 2026-01-01T00:00:00Z)");
    }
    if (value == null) {
      return name + lang.t(": не указано значение", ": missing value");
    }
    return name + lang.t(": недопустимое значение: ", ": bad value: ") + value;
  }

  private static String name(ArgSpec arg) {
    if (arg instanceof OptionSpec option) {
      return option.longestName();
    }
    if (arg instanceof PositionalParamSpec positional) {
      return positional.paramLabel();
    }
    return String.valueOf(arg);
  }
}
