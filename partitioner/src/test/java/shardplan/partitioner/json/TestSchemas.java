package shardplan.partitioner.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.TableStatistics;

/** Small schemas for codec tests. */
final class TestSchemas {
  private TestSchemas() {}

  /** A table whose first column is the primary key; columns given as "name type" pairs. */
  static Table table(String name, String... columns) {
    List<Column> cols = new ArrayList<>();
    for (String c : columns) {
      String[] p = c.split(" ", 2);
      cols.add(new Column(p[0], p[1], "", false));
    }
    return new Table(name, cols, List.of(cols.get(0).name()), List.of(), List.of(), TableStatistics.UNKNOWN, Map.of());
  }

  /** warehouse, item, orders, order_line: a tiny TPC-C-like schema. */
  static Schema shop() {
    return new Schema(List.of(
        table("warehouse", "w_id integer", "w_name character varying"),
        table("item", "i_id integer", "i_name character varying"),
        table("orders", "o_id integer", "o_w_id integer", "o_c_id bigint"),
        table("order_line", "ol_o_id integer", "ol_w_id integer", "ol_i_id integer", "ol_c_id bigint")));
  }
}
