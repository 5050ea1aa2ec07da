package org.eduroadmap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The usage help in the language of {@code --lang}: English from the annotations, Russian from
 * {@code help-ru.properties} (picocli's resource-bundle keys), chosen once the command line is parsed.
 */
final class Help {

  private Help() {}

  static void localize(CommandLine cl) {
    cl.setExecutionStrategy(parseResult -> {
      List<CommandLine> chain = parseResult.asCommandLineList();
      Lang lang = Lang.ru;
      for (CommandLine c : chain) {
        ParseResult pr = c.getParseResult();
        if (pr != null && pr.hasMatchedOption("--lang")) {
          lang = pr.matchedOptionValue("--lang", Lang.ru);
        }
      }
      if (lang == Lang.ru) {
        chain.get(0).setResourceBundle(russian());
      }
      return new CommandLine.RunLast().execute(parseResult);
    });
  }

  private static ResourceBundle russian() {
    try (InputStream in = Help.class.getResourceAsStream("help-ru.properties")) {
      return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
