package shardplan.analyzer.parse;

import shardplan.analyzer.model.ColumnRef;

/** A column of a schema table as seen through one reference. */
record RefColumn(FromRef ref, String column) {
  ColumnRef columnRef() {
    return new ColumnRef(ref.table.name(), column);
  }
}
