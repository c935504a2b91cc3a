package shardplan.workloads.commerce;

import static shardplan.workloads.commerce.CommerceStatements.*;

import java.util.ArrayDeque;
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
 * The storefront's requests and the background worker, one transaction each. Each connection
 * serves one visitor at a time (a session token; logged in as a customer or anonymous); one
 * request in eight a new visitor arrives, who logs in (a new session for a customer, found by
 * e-mail address), registers, or browses anonymously. Per 1,000 requests: session lookup 150,
 * channel lookup 50, product list 180, product detail 180, add to cart 130, adjust a line 30,
 * shipping 40, coupon 15, checkout 40, order confirmation by code 30, order history 15, account
 * 30, new address 10, order modification 5, catalogue edit 10, restock 5, job worker 70,
 * payment settlement 5, job clean-up 5. Some requests leave follow-up work to the same
 * connection, run as its next transaction: the session's new active order, the e-mail job of a
 * placed order, the search-index job of a catalogue edit, the end of a started job.
 *
 * <p>The generator keeps orders, lines, stock, jobs and sessions, so that every statement,
 * run in generation order, finds the rows it names.
 */
final class CommerceGenerator implements TransactionGenerator {
  private static final String AUTHENTICATED = "AuthenticatedSession";
  private static final String ANONYMOUS = "AnonymousSession";

  private final CommerceRows rows;
  private final SplittableRandom rng;
  private Visitor[] visitors = new Visitor[0];
  private final List<ArrayDeque<GeneratedTransaction>> followUps = new ArrayList<>();
  private int customers;
  private int nextOrder;
  private int nextLine;
  private int nextShippingLine;
  private int nextSurcharge = 1;
  private int nextModification = 1;
  private int nextPayment;
  private int nextAddress;
  private int nextSession = 1;
  private int nextJob = 1;
  private final ArrayDeque<Integer> pendingJobs = new ArrayDeque<>();
  private final Map<Integer, Order> orders = new HashMap<>();
  private int[] lastPlacedOrder;

  /** The visitor a connection serves. */
  private static final class Visitor {
    String token;
    int customer;
    Order active;
  }

  /** What the generator remembers of an order it created. */
  private static final class Order {
    final int id;
    final int customer;
    final String code;
    final List<int[]> lines = new ArrayList<>(); // {line id, variant, quantity}
    boolean placed;
    int payment;

    Order(int id, int customer, String code) {
      this.id = id;
      this.customer = customer;
      this.code = code;
    }
  }

  CommerceGenerator(CommerceRows rows, WorkloadOptions options) {
    this.rows = rows;
    this.rng = new SplittableRandom(Rand.hash(options.seed(), 0xC0C0));
    this.customers = rows.customers;
    this.nextOrder = rows.initialOrders + 1;
    this.nextLine = rows.initialLines + 1;
    this.nextShippingLine = rows.initialOrders + 1;
    this.nextPayment = rows.initialOrders + 1;
    this.nextAddress = rows.customers + 1;
    this.lastPlacedOrder = new int[customers + 1];
  }

  @Override
  public GeneratedTransaction next(int session) {
    if (session >= visitors.length) {
      visitors = Arrays.copyOf(visitors, session + 1);
      while (followUps.size() <= session) {
        followUps.add(new ArrayDeque<>());
      }
    }
    GeneratedTransaction pending = followUps.get(session).poll();
    if (pending != null) {
      return pending;
    }
    Visitor v = visitors[session];
    if (v == null || rng.nextInt(8) == 0) {
      v = new Visitor();
      visitors[session] = v;
      int x = rng.nextInt(10);
      if (x < 5) {
        return login(v, Rand.uniform(rng, 1, rows.customers));
      } else if (x < 6) {
        return register(v);
      }
      return anonymous(v);
    }
    int x = rng.nextInt(1000);
    if (x < 150) {
      return tx("SessionLookup", Call.of(SESSION_BY_TOKEN, v.token, false, AUTHENTICATED, ANONYMOUS));
    } else if (x < 200) {
      return tx("ChannelLookup", Call.of(CHANNEL_BY_TOKEN, CommerceRows.CHANNEL_TOKEN));
    } else if (x < 380) {
      return tx("ProductList", Call.of(PRODUCT_LIST, true, language(), CommerceRows.CHANNEL_ID,
          24 * rng.nextInt(Math.max(1, rows.products / 24))));
    } else if (x < 560) {
      return productDetail();
    } else if (x < 690) {
      return addToCart(session, v);
    } else if (x < 720) {
      return v.active != null && !v.active.lines.isEmpty() ? adjustLine(v) : addToCart(session, v);
    } else if (x < 760) {
      return v.active != null ? shipping(v) : addToCart(session, v);
    } else if (x < 775) {
      return v.active != null ? coupon(v) : addToCart(session, v);
    } else if (x < 815) {
      if (v.customer == 0) {
        return login(v, Rand.uniform(rng, 1, rows.customers));
      }
      return v.active != null && !v.active.lines.isEmpty() ? checkout(session, v) : addToCart(session, v);
    } else if (x < 845) {
      return confirmation(v);
    } else if (x < 860) {
      int c = v.customer != 0 ? v.customer : Rand.uniform(rng, 1, rows.customers);
      return new GeneratedTransaction("OrderHistory", List.of(Call.of(ORDERS_OF_CUSTOMER, c, false)), false, true);
    } else if (x < 890) {
      return account(v);
    } else if (x < 900) {
      return newAddress(v);
    } else if (x < 905) {
      return modification();
    } else if (x < 915) {
      return catalogueEdit(session);
    } else if (x < 920) {
      return tx("Restock", Call.of(ADMIN_RESTOCK, Rand.uniform(rng, 10, 100), variant(),
          CommerceRows.STOCK_LOCATION_ID));
    } else if (x < 990) {
      return worker(session);
    } else if (x < 995) {
      return settlePayment();
    }
    return tx("JobCleanup", Call.of(JOB_CLEANUP, true));
  }

  private static GeneratedTransaction tx(String type, Call... calls) {
    return new GeneratedTransaction(type, List.of(calls), false, false);
  }

  private String language() {
    return CommerceRows.LANGUAGES[rng.nextInt(4) == 0 ? 1 : 0];
  }

  /** Variants are chosen with a skew: a few best sellers draw most of the attention. */
  private int variant() {
    int x = rng.nextInt(10);
    if (x < 3) {
      return 1 + rng.nextInt(Math.min(rows.variants, 8));
    } else if (x < 7) {
      return 1 + rng.nextInt(Math.max(1, rows.variants / 10));
    }
    return 1 + rng.nextInt(rows.variants);
  }

  private String token() {
    return Rand.astring(rng, 40, 40).toLowerCase(java.util.Locale.ROOT);
  }

  private String expires() {
    return "2024-03-" + (11 + rng.nextInt(18)) + " 09:00:00";
  }

  private GeneratedTransaction login(Visitor v, int customer) {
    v.token = token();
    v.customer = customer;
    return tx("Login", Call.of(CUSTOMER_BY_EMAIL, CommerceRows.email(customer)),
        Call.of(SESSION_CREATE, v.token, expires(), false, "native", AUTHENTICATED, null, CommerceRows.CHANNEL_ID,
            customer, nextSession++));
  }

  private GeneratedTransaction anonymous(Visitor v) {
    v.token = token();
    v.customer = 0;
    return tx("AnonymousSession", Call.of(SESSION_CREATE, v.token, expires(), false, null, ANONYMOUS, null,
        CommerceRows.CHANNEL_ID, null, nextSession++));
  }

  private GeneratedTransaction register(Visitor v) {
    int c = ++customers;
    if (c >= lastPlacedOrder.length) {
      lastPlacedOrder = Arrays.copyOf(lastPlacedOrder, lastPlacedOrder.length * 2);
    }
    v.token = token();
    v.customer = c;
    List<Call> calls = new ArrayList<>(3);
    calls.add(Call.of(CUSTOMER_CREATE, rng.nextInt(3) == 0 ? "Dr" : "", cap(Rand.letters(rng, 3, 10)),
        cap(Rand.letters(rng, 4, 12)), Rand.nstring(rng, 10), CommerceRows.email(c), c));
    calls.add(Call.of(ADDRESS_CREATE, cap(Rand.letters(rng, 3, 10)), Rand.uniform(rng, 1, 999) + " Main Street",
        cap(Rand.letters(rng, 4, 12)), Rand.nstring(rng, 5), rng.nextBoolean() ? "US" : "DE", true, c,
        nextAddress++));
    calls.add(Call.of(SESSION_CREATE, v.token, expires(), false, "native", AUTHENTICATED, null,
        CommerceRows.CHANNEL_ID, c, nextSession++));
    return new GeneratedTransaction("Register", calls, false, false);
  }

  private GeneratedTransaction productDetail() {
    int p = 1 + rng.nextInt(rows.products);
    int n = rows.variantsOf(p);
    Object[] ids = new Object[n];
    Object[] prices = new Object[n + 1];
    for (int i = 0; i < n; i++) {
      ids[i] = rows.variantStart[p] + i;
      prices[i] = ids[i];
    }
    prices[n] = CommerceRows.CHANNEL_ID;
    String lang = language();
    return tx("ProductDetail", Call.of(PRODUCT_BY_SLUG, CommerceRows.slug(p), lang),
        Call.of(VARIANTS_OF_PRODUCT, p, lang), new Call(PRICES.get(n - 1), prices), new Call(STOCK.get(n - 1), ids));
  }

  private GeneratedTransaction addToCart(int session, Visitor v) {
    List<Call> calls = new ArrayList<>(5);
    int variant = variant();
    calls.add(Call.of(VARIANT_BY_ID, variant));
    if (v.active == null) {
      int c = v.customer != 0 ? v.customer : 0;
      if (c == 0) {
        // A guest's order belongs to a guest customer record created for it.
        c = ++customers;
        if (c >= lastPlacedOrder.length) {
          lastPlacedOrder = Arrays.copyOf(lastPlacedOrder, lastPlacedOrder.length * 2);
        }
        calls.add(Call.of(CUSTOMER_CREATE, "", "Guest", "Guest", null, "guest" + c + "@example.com", c));
        v.customer = c;
      }
      Order o = new Order(nextOrder++, c, rows.orderCode(nextOrder - 1));
      orders.put(o.id, o);
      v.active = o;
      calls.add(Call.of(ORDER_CREATE, o.code, "AddingItems", true, "", "{}", CommerceRows.CURRENCY, 0, 0, c,
          CommerceRows.CHANNEL_ID, o.id));
      String token = v.token;
      int id = o.id;
      followUps.get(session).add(tx("SetActiveOrder", Call.of(SESSION_SET_ORDER, id, token)));
    }
    Order o = v.active;
    int q = Rand.uniform(rng, 1, 3);
    int line = nextLine++;
    o.lines.add(new int[] {line, variant, q});
    calls.add(Call.of(LINE_CREATE, q, rows.priceCents(variant), false, "[]", "[{\"taxRate\":20}]", variant, o.id,
        line));
    long sub = subTotal(o);
    calls.add(Call.of(ORDER_TOTALS, (int) sub, (int) Math.round(sub * 1.2), o.id));
    calls.add(Call.of(ORDER_WITH_LINES, o.id, CommerceRows.CHANNEL_ID));
    return new GeneratedTransaction("AddToCart", calls, false, false);
  }

  private long subTotal(Order o) {
    long sub = 0;
    for (int[] l : o.lines) {
      sub += (long) l[2] * rows.priceCents(l[1]);
    }
    return sub;
  }

  private GeneratedTransaction adjustLine(Visitor v) {
    Order o = v.active;
    List<Call> calls = new ArrayList<>(4);
    calls.add(Call.of(ORDER_WITH_LINES, o.id, CommerceRows.CHANNEL_ID));
    int i = rng.nextInt(o.lines.size());
    int[] l = o.lines.get(i);
    if (rng.nextInt(3) == 0) {
      calls.add(Call.of(LINE_DELETE, l[0]));
      o.lines.remove(i);
    } else {
      l[2] = Rand.uniform(rng, 1, 5);
      calls.add(Call.of(LINE_QUANTITY, l[2], l[0]));
    }
    long sub = subTotal(o);
    calls.add(Call.of(ORDER_TOTALS, (int) sub, (int) Math.round(sub * 1.2), o.id));
    return new GeneratedTransaction("AdjustLine", calls, false, false);
  }

  private GeneratedTransaction shipping(Visitor v) {
    Order o = v.active;
    int method = 1 + rng.nextInt(CommerceRows.SHIPPING_CODES.length);
    int price = 500 * method;
    return tx("SetShipping", Call.of(SHIPPING_METHODS), Call.of(SHIPPING_LINE_CLEAR, o.id),
        Call.of(SHIPPING_LINE_CREATE, price, false, "[]", "[]", method, o.id, nextShippingLine++),
        Call.of(ORDER_SHIPPING, price, (int) Math.round(price * 1.2), o.id));
  }

  private GeneratedTransaction coupon(Visitor v) {
    Order o = v.active;
    int p = 1 + rng.nextInt(CommerceRows.PROMOTIONS);
    return tx("ApplyCoupon", Call.of(PROMOTION_BY_COUPON, CommerceRows.coupon(p), true),
        Call.of(PROMOTION_LINK, o.id, p), Call.of(ORDER_COUPONS, CommerceRows.coupon(p), o.id));
  }

  private GeneratedTransaction checkout(int session, Visitor v) {
    Order o = v.active;
    List<Call> calls = new ArrayList<>(12);
    calls.add(Call.of(ORDER_WITH_LINES, o.id, CommerceRows.CHANNEL_ID));
    calls.add(Call.of(SETTINGS));
    calls.add(Call.of(SHIPPING_LINES_OF_ORDER, o.id));
    calls.add(Call.of(SURCHARGES_OF_ORDER, o.id));
    calls.add(Call.of(PROMOTIONS_OF_ORDER, o.id));
    calls.add(Call.of(CUSTOMER_BY_ID, o.customer));
    long sub = subTotal(o);
    if (sub < 2_000) {
      calls.add(Call.of(SURCHARGE_CREATE, "Small order handling", CommerceRows.SURCHARGE_TYPES[3], 299, false,
          "SURCHARGE-SMALL", "[]", o.id, null, nextSurcharge++));
    } else if (rng.nextInt(5) == 0) {
      int t = rng.nextInt(3);
      calls.add(Call.of(SURCHARGE_CREATE, CommerceRows.SURCHARGE_TYPES[t].toLowerCase(java.util.Locale.ROOT), 
          CommerceRows.SURCHARGE_TYPES[t], 199 + 100 * t, false, "SURCHARGE-" + t, "[]", o.id, null, nextSurcharge++));
    }
    o.payment = nextPayment++;
    calls.add(Call.of(PAYMENT_CREATE, "standard-payment", (int) Math.round(sub * 1.2), "Authorized",
        "tx-" + o.payment, "{}", o.id, o.payment));
    calls.add(Call.of(ORDER_PLACE, "PaymentAuthorized", false, o.id));
    for (int[] l : o.lines) {
      calls.add(Call.of(ALLOCATE_STOCK, l[2], l[1], CommerceRows.STOCK_LOCATION_ID));
    }
    o.placed = true;
    lastPlacedOrder[o.customer] = o.id;
    v.active = null;
    followUps.get(session).add(enqueue(0, "{\"type\":\"order-confirmation\",\"orderId\":" + o.id + "}"));
    return new GeneratedTransaction("Checkout", calls, false, false);
  }

  private GeneratedTransaction enqueue(int queue, String data) {
    pendingJobs.add(nextJob++);
    return tx("EnqueueJob", Call.of(JOB_ADD, CommerceRows.QUEUES[queue], data, "PENDING", 0, false, 3, 0));
  }

  private GeneratedTransaction confirmation(Visitor v) {
    int id = v.customer != 0 && v.customer < lastPlacedOrder.length && lastPlacedOrder[v.customer] != 0
        ? lastPlacedOrder[v.customer] : Rand.uniform(rng, 1, nextOrder - 1);
    Order o = orders.get(id);
    String code = o != null ? o.code : rows.orderCode(id);
    return tx("OrderConfirmation", Call.of(ORDER_BY_CODE, code, CommerceRows.CHANNEL_ID),
        Call.of(LINES_OF_ORDER, id), Call.of(PAYMENTS_OF_ORDER, id));
  }

  private GeneratedTransaction account(Visitor v) {
    int c = v.customer != 0 ? v.customer : Rand.uniform(rng, 1, rows.customers);
    if (rng.nextInt(3) == 0) {
      return tx("UpdateAccount", Call.of(CUSTOMER_WITH_ADDRESSES, c), Call.of(CUSTOMER_UPDATE, Rand.nstring(rng, 10), c));
    }
    return tx("Account", Call.of(CUSTOMER_WITH_ADDRESSES, c));
  }

  private GeneratedTransaction newAddress(Visitor v) {
    int c = v.customer != 0 ? v.customer : Rand.uniform(rng, 1, rows.customers);
    return tx("AddAddress", Call.of(ADDRESS_CREATE, cap(Rand.letters(rng, 3, 10)),
        Rand.uniform(rng, 1, 999) + " Oak Avenue", cap(Rand.letters(rng, 4, 12)), Rand.nstring(rng, 5),
        rng.nextBoolean() ? "US" : "DE", false, c, nextAddress++));
  }

  private GeneratedTransaction modification() {
    int id = Rand.uniform(rng, 1, nextOrder - 1);
    int m = nextModification++;
    int t = rng.nextInt(3);
    return tx("ModifyOrder", Call.of(MODIFICATION_CREATE, "price adjustment", 100 + 50 * t, false, id, m),
        Call.of(SURCHARGE_CREATE, "modification", CommerceRows.SURCHARGE_TYPES[t], 100 + 50 * t, false,
            "MOD-" + m, "[]", id, m, nextSurcharge++),
        Call.of(ORDER_STATE, "Modifying", id));
  }

  private GeneratedTransaction catalogueEdit(int session) {
    int v = variant();
    followUps.get(session).add(enqueue(1, "{\"type\":\"variant-updated\",\"variantId\":" + v + "}"));
    return tx("CatalogueEdit", Call.of(ADMIN_VARIANT_UPDATE, CommerceRows.sku(v), v),
        Call.of(ADMIN_PRICE_UPDATE, rows.priceCents(v), v));
  }

  private GeneratedTransaction worker(int session) {
    Call poll = Call.of(JOB_POLL, CommerceRows.QUEUES[0], CommerceRows.QUEUES[1], CommerceRows.QUEUES[2], "PENDING");
    Integer job = pendingJobs.poll();
    if (job == null) {
      return tx("PollJobs", poll);
    }
    followUps.get(session).add(tx("SettleJob", Call.of(JOB_SETTLE, "COMPLETED", 100, true, job)));
    return tx("StartJob", poll, Call.of(JOB_START, "RUNNING", 1, job));
  }

  private GeneratedTransaction settlePayment() {
    for (int tries = 0; tries < 4; tries++) {
      int id = Rand.uniform(rng, rows.initialOrders + 1, Math.max(rows.initialOrders + 1, nextOrder - 1));
      Order o = orders.get(id);
      if (o != null && o.placed) {
        return tx("SettlePayment", Call.of(PAYMENTS_OF_ORDER, o.id), Call.of(PAYMENT_SETTLE, "Settled", o.payment),
            Call.of(ORDER_STATE, "PaymentSettled", o.id));
      }
    }
    return tx("PollJobs", Call.of(JOB_POLL, CommerceRows.QUEUES[0], CommerceRows.QUEUES[1], CommerceRows.QUEUES[2],
        "PENDING"));
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
