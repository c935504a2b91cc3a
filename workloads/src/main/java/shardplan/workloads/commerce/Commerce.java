package shardplan.workloads.commerce;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import shardplan.workloads.TransactionGenerator;
import shardplan.workloads.Workload;
import shardplan.workloads.WorkloadOptions;
import shardplan.workloads.model.ExpectedTable;
import shardplan.workloads.model.StatementTemplate;

/**
 * An ORM-driven commerce platform, as a TypeORM or Hibernate storefront sends its SQL: quoted
 * camelCase identifiers, a table called {@code "order"}, surrogate integer keys everywhere,
 * {@code IN ($1, $2, ...)} lists, single-table inheritance with a discriminator (sessions),
 * translation tables, one sales channel whose id every priced or ordered row carries, sessions
 * looked up by token, orders with many child tables (lines, shipping lines, surcharges,
 * promotions, modifications, payments), a job queue polled with {@code FOR UPDATE SKIP LOCKED},
 * and the catalogue queries an ORM and its driver send on connect. Scale = customers.
 */
public final class Commerce implements Workload {
  static final List<String> TABLES = List.of("channel", "global_settings", "shipping_method", "promotion", "product",
      "product_translation", "product_channels_channel", "product_variant", "product_variant_translation",
      "product_variant_price", "stock_level", "customer", "address", "order", "order_line", "shipping_line",
      "order_modification", "surcharge", "order_promotions_promotion", "payment", "session", "job_record");

  @Override
  public String name() {
    return "commerce";
  }

  @Override
  public String description() {
    return "ORM-built storefront: quoted camelCase SQL, \"order\" and its child tables, sessions, job queue;"
        + " scale = customers";
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
    return "/shardplan/workloads/commerce/schema.sql";
  }

  @Override
  public List<String> tables() {
    return TABLES;
  }

  private CommerceRows rows(WorkloadOptions o) {
    return new CommerceRows(o.seed(), o.scaleFor(this), o.small());
  }

  @Override
  public void writeData(WorkloadOptions options, Path dataDir) throws IOException {
    new CommerceLoader(rows(options)).write(dataDir);
  }

  @Override
  public TransactionGenerator generator(WorkloadOptions options) {
    return new CommerceGenerator(rows(options), options);
  }

  @Override
  public List<StatementTemplate> templates() {
    return CommerceStatements.all();
  }

  /** What the ORM (schema check) and the JDBC driver send when a connection opens. */
  @Override
  public List<String> connectStatements() {
    return List.of("SET extra_float_digits = 3",
        "SELECT version()",
        "SELECT * FROM current_schema()",
        "SELECT n.nspname, c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema()",
        "SELECT t.typname, t.oid FROM pg_catalog.pg_type t WHERE t.typname IN ('int4', 'varchar', 'bool', 'timestamp')");
  }

  @Override
  public List<ExpectedTable> expectedPlacement(WorkloadOptions options) {
    String catalogue = "catalogue: read by every browsing request, joined on its ids, written only by rare"
        + " catalogue edits; replicated so that product pages and the joins of the catalogue stay on one node";
    String customer = "customer data: every customer statement names one customer id; distributed on it, the"
        + " addresses follow their customer along the foreign key address.customerId -> customer.id";
    String orderChild = "a child of \"order\" reached through its key (foreign key orderId -> order.id): every"
        + " statement names one order id, so it shares the order's colocation group and keeps its foreign key";
    List<ExpectedTable> out = new ArrayList<>();
    out.add(ExpectedTable.reference("channel", "one row, read on every request to resolve the channel token"));
    out.add(ExpectedTable.reference("global_settings", "one row, read at checkout, never written by the workload"));
    out.add(ExpectedTable.reference("shipping_method", "three rows, read at checkout, never written"));
    out.add(ExpectedTable.reference("promotion", "a few rows looked up by coupon code, never written"));
    out.add(ExpectedTable.reference("product", catalogue));
    out.add(ExpectedTable.reference("product_translation", catalogue
        + "; languageCode has two values, slug and baseId are the lookups"));
    out.add(ExpectedTable.reference("product_channels_channel", catalogue + "; channelId has one value"));
    out.add(ExpectedTable.reference("product_variant", catalogue));
    out.add(ExpectedTable.reference("product_variant_translation", catalogue));
    out.add(ExpectedTable.reference("product_variant_price", catalogue + "; channelId has one value, so it could"
        + " never be a distribution column"));
    out.add(ExpectedTable.distributed("stock_level", "productVariantId", 3, "written by every checkout (one"
        + " allocation per order line) and read by every product page, always by variant; replicating it would repeat"
        + " each allocation on every node; stockLocationId has one value; distributed on productVariantId in a group"
        + " of its own. The best sellers' rows are hot: every checkout that sells them updates them"));
    out.add(ExpectedTable.distributed("customer", "id", 1, customer));
    out.add(ExpectedTable.distributed("address", "customerId", 1, customer));
    out.add(ExpectedTable.distributed("order", "id", 2, "every cart and checkout statement names one order id;"
        + " its child tables carry only orderId, so the order tree is distributed on the order id; channelId has"
        + " one value; customerId would split the order from its lines (order history by customer fans out, 1.5 %"
        + " of requests); the code lookup of the confirmation page fans out unless a lookup table maps code to id"));
    out.add(ExpectedTable.distributed("order_line", "orderId", 2, orderChild
        + "; quantity changes by line id fan out (an ORM habit)"));
    out.add(ExpectedTable.distributed("shipping_line", "orderId", 2, orderChild));
    out.add(ExpectedTable.distributed("order_modification", "orderId", 2, orderChild));
    out.add(ExpectedTable.distributed("surcharge", "orderId", 2, orderChild
        + "; its type has four values; its foreign key to order_modification is by id, which Citus cannot enforce"));
    out.add(ExpectedTable.distributed("order_promotions_promotion", "orderId", 2, orderChild));
    out.add(ExpectedTable.distributed("payment", "orderId", 2, orderChild));
    out.add(ExpectedTable.distributed("session", "token", 4, "written at every login and looked up by its token on"
        + " every request; the discriminator has two values and anonymous sessions have no customer, so the token,"
        + " unique and always given, is the distribution column, in a group of its own (character varying)"));
    out.add(ExpectedTable.local("job_record", "the job queue: written by every checkout and catalogue edit, polled"
        + " with FOR UPDATE SKIP LOCKED by queue name (three values) and state (four), never joined; no column"
        + " spreads it, so it stays on the coordinator as a Citus local table"));
    return out;
  }

  @Override
  public String spanFractionName() {
    return "multiOrderTransactionFraction";
  }

  @Override
  public List<String> notes(WorkloadOptions o) {
    CommerceRows r = rows(o);
    return List.of(
        "multiOrderTransactionFraction counts, over all transactions, those whose statements touch rows of more than"
            + " one order: the order history page, which lists a customer's orders by customerId.",
        "Sessions are looked up by token in their own transaction, as an ORM's session cache does on a miss; a new"
            + " active order is written to the session in the next transaction of the same connection.",
        "Ids are given by the application in every INSERT except the job queue's, which returns the id the"
            + " sequence gave (RETURNING \"id\"); the generator numbers jobs in generation order.",
        "Counts are statements, not rows. INSERT ... ON CONFLICT DO NOTHING counts as an insert; SELECT ... FOR"
            + " UPDATE SKIP LOCKED counts as a read. No transaction rolls back, so abortedCounts are zero. The"
            + " statements every connection sends when it opens (driver settings, catalogue queries) are not counted.",
        "Sizes: " + o.scaleFor(this) + " customers, " + r.products + " products, " + r.variants + " variants, "
            + r.initialOrders + " past orders, one channel, one stock location, two languages.");
  }
}
