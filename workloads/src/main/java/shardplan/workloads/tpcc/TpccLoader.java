package shardplan.workloads.tpcc;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import shardplan.workloads.gen.CsvRows;
import shardplan.workloads.gen.Rand;

/** Writes the initial TPC-C rows of clause 4.3.3.1, one CSV file per table. */
final class TpccLoader {
  static final String LOAD_TIME = "2024-03-04 08:00:00";

  private final TpccRows rows;
  private final TpccSizes sizes;
  private final int warehouses;

  TpccLoader(TpccRows rows, int warehouses) {
    this.rows = rows;
    this.sizes = rows.sizes;
    this.warehouses = warehouses;
  }

  void write(Path dir) throws IOException {
    SplittableRandom r = new SplittableRandom(rows.seed ^ 0x7C3AL);
    try (CsvRows out = new CsvRows(dir.resolve("warehouse.csv"))) {
      for (int w = 1; w <= warehouses; w++) {
        out.add(w).add(rows.warehouseName(w));
        address(out, r);
        out.decimal(r.nextInt(2001), 4).cents(30_000_000L).end();
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("district.csv"))) {
      for (int w = 1; w <= warehouses; w++) {
        for (int d = 1; d <= sizes.districts(); d++) {
          out.add(d).add(w).add(rows.districtName(w, d));
          address(out, r);
          out.decimal(r.nextInt(2001), 4).cents(3_000_000L).add(sizes.ordersPerDistrict() + 1).end();
        }
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("customer.csv"))) {
      for (int w = 1; w <= warehouses; w++) {
        for (int d = 1; d <= sizes.districts(); d++) {
          for (int c = 1; c <= sizes.customersPerDistrict(); c++) {
            out.add(c).add(d).add(w).add(rows.firstName(w, d, c)).add("OE")
                .add(TpccRows.lastName(rows.lastNameNumber(w, d, c)));
            address(out, r);
            out.add(Rand.nstring(r, 16)).add(LOAD_TIME).add(rows.badCredit(w, d, c) ? "BC" : "GC")
                .cents(5_000_000L).decimal(r.nextInt(5001), 4).cents(-1000).cents(1000).add(1).add(0)
                .add(Rand.astring(r, 300, 500)).end();
          }
        }
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("history.csv"))) {
      for (int w = 1; w <= warehouses; w++) {
        for (int d = 1; d <= sizes.districts(); d++) {
          for (int c = 1; c <= sizes.customersPerDistrict(); c++) {
            out.add(c).add(d).add(w).add(d).add(w).add(LOAD_TIME).cents(1000).add(Rand.astring(r, 12, 24)).end();
          }
        }
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("item.csv"))) {
      for (int i = 1; i <= sizes.items(); i++) {
        out.add(i).add(Rand.uniform(r, 1, 10_000)).add(Rand.astring(r, 14, 24)).cents(rows.itemPriceCents(i))
            .add(data(r)).end();
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("stock.csv"))) {
      for (int w = 1; w <= warehouses; w++) {
        for (int i = 1; i <= sizes.items(); i++) {
          out.add(i).add(w).add(rows.stockQuantity(w, i));
          for (int d = 1; d <= 10; d++) {
            out.add(rows.distInfo(w, i, d));
          }
          out.add(0).add(0).add(0).add(data(r)).end();
        }
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("orders.csv"))) {
      for (int w = 1; w <= warehouses; w++) {
        for (int d = 1; d <= sizes.districts(); d++) {
          int[] perm = rows.orderCustomers(w, d);
          for (int o = 1; o <= sizes.ordersPerDistrict(); o++) {
            out.add(o).add(d).add(w).add(perm[o - 1]).add(LOAD_TIME);
            if (o < sizes.firstUndelivered()) {
              out.add(Rand.uniform(r, 1, 10));
            } else {
              out.addNull();
            }
            out.add(rows.orderLineCount(w, d, o)).add(1).end();
          }
        }
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("new_order.csv"))) {
      for (int w = 1; w <= warehouses; w++) {
        for (int d = 1; d <= sizes.districts(); d++) {
          for (int o = sizes.firstUndelivered(); o <= sizes.ordersPerDistrict(); o++) {
            out.add(o).add(d).add(w).end();
          }
        }
      }
    }
    try (CsvRows out = new CsvRows(dir.resolve("order_line.csv"))) {
      for (int w = 1; w <= warehouses; w++) {
        for (int d = 1; d <= sizes.districts(); d++) {
          for (int o = 1; o <= sizes.ordersPerDistrict(); o++) {
            int n = rows.orderLineCount(w, d, o);
            boolean delivered = o < sizes.firstUndelivered();
            for (int l = 1; l <= n; l++) {
              out.add(o).add(d).add(w).add(l).add(rows.initialItem(w, d, o, l)).add(w);
              if (delivered) {
                out.add(LOAD_TIME);
              } else {
                out.addNull();
              }
              out.add(5).cents(rows.initialAmountCents(w, d, o, l)).add(Rand.astring(r, 24, 24)).end();
            }
          }
        }
      }
    }
  }

  private static void address(CsvRows out, SplittableRandom r) {
    out.add(Rand.astring(r, 10, 20)).add(Rand.astring(r, 10, 20)).add(Rand.astring(r, 10, 20))
        .add(Rand.letters(r, 2, 2).toUpperCase(java.util.Locale.ROOT)).add(Rand.nstring(r, 4) + "11111");
  }

  /** i_data / s_data: 26..50 characters, 10 % with "ORIGINAL" somewhere inside. */
  private static String data(SplittableRandom r) {
    String s = Rand.astring(r, 26, 50);
    if (r.nextInt(10) == 0) {
      int at = r.nextInt(s.length() - 8);
      s = s.substring(0, at) + "ORIGINAL" + s.substring(at + 8);
    }
    return s;
  }
}
