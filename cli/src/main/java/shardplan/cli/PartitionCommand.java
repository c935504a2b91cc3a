package shardplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import shardplan.partitioner.multilevel.GraphPartitioner.Partition;
import shardplan.partitioner.multilevel.MultilevelPartitioner;
import shardplan.partitioner.multilevel.PartitionerConfig;
import shardplan.partitioner.multilevel.graph.MetisGraphFile;
import shardplan.partitioner.multilevel.graph.WeightedGraph;

/**
 * {@code shardplan partition}: shardplan's own multilevel partitioner on any graph, called as
 * {@code gpmetis} is called, so that the two can be compared on the same files.
 */
@Command(name = "partition", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Partition a graph in METIS's format into K parts of balanced vertex weight with a small"
          + " edge cut, and write GRAPH.part.K: the part (0 to K-1) of every vertex, one per line,"
          + " as gpmetis writes it.",
      "The graph file has a header 'n m [fmt [ncon]]' and one line per vertex with its weight"
          + " (fmt x1x) and its neighbours numbered from 1, each followed by the edge weight"
          + " (fmt xx1); vertex sizes (fmt 1xx) are read and ignored. Prints the edge cut, the"
          + " balance (heaviest part over the mean, as gpmetis prints it) and the times."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  shardplan partition graph.txt 8",
      "  shardplan partition graph.txt 64 --ufactor 30 --seed 7 --trials 4",
      "  gpmetis -ufactor=30 graph.txt 64      # the same balance limit, for comparison"
    })
final class PartitionCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "GRAPH", description = "Graph file in METIS format.")
  Path graphFile;

  @Parameters(index = "1", paramLabel = "K", description = "Number of parts, at least 2.")
  int k;

  @Option(names = "--ufactor", paramLabel = "U", defaultValue = "30",
      description = "Allowed imbalance in thousandths, as gpmetis's -ufactor: no part heavier than"
          + " (1 + U/1000) times the mean (default: ${DEFAULT-VALUE}, i.e. 3 %%).")
  int ufactor;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the random choices; the same seed gives the same partition"
          + " (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--trials", paramLabel = "N", defaultValue = "1",
      description = "Independent runs, the best kept (balance first, then cut), as gpmetis's"
          + " -ncuts (default: ${DEFAULT-VALUE}).")
  int trials;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Where to write the partition (default: GRAPH.part.K beside the graph).")
  Path output;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (k < 2) {
      throw new ParameterException(spec.commandLine(), "K must be at least 2, got " + k);
    }
    if (ufactor < 1 || ufactor > 10_000) {
      throw new ParameterException(spec.commandLine(),
          "--ufactor must be in 1..10000, got " + ufactor);
    }
    if (trials < 1 || trials > 1000) {
      throw new ParameterException(spec.commandLine(), "--trials must be in 1..1000, got " + trials);
    }
    long t0 = System.nanoTime();
    WeightedGraph g = MetisGraphFile.read(graphFile);
    long t1 = System.nanoTime();
    PartitionerConfig config = PartitionerConfig.DEFAULT.withSeed(seed)
        .withImbalance(ufactor / 1000.0).withTrials(trials);
    Partition p = new MultilevelPartitioner(config).partition(g, k);
    long t2 = System.nanoTime();
    Path out = output != null ? output : Path.of(graphFile + ".part." + k);
    MetisGraphFile.writePartition(p.parts(), out);
    long t3 = System.nanoTime();

    long limit = config.maxPartWeight(g.totalVertexWeight(), g.maxVertexWeight(), k);
    PrintWriter w = spec.commandLine().getOut();
    w.printf(Locale.ROOT, "graph %s: %,d vertices, %,d edges, vertex weight %,d%n", graphFile,
        g.vertexCount(), g.edgeCount(), g.totalVertexWeight());
    w.printf(Locale.ROOT, "parts: %d, ufactor %d (no part above %,d), seed %d, trials %d%n", k,
        ufactor, limit, seed, trials);
    w.printf(Locale.ROOT, "edge cut: %,d of %,d (%.2f %%)%n", p.edgeCut(), g.totalEdgeWeight(),
        g.totalEdgeWeight() == 0 ? 0.0 : 100.0 * p.edgeCut() / g.totalEdgeWeight());
    w.printf(Locale.ROOT, "balance: %.3f (heaviest part %,d, limit %.3f)%n", p.imbalance(),
        p.maxPartWeight(), 1 + ufactor / 1000.0);
    w.printf(Locale.ROOT, "time: read %.3f s, partition %.3f s, write %.3f s%n",
        (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
    w.printf(Locale.ROOT, "wrote %s%n", out);
    w.flush();
    return Shardplan.OK;
  }
}
