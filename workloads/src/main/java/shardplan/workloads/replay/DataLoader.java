package shardplan.workloads.replay;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * Puts a generated workload's database in place: runs {@code schema.sql}, then copies each
 * {@code data/<table>.csv} in with {@code COPY ... FROM STDIN WITH (FORMAT csv)}, in the order
 * given (parents before children, as foreign keys need).
 */
public final class DataLoader {
  private DataLoader() {
  }

  /** Runs the statements of a schema script (one call; the server runs them in order). */
  public static void createSchema(Connection c, String schemaSql) throws SQLException {
    Objects.requireNonNull(schemaSql, "schemaSql");
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(true);
    try (Statement st = c.createStatement()) {
      st.execute(schemaSql);
    } finally {
      c.setAutoCommit(auto);
    }
  }

  /**
   * Copies {@code dataDir/<table>.csv} into each table, in order, in one transaction.
   *
   * @return rows copied per table
   */
  public static Map<String, Long> copyData(Connection c, Path dataDir, List<String> tables)
      throws SQLException, IOException {
    CopyManager copy = new CopyManager(c.unwrap(BaseConnection.class));
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    Map<String, Long> rows = new LinkedHashMap<>();
    try {
      for (String t : tables) {
        Path f = dataDir.resolve(t + ".csv");
        if (!Files.exists(f)) {
          throw new NoSuchFileException(f.toString());
        }
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          rows.put(t, copy.copyIn("COPY " + shardplan.workloads.WorkloadGenerator.quoted(t) + " FROM STDIN WITH (FORMAT csv)", r));
        }
      }
      c.commit();
    } catch (SQLException | IOException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
    return rows;
  }

  /** {@link #createSchema} from {@code dir/schema.sql}, then {@link #copyData} from {@code dir/data}. */
  public static Map<String, Long> load(Connection c, Path dir, List<String> tables) throws SQLException, IOException {
    createSchema(c, Files.readString(dir.resolve("schema.sql"), StandardCharsets.UTF_8));
    Map<String, Long> rows = copyData(c, dir.resolve("data"), tables);
    try (Statement st = c.createStatement()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(true);
      st.execute("ANALYZE");
      c.setAutoCommit(auto);
    }
    return rows;
  }
}
