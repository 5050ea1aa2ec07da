package org.eduroadmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
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

  /**
   * Writes what was collected to the file or to standard output: text and jsonl lines, with every control
   * character but the line breaks escaped ({@link TerminalText#lines}), so that nothing a roadmap holds
   * reaches a terminal raw (jsonl has none: JSON escapes them).
   */
  void commit(CommandSpec spec) {
    write(spec, TerminalText.lines(buffer == null ? "" : buffer.toString()));
  }

  /** Writes {@code text} whole to the file or to standard output. */
  void write(CommandSpec spec, String text) {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      if (out.checkError() && !StandardOut.pipeClosed(out)) {
        throw standardOutputFailed(spec);
      }
      return;
    }
    writeFile(spec, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Standard output could not be written: a full disk ({@code > /dev/full}), a closed pipe. */
  static ParameterException standardOutputFailed(CommandSpec spec) {
    Lang lang = Lang.of(spec);
    return new ParameterException(spec.commandLine(), lang.t(
        "не удалось записать стандартный вывод (диск заполнен или канал закрыт): вывод неполон",
        "cannot write the standard output (disk full or pipe closed): the output is incomplete"));
  }

  /**
   * Writes {@code bytes} (a binary file: a workbook) whole to the file, replacing it at once; the caller
   * makes sure {@code --output} was given, since such bytes do not belong on a terminal.
   *
   * <p>Only a regular file or a new path is written: a symbolic link (dangling or not), a directory, a
   * device or a FIFO is refused, saying so, and left as it is — run as root, {@code --output /dev/null}
   * would otherwise have replaced the system's {@code /dev/null} with a regular file. A replaced file keeps
   * its permissions, and its owner and group where the file system lets us (as root, or when they are
   * ours). The temporary file is removed on failure and when the JVM is stopped (Ctrl-C, {@code kill});
   * only {@code kill -9} can leave one, named {@code .eduroadmap-*.tmp} beside the target.
   */
  void writeFile(CommandSpec spec, byte[] bytes) {
    if (output == null) {
      throw new IllegalStateException("no --output");
    }
    Path target = output.toAbsolutePath();
    Lang lang = Lang.of(spec);
    PosixFileAttributes replaced = null;
    try {
      BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class,
          LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile()) {
        String kind = attributes.isSymbolicLink() ? lang.t("символическая ссылка", "a symbolic link")
            : attributes.isDirectory() ? lang.t("каталог", "a directory")
            : lang.t("устройство или канал", "a device or a pipe");
        throw new ParameterException(spec.commandLine(), "--output: " + lang.t(
            "«" + output + "» — " + kind + ", а не обычный файл: укажите обычный файл или новый путь",
            "'" + output + "' is " + kind + ", not a regular file: give a regular file or a new path"));
      }
      try {
        replaced = Files.readAttributes(target, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      } catch (UnsupportedOperationException notPosix) {
        replaced = null;
      }
    } catch (NoSuchFileException absent) {
      replaced = null;
    } catch (IOException e) {
      throw cannotWrite(spec, lang);
    }
    Path temporary = null;
    Thread cleanup = null;
    try {
      Path dir = target.getParent();
      // Not Files.createTempFile: its file is private (rw-------), and the move would hand that mode to
      // the user's report; a plain new file gets the mode the user's umask gives every other file.
      temporary = Files.createFile(dir.resolve(".eduroadmap-" + java.util.UUID.randomUUID() + ".tmp"));
      Path toDelete = temporary;
      cleanup = new Thread(() -> {
        try {
          Files.deleteIfExists(toDelete);
        } catch (IOException ignored) {
          // the JVM is stopping
        }
      });
      Runtime.getRuntime().addShutdownHook(cleanup);
      Files.write(temporary, bytes);
      if (replaced != null) {
        keepModeAndOwner(temporary, replaced);
      }
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
      throw cannotWrite(spec, lang);
    } finally {
      if (cleanup != null) {
        try {
          Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException stopping) {
          // the hook runs anyway
        }
      }
    }
  }

  /** The replaced file's permissions, then its owner and group where we may set them. */
  private static void keepModeAndOwner(Path file, PosixFileAttributes replaced) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class,
        LinkOption.NOFOLLOW_LINKS);
    try {
      view.setOwner(replaced.owner());
    } catch (IOException notPermitted) {
      // only root may give a file away
    }
    try {
      view.setGroup(replaced.group());
    } catch (IOException notPermitted) {
      // only a group we belong to
    }
    // After the owner: changing the owner may clear set-id bits.
    view.setPermissions(replaced.permissions());
  }

  private ParameterException cannotWrite(CommandSpec spec, Lang lang) {
    return new ParameterException(spec.commandLine(), "--output: "
        + lang.t("не удалось записать файл ", "cannot write the file ") + output);
  }
}
