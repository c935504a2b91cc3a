package shardplan.workloads.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import shardplan.workloads.gen.CsvRows;
import shardplan.workloads.gen.Rand;

/** Writes the store's initial rows, one CSV file per table. */
final class StoreLoader {
  static final String LOAD_TIME = "2024-03-04 08:00:00";
  static final String LOAD_DATE = "2024-03-04";
  private final StoreRows rows;

  StoreLoader(StoreRows rows) {
    this.rows = rows;
  }

  void write(Path dir) throws IOException {
    SplittableRandom r = new SplittableRandom(rows.seed ^ 0x5709EL);
    try (CsvRows out = new CsvRows(dir.resolve("country.csv"))) {
      for (int i = 0; i < StoreRows.COUNTRIES.length; i++) {
        String[] co = StoreRows.COUNTRIES[i];
        out.add(i + 1).add(co[0]).add(new java.math.BigDecimal(co[1])).add(co[2]).end();
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("author.csv"))) {
      for (int a = 1; a <= rows.authors; a++) {
        out.add(a).add(cap(Rand.letters(r, 3, 20))).add(StoreRows.authorLastName(a)).add(cap(Rand.letters(r, 1, 20)))
            .add(date(r, 1900, 1990)).add(Rand.astring(r, 125, 500)).end();
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("subject.csv"))) {
      for (int s = 0; s < StoreRows.SUBJECTS.length; s++) {
        out.add(s + 1).add(StoreRows.SUBJECTS[s]).end();
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("item.csv"))) {
      for (int i = 1; i <= rows.items; i++) {
        int cost = rows.costCents(i);
        out.add(i).add(cap(Rand.letters(r, 14, 60))).add(rows.authorOf(i)).add(rows.subjectOf(i))
            .add(date(r, 1930, 2023)).add(cap(Rand.letters(r, 14, 60))).add(Rand.astring(r, 100, 500))
            .cents(cost + Rand.uniform(r, 0, cost / 2)).cents(cost).add(date(r, 2024, 2024))
            .add(String.format(Locale.ROOT, "978%010d", i)).add(Rand.uniform(r, 20, 9_999))
            .add(r.nextBoolean() ? "HARDBACK" : "PAPERBACK")
            .add(Rand.uniform(r, 1, 99) + "x" + Rand.uniform(r, 1, 99) + "x" + Rand.uniform(r, 1, 99))
            .add("img" + (i % 100) + "/thumb_" + i + ".gif").add("img" + (i % 100) + "/image_" + i + ".gif").end();
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("customer.csv"))) {
      for (int c = 1; c <= rows.customers; c++) {
        out.add(c).add(StoreRows.userName(c)).add(rows.password(c)).add(cap(Rand.letters(r, 8, 15)))
            .add(cap(Rand.letters(r, 8, 15))).add(Rand.nstring(r, 12)).add(StoreRows.userName(c) + "@example.com")
            .add(LOAD_DATE).add(LOAD_TIME).add(LOAD_TIME).add(LOAD_TIME).decimal(rows.discount(c), 2)
            .cents(0).cents(0).add(date(r, 1940, 2005)).add(Rand.astring(r, 100, 500)).end();
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("address.csv"))) {
      for (int c = 1; c <= rows.customers; c++) {
        for (int a = 1; a <= rows.addresses(c); a++) {
          out.add(c).add(a).add(Rand.astring(r, 15, 40)).add(Rand.astring(r, 15, 40)).add(cap(Rand.letters(r, 4, 30)))
              .add(cap(Rand.letters(r, 2, 20))).add(Rand.nstring(r, 5))
              .add(1 + r.nextInt(StoreRows.COUNTRIES.length)).end();
        }
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("shopping_cart.csv"))) {
      for (int c = 1; c <= rows.customers; c++) {
        out.add(c).add(LOAD_TIME).end();
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("shopping_cart_line.csv"))) {
      // carts start empty
    }
    try (CsvRows orders = new CsvRows(dir.resolve("orders.csv"));
         CsvRows lines = new CsvRows(dir.resolve("order_line.csv"));
         CsvRows xacts = new CsvRows(dir.resolve("cc_xacts.csv"))) {
      for (int c = 1; c <= rows.customers; c++) {
        for (int o = 1; o <= rows.initialOrders(c); o++) {
          int[][] ls = rows.initialOrderLines(c, o);
          long sub = 0;
          for (int l = 0; l < ls.length; l++) {
            sub += (long) ls[l][1] * rows.costCents(ls[l][0]);
            lines.add(c).add(o).add(l + 1).add(ls[l][0]).add(ls[l][1]).decimal(rows.discount(c), 2)
                .add(Rand.astring(r, 20, 100)).end();
          }
          long tax = Math.round(sub * 0.0825);
          long total = sub + tax + 300 + 100L * ls.length;
          int addr = rows.addresses(c);
          orders.add(c).add(o).add(LOAD_TIME).cents(sub).cents(tax).cents(total).add("UPS").add(LOAD_TIME)
              .add(1).add(Rand.uniform(r, 1, addr)).add("SHIPPED").end();
          xacts.add(c).add(o).add("VISA").add(Rand.nstring(r, 16)).add(cap(Rand.letters(r, 14, 30)))
              .add("2026-01-01").add(Rand.astring(r, 15, 15)).cents(total).add(LOAD_TIME)
              .add(1 + r.nextInt(StoreRows.COUNTRIES.length)).end();
        }
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("inventory.csv"))) {
      for (int i = 1; i <= rows.items; i++) {
        out.add(i).add(rows.stock(i)).add(LOAD_TIME).end();
      }
    }
  }

  private static String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String date(SplittableRandom r, int fromYear, int toYear) {
    int y = Rand.uniform(r, fromYear, toYear);
    int m = Rand.uniform(r, 1, 12);
    int d = Rand.uniform(r, 1, 28);
    return y + "-" + (m < 10 ? "0" : "") + m + "-" + (d < 10 ? "0" : "") + d;
  }
}
