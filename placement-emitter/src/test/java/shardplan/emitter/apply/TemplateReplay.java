package shardplan.emitter.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.workloads.TransactionGenerator;
import shardplan.workloads.model.Call;
import shardplan.workloads.model.GeneratedTransaction;

/**
 * Runs a workload's transactions on a placed database and on a single-node copy, statement by
 * statement, until every template the workload uses has run, and checks that each statement
 * returns the same rows (sorted, as text) or the same row count on both; then that both hold
 * the same rows.
 */
final class TemplateReplay {
  private TemplateReplay() {
  }

  /** Returns the number of statements run on each side. */
  static int check(TpccDatabase w, Connection placed, Connection single) throws SQLException {
    return check(w, placed, single, sql -> false, new LinkedHashSet<>());
  }

  /**
   * Like {@link #check(TpccDatabase, Connection, Connection)}, but statements for which
   * {@code unsupported} holds run on neither side (the same rows stay on both); their template
   * ids are added to {@code skippedTemplates}.
   */
  static int check(TpccDatabase w, Connection placed, Connection single, java.util.function.Predicate<String> unsupported,
                   Set<String> skippedTemplates) throws SQLException {
    Set<String> universe = new TreeSet<>();
    TransactionGenerator offline = w.workload.generator(w.options);
    for (int i = 0; i < 3000; i++) {
      offline.next(i % w.options.sessions()).calls().forEach(c -> universe.add(c.template().id()));
    }
    Set<String> seen = new LinkedHashSet<>();
    TransactionGenerator gen = w.workload.generator(w.options);
    int statements = 0;
    placed.setAutoCommit(false);
    single.setAutoCommit(false);
    try {
      for (int i = 0; i < 3000 && !seen.containsAll(universe); i++) {
        GeneratedTransaction tx = gen.next(i % w.options.sessions());
        for (Call call : tx.calls()) {
          StringBuilder sb = new StringBuilder();
          call.template().appendInlined(sb, call.params());
          String sql = sb.toString();
          if (unsupported.test(sql)) {
            skippedTemplates.add(call.template().id());
            seen.add(call.template().id());
            continue;
          }
          assertThat(run(placed, sql)).as("transaction %d (%s), %s: %s", i, tx.type(), call.template().id(), sql)
              .isEqualTo(run(single, sql));
          seen.add(call.template().id());
          statements++;
        }
        if (tx.rollback()) {
          placed.rollback();
          single.rollback();
        } else {
          placed.commit();
          single.commit();
        }
      }
    } finally {
      placed.setAutoCommit(true);
      single.setAutoCommit(true);
    }
    assertThat(seen).containsAll(universe);
    assertThat(statements).isGreaterThan(universe.size());
    Schema withoutClock = withoutTimestamps(w.schema);
    assertThat(TableFingerprint.ofAll(placed, withoutClock)).isEqualTo(TableFingerprint.ofAll(single, withoutClock));
    return statements;
  }

  /**
   * The schema without timestamp columns: the workload writes CURRENT_TIMESTAMP, which differs
   * between the two executions of a statement.
   */
  static Schema withoutTimestamps(Schema s) {
    return new Schema(s.tables().stream().map(t -> new Table(t.name(),
        t.columns().stream().filter(c -> !c.type().startsWith("timestamp")).toList(), t.primaryKey(), t.uniqueKeys(),
        t.foreignKeys(), t.statistics(), t.distinctValues())).toList());
  }

  /**
   * A timestamp of today or yesterday becomes {@code <now>}: the workload writes
   * CURRENT_TIMESTAMP, which differs between the two executions of a statement, while the loaded
   * rows carry fixed dates in the past.
   */
  static String maskClock(String value) {
    if (value.length() >= 19 && value.matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}.*")) {
      java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
      for (int d = -1; d <= 1; d++) {
        if (value.startsWith(today.plusDays(d).toString())) {
          return "<now>";
        }
      }
    }
    return value;
  }

  /** The rows a statement returned (sorted, as text), its update count, or its error's SQLSTATE. */
  static List<String> run(Connection c, String sql) {
    try (Statement st = c.createStatement()) {
      if (!st.execute(sql)) {
        return List.of("count " + st.getUpdateCount());
      }
      List<String> rows = new ArrayList<>();
      try (ResultSet rs = st.getResultSet()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          StringBuilder sb = new StringBuilder();
          for (int i = 1; i <= n; i++) {
            sb.append(maskClock(Objects.toString(rs.getString(i)))).append('|');
          }
          rows.add(sb.toString());
        }
      }
      Collections.sort(rows);
      return rows;
    } catch (SQLException e) {
      return List.of("error " + e.getSQLState() + " " + e.getMessage().lines().findFirst().orElse(""));
    }
  }
}
