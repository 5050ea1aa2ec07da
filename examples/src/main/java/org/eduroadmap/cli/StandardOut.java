package org.eduroadmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The tool's standard output: a {@link PrintWriter} that remembers why a write failed, so that a closed
 * pipe ({@code eduroadmap schedule eao-2021 | head}: the reader has all it wants, the write fails with
 * «Broken pipe») ends quietly as Unix tools end, while a full disk ({@code > /dev/full}: «No space left
 * on device») stays an error.
 *
 * <pre>{@code
 * StandardOut out = StandardOut.of(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), UTF_8));
 * StandardOut.pipeClosed(out);   // true once a write met EPIPE
 * }</pre>
 */
final class StandardOut extends PrintWriter {

  private final Recording recording;

  private StandardOut(Recording recording) {
    super(recording, true);
    this.recording = recording;
  }

  static StandardOut of(Writer writer) {
    return new StandardOut(new Recording(writer));
  }

  /** Whether {@code out} is a standard output whose reader closed the pipe. */
  static boolean pipeClosed(PrintWriter out) {
    if (!(out instanceof StandardOut s) || s.recording.failure == null) {
      return false;
    }
    String message = String.valueOf(s.recording.failure.getMessage());
    return message.contains("Broken pipe") || message.contains("EPIPE");
  }

  /** Passes everything on and keeps the first failure. */
  private static final class Recording extends Writer {
    private final Writer writer;
    private IOException failure;

    Recording(Writer writer) {
      this.writer = writer;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      try {
        writer.write(buffer, offset, length);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        writer.flush();
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void close() throws IOException {
      writer.close();
    }

    private IOException remember(IOException e) {
      if (failure == null) {
        failure = e;
      }
      return e;
    }
  }
}
