package shardplan.workloads.tpcc;

import java.util.SplittableRandom;
import shardplan.workloads.gen.Rand;

/**
 * The initial rows' values that both the loader writes and the transaction generator must know
 * (a customer's last name, an item's price, which customer placed an initial order), each a
 * function of the seed and the row's key, so that the two agree without sharing state.
 */
final class TpccRows {
  static final String[] SYLLABLES = {"BAR", "OUGHT", "ABLE", "PRI", "PRES", "ESE", "ANTI", "CALLY", "ATION", "EING"};
  private static final long LAST = 1;
  private static final long FIRST = 2;
  private static final long CREDIT = 3;
  private static final long PERM = 4;
  private static final long OL_CNT = 5;
  private static final long OL_AMOUNT = 6;
  private static final long PRICE = 7;
  private static final long QUANTITY = 8;
  private static final long DIST = 9;
  private static final long WNAME = 10;
  private static final long DNAME = 11;
  private static final long CONSTANTS = 12;

  final long seed;
  final TpccSizes sizes;
  /** NURand A and C for customer numbers, item numbers and last names (clause 2.1.6). */
  final int aCustomer;
  final int aItem;
  final int aLast;
  final int cCustomer;
  final int cItem;
  final int cLastLoad;
  final int cLastRun;
  /** Highest last-name number in use: 999, or fewer when districts have fewer customers. */
  final int lastNameMax;

  TpccRows(long seed, TpccSizes sizes) {
    this.seed = seed;
    this.sizes = sizes;
    this.aCustomer = Rand.nurandA(sizes.customersPerDistrict(), 1023, 3000);
    this.aItem = Rand.nurandA(sizes.items(), 8191, 100_000);
    this.lastNameMax = Math.min(999, sizes.customersPerDistrict() - 1);
    this.aLast = Rand.nurandA(lastNameMax + 1, 255, 1000);
    SplittableRandom r = Rand.forRow(seed, CONSTANTS);
    this.cCustomer = r.nextInt(aCustomer + 1);
    this.cItem = r.nextInt(aItem + 1);
    this.cLastLoad = r.nextInt(aLast + 1);
    // Clause 2.1.6.1: the run-time C differs from the load-time C by 65..119, not 96 or 112.
    int delta;
    do {
      delta = 65 + r.nextInt(55);
    } while (delta == 96 || delta == 112);
    this.cLastRun = (cLastLoad + delta) % (aLast + 1);
  }

  /** Last-name number: the first 1,000 customers of a district take 0..999 in order, the rest NURand. */
  int lastNameNumber(int w, int d, int c) {
    if (c - 1 <= lastNameMax) {
      return c - 1;
    }
    return Rand.nurand(Rand.forRow(seed, LAST, w, d, c), aLast, cLastLoad, 0, lastNameMax);
  }

  static String lastName(int number) {
    return SYLLABLES[number / 100] + SYLLABLES[(number / 10) % 10] + SYLLABLES[number % 10];
  }

  /** Lower-case, so that C and linguistic collations order customers alike. */
  String firstName(int w, int d, int c) {
    return Rand.letters(Rand.forRow(seed, FIRST, w, d, c), 8, 16);
  }

  /** 10 % of customers have bad credit (clause 4.3.3.1). */
  boolean badCredit(int w, int d, int c) {
    return Rand.forRow(seed, CREDIT, w, d, c).nextInt(10) == 0;
  }

  /** The customers of a district's initial orders: {@code perm[o - 1]} placed order o. */
  int[] orderCustomers(int w, int d) {
    int n = sizes.customersPerDistrict();
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i + 1;
    }
    SplittableRandom r = Rand.forRow(seed, PERM, w, d);
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  int orderLineCount(int w, int d, int o) {
    return Rand.uniform(Rand.forRow(seed, OL_CNT, w, d, o), 5, 15);
  }

  /** An initial order line's amount in cents: 0 when delivered, else 0.01..9,999.99. */
  int initialAmountCents(int w, int d, int o, int line) {
    if (o < sizes.firstUndelivered()) {
      return 0;
    }
    return Rand.uniform(Rand.forRow(seed, OL_AMOUNT, w, d, o, line), 1, 999_999);
  }

  int initialItem(int w, int d, int o, int line) {
    return Rand.uniform(Rand.forRow(seed, OL_AMOUNT + 100, w, d, o, line), 1, sizes.items());
  }

  int itemPriceCents(int i) {
    return Rand.uniform(Rand.forRow(seed, PRICE, i), 100, 10_000);
  }

  int stockQuantity(int w, int i) {
    return Rand.uniform(Rand.forRow(seed, QUANTITY, w, i), 10, 100);
  }

  /** {@code s_dist_<d>} of stock row (w, i). */
  String distInfo(int w, int i, int d) {
    return Rand.astring(Rand.forRow(seed, DIST, w, i, d), 24, 24);
  }

  String warehouseName(int w) {
    return Rand.astring(Rand.forRow(seed, WNAME, w), 6, 10);
  }

  String districtName(int w, int d) {
    return Rand.astring(Rand.forRow(seed, DNAME, w, d), 6, 10);
  }
}
