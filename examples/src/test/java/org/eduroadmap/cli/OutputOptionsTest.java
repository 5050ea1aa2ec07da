package org.eduroadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import picocli.CommandLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --output FILE}: only a regular file or a new path is written, and a replaced file keeps its mode and owner. */
class OutputOptionsTest {

  private static CliRun listTo(Path target, String lang) {
    return CliRun.of("", "list", "--lang", lang, "--output", target.toString());
  }

  private static void assertRefused(CliRun run, String russian) {
    assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("--output").contains(russian).contains("обычный файл");
  }

  @Test
  void output_symbolicLink_isRefusedAndNeitherTheLinkNorItsTargetChanges(@TempDir Path dir) throws Exception {
    Path real = Files.writeString(dir.resolve("real.txt"), "kept");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);

    assertRefused(listTo(link, "ru"), "символическая ссылка");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).isEqualTo("kept");
  }

  @Test
  void output_danglingSymbolicLink_isRefusedAndStaysALink(@TempDir Path dir) throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), dir.resolve("nowhere.txt"));

    CliRun run = listTo(link, "en");
    assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("symbolic link", "regular file");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.exists(dir.resolve("nowhere.txt"))).isFalse();
  }

  @Test
  void output_emptyDirectory_isRefusedAndStaysADirectory(@TempDir Path dir) throws Exception {
    Path sub = Files.createDirectory(dir.resolve("sub"));

    assertRefused(listTo(sub, "ru"), "каталог");
    assertThat(Files.isDirectory(sub, LinkOption.NOFOLLOW_LINKS)).isTrue();
  }

  @Test
  void output_fifo_isRefusedAndStaysAFifo(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("fifo");
    assumeTrue(run("mkfifo", fifo.toString()), "mkfifo is not available");

    assertRefused(listTo(fifo, "ru"), "устройство или канал");
    assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
  }

  @Test
  void output_characterDevice_isRefusedAndStaysADevice(@TempDir Path dir) throws Exception {
    Path device = dir.resolve("null");
    assumeTrue(run("mknod", device.toString(), "c", "1", "3"), "mknod needs root");

    assertRefused(listTo(device, "ru"), "устройство или канал");
    assertThat(Files.isRegularFile(device, LinkOption.NOFOLLOW_LINKS)).isFalse();
  }

  @Test
  void output_replacedFile_keepsItsModeAndOwner(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("list.txt"), "old");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    UserPrincipal owner = Files.getOwner(file);
    try {
      UserPrincipal nobody = file.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
      Files.setOwner(file, nobody);
      owner = nobody;
    } catch (IOException | UnsupportedOperationException notRoot) {
      // only the mode can be checked
    }

    CliRun run = listTo(file, "ru");

    assertThat(run.status()).isZero();
    assertThat(Files.readString(file)).contains("eao-2021");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(Files.getOwner(file)).isEqualTo(owner);
  }

  @Test
  void output_newPath_isWrittenAndNoTemporaryFileIsLeft(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("list.txt");

    assertThat(listTo(file, "ru").status()).isZero();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("list.txt");
    }
  }

  @Test
  void standardOutput_thatFailsToWrite_isAnErrorNotSuccess() {
    // What `eduroadmap list > /dev/full` meets: every write fails with «No space left on device».
    Writer full = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("No space left on device");
      }

      @Override
      public void close() {}
    };
    CommandLine cl = EduroadmapCommand.commandLine();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(full));
    cl.setErr(new PrintWriter(err));

    int status = cl.execute("list");

    assertThat(status).isNotZero();
    assertThat(err.toString()).contains("не удалось записать").contains("стандартный вывод");
  }

  @Test
  void standardOutput_pipeClosedByTheReader_endsQuietly_butAFullDiskStaysAnError() {
    // `eduroadmap schedule eao-2021 | head -1`: once head has its line, every write fails with EPIPE.
    for (String failure : List.of("Broken pipe", "No space left on device")) {
      Writer failing = new Writer() {
        private int written;

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
          if ((written += length) > 100) {
            throw new IOException(failure);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
      CommandLine cl = EduroadmapCommand.commandLine();
      StringWriter err = new StringWriter();
      cl.setOut(StandardOut.of(failing));
      cl.setErr(new PrintWriter(err));

      int status = cl.execute("schedule", "eao-2021", "--from", "2021-01-01", "--to", "2023-12-31");

      if (failure.equals("Broken pipe")) {
        assertThat(status).as(err.toString()).isZero();
        assertThat(err.toString()).isEmpty();
      } else {
        assertThat(status).isNotZero();
        assertThat(err.toString()).contains("не удалось записать стандартный вывод");
      }
    }
  }

  private static boolean run(String... command) throws InterruptedException {
    try {
      return new ProcessBuilder(command).redirectErrorStream(true).start().waitFor() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
