package org.eduroadmap.cli;

import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** The languages of {@code --lang}: every message a person reads exists in both. */
enum Lang {
  ru,
  en;

  /** The locale the libraries' messages are asked for. */
  Locale locale() {
    return Locale.forLanguageTag(name());
  }

  /** {@code ru} in Russian, {@code en} otherwise. */
  String t(String russian, String english) {
    return this == ru ? russian : english;
  }

  /** The language of {@code locale}: Russian for {@code ru}, English for anything else. */
  static Lang of(Locale locale) {
    return "ru".equals(locale.getLanguage()) ? ru : en;
  }

  /** The {@code --lang} a command was given, Russian when it has none (or before it is parsed). */
  static Lang of(CommandSpec spec) {
    // The innermost command given --lang decides: `eduroadmap --lang en schedule …` is English too.
    for (CommandSpec s = spec; s != null; s = s.parent()) {
      picocli.CommandLine.ParseResult parsed = s.commandLine() == null ? null : s.commandLine().getParseResult();
      OptionSpec option = s.findOption("--lang");
      if (parsed != null && option != null && parsed.hasMatchedOption(option)
          && option.getValue() instanceof Lang lang) {
        return lang;
      }
    }
    return ru;
  }

  /** The language asked for by raw arguments: used when they could not be parsed. */
  static Lang of(String[] args) {
    Lang lang = ru;
    for (int i = 0; args != null && i < args.length; i++) {
      String value = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      }
      if ("en".equals(value)) {
        lang = en;
      } else if ("ru".equals(value)) {
        lang = ru;
      }
    }
    return lang;
  }
}
