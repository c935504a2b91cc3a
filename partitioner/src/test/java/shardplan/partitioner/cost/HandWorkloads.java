package shardplan.partitioner.cost;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import shardplan.analyzer.model.AccessKind;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.ColumnValues;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.model.TableStatistics;
import shardplan.analyzer.model.Transaction;
import shardplan.analyzer.model.TransactionStream;

/** Hand-built schemas and transaction streams for cost-model tests. */
final class HandWorkloads {
  private HandWorkloads() {}

  static Table table(String name, String... columns) {
    List<Column> cols = new ArrayList<>();
    for (String c : columns) {
      String[] p = c.split(" ", 2);
      cols.add(new Column(p[0], p[1], "", true));
    }
    return new Table(name, cols, List.of(cols.get(0).name()), List.of(), List.of(), TableStatistics.UNKNOWN, Map.of());
  }

  /** One access; {@code bindings} alternate column name and a comma-separated value list. */
  static TableAccess access(String table, AccessKind kind, String... bindings) {
    List<ColumnValues> b = new ArrayList<>();
    for (int i = 0; i < bindings.length; i += 2) {
      b.add(new ColumnValues(bindings[i], Arrays.asList(bindings[i + 1].split(","))));
    }
    return new TableAccess(table, kind, b, "t");
  }

  static Transaction tx(TableAccess... accesses) {
    return new Transaction("s", true, accesses.length, List.of(accesses));
  }

  static Transaction aborted(TableAccess... accesses) {
    return new Transaction("s", false, accesses.length, List.of(accesses));
  }

  static TransactionStream stream(List<Transaction> txs) {
    List<Transaction> copy = List.copyOf(txs);
    return new TransactionStream() {
      @Override
      public long size() {
        return copy.size();
      }

      @Override
      public double sampleRate() {
        return 1.0;
      }

      @Override
      public void forEach(Consumer<Transaction> action) {
        copy.forEach(action);
      }
    };
  }

  static Schema schema(Table... tables) {
    return new Schema(List.of(tables));
  }
}
