package shardplan.workloads.store;

import java.util.SplittableRandom;
import shardplan.workloads.gen.Rand;

/**
 * Sizes of the store and the initial values both the loader and the generator need (how many
 * orders and addresses a customer has, an item's price and stock level), each a function of
 * the seed and the row's key.
 */
final class StoreRows {
  static final String[] SUBJECTS = {"ARTS", "BIOGRAPHIES", "BUSINESS", "CHILDREN", "COMPUTERS", "COOKING", "HEALTH",
      "HISTORY", "HOME", "HUMOR", "LITERATURE", "MYSTERY", "NON-FICTION", "PARENTING", "POLITICS", "REFERENCE",
      "RELIGION", "ROMANCE", "SELF-HELP", "SCIENCE-NATURE", "SCIENCE-FICTION", "SPORTS", "YOUTH", "TRAVEL"};
  static final String[][] COUNTRIES = {{"United States", "1", "Dollars"}, {"United Kingdom", ".625461", "Pounds"},
      {"Canada", "1.46712", "Dollars"}, {"Germany", "1.86125", "Deutsche Marks"}, {"France", "6.24238", "Francs"},
      {"Japan", "121.907", "Yen"}, {"Netherlands", "2.09715", "Guilders"}, {"Italy", "1842.64", "Lira"},
      {"Switzerland", "1.51645", "Francs"}, {"Australia", "1.60014", "Dollars"}, {"Algeria", "67.0466", "Dinars"},
      {"Argentina", ".9981", "Pesos"}, {"Austria", "13.0476", "Schillings"}, {"Belgium", "38.3895", "Francs"},
      {"Brazil", "1.7735", "Reals"}, {"Chile", "516.44", "Pesos"}, {"China", "8.27849", "Yuan"},
      {"Denmark", "7.09433", "Krone"}, {"Egypt", "3.41775", "Pounds"}, {"Finland", "5.65667", "Markka"}};
  static final String[] SYLLABLES = {"BA", "OUGHT", "ABLE", "PRI", "PRES", "ESE", "ANTI", "CALLY", "ATION", "EING"};
  private static final long ORDERS = 1;
  private static final long ADDRESSES = 2;
  private static final long COST = 3;
  private static final long STOCK = 4;
  private static final long DISCOUNT = 5;
  private static final long ITEM = 6;

  final long seed;
  final int customers;
  final int items;
  final int authors;

  StoreRows(long seed, int customers, boolean small) {
    this.seed = seed;
    this.customers = customers;
    this.items = small ? 200 : Math.max(1_000, Math.min(100_000, customers));
    this.authors = Math.max(1, items / 4);
  }

  /** Orders a customer has at load: 0, 1 or 2. */
  int initialOrders(int c) {
    return Rand.forRow(seed, ORDERS, c).nextInt(3);
  }

  int addresses(int c) {
    return 1 + Rand.forRow(seed, ADDRESSES, c).nextInt(2);
  }

  int costCents(int i) {
    return Rand.uniform(Rand.forRow(seed, COST, i), 100, 9_999);
  }

  int stock(int i) {
    return Rand.uniform(Rand.forRow(seed, STOCK, i), 10, 30);
  }

  /** Discount in hundredths (0.00 .. 0.50). */
  int discount(int c) {
    return Rand.forRow(seed, DISCOUNT, c).nextInt(51);
  }

  int subjectOf(int i) {
    return 1 + Rand.forRow(seed, ITEM, i).nextInt(SUBJECTS.length);
  }

  int authorOf(int i) {
    return 1 + Rand.forRow(seed, ITEM + 1, i).nextInt(authors);
  }

  static String authorLastName(int a) {
    int n = (a * 7919) % 1000;
    return SYLLABLES[n / 100] + SYLLABLES[(n / 10) % 10] + SYLLABLES[n % 10];
  }

  static String userName(int c) {
    return "user" + c;
  }

  String password(int c) {
    return Rand.astring(Rand.forRow(seed, 7, c), 8, 12);
  }

  /** Lines of an initial order and each line's item and quantity. */
  int[][] initialOrderLines(int c, int o) {
    SplittableRandom r = Rand.forRow(seed, 8, c, o);
    int n = Rand.uniform(r, 1, 5);
    int[][] lines = new int[n][];
    for (int l = 0; l < n; l++) {
      lines[l] = new int[] {Rand.uniform(r, 1, items), Rand.uniform(r, 1, 3)};
    }
    return lines;
  }
}
