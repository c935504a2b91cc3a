package shardplan.workloads.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One SQL statement an application sends, with {@code $n} placeholders, and the facts the ground
 * truth counts for it: the tables it reads, the table it inserts into, updates or deletes from,
 * and its equi-join column pairs. The facts follow the shared counting rules: the target of an
 * UPDATE is an update (not also a read), tables in FROM/JOIN/subqueries are reads, a table counts
 * once per statement per category.
 *
 * <p>The text is split once at construction around its placeholders, so that writing a
 * statement with inlined literals (simple protocol, SQL scripts) needs no parsing later.
 */
public final class StatementTemplate {
  private final String id;
  private final String sql;
  private final String commandTag;
  private final List<String> reads;
  private final String inserts;
  private final String updates;
  private final String deletes;
  private final List<JoinPair> joins;
  private final boolean locksRows;
  private final String[] parts;
  private final int[] slots;
  private final int parameterCount;
  private final String jdbcSql;
  private final int ordinal;
  private static final java.util.concurrent.atomic.AtomicInteger ORDINALS = new java.util.concurrent.atomic.AtomicInteger();

  private StatementTemplate(Builder b) {
    this.id = b.id;
    this.sql = b.sql;
    this.reads = List.copyOf(new TreeSet<>(b.reads));
    this.inserts = b.inserts;
    this.updates = b.updates;
    this.deletes = b.deletes;
    this.joins = List.copyOf(new TreeSet<>(b.joins));
    String first = firstWord(sql);
    this.commandTag = first;
    this.locksRows = inserts != null || updates != null || deletes != null
        || sql.toUpperCase(Locale.ROOT).contains("FOR UPDATE");
    List<String> p = new ArrayList<>();
    List<Integer> s = new ArrayList<>();
    int max = 0;
    int start = 0;
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '$' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1))) {
        int j = i + 1;
        while (j < sql.length() && Character.isDigit(sql.charAt(j))) {
          j++;
        }
        int n = Integer.parseInt(sql.substring(i + 1, j));
        p.add(sql.substring(start, i));
        s.add(n - 1);
        max = Math.max(max, n);
        start = j;
        i = j;
      } else {
        i++;
      }
    }
    p.add(sql.substring(start));
    this.parts = p.toArray(new String[0]);
    this.slots = s.stream().mapToInt(Integer::intValue).toArray();
    this.parameterCount = max;
    for (int k = 0; k < slots.length; k++) {
      if (slots[k] != k) {
        // pgjdbc numbers the ? of a prepared statement $1, $2, ... in order of appearance; a
        // template written otherwise would log differently from what the driver really sends.
        throw new IllegalArgumentException(id + ": placeholders must be $1..$n, each once, in order");
      }
    }
    this.jdbcSql = String.join("?", parts);
    this.ordinal = ORDINALS.getAndIncrement();
  }

  /** A number unique to this template in the running program, for per-template arrays. */
  public int ordinal() {
    return ordinal;
  }

  private static String firstWord(String sql) {
    String t = sql.strip();
    int e = 0;
    while (e < t.length() && Character.isLetter(t.charAt(e))) {
      e++;
    }
    String w = t.substring(0, e).toUpperCase(Locale.ROOT);
    if (w.equals("WITH")) {
      return "SELECT";
    }
    return w;
  }

  /** Starts a template; {@code id} names it in tests and diagnostics. */
  public static Builder builder(String id, String sql) {
    return new Builder(id, sql);
  }

  public String id() {
    return id;
  }

  /** The text as the server logs it for the extended protocol, with {@code $n} placeholders. */
  public String sql() {
    return sql;
  }

  /** The text a JDBC application prepares: {@code ?} where the log shows {@code $n}. */
  public String jdbcSql() {
    return jdbcSql;
  }

  /** The command tag PostgreSQL shows for the statement ({@code SELECT}, {@code UPDATE}, ...). */
  public String commandTag() {
    return commandTag;
  }

  /** Tables read (sorted); the target of an UPDATE or DELETE is not listed here. */
  public List<String> reads() {
    return reads;
  }

  /** Table inserted into (also for upserts), or null. */
  public String inserts() {
    return inserts;
  }

  /** Table updated, or null. */
  public String updates() {
    return updates;
  }

  /** Table deleted from, or null. */
  public String deletes() {
    return deletes;
  }

  /** Equi-join column pairs, each normalised with the smaller name left. */
  public List<JoinPair> joins() {
    return joins;
  }

  /** Whether the statement writes or locks rows, so that the server assigns a transaction id. */
  public boolean locksRows() {
    return locksRows;
  }

  /** Number of distinct placeholders ({@code $1..$n}). */
  public int parameterCount() {
    return parameterCount;
  }

  /** Every table the statement touches, in any role. */
  public Set<String> tables() {
    Set<String> t = new TreeSet<>(reads);
    if (inserts != null) {
      t.add(inserts);
    }
    if (updates != null) {
      t.add(updates);
    }
    if (deletes != null) {
      t.add(deletes);
    }
    return Collections.unmodifiableSet(t);
  }

  /** Appends the text with the parameters inlined as SQL literals. */
  public void appendInlined(StringBuilder out, Object[] params) {
    for (int k = 0; k < slots.length; k++) {
      out.append(parts[k]);
      SqlLiterals.appendLiteral(out, params[slots[k]]);
    }
    out.append(parts[parts.length - 1]);
  }

  @Override
  public String toString() {
    return id;
  }

  /** Collects the facts of a template. */
  public static final class Builder {
    private final String id;
    private final String sql;
    private final List<String> reads = new ArrayList<>();
    private String inserts;
    private String updates;
    private String deletes;
    private final List<JoinPair> joins = new ArrayList<>();

    private Builder(String id, String sql) {
      this.id = Objects.requireNonNull(id, "id");
      this.sql = Objects.requireNonNull(sql, "sql");
    }

    public Builder reads(String... tables) {
      reads.addAll(List.of(tables));
      return this;
    }

    public Builder inserts(String table) {
      this.inserts = Objects.requireNonNull(table, "table");
      return this;
    }

    public Builder updates(String table) {
      this.updates = Objects.requireNonNull(table, "table");
      return this;
    }

    public Builder deletes(String table) {
      this.deletes = Objects.requireNonNull(table, "table");
      return this;
    }

    /** An equality between {@code table.column} on both sides. */
    public Builder join(String left, String right) {
      joins.add(JoinPair.of(left, right));
      return this;
    }

    public StatementTemplate build() {
      return new StatementTemplate(this);
    }
  }
}
