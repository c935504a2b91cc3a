package shardplan.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import shardplan.analyzer.model.Schema;
import shardplan.partitioner.json.PlacementJson;

/**
 * The node and shard counts a placement file falls back on when it does not say them, for the
 * commands that read one ({@code check}, {@code emit}, {@code apply}). A picocli mixin.
 */
final class PlacementSizeOptions {
  @Option(names = "--nodes", defaultValue = "4", paramLabel = "N",
      description = "Nodes, when the placement file does not say (default: ${DEFAULT-VALUE}).")
  int nodes;

  @Option(names = "--shard-count", defaultValue = "32", paramLabel = "N",
      description = "Shards per distributed table, when the placement file does not say (default: ${DEFAULT-VALUE}).")
  int shardCount;

  PlacementJson.Matched readMatching(Path placement, Schema s) {
    return PlacementJson.readMatching(placement, s, nodes, shardCount);
  }
}
