package org.eduroadmap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;

/**
 * One run of the command-line tool inside the test JVM, as a script sees it: exit status, standard output
 * and standard error. Every CLI test class runs the tool through this.
 */
record CliRun(int status, String out, String err) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Runs {@code eduroadmap args…} with {@code stdin} on standard input. */
  static CliRun of(String stdin, String... args) {
    InputStream saved = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      CommandLine cl = EduroadmapCommand.commandLine();
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      cl.setOut(new PrintWriter(out));
      cl.setErr(new PrintWriter(err));
      int status = cl.execute(args);
      return new CliRun(status, out.toString(), err.toString());
    } finally {
      System.setIn(saved);
    }
  }

  /** Standard output read as JSON lines. */
  List<JsonNode> lines() throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String l : out.split("\n")) {
      if (!l.isBlank()) {
        nodes.add(JSON.readTree(l));
      }
    }
    return nodes;
  }
}
