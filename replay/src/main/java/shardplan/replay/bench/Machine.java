package shardplan.replay.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The machine a bench ran on, for the record beside its figures (Linux's /proc where present). */
final class Machine {
  private Machine() {
  }

  /** CPU model, cores, memory, operating system, Java. */
  static String describe() {
    String cpu = "";
    String mem = "";
    try {
      List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
      cpu = lines.stream().filter(l -> l.startsWith("model name")).findFirst()
          .map(l -> l.substring(l.indexOf(':') + 1).strip() + ", ").orElse("");
      mem = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
          .findFirst().map(l -> Math.round(Long.parseLong(l.replaceAll("[^0-9]", "")) / 1048576.0) + " GiB memory, ")
          .orElse("");
    } catch (IOException | RuntimeException e) {
      // not Linux: the cores and the OS still say something
    }
    return cpu + Runtime.getRuntime().availableProcessors() + " cores, " + mem + System.getProperty("os.name") + " "
        + System.getProperty("os.version") + ", Java " + System.getProperty("java.version");
  }

  /** The 1, 5 and 15 minute load averages, or "unknown". */
  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return f[0] + ", " + f[1] + ", " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
