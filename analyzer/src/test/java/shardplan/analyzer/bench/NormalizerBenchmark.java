package shardplan.analyzer.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import shardplan.analyzer.normalize.NormalizedStatement;
import shardplan.analyzer.normalize.Normalizer;
import shardplan.analyzer.normalize.ParameterizedShapes;

/**
 * JMH benchmark of the statement normaliser on TPC-C statements as they are logged: simple
 * protocol (literals inline), extended protocol (parameters) normalised each time, and extended
 * protocol through the remembered shapes. Run:
 * {@code mvn -o -q -pl analyzer test-compile && java -cp "$(cat analyzer/target/bench.classpath)"
 * shardplan.analyzer.bench.NormalizerBenchmark} (see docs/benchmarks/analyzer.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NormalizerBenchmark {
  private static final String[] SIMPLE = {
    "SELECT c_discount, c_last, c_credit, w_tax FROM customer, warehouse WHERE w_id = 3 AND c_w_id = w_id"
        + " AND c_d_id = 7 AND c_id = 1042",
    "UPDATE stock SET s_quantity = 57, s_ytd = s_ytd + 5, s_order_cnt = s_order_cnt + 1,"
        + " s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 88123 AND s_w_id = 3",
    "INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity,"
        + " ol_amount, ol_dist_info) VALUES (3011, 7, 3, 4, 88123, 3, 5, 231.45, 'qwertyuiopasdfghjklzxcvb')",
    "SELECT i_price, i_name, i_data FROM item WHERE i_id = 88123",
    "SELECT count(DISTINCT s_i_id) FROM order_line, stock WHERE ol_w_id = 3 AND ol_d_id = 7"
        + " AND ol_o_id < 3011 AND ol_o_id >= 2991 AND s_w_id = 3 AND s_i_id = ol_i_id AND s_quantity < 15",
    "SELECT o_id FROM orders WHERE o_w_id = 3 AND o_d_id = 7 AND o_c_id IN (1, 2, 3, 4, 5) -- report",
  };
  private static final String EXTENDED = "UPDATE stock SET s_quantity = $1, s_ytd = s_ytd + $2,"
      + " s_order_cnt = s_order_cnt + $3, s_remote_cnt = s_remote_cnt + $4 WHERE s_i_id = $5 AND s_w_id = $6";
  private static final List<String> PARAMS = List.of("57", "5", "1", "0", "88123", "3");

  private final Normalizer normalizer = new Normalizer();
  private final ParameterizedShapes shapes = new ParameterizedShapes(new Normalizer(), 1000);
  private int next;

  @Benchmark
  public NormalizedStatement simpleProtocol() {
    String sql = SIMPLE[next++ % SIMPLE.length];
    return normalizer.normalize(sql, null);
  }

  @Benchmark
  public NormalizedStatement extendedProtocol() {
    return normalizer.normalize(EXTENDED, PARAMS);
  }

  @Benchmark
  public Object extendedProtocolShape() {
    return shapes.shape(new String(EXTENDED), PARAMS.size()).bind(PARAMS);
  }

  public static void main(String[] args) throws Exception {
    new Runner(new OptionsBuilder().include(NormalizerBenchmark.class.getSimpleName()).build()).run();
  }
}
