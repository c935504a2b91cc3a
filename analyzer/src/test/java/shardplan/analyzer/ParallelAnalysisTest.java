package shardplan.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Transaction;
import shardplan.analyzer.model.TransactionStream;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.LogFormat;
import shardplan.workloads.Protocol;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;
import shardplan.workloads.Workloads;

/**
 * The pipelined analysis (chunks parsed and prepared on several threads, applied in log order)
 * gives exactly the profile of the sequential one: counts, templates, skips with their examples,
 * lines read, and every transaction of the stream, on generated logs of every format and on
 * damaged, compressed, several-file and oversized-record inputs. Chunks are made small so that
 * every log is cut in many places.
 */
class ParallelAnalysisTest {
  private static final int SMALL_CHUNKS = 700;

  @TempDir
  Path dir;

  static Stream<Arguments> inputs() {
    Stream.Builder<Arguments> b = Stream.builder();
    for (var w : Workloads.all()) {
      for (LogFormat f : LogFormat.values()) {
        b.add(Arguments.of(w.name(), f, f == LogFormat.SQL ? Protocol.SIMPLE : Protocol.EXTENDED));
      }
      b.add(Arguments.of(w.name(), LogFormat.CSVLOG, Protocol.SIMPLE));
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("inputs")
  void pipelineGivesTheSequentialProfile(String workload, LogFormat format, Protocol protocol) throws IOException {
    GenerationResult g = generate(workload, format, protocol, 400);
    assertSameProfile(Analyzer.readSchema(g.schema()), List.of(g.log()));
  }

  @Test
  void damagedCompressedAndSeveralFilesGiveTheSequentialProfile() throws IOException {
    GenerationResult csv = generate("tpcc", LogFormat.CSVLOG, Protocol.EXTENDED, 300);
    GenerationResult json = generate("tpcc", LogFormat.JSONLOG, Protocol.EXTENDED, 200);
    Schema schema = Analyzer.readSchema(csv.schema());
    byte[] log = Files.readAllBytes(csv.log());
    Path gz = dir.resolve("compressed.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(log);
    }
    Path cutGz = dir.resolve("cut.csv.gz");
    byte[] gzBytes = Files.readAllBytes(gz);
    Files.write(cutGz, java.util.Arrays.copyOf(gzBytes, gzBytes.length * 2 / 3));
    Path damaged = dir.resolve("damaged.csv");
    Files.write(damaged, damage(log, new Random(7)));
    Path empty = Files.writeString(dir.resolve("empty.csv"), "");
    assertSameProfile(schema, List.of(gz));
    assertSameProfile(schema, List.of(cutGz));
    assertSameProfile(schema, List.of(damaged));
    assertSameProfile(schema, List.of(csv.log(), empty, json.log(), damaged, gz));
  }

  @Test
  void aRecordLongerThanTheLargestChunkIsReadInOrder() throws IOException {
    GenerationResult csv = generate("tpcc", LogFormat.CSVLOG, Protocol.SIMPLE, 200);
    String log = Files.readString(csv.log());
    int middle = log.indexOf("\n2", log.length() / 2) + 1;
    StringBuilder huge = new StringBuilder("SELECT 1 FROM warehouse WHERE w_id IN (");
    while (huge.length() < 100 * SMALL_CHUNKS) {
      huge.append("1, \n");
    }
    huge.append("2)");
    String record = "2024-03-04 09:00:00.000 UTC,\"tpcc\",\"tpcc\",1,\"127.0.0.1:1\",65e58d8a.1,1,\"SELECT\","
        + "2024-03-04 08:59:54 UTC,6/1,0,LOG,00000,\"statement: " + huge + "\",,,,,,,,,\"psql\",\"client backend\",,0\n";
    Path f = Files.writeString(dir.resolve("huge.csv"), log.substring(0, middle) + record + log.substring(middle),
        StandardCharsets.UTF_8);
    assertSameProfile(Analyzer.readSchema(csv.schema()), List.of(f));
  }

  private GenerationResult generate(String workloadPrefix, LogFormat format, Protocol protocol, int transactions)
      throws IOException {
    String workload = Workloads.all().stream().map(w -> w.name()).filter(n -> n.startsWith(workloadPrefix))
        .findFirst().orElse(workloadPrefix);
    WorkloadOptions options = WorkloadOptions.DEFAULT.withTransactions(transactions).withSessions(5).withSmall(true)
        .withFormat(format).withProtocol(protocol).withWriteData(false);
    return WorkloadGenerator.generate(workload, options,
        Files.createDirectories(dir.resolve(workload + "-" + format + "-" + protocol)));
  }

  private static void assertSameProfile(Schema schema, List<Path> logs) throws IOException {
    WorkloadProfile sequential = Analyzer.analyze(schema, logs, AnalyzerOptions.DEFAULT.withThreads(1),
        AnalysisProgress.NONE);
    WorkloadProfile pipelined = Analyzer.analyze(schema, logs, AnalyzerOptions.DEFAULT.withThreads(4),
        AnalysisProgress.NONE, SMALL_CHUNKS);
    assertThat(pipelined.statements()).as("statements").isPositive();
    assertThat(withoutStream(pipelined)).isEqualTo(withoutStream(sequential));
    assertThat(transactions(pipelined.transactionStream())).isEqualTo(transactions(sequential.transactionStream()));
  }

  private static WorkloadProfile withoutStream(WorkloadProfile p) {
    return new WorkloadProfile(p.schema(), p.statements(), p.transactions(), p.abortedTransactions(), p.tables(),
        p.templates(), p.joins(), p.predicateCounts(), TransactionStream.EMPTY, p.rowLevel(), p.linesRead(),
        p.skipped());
  }

  private static List<Transaction> transactions(TransactionStream s) {
    List<Transaction> out = new ArrayList<>();
    s.forEach(out::add);
    return out;
  }

  /** Flips bytes, deletes ranges and duplicates lines here and there. */
  private static byte[] damage(byte[] in, Random rnd) {
    byte[] out = in.clone();
    for (int m = 0; m < 40; m++) {
      out[rnd.nextInt(out.length)] = (byte) rnd.nextInt(256);
    }
    int cut = rnd.nextInt(out.length / 2);
    byte[] shorter = new byte[out.length - 300];
    System.arraycopy(out, 0, shorter, 0, cut);
    System.arraycopy(out, cut + 300, shorter, cut, out.length - cut - 300);
    return shorter;
  }
}
