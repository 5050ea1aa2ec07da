package org.eduroadmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --output FILE}: where a command's output goes. The text is built whole first, then written
 * to the file (through a temporary file moved into place) or to standard output: nothing is left
 * half-written when a command fails midway.
 */
final class OutputOptions {

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "output",
      description = "write to FILE instead of standard output")
  Path output;

  private StringWriter buffer;

  /** A writer collecting the output until {@link #commit}. */
  PrintWriter open() {
    buffer = new StringWriter();
    return new PrintWriter(buffer);
  }

  /** Writes what was collected to the file or to standard output. */
  void commit(CommandSpec spec) {
    write(spec, buffer == null ? "" : buffer.toString());
  }

  /** Writes {@code text} whole to the file or to standard output. */
  void write(CommandSpec spec, String text) {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      return;
    }
    writeFile(spec, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Writes {@code bytes} (a binary file: a workbook) whole to the file, replacing it at once; the caller
   * makes sure {@code --output} was given, since such bytes do not belong on a terminal.
   */
  void writeFile(CommandSpec spec, byte[] bytes) {
    if (output == null) {
      throw new IllegalStateException("no --output");
    }
    Path target = output.toAbsolutePath();
    Path temporary = null;
    try {
      Path dir = target.getParent();
      temporary = Files.createTempFile(dir, ".eduroadmap-", ".tmp");
      Files.write(temporary, bytes);
      try {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException atomicNotSupported) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // the message below is what matters
        }
      }
      Lang lang = Lang.of(spec);
      throw new ParameterException(spec.commandLine(), "--output: "
          + lang.t("не удалось записать файл ", "cannot write the file ") + output);
    }
  }
}
