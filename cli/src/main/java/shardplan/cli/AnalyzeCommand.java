package shardplan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import shardplan.analyzer.model.ColumnValues;
import shardplan.analyzer.model.JoinEdge;
import shardplan.analyzer.model.OperationCounts;
import shardplan.analyzer.model.SkipReason;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.model.TableUsage;
import shardplan.analyzer.model.TemplateUsage;
import shardplan.analyzer.model.WorkloadProfile;

/** {@code shardplan analyze}: what the workload in the logs did to each table. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {
      "Reads query logs and the schema and summarises the workload: statements, transactions,"
          + " templates, per-table reads and writes, join edges, and what was skipped and why.",
      "",
      "Counts are statements, not rows. reads/inserts/updates/deletes and updateRatio count the"
          + " statements of COMMITTED transactions (and autocommit statements that succeeded);"
          + " statements of transactions that rolled back or failed are counted apart as"
          + " 'aborted'. A statement reads every table in its FROM/JOIN/subqueries/CTEs; the target"
          + " of INSERT (also upsert), UPDATE or DELETE counts as that write only. BEGIN/COMMIT,"
          + " SET, SHOW and catalog queries are not statements.",
      "",
      "No literal value from the logs is printed unless --show-values is given."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @Mixin
  InputOptions input;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (a summary) or json (one JSON object); default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the output to FILE instead of stdout.")
  Path out;

  @Option(names = "--top", paramLabel = "N", defaultValue = "10",
      description = "Join edges and templates shown in the text summary (default: ${DEFAULT-VALUE}).")
  int top;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("text") && !fmt.equals("json")) {
      throw new IllegalArgumentException("unknown --format '" + format + "' (expected text or json)");
    }
    long start = System.nanoTime();
    long cpuStart = processCpuNanos();
    WorkloadProfile profile = ProfileLoader.load(input, spec);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
    String text = fmt.equals("json") ? json(profile) : text(profile, seconds, cpuSeconds);
    if (out != null) {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(out, text, StandardCharsets.UTF_8);
      if (fmt.equals("text")) {
        spec.commandLine().getOut().print(text);
      }
    } else {
      spec.commandLine().getOut().print(text);
    }
    spec.commandLine().getOut().flush();
    return 0;
  }

  /** The JSON object: counts only, templates with {@code $n}, values only with --show-values. */
  String json(WorkloadProfile p) throws IOException {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("statements", p.statements());
    root.put("transactions", p.transactions());
    root.put("committedTransactions", p.transactions() - p.abortedTransactions());
    root.put("abortedTransactions", p.abortedTransactions());
    root.put("templates", p.templates().size());
    root.put("rowLevel", p.rowLevel());
    root.put("linesRead", p.linesRead());
    List<Object> tables = new ArrayList<>();
    for (TableUsage u : p.tables()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("name", u.table());
      OperationCounts c = u.committed();
      t.put("reads", c.reads());
      t.put("inserts", c.inserts());
      t.put("updates", c.updates());
      t.put("deletes", c.deletes());
      t.put("updateRatio", round(c.updateRatio()));
      OperationCounts a = u.aborted();
      Map<String, Object> ab = new LinkedHashMap<>();
      ab.put("reads", a.reads());
      ab.put("inserts", a.inserts());
      ab.put("updates", a.updates());
      ab.put("deletes", a.deletes());
      t.put("aborted", ab);
      tables.add(t);
    }
    root.put("tables", tables);
    List<Object> joins = new ArrayList<>();
    for (JoinEdge j : p.joins()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("left", j.left().toString());
      m.put("right", j.right().toString());
      m.put("weight", j.weight());
      joins.add(m);
    }
    root.put("joins", joins);
    Map<String, Object> skipped = new LinkedHashMap<>();
    Map<String, Object> examples = new LinkedHashMap<>();
    for (SkipReason r : p.skipped()) {
      skipped.put(r.reason(), r.count());
      examples.put(r.reason(), r.examples());
    }
    root.put("skipped", skipped);
    root.put("skippedExamples", examples);
    List<Object> templates = new ArrayList<>();
    for (TemplateUsage t : p.templates()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", t.id());
      m.put("kind", t.facts().kind().name().toLowerCase(Locale.ROOT));
      m.put("committedCalls", t.committedCalls());
      m.put("abortedCalls", t.abortedCalls());
      m.put("sql", t.sql());
      templates.add(m);
    }
    root.put("templateList", templates);
    if (input.showValues()) {
      root.put("sampleTransactions", sample(p));
    }
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    return mapper.writeValueAsString(root) + System.lineSeparator();
  }

  private static double round(double d) {
    return Math.round(d * 10000.0) / 10000.0;
  }

  /** The row keys of the first few transactions (only with --show-values). */
  private static List<Object> sample(WorkloadProfile p) {
    List<Object> out = new ArrayList<>();
    p.transactionStream().forEach(t -> {
      if (out.size() >= 5) {
        return;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("session", t.session());
      m.put("committed", t.committed());
      List<String> keys = new ArrayList<>();
      for (TableAccess a : t.accesses()) {
        keys.add(describe(a));
      }
      m.put("accesses", keys);
      out.add(m);
    });
    return out;
  }

  private static String describe(TableAccess a) {
    StringBuilder b = new StringBuilder(a.kind().name().toLowerCase(Locale.ROOT)).append(' ').append(a.table());
    for (ColumnValues cv : a.bindings()) {
      b.append(' ').append(cv.column()).append('=').append(cv.values());
    }
    return b.toString();
  }

  /** CPU time of the whole process (all threads), or -1 where the platform does not say. */
  private static long processCpuNanos() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
      return sun.getProcessCpuTime();
    }
    return -1;
  }

  /** The human summary. */
  String text(WorkloadProfile p, double seconds, double cpuSeconds) {
    StringWriter sw = new StringWriter();
    PrintWriter w = new PrintWriter(sw);
    w.printf(Locale.ROOT, "Statements:   %,d (data statements; BEGIN/COMMIT/SET and catalog queries not counted)%n",
        p.statements());
    w.printf(Locale.ROOT, "Transactions: %,d (%,d committed, %,d rolled back or failed)%n", p.transactions(),
        p.transactions() - p.abortedTransactions(), p.abortedTransactions());
    w.printf(Locale.ROOT, "Templates:    %,d%n", p.templates().size());
    w.printf(Locale.ROOT, "Row keys:     %s%n", p.rowLevel()
        ? String.format(Locale.ROOT, "%,d transactions kept (sample rate %s)", p.transactionStream().size(),
            p.transactionStream().sampleRate())
        : "none (the input has no literal values: table-level statistics only)");
    w.println();
    w.println("Tables (statements of committed transactions; aborted in the last column)");
    int nameWidth = 5;
    for (TableUsage u : p.tables()) {
      nameWidth = Math.max(nameWidth, u.table().length());
    }
    String rowFmt = "  %-" + nameWidth + "s %10s %10s %10s %10s %12s %10s%n";
    w.printf(Locale.ROOT, rowFmt, "table", "reads", "inserts", "updates", "deletes", "updateRatio", "aborted");
    for (TableUsage u : p.tables()) {
      OperationCounts c = u.committed();
      w.printf(Locale.ROOT, rowFmt, u.table(), fmt(c.reads()), fmt(c.inserts()), fmt(c.updates()),
          fmt(c.deletes()), String.format(Locale.ROOT, "%.3f", c.updateRatio()), fmt(u.aborted().total()));
    }
    w.println();
    w.printf(Locale.ROOT, "Join edges (%d; committed statements)%n", p.joins().size());
    int shown = 0;
    for (JoinEdge j : p.joins()) {
      if (shown++ >= top) {
        w.printf(Locale.ROOT, "  ... %d more (--top or --format json)%n", p.joins().size() - top);
        break;
      }
      w.printf(Locale.ROOT, "  %-40s %10s%n", j.left() + " = " + j.right(), fmt(j.weight()));
    }
    w.println();
    w.printf(Locale.ROOT, "Top templates%n");
    shown = 0;
    for (TemplateUsage t : p.templates()) {
      if (shown++ >= top) {
        break;
      }
      String sql = t.sql().length() > 100 ? t.sql().substring(0, 100) + "…" : t.sql();
      w.printf(Locale.ROOT, "  %10s  %s  %s%n", fmt(t.committedCalls() + t.abortedCalls()), t.id(), sql);
    }
    w.println();
    if (p.skipped().isEmpty()) {
      w.println("Skipped: nothing");
    } else {
      w.println("Skipped (by reason, with example templates)");
      for (SkipReason r : p.skipped()) {
        w.printf(Locale.ROOT, "  %-26s %10s", r.reason(), fmt(r.count()));
        if (!r.examples().isEmpty()) {
          String ex = r.examples().get(0);
          w.print("  e.g. " + (ex.length() > 80 ? ex.substring(0, 80) + "…" : ex));
        }
        w.println();
      }
    }
    if (input.showValues()) {
      w.println();
      w.println("First transactions' row keys (--show-values)");
      for (Object o : sample(p)) {
        w.println("  " + o);
      }
    }
    w.println();
    w.printf(Locale.ROOT, "Analysed %,d lines in %.2f s: %,.0f statements/s (CPU %.2f s, all threads)%n",
        p.linesRead(), seconds, seconds > 0 ? p.statements() / seconds : 0.0, cpuSeconds);
    w.flush();
    return sw.toString();
  }

  private static String fmt(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }
}
