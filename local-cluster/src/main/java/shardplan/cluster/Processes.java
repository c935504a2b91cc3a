package shardplan.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a server program and returns what it printed, or fails with that output. */
final class Processes {
  private Processes() {
  }

  static String run(List<String> command, Path workDir, int timeoutSeconds) {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    if (workDir != null) {
      pb.directory(workDir.toFile());
    }
    pb.environment().put("LC_ALL", "C");
    pb.environment().remove("PGDATA");
    try {
      Process p = pb.start();
      p.getOutputStream().close();
      byte[][] out = new byte[1][];
      Thread reader = new Thread(() -> out[0] = readAll(p.getInputStream()), "process-output");
      reader.start();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException(name(command) + " did not finish within " + timeoutSeconds + " s");
      }
      reader.join(5_000);
      String text = out[0] == null ? "" : new String(out[0], StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new IllegalStateException(name(command) + " failed (exit " + p.exitValue() + "): " + lastLines(text));
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + name(command), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + name(command), e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try {
      return in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }

  /** The program's own name, also when it runs through {@code runuser -u USER --}. */
  private static String name(List<String> command) {
    int i = command.get(0).endsWith("runuser") ? command.indexOf("--") + 1 : 0;
    return Path.of(command.get(Math.min(i, command.size() - 1))).getFileName().toString();
  }

  private static String lastLines(String text) {
    String[] lines = text.strip().split("\n");
    int from = Math.max(0, lines.length - 3);
    return String.join(" | ", java.util.Arrays.copyOfRange(lines, from, lines.length)).strip();
  }
}
