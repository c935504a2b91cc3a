package shardplan.workloads.tpcc;

import shardplan.workloads.model.StatementTemplate;

/**
 * The statements of the five TPC-C transactions (clause 2), as a JDBC implementation sends them,
 * with the facts the ground truth counts. Some span several lines, as applications write them.
 */
final class TpccStatements {
  private TpccStatements() {
  }

  // NewOrder (clause 2.4.2)
  static final StatementTemplate NO_CUSTOMER_WAREHOUSE = StatementTemplate.builder("new_order.customer_warehouse",
          "SELECT c_discount, c_last, c_credit, w_tax\n  FROM customer, warehouse\n"
              + " WHERE w_id = $1 AND c_w_id = w_id AND c_d_id = $2 AND c_id = $3")
      .reads("customer", "warehouse").join("customer.c_w_id", "warehouse.w_id").build();
  static final StatementTemplate NO_DISTRICT = StatementTemplate.builder("new_order.district",
          "SELECT d_next_o_id, d_tax FROM district WHERE d_w_id = $1 AND d_id = $2 FOR UPDATE")
      .reads("district").build();
  static final StatementTemplate NO_DISTRICT_UPDATE = StatementTemplate.builder("new_order.district_update",
          "UPDATE district SET d_next_o_id = d_next_o_id + 1 WHERE d_w_id = $1 AND d_id = $2")
      .updates("district").build();
  static final StatementTemplate NO_ORDER_INSERT = StatementTemplate.builder("new_order.order_insert",
          "INSERT INTO orders (o_id, o_d_id, o_w_id, o_c_id, o_entry_d, o_ol_cnt, o_all_local)"
              + " VALUES ($1, $2, $3, $4, CURRENT_TIMESTAMP, $5, $6)")
      .inserts("orders").build();
  static final StatementTemplate NO_NEW_ORDER_INSERT = StatementTemplate.builder("new_order.new_order_insert",
          "INSERT INTO new_order (no_o_id, no_d_id, no_w_id) VALUES ($1, $2, $3)")
      .inserts("new_order").build();
  static final StatementTemplate NO_ITEM = StatementTemplate.builder("new_order.item",
          "SELECT i_price, i_name, i_data FROM item WHERE i_id = $1")
      .reads("item").build();
  static final StatementTemplate NO_STOCK = StatementTemplate.builder("new_order.stock",
          "SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,\n"
              + "       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10\n"
              + "  FROM stock\n WHERE s_i_id = $1 AND s_w_id = $2\n   FOR UPDATE")
      .reads("stock").build();
  static final StatementTemplate NO_STOCK_UPDATE = StatementTemplate.builder("new_order.stock_update",
          "UPDATE stock SET s_quantity = $1, s_ytd = s_ytd + $2, s_order_cnt = s_order_cnt + 1,"
              + " s_remote_cnt = s_remote_cnt + $3 WHERE s_i_id = $4 AND s_w_id = $5")
      .updates("stock").build();
  static final StatementTemplate NO_ORDER_LINE_INSERT = StatementTemplate.builder("new_order.order_line_insert",
          "INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity,"
              + " ol_amount, ol_dist_info) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
      .inserts("order_line").build();

  // Payment (clause 2.5.2)
  static final StatementTemplate PAY_WAREHOUSE_UPDATE = StatementTemplate.builder("payment.warehouse_update",
          "UPDATE warehouse SET w_ytd = w_ytd + $1 WHERE w_id = $2")
      .updates("warehouse").build();
  static final StatementTemplate PAY_WAREHOUSE = StatementTemplate.builder("payment.warehouse",
          "SELECT w_street_1, w_street_2, w_city, w_state, w_zip, w_name FROM warehouse WHERE w_id = $1")
      .reads("warehouse").build();
  static final StatementTemplate PAY_DISTRICT_UPDATE = StatementTemplate.builder("payment.district_update",
          "UPDATE district SET d_ytd = d_ytd + $1 WHERE d_w_id = $2 AND d_id = $3")
      .updates("district").build();
  static final StatementTemplate PAY_DISTRICT = StatementTemplate.builder("payment.district",
          "SELECT d_street_1, d_street_2, d_city, d_state, d_zip, d_name FROM district WHERE d_w_id = $1 AND d_id = $2")
      .reads("district").build();
  static final StatementTemplate PAY_CUSTOMER_BY_NAME = StatementTemplate.builder("payment.customer_by_name",
          "SELECT c_id, c_first, c_middle, c_last, c_street_1, c_street_2, c_city, c_state, c_zip, c_phone,\n"
              + "       c_credit, c_credit_lim, c_discount, c_balance, c_since\n"
              + "  FROM customer\n WHERE c_w_id = $1 AND c_d_id = $2 AND c_last = $3\n ORDER BY c_first")
      .reads("customer").build();
  static final StatementTemplate PAY_CUSTOMER_BY_ID = StatementTemplate.builder("payment.customer_by_id",
          "SELECT c_first, c_middle, c_last, c_street_1, c_street_2, c_city, c_state, c_zip, c_phone,\n"
              + "       c_credit, c_credit_lim, c_discount, c_balance, c_since\n"
              + "  FROM customer\n WHERE c_w_id = $1 AND c_d_id = $2 AND c_id = $3\n   FOR UPDATE")
      .reads("customer").build();
  static final StatementTemplate PAY_CUSTOMER_DATA = StatementTemplate.builder("payment.customer_data",
          "SELECT c_data FROM customer WHERE c_w_id = $1 AND c_d_id = $2 AND c_id = $3")
      .reads("customer").build();
  static final StatementTemplate PAY_CUSTOMER_UPDATE_BC = StatementTemplate.builder("payment.customer_update_bc",
          "UPDATE customer SET c_balance = c_balance - $1, c_ytd_payment = c_ytd_payment + $2,"
              + " c_payment_cnt = c_payment_cnt + 1, c_data = substr($3 || c_data, 1, 500)"
              + " WHERE c_w_id = $4 AND c_d_id = $5 AND c_id = $6")
      .updates("customer").build();
  static final StatementTemplate PAY_CUSTOMER_UPDATE = StatementTemplate.builder("payment.customer_update",
          "UPDATE customer SET c_balance = c_balance - $1, c_ytd_payment = c_ytd_payment + $2,"
              + " c_payment_cnt = c_payment_cnt + 1 WHERE c_w_id = $3 AND c_d_id = $4 AND c_id = $5")
      .updates("customer").build();
  static final StatementTemplate PAY_HISTORY_INSERT = StatementTemplate.builder("payment.history_insert",
          "INSERT INTO history (h_c_d_id, h_c_w_id, h_c_id, h_d_id, h_w_id, h_date, h_amount, h_data)"
              + " VALUES ($1, $2, $3, $4, $5, CURRENT_TIMESTAMP, $6, $7)")
      .inserts("history").build();

  // OrderStatus (clause 2.6.2)
  static final StatementTemplate OS_CUSTOMER_BY_NAME = StatementTemplate.builder("order_status.customer_by_name",
          "SELECT c_id, c_balance, c_first, c_middle, c_last\n  FROM customer\n"
              + " WHERE c_w_id = $1 AND c_d_id = $2 AND c_last = $3\n ORDER BY c_first")
      .reads("customer").build();
  static final StatementTemplate OS_CUSTOMER_BY_ID = StatementTemplate.builder("order_status.customer_by_id",
          "SELECT c_balance, c_first, c_middle, c_last FROM customer WHERE c_w_id = $1 AND c_d_id = $2 AND c_id = $3")
      .reads("customer").build();
  static final StatementTemplate OS_LAST_ORDER = StatementTemplate.builder("order_status.last_order",
          "SELECT o_id, o_carrier_id, o_entry_d FROM orders\n"
              + " WHERE o_w_id = $1 AND o_d_id = $2 AND o_c_id = $3\n ORDER BY o_id DESC LIMIT 1")
      .reads("orders").build();
  static final StatementTemplate OS_ORDER_LINES = StatementTemplate.builder("order_status.order_lines",
          "SELECT ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_delivery_d FROM order_line"
              + " WHERE ol_w_id = $1 AND ol_d_id = $2 AND ol_o_id = $3")
      .reads("order_line").build();

  // Delivery (clause 2.7.4)
  static final StatementTemplate DL_OLDEST_NEW_ORDER = StatementTemplate.builder("delivery.oldest_new_order",
          "SELECT no_o_id FROM new_order WHERE no_w_id = $1 AND no_d_id = $2 ORDER BY no_o_id LIMIT 1")
      .reads("new_order").build();
  static final StatementTemplate DL_NEW_ORDER_DELETE = StatementTemplate.builder("delivery.new_order_delete",
          "DELETE FROM new_order WHERE no_w_id = $1 AND no_d_id = $2 AND no_o_id = $3")
      .deletes("new_order").build();
  static final StatementTemplate DL_ORDER_CUSTOMER = StatementTemplate.builder("delivery.order_customer",
          "SELECT o_c_id FROM orders WHERE o_w_id = $1 AND o_d_id = $2 AND o_id = $3")
      .reads("orders").build();
  static final StatementTemplate DL_ORDER_UPDATE = StatementTemplate.builder("delivery.order_update",
          "UPDATE orders SET o_carrier_id = $1 WHERE o_w_id = $2 AND o_d_id = $3 AND o_id = $4")
      .updates("orders").build();
  static final StatementTemplate DL_ORDER_LINE_UPDATE = StatementTemplate.builder("delivery.order_line_update",
          "UPDATE order_line SET ol_delivery_d = CURRENT_TIMESTAMP WHERE ol_w_id = $1 AND ol_d_id = $2 AND ol_o_id = $3")
      .updates("order_line").build();
  static final StatementTemplate DL_ORDER_TOTAL = StatementTemplate.builder("delivery.order_total",
          "SELECT SUM(ol_amount) AS ol_total FROM order_line WHERE ol_w_id = $1 AND ol_d_id = $2 AND ol_o_id = $3")
      .reads("order_line").build();
  static final StatementTemplate DL_CUSTOMER_UPDATE = StatementTemplate.builder("delivery.customer_update",
          "UPDATE customer SET c_balance = c_balance + $1, c_delivery_cnt = c_delivery_cnt + 1"
              + " WHERE c_w_id = $2 AND c_d_id = $3 AND c_id = $4")
      .updates("customer").build();

  // StockLevel (clause 2.8.2)
  static final StatementTemplate SL_NEXT_ORDER = StatementTemplate.builder("stock_level.next_order",
          "SELECT d_next_o_id FROM district WHERE d_w_id = $1 AND d_id = $2")
      .reads("district").build();
  static final StatementTemplate SL_LOW_STOCK = StatementTemplate.builder("stock_level.low_stock",
          "SELECT COUNT(DISTINCT (s_i_id)) AS stock_count\n  FROM order_line, stock\n WHERE ol_w_id = $1\n"
              + "   AND ol_d_id = $2\n   AND ol_o_id < $3\n   AND ol_o_id >= $4\n   AND s_w_id = ol_w_id\n"
              + "   AND s_i_id = ol_i_id\n   AND s_quantity < $5")
      .reads("order_line", "stock").join("order_line.ol_w_id", "stock.s_w_id")
      .join("order_line.ol_i_id", "stock.s_i_id").build();

  static final StatementTemplate[] ALL = {
      NO_CUSTOMER_WAREHOUSE, NO_DISTRICT, NO_DISTRICT_UPDATE, NO_ORDER_INSERT, NO_NEW_ORDER_INSERT, NO_ITEM,
      NO_STOCK, NO_STOCK_UPDATE, NO_ORDER_LINE_INSERT, PAY_WAREHOUSE_UPDATE, PAY_WAREHOUSE, PAY_DISTRICT_UPDATE,
      PAY_DISTRICT, PAY_CUSTOMER_BY_NAME, PAY_CUSTOMER_BY_ID, PAY_CUSTOMER_DATA, PAY_CUSTOMER_UPDATE_BC,
      PAY_CUSTOMER_UPDATE, PAY_HISTORY_INSERT, OS_CUSTOMER_BY_NAME, OS_CUSTOMER_BY_ID, OS_LAST_ORDER,
      OS_ORDER_LINES, DL_OLDEST_NEW_ORDER, DL_NEW_ORDER_DELETE, DL_ORDER_CUSTOMER, DL_ORDER_UPDATE,
      DL_ORDER_LINE_UPDATE, DL_ORDER_TOTAL, DL_CUSTOMER_UPDATE, SL_NEXT_ORDER, SL_LOW_STOCK};
}
