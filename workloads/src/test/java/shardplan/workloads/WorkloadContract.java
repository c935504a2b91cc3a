package shardplan.workloads;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.workloads.model.Expected;
import shardplan.workloads.model.ExpectedTable;
import shardplan.workloads.model.JoinPair;
import shardplan.workloads.model.ScheduledTransaction;
import shardplan.workloads.model.StatementTemplate;
import shardplan.workloads.model.TableCounts;

/**
 * What every workload must do, whatever its benchmark: same seed same bytes, a schema with every
 * table, a placement for every table, template facts that match their SQL, logs in the server's
 * layouts, and ground truth that adds up. Each workload's test extends this and adds its own.
 */
abstract class WorkloadContract {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} UTC");
  static final Pattern VXID = Pattern.compile("\\d+/\\d+");

  @TempDir
  Path dir;

  abstract Workload workload();

  /** Small options that still exercise every transaction type. */
  abstract WorkloadOptions small();

  private GenerationResult generate(String name, WorkloadOptions o) throws IOException {
    return WorkloadGenerator.generate(workload(), o, dir.resolve(name));
  }

  @Test
  void sameSeedWritesTheSameBytesInEveryFormat() throws IOException {
    for (LogFormat f : LogFormat.values()) {
      GenerationResult a = generate("a-" + f.label(), small().withFormat(f));
      GenerationResult b = generate("b-" + f.label(), small().withFormat(f));
      assertSameFiles(a.dir(), b.dir());
    }
  }

  @Test
  void anotherSeedWritesAnotherLog() throws IOException {
    GenerationResult a = generate("a", small().withWriteData(false));
    GenerationResult b = generate("b", small().withSeed(small().seed() + 1).withWriteData(false));
    assertThat(Files.readString(a.log())).isNotEqualTo(Files.readString(b.log()));
  }

  private static void assertSameFiles(Path a, Path b) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(a)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    for (Path f : files) {
      Path other = b.resolve(a.relativize(f));
      assertThat(Files.mismatch(f, other)).as(a.relativize(f).toString()).isEqualTo(-1L);
    }
  }

  @Test
  void schemaCreatesEveryTableInLoadOrder() {
    String schema = workload().schemaSql().toLowerCase(Locale.ROOT);
    int last = -1;
    for (String t : workload().tables()) {
      int at = Math.max(schema.indexOf("create table " + t + " ("), schema.indexOf("create table \"" + t + "\" ("));
      assertThat(at).as("CREATE TABLE " + t).isGreaterThan(last);
      last = at;
    }
    assertThat(countOf(schema, "create table ")).isEqualTo(workload().tables().size());
  }

  @Test
  void placementNamesEveryTableOnce() {
    List<ExpectedTable> p = workload().expectedPlacement(small());
    assertThat(p).extracting(ExpectedTable::name).containsExactlyElementsOf(workload().tables());
    for (ExpectedTable t : p) {
      assertThat(t.reason()).isNotBlank();
      if (t.placement().equals("distributed")) {
        assertThat(workload().schemaSql()).contains(t.column());
        assertThat(t.colocationGroup()).isPositive();
      } else {
        assertThat(t.column()).isNull();
      }
    }
  }

  /** A table name, plain or quoted as an ORM writes it. */
  private static final String NAME = "(?:[a-z_]+|\"[A-Za-z_]+\")";
  private static final Pattern FROM_LIST = Pattern.compile(
      "\\bFROM\\s+(" + NAME + "(?:\\s*,\\s*" + NAME + ")*)|\\bJOIN\\s+(" + NAME + ")", Pattern.CASE_INSENSITIVE);
  private static final Pattern TARGET = Pattern.compile(
      "^\\s*(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM)\\s+(" + NAME + ")", Pattern.CASE_INSENSITIVE);
  /** An equality of two quoted, alias-qualified columns, as ORMs write joins. */
  private static final Pattern QUOTED_EQUALITY = Pattern.compile(
      "(?:\"\\w+\"\\.)?\"\\w+\"\\s*=\\s*(?:\"\\w+\"\\.)?\"\\w+\"(?!\\s*\\()");

  private static String unquote(String name) {
    return name.startsWith("\"") ? name.substring(1, name.length() - 1) : name;
  }

  /** An independent reading of each template's SQL (for these simple statements) against its facts. */
  @Test
  void templateFactsMatchTheirSql() {
    Set<String> tables = new TreeSet<>(workload().tables());
    for (StatementTemplate t : workload().templates()) {
      String sql = t.sql();
      Set<String> reads = new TreeSet<>();
      Matcher m = FROM_LIST.matcher(sql);
      String target = null;
      Matcher tm = TARGET.matcher(sql);
      if (tm.find()) {
        target = unquote(tm.group(1));
      }
      while (m.find()) {
        String list = m.group(1) != null ? m.group(1) : m.group(2);
        for (String name : list.split(",")) {
          String n = unquote(name.strip());
          if (!n.equals(target) || sql.stripLeading().toUpperCase(Locale.ROOT).startsWith("SELECT")) {
            reads.add(n);
          }
        }
      }
      assertThat(reads).as(t.id() + " reads").containsExactlyInAnyOrderElementsOf(t.reads());
      String kind = sql.stripLeading().substring(0, 6).toUpperCase(Locale.ROOT);
      assertThat(t.inserts()).as(t.id() + " inserts").isEqualTo(kind.equals("INSERT") ? target : null);
      assertThat(t.updates()).as(t.id() + " updates").isEqualTo(kind.equals("UPDATE") ? target : null);
      assertThat(t.deletes()).as(t.id() + " deletes").isEqualTo(kind.equals("DELETE") ? target : null);
      assertThat(tables).as(t.id() + " tables").containsAll(t.tables());
      for (JoinPair j : t.joins()) {
        for (String col : List.of(j.left(), j.right())) {
          String column = col.substring(col.indexOf('.') + 1);
          assertThat(sql).as(t.id() + " joins " + col).contains(column);
          assertThat(t.reads()).as(t.id() + " joins a table it reads").contains(col.substring(0, col.indexOf('.')));
        }
      }
      String bare = sql.replaceAll("\\$\\d+", "?").replaceAll("(?s)SET .*?(WHERE|$)", "WHERE");
      long equalities = Pattern.compile("\\b[a-z_]+\\s*=\\s*[a-z_]+\\b(?!\\s*\\()").matcher(bare).results()
          .filter(r -> !r.group().toLowerCase(Locale.ROOT).contains("excluded")).count()
          + QUOTED_EQUALITY.matcher(bare).results().count();
      assertThat(t.joins()).as(t.id() + " column equalities").hasSize((int) equalities);
    }
  }

  @Test
  void groundTruthAddsUp() throws IOException {
    WorkloadOptions o = small().withWriteData(false);
    GenerationResult r = generate("truth", o);
    Expected e = r.expected();
    assertThat(ExpectedJson.read(r.expectedFile())).isEqualTo(e);
    assertThat(e.transactions()).isEqualTo(o.transactions());
    List<ScheduledTransaction> txns = WorkloadGenerator.transactions(workload(), o);
    long statements = txns.stream().mapToLong(t -> t.transaction().calls().size()).sum();
    assertThat(e.statements()).isEqualTo(statements);
    assertThat(e.committedTransactions()).isEqualTo(txns.stream().filter(t -> !t.transaction().rollback()).count());
    assertThat(e.counts().keySet()).containsExactlyElementsOf(workload().tables());
    assertThat(e.abortedCounts().keySet()).containsExactlyElementsOf(workload().tables());
    // recount from the transactions, table by table
    Map<String, long[]> recount = new HashMap<>();
    for (ScheduledTransaction t : txns) {
      if (t.transaction().rollback()) {
        continue;
      }
      for (var call : t.transaction().calls()) {
        StatementTemplate st = call.template();
        for (String table : st.tables()) {
          long[] c = recount.computeIfAbsent(table, k -> new long[4]);
          if (st.reads().contains(table)) {
            c[0]++;
          }
          if (table.equals(st.inserts())) {
            c[1]++;
          }
          if (table.equals(st.updates())) {
            c[2]++;
          }
          if (table.equals(st.deletes())) {
            c[3]++;
          }
        }
      }
    }
    for (Map.Entry<String, TableCounts> en : e.counts().entrySet()) {
      long[] c = recount.getOrDefault(en.getKey(), new long[4]);
      assertThat(en.getValue()).as(en.getKey()).isEqualTo(new TableCounts(c[0], c[1], c[2], c[3]));
    }
    assertThat(e.joins()).allSatisfy(j -> assertThat(j.left()).isLessThan(j.right()));
    assertThat(e.spanFraction()).isBetween(0.0, 1.0);
  }

  @Test
  void csvlogParsesIntoThePostgresLayout() throws IOException {
    GenerationResult r = generate("csv", small().withWriteData(false));
    List<CSVRecord> recs = new ArrayList<>();
    try (Reader in = Files.newBufferedReader(r.log(), StandardCharsets.UTF_8)) {
      CSVFormat.DEFAULT.parse(in).forEach(recs::add);
    }
    String previous = "";
    Map<String, Long> lineNum = new HashMap<>();
    Map<String, String> sessionOfPid = new HashMap<>();
    long begins = 0;
    long commits = 0;
    long rollbacks = 0;
    long statements = 0;
    for (CSVRecord rec : recs) {
      assertThat(rec.size()).isEqualTo(26);
      assertThat(rec.get(0)).matches(TIMESTAMP);
      assertThat(rec.get(0)).isGreaterThanOrEqualTo(previous);
      previous = rec.get(0);
      String pid = rec.get(3);
      assertThat(sessionOfPid.computeIfAbsent(pid, k -> rec.get(5))).isEqualTo(rec.get(5));
      long n = Long.parseLong(rec.get(6));
      assertThat(n).isEqualTo(lineNum.getOrDefault(pid, 0L) + 1);
      lineNum.put(pid, n);
      assertThat(rec.get(9)).matches(VXID);
      assertThat(rec.get(11)).isEqualTo("LOG");
      assertThat(rec.get(12)).isEqualTo("00000");
      assertThat(rec.get(23)).isEqualTo("client backend");
      String msg = rec.get(13);
      if (msg.equals("statement: BEGIN")) {
        begins++;
      } else if (msg.endsWith(": COMMIT")) {
        commits++;
      } else if (msg.endsWith(": ROLLBACK")) {
        rollbacks++;
      } else if (msg.startsWith("execute ")) {
        statements++;
        assertThat(msg).matches("(?s)execute (<unnamed>|S_\\d+): .*");
        // A statement without parameters has no detail line.
        assertThat(rec.get(14)).matches("|parameters: \\$1 = (?s).*");
      } else if (!msg.startsWith("statement: SET application_name")) {
        assertThat(workload().connectStatements()).as("statement sent on connect").contains(msg.substring(11));
      }
    }
    assertThat(sessionOfPid).hasSize(small().sessions());
    assertThat(new TreeSet<>(sessionOfPid.values())).hasSize(small().sessions());
    Expected e = r.expected();
    assertThat(begins).isEqualTo(e.transactions());
    assertThat(commits).isEqualTo(e.committedTransactions());
    assertThat(rollbacks).isEqualTo(e.transactions() - e.committedTransactions());
    assertThat(statements).isEqualTo(e.statements());
    assertThat(recs.stream().anyMatch(x -> x.get(13).contains("\n"))).as("multi-line statements").isTrue();
  }

  @Test
  void jsonlogLinesAreJsonObjectsWithTheServerKeys() throws IOException {
    GenerationResult r = generate("json", small().withFormat(LogFormat.JSONLOG).withWriteData(false));
    List<String> lines = Files.readAllLines(r.log());
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      JsonNode n = JSON.readTree(line);
      assertThat(n.isObject()).isTrue();
      assertThat(n.path("timestamp").asText()).matches(TIMESTAMP);
      assertThat(n.path("pid").isInt()).isTrue();
      assertThat(n.path("vxid").asText()).matches(VXID);
      assertThat(n.path("error_severity").asText()).isEqualTo("LOG");
      assertThat(n.path("backend_type").asText()).isEqualTo("client backend");
    }
  }

  @Test
  void sqlScriptHoldsEveryStatementOnce() throws IOException {
    GenerationResult r = generate("sql", small().withFormat(LogFormat.SQL).withWriteData(false));
    String text = Files.readString(r.log());
    long ends = text.lines().filter(l -> l.endsWith(";")).count();
    long control = text.lines().filter(l -> l.equals("BEGIN;") || l.equals("COMMIT;") || l.equals("ROLLBACK;")).count();
    assertThat(ends - control).isEqualTo(r.expected().statements());
    assertThat(text).doesNotContain("$1");
  }

  @Test
  void dataFilesAndLoadScriptCoverEveryTable() throws IOException {
    GenerationResult r = generate("data", small());
    String load = Files.readString(r.dataDir().resolve("load.sql"));
    int last = -1;
    for (String t : workload().tables()) {
      assertThat(r.dataDir().resolve(t + ".csv")).exists();
      int at = load.indexOf("\\copy " + WorkloadGenerator.quoted(t) + " FROM 'data/" + t + ".csv' WITH (FORMAT csv)");
      assertThat(at).as(t).isGreaterThan(last);
      last = at;
    }
  }

  static int countOf(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
