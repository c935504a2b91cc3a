package shardplan.workloads.store;

import static shardplan.workloads.store.StoreStatements.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import shardplan.workloads.TransactionGenerator;
import shardplan.workloads.WorkloadOptions;
import shardplan.workloads.gen.Rand;
import shardplan.workloads.model.Call;
import shardplan.workloads.model.GeneratedTransaction;

/**
 * The store's web interactions (per 1,000: home 160, product detail 170, search by subject 180,
 * search by author 120, new products 50, best sellers 50, cart update 150, registration 20,
 * order display 20, buy request 40, buy confirm 30, catalogue administration 10), each one
 * transaction. Each session is a visitor logged in as one customer; now and then (1 in 10
 * interactions) a new visitor with another customer takes the connection, and a registration
 * makes the session's customer a new one.
 *
 * <p>The generator keeps carts, order numbers, item prices and stock levels, so that the
 * transactions, run in generation order, all succeed.
 */
final class StoreGenerator implements TransactionGenerator {
  private final StoreRows rows;
  private final SplittableRandom rng;
  private int[] sessionCustomer = new int[0];
  private int customers;
  private int[] orders;
  private int[] addresses;
  private int[] discount;
  private final int[] cost;
  private final int[] stock;
  private final Map<Integer, LinkedHashMap<Integer, Integer>> carts = new HashMap<>();
  private final Map<Integer, String> passwords = new HashMap<>();

  StoreGenerator(StoreRows rows, WorkloadOptions options) {
    this.rows = rows;
    this.rng = new SplittableRandom(Rand.hash(options.seed(), 0x570E));
    this.customers = rows.customers;
    this.orders = new int[customers + 1];
    this.addresses = new int[customers + 1];
    this.discount = new int[customers + 1];
    for (int c = 1; c <= customers; c++) {
      orders[c] = rows.initialOrders(c);
      addresses[c] = rows.addresses(c);
      discount[c] = rows.discount(c);
    }
    this.cost = new int[rows.items + 1];
    this.stock = new int[rows.items + 1];
    for (int i = 1; i <= rows.items; i++) {
      cost[i] = rows.costCents(i);
      stock[i] = rows.stock(i);
    }
  }

  @Override
  public GeneratedTransaction next(int session) {
    if (session >= sessionCustomer.length) {
      sessionCustomer = Arrays.copyOf(sessionCustomer, session + 1);
    }
    if (sessionCustomer[session] == 0 || rng.nextInt(10) == 0) {
      sessionCustomer[session] = Rand.uniform(rng, 1, rows.customers);
    }
    int c = sessionCustomer[session];
    int x = rng.nextInt(1000);
    if (x < 160) {
      return tx("Home", false, Call.of(HOME_CUSTOMER, c), Call.of(HOME_PROMOTIONS, subject()));
    } else if (x < 330) {
      int i = item();
      return tx("ProductDetail", false, Call.of(DETAIL_ITEM, i), Call.of(DETAIL_STOCK, i));
    } else if (x < 510) {
      return tx("SearchBySubject", false, Call.of(SEARCH_SUBJECT, subject()));
    } else if (x < 630) {
      String prefix = StoreRows.SYLLABLES[rng.nextInt(StoreRows.SYLLABLES.length)] + "%";
      return tx("SearchByAuthor", false, Call.of(SEARCH_AUTHOR, prefix));
    } else if (x < 680) {
      return tx("NewProducts", false, Call.of(NEW_PRODUCTS, subject()));
    } else if (x < 730) {
      return tx("BestSellers", true, Call.of(BEST_SELLERS, subject()));
    } else if (x < 880) {
      return cartUpdate(c);
    } else if (x < 900) {
      return register(session);
    } else if (x < 920) {
      return orderDisplay(c);
    } else if (x < 960) {
      return buyRequest(c);
    } else if (x < 990) {
      return buyConfirm(c);
    }
    return admin();
  }

  private static GeneratedTransaction tx(String type, boolean multi, Call... calls) {
    return new GeneratedTransaction(type, List.of(calls), false, multi);
  }

  private int subject() {
    return 1 + rng.nextInt(StoreRows.SUBJECTS.length);
  }

  /** Items are chosen with a skew: a quarter of the catalogue draws most of the attention. */
  private int item() {
    if (rng.nextInt(4) != 0) {
      return 1 + rng.nextInt(Math.max(1, rows.items / 4));
    }
    return 1 + rng.nextInt(rows.items);
  }

  private LinkedHashMap<Integer, Integer> cart(int c) {
    return carts.computeIfAbsent(c, k -> new LinkedHashMap<>());
  }

  private void addToCart(int c, List<Call> calls) {
    int i = item();
    int q = Rand.uniform(rng, 1, 3);
    calls.add(Call.of(CART_ADD, c, i, q));
    cart(c).merge(i, q, Integer::sum);
  }

  private GeneratedTransaction cartUpdate(int c) {
    List<Call> calls = new ArrayList<>(5);
    calls.add(Call.of(CART_LOCK, c));
    LinkedHashMap<Integer, Integer> cart = cart(c);
    if (!cart.isEmpty() && rng.nextInt(5) == 0) {
      List<Integer> in = new ArrayList<>(cart.keySet());
      int i = in.get(rng.nextInt(in.size()));
      calls.add(Call.of(CART_REMOVE, c, i));
      cart.remove(i);
    } else {
      addToCart(c, calls);
    }
    calls.add(Call.of(CART_TOUCH, c));
    calls.add(Call.of(CART_SHOW, c));
    return new GeneratedTransaction("ShoppingCart", calls, false, false);
  }

  private GeneratedTransaction register(int session) {
    int c = ++customers;
    if (c >= orders.length) {
      int n = orders.length * 2;
      orders = Arrays.copyOf(orders, n);
      addresses = Arrays.copyOf(addresses, n);
      discount = Arrays.copyOf(discount, n);
    }
    orders[c] = 0;
    addresses[c] = 1;
    discount[c] = rng.nextInt(51);
    sessionCustomer[session] = c;
    List<Call> calls = new ArrayList<>(3);
    String password = Rand.astring(rng, 8, 12);
    passwords.put(c, password);
    calls.add(Call.of(REGISTER_CUSTOMER, c, StoreRows.userName(c), password,
        cap(Rand.letters(rng, 8, 15)), cap(Rand.letters(rng, 8, 15)), Rand.nstring(rng, 12),
        StoreRows.userName(c) + "@example.com", BigDecimal.valueOf(discount[c], 2), Rand.uniform(rng, 6_570, 29_200),
        Rand.astring(rng, 100, 500)));
    calls.add(Call.of(REGISTER_ADDRESS, c, 1, Rand.astring(rng, 15, 40), Rand.astring(rng, 15, 40),
        cap(Rand.letters(rng, 4, 30)), cap(Rand.letters(rng, 2, 20)), Rand.nstring(rng, 5),
        1 + rng.nextInt(StoreRows.COUNTRIES.length)));
    calls.add(Call.of(REGISTER_CART, c));
    return new GeneratedTransaction("CustomerRegistration", calls, false, false);
  }

  private String password(int c) {
    return c <= rows.customers ? rows.password(c) : passwords.get(c);
  }

  private GeneratedTransaction orderDisplay(int c) {
    List<Call> calls = new ArrayList<>(4);
    calls.add(Call.of(ORDER_LOGIN, StoreRows.userName(c), password(c)));
    calls.add(Call.of(ORDER_LAST, c));
    if (orders[c] > 0) {
      calls.add(Call.of(ORDER_LINES, c, orders[c]));
      calls.add(Call.of(ORDER_PAYMENT, c, orders[c]));
    }
    return new GeneratedTransaction("OrderDisplay", calls, false, false);
  }

  private GeneratedTransaction buyRequest(int c) {
    List<Call> calls = new ArrayList<>(4);
    if (cart(c).isEmpty()) {
      addToCart(c, calls);
    }
    calls.add(Call.of(BUY_CUSTOMER, c));
    calls.add(Call.of(BUY_CART_TOTAL, c));
    calls.add(Call.of(BUY_LOGIN, c));
    return new GeneratedTransaction("BuyRequest", calls, false, false);
  }

  private GeneratedTransaction buyConfirm(int c) {
    List<Call> calls = new ArrayList<>(16);
    LinkedHashMap<Integer, Integer> cart = cart(c);
    if (cart.isEmpty()) {
      addToCart(c, calls);
    }
    calls.add(Call.of(CONFIRM_CART, c));
    calls.add(Call.of(CONFIRM_DISCOUNT, c));
    long sub = 0;
    int count = 0;
    for (Map.Entry<Integer, Integer> e : cart.entrySet()) {
      sub += (long) e.getValue() * cost[e.getKey()];
      count += e.getValue();
    }
    long tax = Math.round(sub * 0.0825);
    long total = sub + tax + 300 + 100L * cart.size();
    int o = ++orders[c];
    String ship = SHIP_TYPES[rng.nextInt(SHIP_TYPES.length)];
    calls.add(Call.of(CONFIRM_ORDER, c, o, BigDecimal.valueOf(sub, 2), BigDecimal.valueOf(tax, 2),
        BigDecimal.valueOf(total, 2), ship, 1, Rand.uniform(rng, 1, addresses[c])));
    int line = 0;
    BigDecimal disc = BigDecimal.valueOf(discount[c], 2);
    for (Map.Entry<Integer, Integer> e : cart.entrySet()) {
      int i = e.getKey();
      int q = e.getValue();
      calls.add(Call.of(CONFIRM_LINE, c, o, ++line, i, q, disc, Rand.astring(rng, 20, 100)));
      // TPC-W: when stock would fall under 10, it is replenished by 21
      stock[i] = stock[i] - q >= 10 ? stock[i] - q : stock[i] - q + 21;
      calls.add(Call.of(CONFIRM_STOCK, stock[i], i));
    }
    calls.add(Call.of(CONFIRM_PAYMENT, c, o, CARDS[rng.nextInt(CARDS.length)], Rand.nstring(rng, 16),
        cap(Rand.letters(rng, 14, 30)), Rand.astring(rng, 15, 15), BigDecimal.valueOf(total, 2),
        1 + rng.nextInt(StoreRows.COUNTRIES.length)));
    calls.add(Call.of(CONFIRM_EMPTY_CART, c));
    calls.add(Call.of(CONFIRM_CUSTOMER, BigDecimal.valueOf(total, 2), BigDecimal.valueOf(total, 2), c));
    cart.clear();
    if (count == 0) {
      throw new IllegalStateException("buy confirm with an empty cart");
    }
    return new GeneratedTransaction("BuyConfirm", calls, false, false);
  }

  private GeneratedTransaction admin() {
    int i = item();
    int newCost = Math.max(100, cost[i] + Rand.uniform(rng, -cost[i] / 10, cost[i] / 10));
    cost[i] = newCost;
    return tx("AdminConfirm", false, Call.of(ADMIN_ITEM, i),
        Call.of(ADMIN_UPDATE, BigDecimal.valueOf(newCost, 2), Rand.astring(rng, 100, 500), i));
  }

  private static final String[] SHIP_TYPES = {"AIR", "UPS", "FEDEX", "SHIP", "COURIER", "MAIL"};
  private static final String[] CARDS = {"VISA", "MASTERCARD", "DISCOVER", "AMEX", "DINERS"};

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
