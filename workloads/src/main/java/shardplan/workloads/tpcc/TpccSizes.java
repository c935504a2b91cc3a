package shardplan.workloads.tpcc;

/**
 * Cardinalities of a TPC-C database. {@link #STANDARD} is clause 4.3.3.1 (100,000 items; per
 * warehouse 10 districts; per district 3,000 customers and orders, of which the last 900 are
 * not delivered yet). {@link #SMALL} keeps every ratio that matters to placement but loads in a
 * second, for tests.
 */
public record TpccSizes(int items, int districts, int customersPerDistrict, int newOrdersPerDistrict) {
  public static final TpccSizes STANDARD = new TpccSizes(100_000, 10, 3_000, 900);
  public static final TpccSizes SMALL = new TpccSizes(1_000, 10, 100, 30);

  public TpccSizes {
    if (items < 2 || districts < 1 || customersPerDistrict < 1 || newOrdersPerDistrict < 0
        || newOrdersPerDistrict > customersPerDistrict) {
      throw new IllegalArgumentException("inconsistent TPC-C sizes: " + items + " items, " + districts
          + " districts, " + customersPerDistrict + " customers and " + newOrdersPerDistrict + " new orders per district");
    }
  }

  /** Orders per district at load: one per customer. */
  public int ordersPerDistrict() {
    return customersPerDistrict;
  }

  /** First order number that is not delivered at load. */
  public int firstUndelivered() {
    return customersPerDistrict - newOrdersPerDistrict + 1;
  }
}
