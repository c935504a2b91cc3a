package shardplan.workloads.replay;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens a connection to the database a workload is loaded into or replayed against. */
@FunctionalInterface
public interface ConnectionSource {
  Connection open() throws SQLException;
}
