package shardplan.partitioner.model;

/** Statements counted per {@link StatementRoute}, of a whole workload or of one template. */
public interface RouteCounts {
  long singleShardStatements();

  long multiShardStatements();

  long referenceReadStatements();

  long referenceWriteStatements();

  long localStatements();

  long unsupportedStatements();

  long uncertainStatements();

  /** Statements of {@code route}. */
  default long count(StatementRoute route) {
    return switch (route) {
      case SINGLE_SHARD -> singleShardStatements();
      case MULTI_SHARD -> multiShardStatements();
      case REFERENCE_READ -> referenceReadStatements();
      case REFERENCE_WRITE -> referenceWriteStatements();
      case LOCAL -> localStatements();
      case UNSUPPORTED -> unsupportedStatements();
      case UNCERTAIN -> uncertainStatements();
    };
  }
}
