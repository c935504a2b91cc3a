package shardplan.partitioner.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shardplan.cluster.ClusterSpec;
import shardplan.cluster.LocalCluster;

/**
 * Compares our hashes with what a real PostgreSQL 15 computes for the same text values: the
 * server parses each value with its own input function and hashes it with the function of the
 * type's default hash operator class, the one Citus calls.
 */
class PgHashIT {
  private static final int VALUES = 3000;
  private static LocalCluster cluster;
  private static Connection conn;

  @BeforeAll
  static void start() throws Exception {
    Path dir = Files.createTempDirectory("shardplan-hash", PosixFilePermissions.asFileAttribute(
        PosixFilePermissions.fromString("rwxr-xr-x")));
    cluster = LocalCluster.up(ClusterSpec.of(1, dir));
    conn = cluster.coordinator().connect(LocalCluster.DATABASE);
    try (Statement st = conn.createStatement()) {
      st.execute("SET TimeZone = 'UTC'");
      st.execute("SET DateStyle = 'ISO, MDY'");
      st.execute("SET extra_float_digits = 3");
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (conn != null) {
      conn.close();
    }
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void int4MatchesHashint4() throws SQLException {
    Random r = new Random(1);
    check("integer", "hashint4(v::int4)", values(r, () -> Integer.toString(
        r.nextInt(4) == 0 ? r.nextInt(1000) - 500 : r.nextInt()), "0", "-1", "2147483647", "-2147483648", " 42 ", "+7"));
  }

  @Test
  void int8MatchesHashint8() throws SQLException {
    Random r = new Random(2);
    check("bigint", "hashint8(v::int8)", values(r, () -> Long.toString(switch (r.nextInt(3)) {
      case 0 -> r.nextLong();
      case 1 -> r.nextInt();
      default -> (long) r.nextInt(100_000) - 50_000;
    }), "0", "-1", "9223372036854775807", "-9223372036854775808", "4294967296", "-4294967296", "2147483648"));
  }

  @Test
  void int2MatchesHashint2() throws SQLException {
    Random r = new Random(3);
    check("smallint", "hashint2(v::int2)", values(r, () -> Short.toString((short) r.nextInt()), "32767", "-32768", "0"));
  }

  @Test
  void textAndVarcharMatchHashtext() throws SQLException {
    Random r = new Random(4);
    List<String> v = values(r, () -> randomString(r, 40), "", "a", "abc", "abcdefghijkl", "abcdefghijklm", "ü", "日本語");
    check("text", "hashtext(v::text)", v);
    check("character varying", "hashtext(v::varchar)", v);
  }

  @Test
  void bpcharMatchesHashbpcharIgnoringTrailingSpaces() throws SQLException {
    Random r = new Random(5);
    check("character", "hashbpchar(v::bpchar)", values(r, () -> randomString(r, 20) + " ".repeat(r.nextInt(4)),
        "", " ", "a ", " a", "a  b  "));
  }

  @Test
  void uuidMatchesUuidHash() throws SQLException {
    Random r = new Random(6);
    check("uuid", "uuid_hash(v::uuid)", values(r, () -> {
      String u = new UUID(r.nextLong(), r.nextLong()).toString();
      return r.nextBoolean() ? u.toUpperCase() : u;
    }, "00000000-0000-0000-0000-000000000000", "{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}",
        "a0eebc999c0b4ef8bb6d6bb9bd380a11"));
  }

  @Test
  void dateMatchesHashint4OfDaysSince2000() throws SQLException {
    Random r = new Random(7);
    check("date", "hashint4(v::date - date '2000-01-01')", values(r, () ->
        LocalDate.ofEpochDay(r.nextInt(200 * 365) - 50 * 365).toString(), "2000-01-01", "1999-12-31", "2024-02-29"));
  }

  @Test
  void timestampsMatchTimestampHash() throws SQLException {
    Random r = new Random(8);
    Supplier<String> ts = () -> {
      LocalDate d = LocalDate.ofEpochDay(r.nextInt(100 * 365) - 20 * 365);
      String s = String.format("%s %02d:%02d:%02d", d, r.nextInt(24), r.nextInt(60), r.nextInt(60));
      return switch (r.nextInt(3)) {
        case 0 -> s;
        case 1 -> s + "." + (r.nextInt(999_999) + 1);
        default -> s + "." + String.format("%06d", r.nextInt(1_000_000));
      };
    };
    check("timestamp without time zone", "timestamp_hash(v::timestamp)",
        values(r, ts, "2000-01-01 00:00:00", "1999-12-31 23:59:59.999999", "2024-05-06T07:08:09", "2024-05-06"));
    String[] zones = {"", "+00", "+02", "-05:30", "+0100", "Z"};
    // the session runs in UTC, so the cast to timestamp keeps the stored microseconds
    check("timestamp with time zone", "timestamp_hash((v::timestamptz)::timestamp)",
        values(r, () -> ts.get() + zones[r.nextInt(zones.length)], "2000-01-01 00:00:00+00", "2024-05-06 07:08:09-07"));
  }

  @Test
  void timeMatchesTimeHash() throws SQLException {
    Random r = new Random(9);
    check("time", "time_hash(v::time)", values(r, () -> String.format("%02d:%02d:%02d.%d",
        r.nextInt(24), r.nextInt(60), r.nextInt(60), r.nextInt(1_000_000)), "00:00:00", "23:59:59.999999", "12:30"));
  }

  @Test
  void numericMatchesHashNumeric() throws SQLException {
    Random r = new Random(10);
    check("numeric", "hash_numeric(v::numeric)", values(r, () -> {
      BigInteger unscaled = new BigInteger(1 + r.nextInt(120), r);
      if (r.nextBoolean()) {
        unscaled = unscaled.negate();
      }
      return new BigDecimal(unscaled, r.nextInt(40) - 10).toPlainString();
    }, "0", "0.000", "-0", "1", "1.0", "1.50", "-1", "10000", "0.0001", "123456789.987654321", "NaN", "12e3"));
  }

  @Test
  void floatsMatchHashfloat() throws SQLException {
    Random r = new Random(11);
    check("double precision", "hashfloat8(v::float8)", values(r, () -> Double.toString(
        r.nextBoolean() ? r.nextGaussian() * 1e6 : r.nextInt(1000)), "0", "-0", "NaN", "Infinity", "-Infinity", "1e300"));
    check("real", "hashfloat4(v::float4)", values(r, () -> Float.toString((float) (r.nextGaussian() * 1e4)),
        "0", "-0", "NaN", "3.4e38"));
  }

  @Test
  void booleanMatchesHashchar() throws SQLException {
    check("boolean", "hashchar((v::boolean)::int::\"char\")",
        List.of("t", "f", "true", "false", "yes", "no", "on", "off", "1", "0", "TRUE", "y", "n", "tr", "fa"));
  }

  @Test
  void theDefaultHashOpclassesUseTheFunctionsWeModel() throws SQLException {
    String sql = """
        SELECT ap.amproc::regproc::text
          FROM pg_opclass oc
          JOIN pg_am am ON am.oid = oc.opcmethod
          JOIN pg_amproc ap ON ap.amprocfamily = oc.opcfamily AND ap.amprocnum = 1
           AND ap.amproclefttype = oc.opcintype AND ap.amprocrighttype = oc.opcintype
         WHERE am.amname = 'hash' AND oc.opcdefault AND oc.opcintype = ?::regtype""";
    String[][] expected = {
        {"int2", "hashint2"}, {"int4", "hashint4"}, {"int8", "hashint8"}, {"text", "hashtext"},
        {"bpchar", "hashbpchar"}, {"uuid", "uuid_hash"}, {"date", "hashint4"}, {"bool", "hashchar"},
        {"timestamp", "timestamp_hash"}, {"timestamptz", "timestamp_hash"}, {"time", "time_hash"},
        {"numeric", "hash_numeric"}, {"float8", "hashfloat8"}, {"float4", "hashfloat4"}};
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      for (String[] e : expected) {
        ps.setString(1, e[0]);
        try (ResultSet rs = ps.executeQuery()) {
          assertThat(rs.next()).as(e[0]).isTrue();
          assertThat(rs.getString(1)).as("hash function of " + e[0]).isEqualTo(e[1]);
        }
      }
    }
  }

  @Test
  void citusShardOfAValueIsTheRangeHoldingTheServersHash() throws SQLException {
    // the shard index computed from ranges as pg_dist_shard stores them, on the server's own hash
    CitusShardMap map = new CitusShardMap(32, 4);
    Random r = new Random(12);
    List<String> v = values(r, () -> Integer.toString(r.nextInt()));
    StringBuilder ranges = new StringBuilder("VALUES ");
    for (int i = 0; i < map.shardCount(); i++) {
      ranges.append(i == 0 ? "" : ",").append('(').append(i).append(',')
          .append(map.shardMinValue(i)).append(',').append(map.shardMaxValue(i)).append(')');
    }
    String sql = "SELECT (SELECT s FROM (" + ranges + ") AS r(s, lo, hi) WHERE hashint4(u.v::int4) BETWEEN lo AND hi)"
        + " FROM unnest(?::text[]) WITH ORDINALITY AS u(v, i) ORDER BY u.i";
    List<Integer> server = query(sql, v);
    ColumnHash h = PgTypeHashes.forType("integer").orElseThrow();
    for (int i = 0; i < v.size(); i++) {
      assertThat(map.shardIndex(h.hash(v.get(i)))).as(v.get(i)).isEqualTo(server.get(i));
    }
  }

  private static void check(String type, String expression, List<String> values) throws SQLException {
    ColumnHash ours = PgTypeHashes.forType(type).orElseThrow();
    List<Integer> server = query("SELECT " + expression.replace("v::", "u.v::").replace("(v::", "(u.v::")
        + " FROM unnest(?::text[]) WITH ORDINALITY AS u(v, i) ORDER BY u.i", values);
    assertThat(server).hasSameSizeAs(values);
    int mismatches = 0;
    StringBuilder first = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      int mine = ours.hash(values.get(i));
      if (mine != server.get(i)) {
        if (mismatches++ < 5) {
          first.append(String.format("%n  [%s] ours %d, server %d", values.get(i), mine, server.get(i)));
        }
      }
    }
    assertThat(mismatches).as(type + ": " + mismatches + " of " + values.size() + " differ" + first).isZero();
  }

  private static List<Integer> query(String sql, List<String> values) throws SQLException {
    List<Integer> out = new ArrayList<>(values.size());
    try (PreparedStatement ps = conn.prepareStatement(sql)) {
      Array arr = conn.createArrayOf("text", values.toArray());
      ps.setArray(1, arr);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getInt(1));
        }
      }
    }
    return out;
  }

  private static List<String> values(Random r, Supplier<String> gen, String... fixed) {
    List<String> v = new ArrayList<>(List.of(fixed));
    while (v.size() < VALUES) {
      v.add(gen.get());
    }
    return v;
  }

  private static String randomString(Random r, int maxLen) {
    int len = r.nextInt(maxLen + 1);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < len; i++) {
      int kind = r.nextInt(10);
      int cp;
      if (kind < 6) {
        cp = 'a' + r.nextInt(26);
      } else if (kind < 7) {
        cp = ' ';
      } else if (kind < 9) {
        cp = 0xA0 + r.nextInt(0x700);
      } else {
        cp = 0x1F600 + r.nextInt(50);
      }
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }
}
