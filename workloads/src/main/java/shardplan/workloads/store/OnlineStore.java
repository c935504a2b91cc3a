package shardplan.workloads.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import shardplan.workloads.TransactionGenerator;
import shardplan.workloads.Workload;
import shardplan.workloads.WorkloadOptions;
import shardplan.workloads.model.ExpectedTable;
import shardplan.workloads.model.StatementTemplate;

/**
 * An online bookstore in the style of TPC-W, the e-commerce site of Ye et al.'s scalability
 * study: a catalogue (item, author, subject, country) read by every browsing page and rarely
 * written; customer data (customer, address, cart, orders, order lines, card payments) read and
 * written for one customer at a time; and the inventory, a stock level per item decremented by
 * every purchase. Scale = customers.
 */
public final class OnlineStore implements Workload {
  static final List<String> TABLES = List.of("country", "author", "subject", "item", "customer", "address",
      "shopping_cart", "shopping_cart_line", "orders", "order_line", "cc_xacts", "inventory");

  @Override
  public String name() {
    return "store";
  }

  @Override
  public String description() {
    return "TPC-W-style online bookstore: catalogue, customers, carts, orders, inventory; scale = customers";
  }

  @Override
  public String scaleUnit() {
    return "customers";
  }

  @Override
  public int defaultScale() {
    return 10_000;
  }

  @Override
  public String schemaResource() {
    return "/shardplan/workloads/store/schema.sql";
  }

  @Override
  public List<String> tables() {
    return TABLES;
  }

  private StoreRows rows(WorkloadOptions o) {
    return new StoreRows(o.seed(), o.scaleFor(this), o.small());
  }

  @Override
  public void writeData(WorkloadOptions options, Path dataDir) throws IOException {
    new StoreLoader(rows(options)).write(dataDir);
  }

  @Override
  public TransactionGenerator generator(WorkloadOptions options) {
    return new StoreGenerator(rows(options), options);
  }

  @Override
  public List<StatementTemplate> templates() {
    return List.of(StoreStatements.ALL);
  }

  @Override
  public List<ExpectedTable> expectedPlacement(WorkloadOptions options) {
    String catalogue = "catalogue: read by nearly every browsing page, joined with each other and with customer"
        + " data by item, and written only by rare catalogue administration; replicating it keeps those reads and"
        + " joins local for the price of a few writes on every node";
    String customerData = "customer data: every statement names one customer; distributed on the customer id and"
        + " colocated with the other customer tables, so a customer's interaction runs on one node";
    return List.of(
        ExpectedTable.reference("country", "catalogue: never written, joined with address in buy requests"),
        ExpectedTable.reference("author", catalogue),
        ExpectedTable.reference("subject", "catalogue: never written"),
        ExpectedTable.reference("item", catalogue + " (price or description changes, about 1 % of interactions)"),
        ExpectedTable.distributed("customer", "c_id", 1, customerData),
        ExpectedTable.distributed("address", "addr_c_id", 1, customerData),
        ExpectedTable.distributed("shopping_cart", "sc_c_id", 1, customerData),
        ExpectedTable.distributed("shopping_cart_line", "scl_c_id", 1, customerData),
        ExpectedTable.distributed("orders", "o_c_id", 1, customerData),
        ExpectedTable.distributed("order_line", "ol_c_id", 1, customerData + "; best sellers aggregate it across"
            + " all customers, a multi-node read either way"),
        ExpectedTable.distributed("cc_xacts", "cx_c_id", 1, customerData),
        ExpectedTable.distributed("inventory", "inv_i_id", 2, "written by every buy confirm line (its update"
            + " frequency is far above the catalogue's), so replicating it would repeat each decrement on every"
            + " node; it is keyed by item, not by customer, so it cannot join the customer group; distributed on"
            + " its item id, alone in its colocation group, a product page reads one shard"));
  }

  @Override
  public String spanFractionName() {
    return "multiCustomerTransactionFraction";
  }

  @Override
  public List<String> notes(WorkloadOptions o) {
    return List.of(
        "Inventory: the generator writes it on every buy confirm (one UPDATE per order line) and reads it on every"
            + " product page, always by item id; the expert placement distributes it on inv_i_id in a colocation"
            + " group of its own (see its reason). A buy confirm therefore touches the customer's node and the"
            + " nodes of its items' stock rows.",
        "multiCustomerTransactionFraction counts, over all transactions, those whose statements touch rows of more"
            + " than one customer: the best-sellers page, which aggregates order_line over every customer. Catalogue"
            + " and inventory rows belong to no customer and are not counted. Order display looks its customer up"
            + " by user name (c_uname), a single customer's row found without the distribution column.",
        "Counts are statements, not rows. INSERT ... ON CONFLICT DO UPDATE (cart add) counts as an insert only;"
            + " SELECT ... FOR UPDATE counts as a read. No transaction rolls back, so abortedCounts are zero.",
        "Each session is a visitor logged in as one customer; one interaction in ten a new visitor takes the"
            + " connection; a registration makes the session's customer the new one (ids above the scale).",
        "Sizes: " + o.scaleFor(this) + " customers, " + new StoreRows(o.seed(), o.scaleFor(this), o.small()).items
            + " items, 24 subjects, 20 countries; each customer has 1 or 2 addresses and 0 to 2 past orders.");
  }
}
