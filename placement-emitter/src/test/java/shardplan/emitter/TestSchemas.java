package shardplan.emitter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.ForeignKey;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.TableStatistics;

/**
 * Schemas built by hand for the emitter's tests: TPC-C as the benchmark specifies it, and a
 * TPC-W-style online store. Built here rather than read from the workloads module so that the
 * golden files change only when the emitter does.
 */
public final class TestSchemas {
  private TestSchemas() {
  }

  /** A small builder: {@code table("t").col("a", "integer").pk("a").build()}. */
  public static final class T {
    private final String name;
    private final List<Column> cols = new ArrayList<>();
    private List<String> pk = List.of();
    private final List<List<String>> uniques = new ArrayList<>();
    private final List<ForeignKey> fks = new ArrayList<>();

    private T(String name) {
      this.name = name;
    }

    public T col(String n, String type) {
      return col(n, type, "", false);
    }

    public T col(String n, String type, String mod) {
      return col(n, type, mod, false);
    }

    public T col(String n, String type, String mod, boolean notNull) {
      cols.add(new Column(n, type, mod, notNull));
      return this;
    }

    public T pk(String... c) {
      pk = List.of(c);
      for (int i = 0; i < cols.size(); i++) {
        Column x = cols.get(i);
        if (pk.contains(x.name())) {
          cols.set(i, new Column(x.name(), x.type(), x.typeModifier(), true));
        }
      }
      return this;
    }

    public T unique(String... c) {
      uniques.add(List.of(c));
      return this;
    }

    public T fk(String name, List<String> c, String ref, List<String> refCols) {
      fks.add(new ForeignKey(name, c, ref, refCols));
      return this;
    }

    public Table build() {
      return new Table(name, cols, pk, uniques, fks, TableStatistics.UNKNOWN, Map.of());
    }
  }

  public static T table(String name) {
    return new T(name);
  }

  public static Schema tpcc() {
    String i = "integer";
    String n = "numeric";
    String vc = "character varying";
    String ts = "timestamp without time zone";
    return new Schema(List.of(
        table("warehouse").col("w_id", i).col("w_name", vc, "10").col("w_street_1", vc, "20")
            .col("w_city", vc, "20").col("w_state", "character", "2").col("w_zip", "character", "9")
            .col("w_tax", n, "4,4").col("w_ytd", n, "12,2").pk("w_id").build(),
        table("district").col("d_id", i).col("d_w_id", i).col("d_name", vc, "10").col("d_tax", n, "4,4")
            .col("d_ytd", n, "12,2").col("d_next_o_id", i).pk("d_w_id", "d_id")
            .fk("district_d_w_id_fkey", List.of("d_w_id"), "warehouse", List.of("w_id")).build(),
        table("customer").col("c_id", i).col("c_d_id", i).col("c_w_id", i).col("c_first", vc, "16")
            .col("c_last", vc, "16").col("c_credit", "character", "2").col("c_balance", n, "12,2")
            .col("c_since", ts).pk("c_w_id", "c_d_id", "c_id")
            .fk("customer_c_w_id_c_d_id_fkey", List.of("c_w_id", "c_d_id"), "district", List.of("d_w_id", "d_id"))
            .build(),
        table("history").col("h_c_id", i).col("h_c_d_id", i).col("h_c_w_id", i).col("h_d_id", i)
            .col("h_w_id", i).col("h_date", ts).col("h_amount", n, "6,2").col("h_data", vc, "24")
            .fk("history_h_c_w_id_h_c_d_id_h_c_id_fkey", List.of("h_c_w_id", "h_c_d_id", "h_c_id"), "customer",
                List.of("c_w_id", "c_d_id", "c_id"))
            .fk("history_h_w_id_h_d_id_fkey", List.of("h_w_id", "h_d_id"), "district", List.of("d_w_id", "d_id"))
            .build(),
        table("orders").col("o_id", i).col("o_d_id", i).col("o_w_id", i).col("o_c_id", i).col("o_entry_d", ts)
            .col("o_carrier_id", i).col("o_ol_cnt", i).col("o_all_local", i).pk("o_w_id", "o_d_id", "o_id")
            .fk("orders_o_w_id_o_d_id_o_c_id_fkey", List.of("o_w_id", "o_d_id", "o_c_id"), "customer",
                List.of("c_w_id", "c_d_id", "c_id"))
            .build(),
        table("new_order").col("no_o_id", i).col("no_d_id", i).col("no_w_id", i).pk("no_w_id", "no_d_id", "no_o_id")
            .fk("new_order_no_w_id_no_d_id_no_o_id_fkey", List.of("no_w_id", "no_d_id", "no_o_id"), "orders",
                List.of("o_w_id", "o_d_id", "o_id"))
            .build(),
        table("item").col("i_id", i).col("i_im_id", i).col("i_name", vc, "24").col("i_price", n, "5,2")
            .col("i_data", vc, "50").pk("i_id").build(),
        table("stock").col("s_i_id", i).col("s_w_id", i).col("s_quantity", i).col("s_ytd", i).col("s_order_cnt", i)
            .col("s_remote_cnt", i).col("s_data", vc, "50").pk("s_w_id", "s_i_id")
            .fk("stock_s_w_id_fkey", List.of("s_w_id"), "warehouse", List.of("w_id"))
            .fk("stock_s_i_id_fkey", List.of("s_i_id"), "item", List.of("i_id")).build(),
        table("order_line").col("ol_o_id", i).col("ol_d_id", i).col("ol_w_id", i).col("ol_number", i)
            .col("ol_i_id", i).col("ol_supply_w_id", i).col("ol_delivery_d", ts).col("ol_quantity", i)
            .col("ol_amount", n, "6,2").col("ol_dist_info", "character", "24")
            .pk("ol_w_id", "ol_d_id", "ol_o_id", "ol_number")
            .fk("order_line_ol_w_id_ol_d_id_ol_o_id_fkey", List.of("ol_w_id", "ol_d_id", "ol_o_id"), "orders",
                List.of("o_w_id", "o_d_id", "o_id"))
            .fk("order_line_ol_supply_w_id_ol_i_id_fkey", List.of("ol_supply_w_id", "ol_i_id"), "stock",
                List.of("s_w_id", "s_i_id"))
            .build()));
  }

  public static Schema store() {
    String i = "integer";
    String b = "bigint";
    String vc = "character varying";
    String n = "numeric";
    String ts = "timestamp without time zone";
    return new Schema(List.of(
        table("country").col("co_id", i).col("co_name", vc, "50", true).pk("co_id").unique("co_name").build(),
        table("author").col("a_id", i).col("a_fname", vc, "20").col("a_lname", vc, "20").pk("a_id").build(),
        table("item").col("i_id", i).col("i_title", vc, "60", true).col("i_a_id", i).col("i_cost", n, "10,2")
            .col("i_stock", i).pk("i_id")
            .fk("", List.of("i_a_id"), "author", List.of("a_id")).build(),
        table("customer").col("c_id", b).col("c_uname", vc, "20", true).col("c_email", vc, "50")
            .col("c_co_id", i).col("c_since", ts).pk("c_id").unique("c_uname")
            .fk("customer_c_co_id_fkey", List.of("c_co_id"), "country", List.of("co_id")).build(),
        table("address").col("addr_id", b).col("addr_c_id", b, "", true).col("addr_street", vc, "40")
            .col("addr_co_id", i).pk("addr_id")
            .fk("address_addr_c_id_fkey", List.of("addr_c_id"), "customer", List.of("c_id"))
            .fk("address_addr_co_id_fkey", List.of("addr_co_id"), "country", List.of("co_id")).build(),
        table("orders").col("o_id", b).col("o_c_id", b, "", true).col("o_date", ts).col("o_total", n, "10,2")
            .col("o_ship_addr_id", b).col("o_status", vc, "16").pk("o_id")
            .fk("orders_o_c_id_fkey", List.of("o_c_id"), "customer", List.of("c_id"))
            .fk("orders_o_ship_addr_id_fkey", List.of("o_ship_addr_id"), "address", List.of("addr_id")).build(),
        table("order_line").col("ol_o_id", b).col("ol_id", i).col("ol_c_id", b, "", true).col("ol_i_id", i)
            .col("ol_qty", i).col("ol_discount", n, "4,2").pk("ol_o_id", "ol_id")
            .fk("order_line_ol_o_id_fkey", List.of("ol_o_id"), "orders", List.of("o_id"))
            .fk("order_line_ol_i_id_fkey", List.of("ol_i_id"), "item", List.of("i_id")).build(),
        table("cart").col("cart_id", b).col("cart_c_id", b).col("cart_time", ts).pk("cart_id")
            .fk("cart_cart_c_id_fkey", List.of("cart_c_id"), "customer", List.of("c_id")).build(),
        table("cart_line").col("cl_cart_id", b).col("cl_i_id", i).col("cl_qty", i).pk("cl_cart_id", "cl_i_id")
            .fk("cart_line_cl_cart_id_fkey", List.of("cl_cart_id"), "cart", List.of("cart_id"))
            .fk("cart_line_cl_i_id_fkey", List.of("cl_i_id"), "item", List.of("i_id")).build(),
        table("cc_xacts").col("cx_o_id", b).col("cx_c_id", b, "", true).col("cx_type", vc, "10")
            .col("cx_amount", n, "10,2").col("cx_co_id", i).pk("cx_o_id")
            .fk("cc_xacts_cx_o_id_fkey", List.of("cx_o_id"), "orders", List.of("o_id"))
            .fk("cc_xacts_cx_co_id_fkey", List.of("cx_co_id"), "country", List.of("co_id")).build()));
  }
}
