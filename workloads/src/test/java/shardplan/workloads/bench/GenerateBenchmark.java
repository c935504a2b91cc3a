package shardplan.workloads.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.LogFormat;
import shardplan.workloads.Workload;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;
import shardplan.workloads.Workloads;

/**
 * Times the generation of at least a given number of statements into a file; not a test.
 * Arguments: statements (default 1000000), format (default csvlog), folder (default a temporary
 * one, deleted afterwards), workload (default tpcc). It first runs a short warm-up, then generates
 * enough transactions for the statement count (scale 1, standard sizes, no data files) and
 * prints the wall time, CPU time of this thread, statements and bytes; then times writing the
 * initial data at the default scale.
 */
public final class GenerateBenchmark {
  private GenerateBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    long statements = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    LogFormat format = args.length > 1 ? LogFormat.parse(args[1]) : LogFormat.CSVLOG;
    Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("shardplan-bench");
    Workload w = Workloads.byName(args.length > 3 ? args[3] : "tpcc");
    WorkloadOptions base = WorkloadOptions.DEFAULT.withFormat(format).withWriteData(false);
    // warm-up: size the run from the statements per transaction of a short one
    GenerationResult warm = WorkloadGenerator.generate(w, base.withTransactions(5_000), dir);
    double perTransaction = (double) warm.expected().statements() / warm.expected().transactions();
    int transactions = (int) Math.ceil(statements / perTransaction * 1.05);
    var bean = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = bean.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    GenerationResult r = WorkloadGenerator.generate(w, base.withTransactions(transactions), dir);
    long wall = System.nanoTime() - t0;
    long cpu = bean.getCurrentThreadCpuTime() - cpu0;
    long bytes = Files.size(r.log());
    System.out.printf("%s %s: %d statements (%d transactions), %.1f MB in %.2f s wall, %.2f s cpu, %.0f statements/s%n",
        w.name(), format.label(), r.expected().statements(), r.expected().transactions(), bytes / 1e6, wall / 1e9,
        cpu / 1e9, r.expected().statements() / (wall / 1e9));
    long d0 = System.nanoTime();
    GenerationResult data = WorkloadGenerator.generate(w, base.withWriteData(true).withTransactions(0),
        dir.resolve("data-only"));
    long dataWall = System.nanoTime() - d0;
    long dataBytes;
    try (var s = Files.walk(data.dataDir())) {
      dataBytes = s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    System.out.printf("%s initial data at scale %d (standard sizes): %.1f MB in %.2f s wall%n", w.name(),
        data.expected().scale(), dataBytes / 1e6, dataWall / 1e9);
    if (args.length <= 2) {
      try (var s = Files.walk(dir)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
