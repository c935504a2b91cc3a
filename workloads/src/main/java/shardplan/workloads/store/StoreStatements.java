package shardplan.workloads.store;

import shardplan.workloads.model.StatementTemplate;

/** The statements of the store's web interactions, with the facts the ground truth counts. */
final class StoreStatements {
  private StoreStatements() {
  }

  static final StatementTemplate HOME_CUSTOMER = StatementTemplate.builder("home.customer",
          "SELECT c_fname, c_lname FROM customer WHERE c_id = $1")
      .reads("customer").build();
  static final StatementTemplate HOME_PROMOTIONS = StatementTemplate.builder("home.promotions",
          "SELECT i_id, i_title, i_thumbnail FROM item WHERE i_sub_id = $1 ORDER BY i_pub_date DESC, i_id LIMIT 5")
      .reads("item").build();
  static final StatementTemplate DETAIL_ITEM = StatementTemplate.builder("product_detail.item",
          "SELECT i_id, i_title, i_pub_date, i_publisher, i_desc, i_srp, i_cost, i_avail, i_isbn, i_page,\n"
              + "       i_backing, i_dimensions, i_image, a_fname, a_lname\n"
              + "  FROM item\n  JOIN author ON a_id = i_a_id\n WHERE i_id = $1")
      .reads("item", "author").join("author.a_id", "item.i_a_id").build();
  static final StatementTemplate DETAIL_STOCK = StatementTemplate.builder("product_detail.stock",
          "SELECT inv_qty FROM inventory WHERE inv_i_id = $1")
      .reads("inventory").build();
  static final StatementTemplate SEARCH_SUBJECT = StatementTemplate.builder("search.by_subject",
          "SELECT i_id, i_title, a_fname, a_lname\n  FROM item, author\n WHERE i_sub_id = $1 AND i_a_id = a_id\n"
              + " ORDER BY i_title\n LIMIT 50")
      .reads("item", "author").join("author.a_id", "item.i_a_id").build();
  static final StatementTemplate SEARCH_AUTHOR = StatementTemplate.builder("search.by_author",
          "SELECT i_id, i_title, a_fname, a_lname FROM item JOIN author ON i_a_id = a_id"
              + " WHERE a_lname LIKE $1 ORDER BY i_title LIMIT 50")
      .reads("item", "author").join("author.a_id", "item.i_a_id").build();
  static final StatementTemplate NEW_PRODUCTS = StatementTemplate.builder("new_products",
          "SELECT i_id, i_title, a_fname, a_lname\n  FROM item\n  JOIN author ON a_id = i_a_id\n"
              + " WHERE i_sub_id = $1\n ORDER BY i_pub_date DESC, i_title\n LIMIT 50")
      .reads("item", "author").join("author.a_id", "item.i_a_id").build();
  static final StatementTemplate BEST_SELLERS = StatementTemplate.builder("best_sellers",
          "SELECT i_id, i_title, a_fname, a_lname, SUM(ol_qty) AS sold\n  FROM order_line\n"
              + "  JOIN item ON i_id = ol_i_id\n  JOIN author ON a_id = i_a_id\n WHERE i_sub_id = $1\n"
              + " GROUP BY i_id, i_title, a_fname, a_lname\n ORDER BY sold DESC, i_id\n LIMIT 50")
      .reads("order_line", "item", "author").join("item.i_id", "order_line.ol_i_id")
      .join("author.a_id", "item.i_a_id").build();
  static final StatementTemplate CART_LOCK = StatementTemplate.builder("cart.lock",
          "SELECT sc_time FROM shopping_cart WHERE sc_c_id = $1 FOR UPDATE")
      .reads("shopping_cart").build();
  static final StatementTemplate CART_ADD = StatementTemplate.builder("cart.add",
          "INSERT INTO shopping_cart_line (scl_c_id, scl_i_id, scl_qty) VALUES ($1, $2, $3)\n"
              + "    ON CONFLICT (scl_c_id, scl_i_id) DO UPDATE SET scl_qty = shopping_cart_line.scl_qty + EXCLUDED.scl_qty")
      .inserts("shopping_cart_line").build();
  static final StatementTemplate CART_REMOVE = StatementTemplate.builder("cart.remove",
          "DELETE FROM shopping_cart_line WHERE scl_c_id = $1 AND scl_i_id = $2")
      .deletes("shopping_cart_line").build();
  static final StatementTemplate CART_TOUCH = StatementTemplate.builder("cart.touch",
          "UPDATE shopping_cart SET sc_time = CURRENT_TIMESTAMP WHERE sc_c_id = $1")
      .updates("shopping_cart").build();
  static final StatementTemplate CART_SHOW = StatementTemplate.builder("cart.show",
          "SELECT scl_i_id, scl_qty, i_title, i_cost\n  FROM shopping_cart_line\n  JOIN item ON i_id = scl_i_id\n"
              + " WHERE scl_c_id = $1")
      .reads("shopping_cart_line", "item").join("item.i_id", "shopping_cart_line.scl_i_id").build();
  static final StatementTemplate REGISTER_CUSTOMER = StatementTemplate.builder("register.customer",
          "INSERT INTO customer (c_id, c_uname, c_passwd, c_fname, c_lname, c_phone, c_email, c_since, c_last_login,"
              + " c_login, c_expiration, c_discount, c_balance, c_ytd_pmt, c_birthdate, c_data)"
              + " VALUES ($1, $2, $3, $4, $5, $6, $7, CURRENT_DATE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP,"
              + " CURRENT_TIMESTAMP + interval '2 hours', $8, 0, 0, CURRENT_DATE - $9, $10)")
      .inserts("customer").build();
  static final StatementTemplate REGISTER_ADDRESS = StatementTemplate.builder("register.address",
          "INSERT INTO address (addr_c_id, addr_id, addr_street1, addr_street2, addr_city, addr_state, addr_zip,"
              + " addr_co_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)")
      .inserts("address").build();
  static final StatementTemplate REGISTER_CART = StatementTemplate.builder("register.cart",
          "INSERT INTO shopping_cart (sc_c_id, sc_time) VALUES ($1, CURRENT_TIMESTAMP)")
      .inserts("shopping_cart").build();
  static final StatementTemplate ORDER_LOGIN = StatementTemplate.builder("order_display.login",
          "SELECT c_id, c_fname, c_lname, c_email FROM customer WHERE c_uname = $1 AND c_passwd = $2")
      .reads("customer").build();
  static final StatementTemplate ORDER_LAST = StatementTemplate.builder("order_display.last_order",
          "SELECT o_id, o_date, o_sub_total, o_tax, o_total, o_ship_type, o_ship_date, o_status\n  FROM orders\n"
              + " WHERE o_c_id = $1\n ORDER BY o_date DESC, o_id DESC\n LIMIT 1")
      .reads("orders").build();
  static final StatementTemplate ORDER_LINES = StatementTemplate.builder("order_display.lines",
          "SELECT ol_i_id, i_title, i_publisher, i_cost, ol_qty, ol_discount, ol_comments\n  FROM order_line\n"
              + "  JOIN item ON i_id = ol_i_id\n WHERE ol_c_id = $1 AND ol_o_id = $2")
      .reads("order_line", "item").join("item.i_id", "order_line.ol_i_id").build();
  static final StatementTemplate ORDER_PAYMENT = StatementTemplate.builder("order_display.payment",
          "SELECT cx_type, cx_auth_id, cx_xact_amt FROM cc_xacts WHERE cx_c_id = $1 AND cx_o_id = $2")
      .reads("cc_xacts").build();
  static final StatementTemplate BUY_CUSTOMER = StatementTemplate.builder("buy_request.customer",
          "SELECT c_fname, c_lname, c_discount, c_balance, addr_id, addr_street1, addr_city, addr_zip, co_name\n"
              + "  FROM customer\n  JOIN address ON addr_c_id = c_id\n  JOIN country ON co_id = addr_co_id\n"
              + " WHERE c_id = $1")
      .reads("customer", "address", "country").join("address.addr_c_id", "customer.c_id")
      .join("address.addr_co_id", "country.co_id").build();
  static final StatementTemplate BUY_CART_TOTAL = StatementTemplate.builder("buy_request.cart_total",
          "SELECT SUM(scl_qty * i_cost) AS sub_total, SUM(scl_qty) AS items\n  FROM shopping_cart_line\n"
              + "  JOIN item ON i_id = scl_i_id\n WHERE scl_c_id = $1")
      .reads("shopping_cart_line", "item").join("item.i_id", "shopping_cart_line.scl_i_id").build();
  static final StatementTemplate BUY_LOGIN = StatementTemplate.builder("buy_request.login",
          "UPDATE customer SET c_login = CURRENT_TIMESTAMP, c_expiration = CURRENT_TIMESTAMP + interval '2 hours'"
              + " WHERE c_id = $1")
      .updates("customer").build();
  static final StatementTemplate CONFIRM_CART = StatementTemplate.builder("buy_confirm.cart",
          "SELECT scl_i_id, scl_qty, i_cost\n  FROM shopping_cart_line\n  JOIN item ON i_id = scl_i_id\n"
              + " WHERE scl_c_id = $1\n   FOR UPDATE OF shopping_cart_line")
      .reads("shopping_cart_line", "item").join("item.i_id", "shopping_cart_line.scl_i_id").build();
  static final StatementTemplate CONFIRM_DISCOUNT = StatementTemplate.builder("buy_confirm.discount",
          "SELECT c_discount FROM customer WHERE c_id = $1")
      .reads("customer").build();
  static final StatementTemplate CONFIRM_ORDER = StatementTemplate.builder("buy_confirm.order",
          "INSERT INTO orders (o_c_id, o_id, o_date, o_sub_total, o_tax, o_total, o_ship_type, o_ship_date,"
              + " o_bill_addr_id, o_ship_addr_id, o_status) VALUES ($1, $2, CURRENT_TIMESTAMP, $3, $4, $5, $6,"
              + " CURRENT_TIMESTAMP + interval '3 days', $7, $8, 'PENDING')")
      .inserts("orders").build();
  static final StatementTemplate CONFIRM_LINE = StatementTemplate.builder("buy_confirm.order_line",
          "INSERT INTO order_line (ol_c_id, ol_o_id, ol_id, ol_i_id, ol_qty, ol_discount, ol_comments)"
              + " VALUES ($1, $2, $3, $4, $5, $6, $7)")
      .inserts("order_line").build();
  static final StatementTemplate CONFIRM_STOCK = StatementTemplate.builder("buy_confirm.stock",
          "UPDATE inventory SET inv_qty = $1, inv_updated = CURRENT_TIMESTAMP WHERE inv_i_id = $2")
      .updates("inventory").build();
  static final StatementTemplate CONFIRM_PAYMENT = StatementTemplate.builder("buy_confirm.payment",
          "INSERT INTO cc_xacts (cx_c_id, cx_o_id, cx_type, cx_num, cx_name, cx_expire, cx_auth_id, cx_xact_amt,"
              + " cx_xact_date, cx_co_id) VALUES ($1, $2, $3, $4, $5, CURRENT_DATE + 365, $6, $7,"
              + " CURRENT_TIMESTAMP, $8)")
      .inserts("cc_xacts").build();
  static final StatementTemplate CONFIRM_EMPTY_CART = StatementTemplate.builder("buy_confirm.empty_cart",
          "DELETE FROM shopping_cart_line WHERE scl_c_id = $1")
      .deletes("shopping_cart_line").build();
  static final StatementTemplate CONFIRM_CUSTOMER = StatementTemplate.builder("buy_confirm.customer",
          "UPDATE customer SET c_balance = c_balance + $1, c_ytd_pmt = c_ytd_pmt + $2 WHERE c_id = $3")
      .updates("customer").build();
  static final StatementTemplate ADMIN_ITEM = StatementTemplate.builder("admin.item",
          "SELECT i_id, i_title, i_cost, i_desc, i_thumbnail FROM item WHERE i_id = $1")
      .reads("item").build();
  static final StatementTemplate ADMIN_UPDATE = StatementTemplate.builder("admin.update",
          "UPDATE item SET i_cost = $1, i_desc = $2, i_pub_date = CURRENT_DATE WHERE i_id = $3")
      .updates("item").build();

  static final StatementTemplate[] ALL = {HOME_CUSTOMER, HOME_PROMOTIONS, DETAIL_ITEM, DETAIL_STOCK, SEARCH_SUBJECT,
      SEARCH_AUTHOR, NEW_PRODUCTS, BEST_SELLERS, CART_LOCK, CART_ADD, CART_REMOVE, CART_TOUCH, CART_SHOW,
      REGISTER_CUSTOMER, REGISTER_ADDRESS, REGISTER_CART, ORDER_LOGIN, ORDER_LAST, ORDER_LINES, ORDER_PAYMENT,
      BUY_CUSTOMER, BUY_CART_TOTAL, BUY_LOGIN, CONFIRM_CART, CONFIRM_DISCOUNT, CONFIRM_ORDER, CONFIRM_LINE,
      CONFIRM_STOCK, CONFIRM_PAYMENT, CONFIRM_EMPTY_CART, CONFIRM_CUSTOMER, ADMIN_ITEM, ADMIN_UPDATE};
}
