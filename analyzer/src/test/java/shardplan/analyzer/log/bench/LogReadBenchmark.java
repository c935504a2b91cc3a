package shardplan.analyzer.log.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import shardplan.analyzer.diag.SkipCounter;
import shardplan.analyzer.log.LogEvent;
import shardplan.analyzer.log.LogInput;
import shardplan.analyzer.log.LogOptions;
import shardplan.analyzer.log.LogReadSummary;

/**
 * Measures how many log lines per second {@link LogInput} reads, single-threaded, from a synthetic
 * log of TPC-C-like traffic (BEGIN, extended-protocol statements with their parameters, COMMIT,
 * a few multi-line statements and checkpoints) written in csvlog, jsonlog and stderr.
 *
 * <p>Usage: {@code LogReadBenchmark [lines] [rounds] [csv,json,log]} (defaults 2,000,000, 5 and all
 * three). Prints, per format, the best and the median round by wall-clock time, and the rate by
 * the reading thread's CPU time, which other processes on a busy machine do not distort. Not a
 * test: the figure depends on the machine.
 */
public final class LogReadBenchmark {
  private static final String[] STATEMENTS = {
      "SELECT w_tax FROM warehouse WHERE w_id = $1",
      "SELECT d_tax, d_next_o_id FROM district WHERE d_w_id = $1 AND d_id = $2 FOR UPDATE",
      "UPDATE district SET d_next_o_id = $1 WHERE d_w_id = $2 AND d_id = $3",
      "SELECT c_discount, c_last, c_credit FROM customer WHERE c_w_id = $1 AND c_d_id = $2 AND c_id = $3",
      "INSERT INTO orders (o_id, o_d_id, o_w_id, o_c_id, o_entry_d, o_ol_cnt, o_all_local) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      "SELECT i_price, i_name, i_data FROM item WHERE i_id = $1",
      "SELECT s_quantity, s_data, s_dist_01 FROM stock WHERE s_i_id = $1 AND s_w_id = $2 FOR UPDATE",
      "UPDATE stock SET s_quantity = $1, s_ytd = s_ytd + $2 WHERE s_i_id = $3 AND s_w_id = $4",
      "INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
  };

  private LogReadBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    long lines = args.length > 0 ? Long.parseLong(args[0]) : 2_000_000L;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<String> formats = args.length > 2 ? List.of(args[2].split(",")) : List.of("csv", "json", "log");
    Path dir = Files.createTempDirectory("log-bench");
    try {
      for (String format : formats) {
        Path f = dir.resolve("postgresql." + format);
        long written = generate(f, format, lines);
        measure(f, format, written, rounds);
        Files.delete(f);
      }
    } finally {
      Files.deleteIfExists(dir);
    }
  }

  private static void measure(Path f, String format, long lines, int rounds) throws IOException {
    long size = Files.size(f);
    double[] rates = new double[rounds];
    double[] cpuRates = new double[rounds];
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    LogReadSummary last = null;
    for (int r = 0; r < rounds; r++) {
      long[] sink = new long[2];
      long t0 = System.nanoTime();
      long c0 = mx.getCurrentThreadCpuTime();
      last = LogInput.read(List.of(f), LogOptions.DEFAULT, new SkipCounter(), n -> { }, e -> {
        sink[0]++;
        if (e instanceof LogEvent.Statement s) {
          sink[1] += s.sql().length() + s.parameters().size();
        }
      });
      double secs = (System.nanoTime() - t0) / 1e9;
      double cpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
      rates[r] = last.linesRead() / secs;
      cpuRates[r] = last.linesRead() / cpu;
      if (sink[0] != last.statements() + last.errors()) {
        throw new IllegalStateException("events lost");
      }
    }
    double[] sorted = rates.clone();
    Arrays.sort(sorted);
    double[] cpuSorted = cpuRates.clone();
    Arrays.sort(cpuSorted);
    System.out.printf(Locale.ROOT,
        "%-4s lines=%d records=%d statements=%d skipped=%d size=%.1fMB%n"
            + "     wall: best=%,.0f lines/s (%.0f MB/s) median=%,.0f lines/s; cpu: best=%,.0f median=%,.0f lines/s%n",
        format, last.linesRead(), last.records(), last.statements(), last.skipped(), size / 1e6,
        sorted[rounds - 1], sorted[rounds - 1] * size / lines / 1e6, sorted[rounds / 2],
        cpuSorted[rounds - 1], cpuSorted[rounds / 2]);
  }

  /** Writes about {@code lines} lines of TPC-C-like traffic; returns the lines written. */
  static long generate(Path f, String format, long lines) throws IOException {
    Random rnd = new Random(42);
    long written = 0;
    long ms = 1_714_564_800_000L;
    int line = 0;
    try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      while (written < lines) {
        int session = rnd.nextInt(64);
        String sid = String.format(Locale.ROOT, "66321a2b.%x", 0x1000 + session);
        int pid = 20000 + session;
        String vxid = (3 + session) + "/" + line;
        written += record(w, format, ms++, sid, pid, vxid, "statement: BEGIN", null);
        int n = 3 + rnd.nextInt(8);
        for (int k = 0; k < n; k++) {
          String sql = STATEMENTS[rnd.nextInt(STATEMENTS.length)];
          int params = (int) sql.chars().filter(c -> c == '$').count();
          List<String> values = new ArrayList<>();
          for (int p = 0; p < params; p++) {
            values.add(rnd.nextInt(10) == 0 ? "it's " + rnd.nextInt(1000) : Integer.toString(rnd.nextInt(100_000)));
          }
          StringBuilder detail = new StringBuilder("parameters: ");
          for (int p = 0; p < params; p++) {
            if (p > 0) {
              detail.append(", ");
            }
            detail.append('$').append(p + 1).append(" = '").append(values.get(p).replace("'", "''")).append('\'');
          }
          written += record(w, format, ms++, sid, pid, vxid, "execute S_" + (k + 1) + ": " + sql, detail.toString());
        }
        if (rnd.nextInt(20) == 0) {
          written += record(w, format, ms++, sid, pid, vxid,
              "statement: SELECT count(*)\n  FROM stock\n  WHERE s_w_id = 1\n    AND s_quantity < 10", null);
        }
        if (rnd.nextInt(200) == 0) {
          written += record(w, format, ms++, "", 100, "", "checkpoint starting: time", null);
        }
        written += record(w, format, ms++, sid, pid, vxid, "statement: COMMIT", null);
        line++;
      }
    }
    return written;
  }

  private static final java.time.format.DateTimeFormatter TS =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS 'UTC'", Locale.ROOT)
          .withZone(java.time.ZoneOffset.UTC);

  private static int record(BufferedWriter w, String format, long ms, String sid, int pid, String vxid,
                            String message, String detail) throws IOException {
    String ts = TS.format(java.time.Instant.ofEpochMilli(ms));
    int lines = 1 + (int) message.chars().filter(c -> c == '\n').count();
    switch (format) {
      case "csv" -> {
        w.write(ts + ",\"app\",\"tpcc\"," + pid + ",\"127.0.0.1:5" + pid + "\"," + sid + ",1,\"SELECT\"," + ts + ","
            + vxid + ",0,LOG,00000,\"" + message.replace("\"", "\"\"") + "\","
            + (detail == null ? "" : "\"" + detail.replace("\"", "\"\"") + "\"")
            + ",,,,,,,,\"PostgreSQL JDBC Driver\",\"client backend\",,0\n");
        return lines;
      }
      case "json" -> {
        w.write("{\"timestamp\":\"" + ts + "\",\"user\":\"app\",\"dbname\":\"tpcc\",\"pid\":" + pid
            + ",\"remote_host\":\"127.0.0.1\",\"remote_port\":5" + pid + ",\"session_id\":\"" + sid
            + "\",\"line_num\":1,\"ps\":\"SELECT\",\"session_start\":\"" + ts + "\",\"vxid\":\"" + vxid
            + "\",\"txid\":0,\"error_severity\":\"LOG\",\"message\":\"" + message.replace("\n", "\\n") + "\""
            + (detail == null ? "" : ",\"detail\":\"" + detail + "\"")
            + ",\"application_name\":\"PostgreSQL JDBC Driver\",\"backend_type\":\"client backend\",\"query_id\":0}\n");
        return 1;
      }
      default -> {
        String prefix = ts + " [" + pid + "] ";
        w.write(prefix + "LOG:  " + message.replace("\n", "\n\t") + "\n");
        if (detail != null) {
          w.write(prefix + "DETAIL:  " + detail + "\n");
          return lines + 1;
        }
        return lines;
      }
    }
  }
}
