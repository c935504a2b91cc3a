package shardplan.partitioner.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import shardplan.partitioner.multilevel.GraphPartitioner.Partition;
import shardplan.partitioner.multilevel.MultilevelPartitioner;
import shardplan.partitioner.multilevel.PartitionerConfig;
import shardplan.partitioner.multilevel.graph.MetisGraphFile;
import shardplan.partitioner.multilevel.graph.WeightedGraph;

/**
 * Benchmark: partitions the same graphs with {@link MultilevelPartitioner} and with METIS's {@code
 * gpmetis -ptype=kway -ufactor=30} (the same 3 % balance limit: METIS allows parts up to (1 +
 * ufactor/1000) times the mean) and records cut, imbalance and time for each k. Lives in the main
 * sources so it ships in the jar; it needs {@code gpmetis} on the PATH (Debian package {@code metis}).
 *
 * <p>Our time is measured in-process after a warm-up run on the same graph (graph already in memory,
 * JIT warm). METIS's time is the wall time of the {@code gpmetis} process, which includes starting
 * it and reading the graph file; its own "Partitioning" time (METIS call only) is recorded beside.
 *
 * <p>With {@code --repeat N} both partitioners run N times per graph and k and the fastest time
 * of each is kept (the machine's load varies; both results are deterministic for a fixed seed).
 *
 * <p>Usage: {@code java -cp partitioner/target/classes:partitioner/target/test-classes shardplan.partitioner.bench.MetisComparison
 * [--work DIR] [--out FILE.md] [--graphs tpcc16,powerlaw-1m,...] [--k 4,8,16] [--trials N]
 * [--repeat N]}; the table goes to standard output (and to {@code --out}), progress to standard
 * error.
 */
public final class MetisComparison {

  private static final Pattern METIS_CUT = Pattern.compile("Edgecut:\\s*(\\d+)");
  private static final Pattern TIMES =
      Pattern.compile("(\\d+)m([0-9.]+)s\\s+(\\d+)m([0-9.]+)s");
  private static final Pattern METIS_TIME =
      Pattern.compile("Partitioning:\\s*([0-9.]+)\\s*sec");

  /** One row of the table. */
  record Row(String graph, int vertices, long edges, int k, long ourCut, long metisCut,
      double ourImbalance, double metisImbalance, double ourMillis, double ourCpuMillis,
      double metisWallMillis, double metisCpuMillis, double metisOwnMillis, String load) {

    double cutRatio() {
      return metisCut == 0 ? (ourCut == 0 ? 1.0 : Double.POSITIVE_INFINITY)
          : (double) ourCut / metisCut;
    }

    double timeRatio() {
      return ourMillis / metisWallMillis;
    }

    double cpuRatio() {
      return ourCpuMillis / metisCpuMillis;
    }
  }

  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean)
          java.lang.management.ManagementFactory.getOperatingSystemMXBean();

  /** The 1-minute load average, from /proc/loadavg ("?" where there is none). */
  static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }

  private MetisComparison() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> opts = parse(args);
    Path work = Path.of(opts.getOrDefault("work", "partitioner/target/metis-comparison"));
    Path out = opts.containsKey("out") ? Path.of(opts.get("out")) : null;
    int[] ks = ints(opts.getOrDefault("k", "2,4,8,16,32,64,128,256"));
    int trials = Integer.parseInt(opts.getOrDefault("trials", "1"));
    int repeat = Integer.parseInt(opts.getOrDefault("repeat", "1"));
    if (repeat < 1) {
      throw new IllegalArgumentException("--repeat must be at least 1");
    }
    Map<String, Supplier<WeightedGraph>> all = graphs();
    List<String> names = opts.containsKey("graphs")
        ? List.of(opts.get("graphs").split(","))
        : DEFAULT_GRAPHS;
    Files.createDirectories(work);
    MultilevelPartitioner ours =
        new MultilevelPartitioner(PartitionerConfig.DEFAULT.withTrials(trials));
    List<Row> rows = new ArrayList<>();
    for (String name : names) {
      Supplier<WeightedGraph> gen = all.get(name);
      if (gen == null) {
        throw new IllegalArgumentException("unknown graph " + name + "; known: " + all.keySet());
      }
      long t0 = System.nanoTime();
      WeightedGraph g = gen.get();
      System.err.printf(Locale.ROOT, "%s: %s built in %.1f s%n", name, g,
          (System.nanoTime() - t0) / 1e9);
      Path file = work.resolve(name + ".graph");
      g.writeMetis(file);
      ours.partition(g, ks[0]); // warm-up
      for (int k : ks) {
        Partition p = null;
        double ourMillis = Double.MAX_VALUE;
        double ourCpu = Double.MAX_VALUE;
        for (int r = 0; r < repeat; r++) { // deterministic: every run gives the same partition
          long cpu0 = OS.getProcessCpuTime();
          long start = System.nanoTime();
          p = ours.partition(g, k);
          ourMillis = Math.min(ourMillis, (System.nanoTime() - start) / 1e6);
          ourCpu = Math.min(ourCpu, (OS.getProcessCpuTime() - cpu0) / 1e6);
        }
        if (!p.isValid(g)) {
          throw new IllegalStateException("invalid partition for " + name + " k=" + k);
        }
        MetisRun m = runMetis(file, k, g);
        for (int r = 1; r < repeat; r++) {
          MetisRun again = runMetis(file, k, g);
          m = new MetisRun(m.cut(), m.imbalance(), Math.min(m.wallMillis(), again.wallMillis()),
              Math.min(m.cpuMillis(), again.cpuMillis()), Math.min(m.ownMillis(), again.ownMillis()));
        }
        Row row = new Row(name, g.vertexCount(), g.edgeCount(), k, p.edgeCut(), m.cut(),
            p.imbalance(), m.imbalance(), ourMillis, ourCpu, m.wallMillis(), m.cpuMillis(),
            m.ownMillis(), loadAverage());
        rows.add(row);
        System.err.println(format(row));
      }
    }
    String table = table(rows);
    System.out.println(table);
    if (out != null) {
      writeReport(out, table, String.join(" ", args));
    }
  }

  /**
   * What one gpmetis run gave: cut and imbalance recomputed from its partition file, the wall time
   * of the process and the partitioning time it reports itself.
   */
  public record MetisRun(
      long cut, double imbalance, double wallMillis, double cpuMillis, double ownMillis) {}

  private static double minutes(String m, String s) {
    return (Long.parseLong(m) * 60 + Double.parseDouble(s)) * 1000;
  }

  /** True if a {@code gpmetis} executable is on the PATH. */
  public static boolean gpmetisAvailable() {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "gpmetis"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs {@code gpmetis -ptype=kway -ufactor=30 -seed=1} on {@code graphFile} (which must hold
   * {@code g} in METIS format) and reads its partition back.
   *
   * @throws IOException if gpmetis fails or its partition file is malformed
   */
  public static MetisRun runMetis(Path graphFile, int k, WeightedGraph g)
      throws IOException, InterruptedException {
    // bash's `times` reports the CPU time of its children, i.e. of gpmetis, after it exits.
    ProcessBuilder pb = new ProcessBuilder("bash", "-c",
        "gpmetis -ptype=kway -ufactor=30 -seed=1 \"$0\" \"$1\"; rc=$?; times; exit $rc",
        graphFile.toString(), Integer.toString(k));
    pb.redirectErrorStream(true);
    long start = System.nanoTime();
    Process proc = pb.start();
    String output = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int rc = proc.waitFor();
    double wall = (System.nanoTime() - start) / 1e6;
    if (rc != 0) {
      throw new IOException("gpmetis failed with exit code " + rc + ": " + output);
    }
    Path partFile = Path.of(graphFile + ".part." + k);
    int[] parts = MetisGraphFile.readPartition(partFile, g.vertexCount());
    Partition p = Partition.of(g, parts, k);
    Matcher cm = METIS_CUT.matcher(output);
    if (cm.find() && Long.parseLong(cm.group(1)) != p.edgeCut()) {
      throw new IllegalStateException("gpmetis reports cut " + cm.group(1)
          + " but its partition file gives " + p.edgeCut());
    }
    Matcher tm = METIS_TIME.matcher(output);
    double own = tm.find() ? Double.parseDouble(tm.group(1)) * 1000 : Double.NaN;
    Matcher times = TIMES.matcher(output);
    double cpu = Double.NaN;
    while (times.find()) { // the last line of `times` is the children's user and system time
      cpu = minutes(times.group(1), times.group(2)) + minutes(times.group(3), times.group(4));
    }
    Files.deleteIfExists(partFile);
    return new MetisRun(p.edgeCut(), p.imbalance(), wall, cpu, own);
  }

  /**
   * The graphs of the table, in its order; the first seven are the default set. Each is seeded and
   * the same in every run.
   */
  static Map<String, Supplier<WeightedGraph>> graphs() {
    Map<String, Supplier<WeightedGraph>> m = new LinkedHashMap<>();
    m.put("powerlaw-100k", () -> BenchmarkGraphs.chungLu(100_000, 10, 2.5, 4));
    m.put("geometric-200k", () -> BenchmarkGraphs.geometric(200_000, 10, 3));
    m.put("grid2d-400", () -> BenchmarkGraphs.grid2d(400, 400));
    m.put("grid3d-50", () -> BenchmarkGraphs.grid3d(50));
    m.put("clusters-24x5k", () -> BenchmarkGraphs.clustered(24, 5_000, 12, 0.03, 6));
    m.put("tpcc128", () -> BenchmarkGraphs.tpcc(128, 30, 1_000, 400_000, 7));
    m.put("tpcc16", () -> BenchmarkGraphs.tpcc(16, 300, 10_000, 400_000, 1));
    m.put("tpcc32", () -> BenchmarkGraphs.tpcc(32, 300, 10_000, 800_000, 2));
    m.put("powerlaw-1m", () -> BenchmarkGraphs.chungLu(1_000_000, 10, 2.5, 5));
    return m;
  }

  /** The graphs run when {@code --graphs} is not given. */
  static final List<String> DEFAULT_GRAPHS = List.of("powerlaw-100k", "geometric-200k",
      "grid2d-400", "grid3d-50", "clusters-24x5k", "tpcc128", "tpcc16");

  private static String format(Row r) {
    return String.format(Locale.ROOT,
        "| %s | %,d | %,d | %d | %,d | %,d | %.3f | %.3f | %.3f | %.0f | %.0f | %.0f | %.0f | %.0f "
            + "| %.2f | %.2f | %s |",
        r.graph(), r.vertices(), r.edges(), r.k(), r.ourCut(), r.metisCut(), r.cutRatio(),
        r.ourImbalance(), r.metisImbalance(), r.ourMillis(), r.ourCpuMillis(),
        r.metisWallMillis(), r.metisCpuMillis(), r.metisOwnMillis(), r.timeRatio(),
        r.cpuRatio(), r.load());
  }

  static String table(List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    sb.append("| graph | vertices | edges | k | our cut | METIS cut | cut ratio | our imbalance "
        + "| METIS imbalance | our wall ms | our CPU ms | METIS wall ms | METIS CPU ms "
        + "| METIS own ms | time ratio (wall) | time ratio (CPU) | load |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      sb.append(format(r)).append('\n');
    }
    return sb.toString();
  }

  private static void writeReport(Path out, String table, String args) throws IOException {
    String text = "<!-- generated by MetisComparison " + args + " -->\n" + table;
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, text, StandardCharsets.UTF_8);
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --option value pairs, got " + a);
      }
      m.put(a.substring(2), args[++i]);
    }
    return m;
  }

  private static int[] ints(String csv) {
    String[] s = csv.split(",");
    int[] r = new int[s.length];
    for (int i = 0; i < s.length; i++) {
      r[i] = Integer.parseInt(s[i].trim());
    }
    return r;
  }
}
