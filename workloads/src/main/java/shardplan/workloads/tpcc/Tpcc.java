package shardplan.workloads.tpcc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import shardplan.workloads.TransactionGenerator;
import shardplan.workloads.Workload;
import shardplan.workloads.WorkloadOptions;
import shardplan.workloads.model.ExpectedTable;
import shardplan.workloads.model.StatementTemplate;

/**
 * TPC-C (TPC Benchmark C, revision 5.11): nine tables of a wholesale supplier, scale =
 * warehouses. The expert placement, known since the benchmark's first sharded runs: item is
 * read-only and read by every NewOrder line, so it is replicated; everything else belongs to a
 * warehouse and is distributed on its warehouse column, all in one colocation group, so that a
 * transaction is local to one node unless a remote warehouse supplies an order line or pays.
 */
public final class Tpcc implements Workload {
  static final List<String> TABLES = List.of("warehouse", "district", "customer", "history", "item", "stock",
      "orders", "new_order", "order_line");

  @Override
  public String name() {
    return "tpcc";
  }

  @Override
  public String description() {
    return "TPC-C order entry: 9 tables, NewOrder/Payment/OrderStatus/Delivery/StockLevel, scale = warehouses";
  }

  @Override
  public String scaleUnit() {
    return "warehouses";
  }

  @Override
  public int defaultScale() {
    return 1;
  }

  @Override
  public String schemaResource() {
    return "/shardplan/workloads/tpcc/schema.sql";
  }

  @Override
  public List<String> tables() {
    return TABLES;
  }

  static TpccSizes sizes(WorkloadOptions o) {
    return o.small() ? TpccSizes.SMALL : TpccSizes.STANDARD;
  }

  @Override
  public void writeData(WorkloadOptions options, Path dataDir) throws IOException {
    new TpccLoader(new TpccRows(options.seed(), sizes(options)), options.scaleFor(this)).write(dataDir);
  }

  @Override
  public TransactionGenerator generator(WorkloadOptions options) {
    return new TpccGenerator(new TpccRows(options.seed(), sizes(options)), options.scaleFor(this), options);
  }

  @Override
  public List<StatementTemplate> templates() {
    return List.of(TpccStatements.ALL);
  }

  @Override
  public List<ExpectedTable> expectedPlacement(WorkloadOptions options) {
    String local = "belongs to one warehouse; distributed on its warehouse column and colocated with the other"
        + " warehouse tables, so a transaction's rows are on one node unless a remote warehouse takes part";
    return List.of(
        ExpectedTable.distributed("warehouse", "w_id", 1, "root of the partition tree: every transaction starts"
            + " from one warehouse; updated by every Payment (w_ytd), so it cannot be replicated cheaply"),
        ExpectedTable.distributed("district", "d_w_id", 1, "updated by every NewOrder and Payment; " + local),
        ExpectedTable.distributed("customer", "c_w_id", 1, "updated by Payment and Delivery; " + local),
        ExpectedTable.distributed("history", "h_w_id", 1, "insert-only, written by Payment in the paying"
            + " warehouse; " + local),
        ExpectedTable.reference("item", "never written, read by every NewOrder line with order lines of all"
            + " warehouses: replicating it makes those reads local at no write cost"),
        ExpectedTable.distributed("stock", "s_w_id", 1, "updated by every NewOrder line; joined with order_line"
            + " on (ol_w_id, ol_i_id) by StockLevel; " + local),
        ExpectedTable.distributed("orders", "o_w_id", 1, local),
        ExpectedTable.distributed("new_order", "no_w_id", 1, local),
        ExpectedTable.distributed("order_line", "ol_w_id", 1, local));
  }

  @Override
  public String spanFractionName() {
    return "multiWarehouseTransactionFraction";
  }

  @Override
  public List<String> notes(WorkloadOptions o) {
    return List.of(
        "multiWarehouseTransactionFraction counts, over all transactions (committed and rolled back), those whose"
            + " statements touch rows of more than one warehouse: a NewOrder with an order line supplied by"
            + " another warehouse (before its rollback, if any), or a Payment by a customer of another warehouse;"
            + " item rows are not counted (item is replicated). It equals the distributed transaction fraction"
            + " of the expert placement when every warehouse has a node of its own.",
        "Counts are statements, not rows. SELECT ... FOR UPDATE counts as a read; the target of UPDATE or DELETE"
            + " counts only as an update or delete. BEGIN, COMMIT, ROLLBACK and the driver's SET are not counted.",
        "abortedCounts are the statements of the NewOrders rolled back on an unused item number (clause 2.4.1.4,"
            + " 1 %); the last statement of each is the SELECT on item that finds no row.",
        "Joins: NewOrder's customer-warehouse lookup (customer.c_w_id = warehouse.w_id) and StockLevel's"
            + " order_line-stock join (ol_w_id = s_w_id and ol_i_id = s_i_id) are the only equi-joins between"
            + " columns; equalities with parameters are predicates, not joins.",
        "history has no primary key, as the specification says; its foreign key to customer (h_c_w_id, ...) and"
            + " order_line's to stock (ol_supply_w_id, ol_i_id) do not start with the distribution column, so a"
            + " Citus placement must drop them (Citus accepts only foreign keys that include the distribution"
            + " column at the same position).",
        "Each transaction picks its warehouse uniformly, as a connection pool serving all terminals does; remote"
            + " order lines (fraction " + o.remoteOrderLineFraction() + ") and remote payments (fraction "
            + o.remotePaymentFraction() + ") need at least two warehouses.",
        "Cardinalities: " + (o.small() ? "shrunken for tests (" + TpccSizes.SMALL + ")" : "standard ("
            + TpccSizes.STANDARD + ")") + ".");
  }
}
