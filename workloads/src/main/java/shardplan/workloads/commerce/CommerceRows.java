package shardplan.workloads.commerce;

import java.util.Locale;
import java.util.SplittableRandom;
import shardplan.workloads.gen.Rand;

/**
 * The commerce platform's initial rows as functions of the seed and a row's key, so that the
 * loader and the generator agree without sharing state. Ids are dense from 1 in load order.
 */
final class CommerceRows {
  static final String[] LANGUAGES = {"en", "de"};
  static final String CHANNEL_TOKEN = "__default_channel__";
  static final int CHANNEL_ID = 1;
  static final int STOCK_LOCATION_ID = 1;
  static final String CURRENCY = "USD";
  static final String[] SHIPPING_CODES = {"standard-shipping", "express-shipping", "pickup"};
  static final int PROMOTIONS = 8;
  static final String[] SURCHARGE_TYPES = {"HANDLING", "INSURANCE", "GIFT_WRAP", "SMALL_ORDER"};
  static final String[] QUEUES = {"send-email", "update-search-index", "apply-collection-filters"};
  private static final long VARIANTS = 1;
  private static final long PRICE = 2;
  private static final long STOCK = 3;
  private static final long ORDERS = 4;
  private static final long LINES = 5;
  private static final long CODE = 6;
  private static final char[] CODE_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

  final long seed;
  final int customers;
  final int products;
  /** First variant id of product p (1-based) at index p; variantStart[products + 1] = variants + 1. */
  final int[] variantStart;
  final int variants;
  /** First order id of customer c's initial orders; orderStart[customers + 1] = initial orders + 1. */
  final int[] orderStart;
  final int initialOrders;
  /** First line id of initial order o; lineStart[initialOrders + 1] = initial lines + 1. */
  final int[] lineStart;
  final int initialLines;

  CommerceRows(long seed, int customers, boolean small) {
    this.seed = seed;
    this.customers = customers;
    this.products = small ? 60 : Math.max(200, Math.min(5_000, customers / 20));
    this.variantStart = new int[products + 2];
    int v = 1;
    for (int p = 1; p <= products; p++) {
      variantStart[p] = v;
      v += variantsOf(p);
    }
    variantStart[products + 1] = v;
    this.variants = v - 1;
    this.orderStart = new int[customers + 2];
    int o = 1;
    for (int c = 1; c <= customers; c++) {
      orderStart[c] = o;
      o += Rand.forRow(seed, ORDERS, c).nextInt(3);
    }
    orderStart[customers + 1] = o;
    this.initialOrders = o - 1;
    this.lineStart = new int[initialOrders + 2];
    int l = 1;
    for (int k = 1; k <= initialOrders; k++) {
      lineStart[k] = l;
      l += linesOf(k);
    }
    lineStart[initialOrders + 1] = l;
    this.initialLines = l - 1;
  }

  int variantsOf(int product) {
    return 1 + Rand.forRow(seed, VARIANTS, product).nextInt(CommerceStatements.MAX_LIST);
  }

  int productOf(int variant) {
    int lo = 1;
    int hi = products;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (variantStart[mid] <= variant) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  int priceCents(int variant) {
    return Rand.uniform(Rand.forRow(seed, PRICE, variant), 499, 19_999);
  }

  int stockOnHand(int variant) {
    return Rand.uniform(Rand.forRow(seed, STOCK, variant), 5_000, 20_000);
  }

  int linesOf(int order) {
    return Rand.uniform(Rand.forRow(seed, LINES, order), 1, 3);
  }

  /** The variant and quantity of an initial order line (line index within its order). */
  int[] line(int order, int index) {
    SplittableRandom r = Rand.forRow(seed, LINES, order, index);
    return new int[] {Rand.uniform(r, 1, variants), Rand.uniform(r, 1, 3)};
  }

  int customerOfOrder(int order) {
    int lo = 1;
    int hi = customers;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (orderStart[mid] <= order) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** An order's public code: 16 characters from an unambiguous alphabet. */
  String orderCode(int order) {
    SplittableRandom r = Rand.forRow(seed, CODE, order);
    char[] c = new char[16];
    for (int i = 0; i < c.length; i++) {
      c[i] = CODE_CHARS[r.nextInt(CODE_CHARS.length)];
    }
    return new String(c);
  }

  static String email(int customer) {
    return "customer" + customer + "@example.com";
  }

  static String slug(int product) {
    return "product-" + product;
  }

  static String sku(int variant) {
    return String.format(Locale.ROOT, "SKU-%06d", variant);
  }

  static String coupon(int promotion) {
    return "SAVE" + (5 * promotion);
  }
}
