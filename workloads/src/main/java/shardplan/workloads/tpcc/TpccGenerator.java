package shardplan.workloads.tpcc;

import static shardplan.workloads.tpcc.TpccStatements.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import shardplan.workloads.TransactionGenerator;
import shardplan.workloads.WorkloadOptions;
import shardplan.workloads.gen.Rand;
import shardplan.workloads.model.Call;
import shardplan.workloads.model.GeneratedTransaction;

/**
 * The TPC-C terminals' transactions (clause 5.2.3 mix: NewOrder 45 %, Payment 43 %, OrderStatus,
 * Delivery and StockLevel 4 % each), with the specification's input values: NURand customer
 * and item numbers, customers by last name 40 % of the time, remote order lines and payments at
 * the configured fractions, and 1 % of NewOrders rolled back on an unused item number.
 *
 * <p>The generator keeps the database state its statements depend on (next order number per
 * district, undelivered orders, each customer's last order, stock quantities), so that the
 * transactions, run in the order they are generated, all succeed. Each transaction picks its
 * warehouse uniformly, as a connection pool serving every warehouse's terminals does.
 */
final class TpccGenerator implements TransactionGenerator {
  static final String NEW_ORDER = "NewOrder";
  static final String PAYMENT = "Payment";
  static final String ORDER_STATUS = "OrderStatus";
  static final String DELIVERY = "Delivery";
  static final String STOCK_LEVEL = "StockLevel";

  private final TpccRows rows;
  private final TpccSizes sizes;
  private final int warehouses;
  private final double remoteLine;
  private final double remotePayment;
  private final SplittableRandom rng;
  private final int[] nextOrder;
  private final IntQueue[] undelivered;
  private final Map<Long, int[]> placedOrders = new HashMap<>();
  private final int[][] lastOrder;
  private final int[][] stock;
  private final List<Map<Integer, int[]>> byLastName;
  private final Map<Long, int[]> initialCustomersCache = new HashMap<>();

  TpccGenerator(TpccRows rows, int warehouses, WorkloadOptions options) {
    this.rows = rows;
    this.sizes = rows.sizes;
    this.warehouses = warehouses;
    this.remoteLine = options.remoteOrderLineFraction();
    this.remotePayment = options.remotePaymentFraction();
    this.rng = new SplittableRandom(Rand.hash(options.seed(), 0xC0FFEE));
    int districts = warehouses * sizes.districts();
    this.nextOrder = new int[districts];
    Arrays.fill(nextOrder, sizes.ordersPerDistrict() + 1);
    this.undelivered = new IntQueue[districts];
    for (int i = 0; i < districts; i++) {
      IntQueue q = new IntQueue();
      for (int o = sizes.firstUndelivered(); o <= sizes.ordersPerDistrict(); o++) {
        q.add(o);
      }
      undelivered[i] = q;
    }
    this.lastOrder = new int[districts][];
    this.stock = new int[warehouses][];
    this.byLastName = new ArrayList<>(districts);
    for (int i = 0; i < districts; i++) {
      byLastName.add(null);
    }
  }

  @Override
  public GeneratedTransaction next(int session) {
    int w = Rand.uniform(rng, 1, warehouses);
    int x = Rand.uniform(rng, 1, 100);
    if (x <= 45) {
      return newOrder(w);
    } else if (x <= 88) {
      return payment(w);
    } else if (x <= 92) {
      return orderStatus(w);
    } else if (x <= 96) {
      return delivery(w);
    }
    return stockLevel(w);
  }

  private int district(int w, int d) {
    return (w - 1) * sizes.districts() + (d - 1);
  }

  private int otherWarehouse(int w) {
    int o = Rand.uniform(rng, 1, warehouses - 1);
    return o >= w ? o + 1 : o;
  }

  private int customerId() {
    return Rand.nurand(rng, rows.aCustomer, rows.cCustomer, 1, sizes.customersPerDistrict());
  }

  private GeneratedTransaction newOrder(int w) {
    int d = Rand.uniform(rng, 1, sizes.districts());
    int c = customerId();
    int count = Rand.uniform(rng, 5, 15);
    boolean rollback = Rand.uniform(rng, 1, 100) == 1;
    int[] items = new int[count];
    int[] supply = new int[count];
    int[] qty = new int[count];
    boolean allLocal = true;
    for (int l = 0; l < count; l++) {
      items[l] = Rand.nurand(rng, rows.aItem, rows.cItem, 1, sizes.items());
      supply[l] = w;
      if (warehouses > 1 && remoteLine > 0 && rng.nextDouble() < remoteLine) {
        supply[l] = otherWarehouse(w);
        allLocal = false;
      }
      qty[l] = Rand.uniform(rng, 1, 10);
    }
    if (rollback) {
      items[count - 1] = sizes.items() + 1;
    }
    int di = district(w, d);
    int o = nextOrder[di];
    List<Call> calls = new ArrayList<>(5 + 4 * count);
    calls.add(Call.of(NO_CUSTOMER_WAREHOUSE, w, d, c));
    calls.add(Call.of(NO_DISTRICT, w, d));
    calls.add(Call.of(NO_DISTRICT_UPDATE, w, d));
    calls.add(Call.of(NO_ORDER_INSERT, o, d, w, c, count, allLocal ? 1 : 0));
    calls.add(Call.of(NO_NEW_ORDER_INSERT, o, d, w));
    int total = 0;
    boolean remote = false;
    int[] undo = rollback ? new int[count] : null;
    for (int l = 0; l < count; l++) {
      int i = items[l];
      calls.add(Call.of(NO_ITEM, i));
      if (i > sizes.items()) {
        break;
      }
      int sw = supply[l];
      remote |= sw != w;
      calls.add(Call.of(NO_STOCK, i, sw));
      int[] q = stockOf(sw);
      int before = q[i - 1];
      if (undo != null) {
        undo[l] = before;
      }
      int after = before - qty[l] >= 10 ? before - qty[l] : before - qty[l] + 91;
      q[i - 1] = after;
      calls.add(Call.of(NO_STOCK_UPDATE, after, qty[l], sw != w ? 1 : 0, i, sw));
      int amount = qty[l] * rows.itemPriceCents(i);
      total += amount;
      calls.add(Call.of(NO_ORDER_LINE_INSERT, o, d, w, l + 1, i, sw, qty[l], BigDecimal.valueOf(amount, 2),
          rows.distInfo(sw, i, d)));
    }
    if (rollback) {
      for (int l = count - 2; l >= 0; l--) {
        stockOf(supply[l])[items[l] - 1] = undo[l];
      }
    } else {
      nextOrder[di] = o + 1;
      undelivered[di].add(o);
      placedOrders.put(orderKey(di, o), new int[] {c, total});
      lastOrders(w, d)[c - 1] = o;
    }
    return new GeneratedTransaction(NEW_ORDER, calls, rollback, remote);
  }

  private GeneratedTransaction payment(int w) {
    int d = Rand.uniform(rng, 1, sizes.districts());
    int cw = w;
    int cd = d;
    if (warehouses > 1 && remotePayment > 0 && rng.nextDouble() < remotePayment) {
      cw = otherWarehouse(w);
      cd = Rand.uniform(rng, 1, sizes.districts());
    }
    boolean byName = Rand.uniform(rng, 1, 100) <= 40;
    BigDecimal amount = Rand.money(rng, 100, 500_000);
    List<Call> calls = new ArrayList<>(8);
    calls.add(Call.of(PAY_WAREHOUSE_UPDATE, amount, w));
    calls.add(Call.of(PAY_WAREHOUSE, w));
    calls.add(Call.of(PAY_DISTRICT_UPDATE, amount, w, d));
    calls.add(Call.of(PAY_DISTRICT, w, d));
    int c;
    if (byName) {
      int name = Rand.nurand(rng, rows.aLast, rows.cLastRun, 0, rows.lastNameMax);
      calls.add(Call.of(PAY_CUSTOMER_BY_NAME, cw, cd, TpccRows.lastName(name)));
      c = middleCustomer(cw, cd, name);
    } else {
      c = customerId();
      calls.add(Call.of(PAY_CUSTOMER_BY_ID, cw, cd, c));
    }
    if (rows.badCredit(cw, cd, c)) {
      calls.add(Call.of(PAY_CUSTOMER_DATA, cw, cd, c));
      String data = c + " " + cd + " " + cw + " " + d + " " + w + " " + amount.toPlainString() + " | ";
      calls.add(Call.of(PAY_CUSTOMER_UPDATE_BC, amount, amount, data, cw, cd, c));
    } else {
      calls.add(Call.of(PAY_CUSTOMER_UPDATE, amount, amount, cw, cd, c));
    }
    String hData = rows.warehouseName(w) + "    " + rows.districtName(w, d);
    calls.add(Call.of(PAY_HISTORY_INSERT, cd, cw, c, d, w, amount, hData));
    return new GeneratedTransaction(PAYMENT, calls, false, cw != w);
  }

  private GeneratedTransaction orderStatus(int w) {
    int d = Rand.uniform(rng, 1, sizes.districts());
    boolean byName = Rand.uniform(rng, 1, 100) <= 40;
    List<Call> calls = new ArrayList<>(3);
    int c;
    if (byName) {
      int name = Rand.nurand(rng, rows.aLast, rows.cLastRun, 0, rows.lastNameMax);
      calls.add(Call.of(OS_CUSTOMER_BY_NAME, w, d, TpccRows.lastName(name)));
      c = middleCustomer(w, d, name);
    } else {
      c = customerId();
      calls.add(Call.of(OS_CUSTOMER_BY_ID, w, d, c));
    }
    calls.add(Call.of(OS_LAST_ORDER, w, d, c));
    int o = lastOrders(w, d)[c - 1];
    calls.add(Call.of(OS_ORDER_LINES, w, d, o));
    return new GeneratedTransaction(ORDER_STATUS, calls, false, false);
  }

  private GeneratedTransaction delivery(int w) {
    int carrier = Rand.uniform(rng, 1, 10);
    List<Call> calls = new ArrayList<>(7 * sizes.districts());
    for (int d = 1; d <= sizes.districts(); d++) {
      calls.add(Call.of(DL_OLDEST_NEW_ORDER, w, d));
      int di = district(w, d);
      if (undelivered[di].isEmpty()) {
        continue;
      }
      int o = undelivered[di].poll();
      int c;
      int total;
      int[] placed = placedOrders.remove(orderKey(di, o));
      if (placed != null) {
        c = placed[0];
        total = placed[1];
      } else {
        c = initialCustomers(w, d)[o - 1];
        total = 0;
        int n = rows.orderLineCount(w, d, o);
        for (int l = 1; l <= n; l++) {
          total += rows.initialAmountCents(w, d, o, l);
        }
      }
      calls.add(Call.of(DL_NEW_ORDER_DELETE, w, d, o));
      calls.add(Call.of(DL_ORDER_CUSTOMER, w, d, o));
      calls.add(Call.of(DL_ORDER_UPDATE, carrier, w, d, o));
      calls.add(Call.of(DL_ORDER_LINE_UPDATE, w, d, o));
      calls.add(Call.of(DL_ORDER_TOTAL, w, d, o));
      calls.add(Call.of(DL_CUSTOMER_UPDATE, BigDecimal.valueOf(total, 2), w, d, c));
    }
    return new GeneratedTransaction(DELIVERY, calls, false, false);
  }

  private GeneratedTransaction stockLevel(int w) {
    int d = Rand.uniform(rng, 1, sizes.districts());
    int threshold = Rand.uniform(rng, 10, 20);
    int next = nextOrder[district(w, d)];
    List<Call> calls = List.of(Call.of(SL_NEXT_ORDER, w, d),
        Call.of(SL_LOW_STOCK, w, d, next, next - 20, threshold));
    return new GeneratedTransaction(STOCK_LEVEL, calls, false, false);
  }

  private static long orderKey(int district, int o) {
    return ((long) district << 32) | o;
  }

  private int[] stockOf(int w) {
    int[] q = stock[w - 1];
    if (q == null) {
      q = new int[sizes.items()];
      for (int i = 1; i <= q.length; i++) {
        q[i - 1] = rows.stockQuantity(w, i);
      }
      stock[w - 1] = q;
    }
    return q;
  }

  private int[] initialCustomers(int w, int d) {
    return initialCustomersCache.computeIfAbsent(orderKey(district(w, d), 0), k -> rows.orderCustomers(w, d));
  }

  private int[] lastOrders(int w, int d) {
    int di = district(w, d);
    int[] last = lastOrder[di];
    if (last == null) {
      last = new int[sizes.customersPerDistrict()];
      int[] perm = initialCustomers(w, d);
      for (int o = 1; o <= perm.length; o++) {
        last[perm[o - 1] - 1] = o;
      }
      lastOrder[di] = last;
    }
    return last;
  }

  /**
   * Clause 2.5.2.2: of the customers with the last name, sorted by first name, the one at
   * position ceil(n / 2).
   */
  private int middleCustomer(int w, int d, int name) {
    int di = district(w, d);
    Map<Integer, int[]> index = byLastName.get(di);
    if (index == null) {
      Map<Integer, List<Integer>> groups = new HashMap<>();
      String[] first = new String[sizes.customersPerDistrict() + 1];
      for (int c = 1; c <= sizes.customersPerDistrict(); c++) {
        first[c] = rows.firstName(w, d, c);
        groups.computeIfAbsent(rows.lastNameNumber(w, d, c), k -> new ArrayList<>()).add(c);
      }
      index = new HashMap<>();
      for (Map.Entry<Integer, List<Integer>> e : groups.entrySet()) {
        List<Integer> cs = e.getValue();
        cs.sort((a, b) -> {
          int k = first[a].compareTo(first[b]);
          return k != 0 ? k : Integer.compare(a, b);
        });
        index.put(e.getKey(), cs.stream().mapToInt(Integer::intValue).toArray());
      }
      byLastName.set(di, index);
    }
    int[] cs = index.get(name);
    if (cs == null) {
      throw new IllegalStateException("no customer with last name number " + name + " in district " + d
          + " of warehouse " + w);
    }
    return cs[(cs.length + 1) / 2 - 1];
  }

  /** A growable queue of ints (undelivered order numbers of one district). */
  static final class IntQueue {
    private int[] a = new int[64];
    private int head;
    private int tail;

    void add(int v) {
      if (tail == a.length) {
        if (head > a.length / 2) {
          System.arraycopy(a, head, a, 0, tail - head);
          tail -= head;
          head = 0;
        } else {
          a = Arrays.copyOf(a, a.length * 2);
        }
      }
      a[tail++] = v;
    }

    boolean isEmpty() {
      return head == tail;
    }

    int poll() {
      return a[head++];
    }
  }
}
