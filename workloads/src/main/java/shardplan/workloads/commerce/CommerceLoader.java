package shardplan.workloads.commerce;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import shardplan.workloads.gen.CsvRows;
import shardplan.workloads.gen.Rand;

/** Writes the commerce platform's initial rows, one CSV file per table, columns in schema order. */
final class CommerceLoader {
  static final String LOAD_TIME = "2024-03-04 08:00:00";
  private final CommerceRows rows;

  CommerceLoader(CommerceRows rows) {
    this.rows = rows;
  }

  void write(Path dir) throws IOException {
    SplittableRandom r = new SplittableRandom(rows.seed ^ 0xC0FFEEL);
    try (CsvRows out = new CsvRows(dir.resolve("channel.csv"))) {
      stamp(out.add(CommerceRows.CHANNEL_ID)).add("__default_channel__").add(CommerceRows.CHANNEL_TOKEN).add("en")
          .add(CommerceRows.CURRENCY).add("f").end();
    }
    try (CsvRows out = new CsvRows(dir.resolve("global_settings.csv"))) {
      stamp(out.add(1)).add("en,de").add("t").add(0).end();
    }
    try (CsvRows out = new CsvRows(dir.resolve("shipping_method.csv"))) {
      for (int i = 0; i < CommerceRows.SHIPPING_CODES.length; i++) {
        stamp(out.add(i + 1)).addNull().add(CommerceRows.SHIPPING_CODES[i])
            .add("{\"code\":\"default-shipping-eligibility-checker\"}")
            .add("{\"code\":\"default-shipping-calculator\",\"rate\":" + (500 + 500 * i) + "}").add("manual-fulfillment")
            .end();
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("promotion.csv"))) {
      for (int p = 1; p <= CommerceRows.PROMOTIONS; p++) {
        stamp(out.add(p)).addNull().add(LOAD_TIME).addNull().add(CommerceRows.coupon(p)).addNull()
            .add((5 * p) + " % off").add("t").add("[{\"code\":\"minimum_order_amount\"}]")
            .add("[{\"code\":\"order_percentage_discount\",\"discount\":" + (5 * p) + "}]").add(p).end();
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("product.csv"))) {
      for (int p = 1; p <= rows.products; p++) {
        stamp(out.add(p)).addNull().add("t").addNull().end();
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("product_translation.csv"))) {
      for (int p = 1; p <= rows.products; p++) {
        for (int l = 0; l < CommerceRows.LANGUAGES.length; l++) {
          stamp(out.add(CommerceRows.LANGUAGES.length * (p - 1) + l + 1)).add(CommerceRows.LANGUAGES[l])
              .add(cap(Rand.letters(r, 5, 12)) + " " + cap(Rand.letters(r, 4, 10))).add(CommerceRows.slug(p))
              .add(Rand.astring(r, 40, 200)).add(p).end();
        }
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("product_channels_channel.csv"))) {
      for (int p = 1; p <= rows.products; p++) {
        out.add(p).add(CommerceRows.CHANNEL_ID).end();
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("product_variant.csv"))) {
      for (int v = 1; v <= rows.variants; v++) {
        stamp(out.add(v)).addNull().add("t").add(CommerceRows.sku(v)).add(0).add("t").add("INHERIT")
            .add(rows.productOf(v)).end();
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("product_variant_translation.csv"))) {
      for (int v = 1; v <= rows.variants; v++) {
        for (int l = 0; l < CommerceRows.LANGUAGES.length; l++) {
          stamp(out.add(CommerceRows.LANGUAGES.length * (v - 1) + l + 1)).add(CommerceRows.LANGUAGES[l])
              .add(cap(Rand.letters(r, 4, 10)) + " " + Rand.uniform(r, 1, 9)).add(v).end();
        }
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("product_variant_price.csv"))) {
      for (int v = 1; v <= rows.variants; v++) {
        stamp(out.add(v)).add(CommerceRows.CURRENCY).add(CommerceRows.CHANNEL_ID).add(rows.priceCents(v)).add(v).end();
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("stock_level.csv"))) {
      for (int v = 1; v <= rows.variants; v++) {
        stamp(out.add(v)).add(rows.stockOnHand(v)).add(0).add(v).add(CommerceRows.STOCK_LOCATION_ID).end();
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("customer.csv"))) {
      for (int c = 1; c <= rows.customers; c++) {
        stamp(out.add(c)).addNull().add(r.nextInt(3) == 0 ? "Dr" : "").add(cap(Rand.letters(r, 3, 10)))
            .add(cap(Rand.letters(r, 4, 12))).add(Rand.nstring(r, 10)).add(CommerceRows.email(c)).end();
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("address.csv"))) {
      for (int c = 1; c <= rows.customers; c++) {
        stamp(out.add(c)).add(cap(Rand.letters(r, 3, 10)) + " " + cap(Rand.letters(r, 4, 12)))
            .add(Rand.uniform(r, 1, 999) + " " + cap(Rand.letters(r, 5, 12)) + " Street").add(cap(Rand.letters(r, 4, 12)))
            .add(Rand.nstring(r, 5)).add(r.nextBoolean() ? "US" : "DE").add("t").add(c).end();
      }
    }
    try (CsvRows orders = new CsvRows(dir.resolve("order.csv"))) {
      for (int o = 1; o <= rows.initialOrders; o++) {
        long sub = 0;
        for (int l = 0; l < rows.linesOf(o); l++) {
          int[] line = rows.line(o, l);
          sub += (long) line[1] * rows.priceCents(line[0]);
        }
        stamp(orders.add(o)).add(rows.orderCode(o)).add("Delivered").add("f").add(LOAD_TIME).add("")
            .add("{\"countryCode\":\"US\"}").add(CommerceRows.CURRENCY).add(sub).add(Math.round(sub * 1.2)).add(500)
            .add(600).add(rows.customerOfOrder(o)).add(CommerceRows.CHANNEL_ID).end();
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("order_line.csv"))) {
      for (int o = 1; o <= rows.initialOrders; o++) {
        for (int l = 0; l < rows.linesOf(o); l++) {
          int[] line = rows.line(o, l);
          stamp(out.add(rows.lineStart[o] + l)).add(line[1]).add(rows.priceCents(line[0])).add("f").add("[]")
              .add("[{\"taxRate\":20}]").add(line[0]).add(o).end();
        }
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("shipping_line.csv"))) {
      for (int o = 1; o <= rows.initialOrders; o++) {
        stamp(out.add(o)).add(500).add("f").add("[]").add("[]").add(1).add(o).end();
      }
    }
    empty(dir, "order_modification");
    empty(dir, "surcharge");
    empty(dir, "order_promotions_promotion");
    try (CsvRows out = new CsvRows(dir.resolve("payment.csv"))) {
      for (int o = 1; o <= rows.initialOrders; o++) {
        stamp(out.add(o)).add("standard-payment").add(1000).add("Settled").add("tx-" + o).add("{}").add(o).end();
      }
    }
    empty(dir, "session");
    empty(dir, "job_record");
  }

  private static CsvRows stamp(CsvRows row) {
    return row.add(LOAD_TIME).add(LOAD_TIME);
  }

  private static void empty(Path dir, String table) throws IOException {
    new CsvRows(dir.resolve(table + ".csv")).close();
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
