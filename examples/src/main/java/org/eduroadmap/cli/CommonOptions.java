package org.eduroadmap.cli;

import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every command has: {@code -h/--help} and {@code --lang ru|en}, the language of
 * everything the command prints for a person (headers, labels, warnings, errors).
 */
final class CommonOptions {

  @Option(names = {"-h", "--help"}, usageHelp = true, descriptionKey = "help",
      description = "show this help and exit / эта справка")
  boolean help;

  @Option(names = "--lang", defaultValue = "ru", paramLabel = "ru|en", descriptionKey = "lang",
      description = "language of everything printed: ru (default) or en")
  Lang lang = Lang.ru;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  /** This command's --lang, else the one given before the command's name, else Russian. */
  Lang lang() {
    return mixee == null ? lang : Lang.of(mixee);
  }

  Locale locale() {
    return lang().locale();
  }
}
