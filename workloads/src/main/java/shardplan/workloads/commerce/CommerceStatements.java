package shardplan.workloads.commerce;

import java.util.ArrayList;
import java.util.List;
import shardplan.workloads.model.StatementTemplate;

/**
 * The statements of the commerce platform, written the way its ORM sends them: every identifier
 * quoted, entity aliases ({@code "Order"}), columns selected as {@code "Alias"."column" AS
 * "Alias_column"}, joins as {@code LEFT JOIN "t" "alias" ON "alias"."x"="Other"."y"}, updates and
 * deletes by primary key as {@code WHERE "id" IN ($1)}, the single-table-inheritance
 * discriminator bound as a parameter, lists of ids as {@code IN ($1, $2, ...)}.
 */
final class CommerceStatements {
  private CommerceStatements() {
  }

  /** Longest id list a statement binds (products have at most this many variants). */
  static final int MAX_LIST = 4;

  // --- channel and settings -------------------------------------------------------------------
  static final StatementTemplate CHANNEL_BY_TOKEN = StatementTemplate.builder("channel.by_token",
          "SELECT \"Channel\".\"id\" AS \"Channel_id\", \"Channel\".\"code\" AS \"Channel_code\","
              + " \"Channel\".\"token\" AS \"Channel_token\", \"Channel\".\"defaultLanguageCode\" AS"
              + " \"Channel_defaultLanguageCode\", \"Channel\".\"currencyCode\" AS \"Channel_currencyCode\","
              + " \"Channel\".\"pricesIncludeTax\" AS \"Channel_pricesIncludeTax\" FROM \"channel\" \"Channel\""
              + " WHERE \"Channel\".\"token\" = $1 LIMIT 1")
      .reads("channel").build();
  static final StatementTemplate SETTINGS = StatementTemplate.builder("settings.get",
          "SELECT \"GlobalSettings\".\"id\" AS \"GlobalSettings_id\", \"GlobalSettings\".\"availableLanguages\" AS"
              + " \"GlobalSettings_availableLanguages\", \"GlobalSettings\".\"trackInventory\" AS"
              + " \"GlobalSettings_trackInventory\", \"GlobalSettings\".\"outOfStockThreshold\" AS"
              + " \"GlobalSettings_outOfStockThreshold\" FROM \"global_settings\" \"GlobalSettings\" LIMIT 1")
      .reads("global_settings").build();

  // --- sessions (single-table inheritance: AnonymousSession, AuthenticatedSession) -------------
  static final StatementTemplate SESSION_BY_TOKEN = StatementTemplate.builder("session.by_token",
          "SELECT \"Session\".\"id\" AS \"Session_id\", \"Session\".\"token\" AS \"Session_token\","
              + " \"Session\".\"expires\" AS \"Session_expires\", \"Session\".\"invalidated\" AS"
              + " \"Session_invalidated\", \"Session\".\"discriminator\" AS \"Session_discriminator\","
              + " \"Session\".\"activeOrderId\" AS \"Session_activeOrderId\", \"Session\".\"activeChannelId\" AS"
              + " \"Session_activeChannelId\", \"Session\".\"customerId\" AS \"Session_customerId\"\n"
              + "FROM \"session\" \"Session\"\n"
              + "WHERE \"Session\".\"token\" = $1 AND \"Session\".\"invalidated\" = $2"
              + " AND \"Session\".\"discriminator\" IN ($3, $4) LIMIT 1")
      .reads("session").build();
  static final StatementTemplate SESSION_CREATE = StatementTemplate.builder("session.create",
          "INSERT INTO \"session\"(\"createdAt\", \"updatedAt\", \"token\", \"expires\", \"invalidated\","
              + " \"authenticationStrategy\", \"discriminator\", \"activeOrderId\", \"activeChannelId\", \"customerId\","
              + " \"id\") VALUES (DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9)"
              + " RETURNING \"createdAt\", \"updatedAt\"")
      .inserts("session").build();
  static final StatementTemplate SESSION_SET_ORDER = StatementTemplate.builder("session.set_active_order",
          "UPDATE \"session\" SET \"activeOrderId\" = $1, \"updatedAt\" = CURRENT_TIMESTAMP WHERE \"token\" = $2")
      .updates("session").build();

  // --- catalogue --------------------------------------------------------------------------------
  static final StatementTemplate PRODUCT_LIST = StatementTemplate.builder("product.list",
          "SELECT \"Product\".\"id\" AS \"Product_id\", \"Product\".\"enabled\" AS \"Product_enabled\","
              + " \"Product__translations\".\"name\" AS \"Product__translations_name\","
              + " \"Product__translations\".\"slug\" AS \"Product__translations_slug\"\n"
              + "FROM \"product\" \"Product\"\n"
              + "LEFT JOIN \"product_translation\" \"Product__translations\" ON"
              + " \"Product__translations\".\"baseId\"=\"Product\".\"id\"\n"
              + "INNER JOIN \"product_channels_channel\" \"Product_Product__channels\" ON"
              + " \"Product_Product__channels\".\"productId\"=\"Product\".\"id\"\n"
              + "WHERE \"Product\".\"deletedAt\" IS NULL AND \"Product\".\"enabled\" = $1"
              + " AND \"Product__translations\".\"languageCode\" = $2"
              + " AND \"Product_Product__channels\".\"channelId\" = $3\n"
              + "ORDER BY \"Product\".\"id\" ASC LIMIT 24 OFFSET $4")
      .reads("product", "product_translation", "product_channels_channel")
      .join("product.id", "product_translation.baseId")
      .join("product.id", "product_channels_channel.productId").build();
  static final StatementTemplate PRODUCT_BY_SLUG = StatementTemplate.builder("product.by_slug",
          "SELECT \"Product\".\"id\" AS \"Product_id\", \"Product\".\"enabled\" AS \"Product_enabled\","
              + " \"Product__translations\".\"name\" AS \"Product__translations_name\","
              + " \"Product__translations\".\"description\" AS \"Product__translations_description\"\n"
              + "FROM \"product\" \"Product\"\n"
              + "INNER JOIN \"product_translation\" \"Product__translations\" ON"
              + " \"Product__translations\".\"baseId\"=\"Product\".\"id\"\n"
              + "WHERE \"Product__translations\".\"slug\" = $1 AND \"Product__translations\".\"languageCode\" = $2"
              + " AND \"Product\".\"deletedAt\" IS NULL")
      .reads("product", "product_translation").join("product.id", "product_translation.baseId").build();
  static final StatementTemplate VARIANTS_OF_PRODUCT = StatementTemplate.builder("variant.of_product",
          "SELECT \"ProductVariant\".\"id\" AS \"ProductVariant_id\", \"ProductVariant\".\"sku\" AS"
              + " \"ProductVariant_sku\", \"ProductVariant\".\"trackInventory\" AS \"ProductVariant_trackInventory\","
              + " \"ProductVariant__translations\".\"name\" AS \"ProductVariant__translations_name\"\n"
              + "FROM \"product_variant\" \"ProductVariant\"\n"
              + "LEFT JOIN \"product_variant_translation\" \"ProductVariant__translations\" ON"
              + " \"ProductVariant__translations\".\"baseId\"=\"ProductVariant\".\"id\"\n"
              + "WHERE \"ProductVariant\".\"productId\" = $1 AND \"ProductVariant\".\"deletedAt\" IS NULL"
              + " AND \"ProductVariant__translations\".\"languageCode\" = $2\n"
              + "ORDER BY \"ProductVariant\".\"id\" ASC")
      .reads("product_variant", "product_variant_translation")
      .join("product_variant.id", "product_variant_translation.baseId").build();
  /** Prices of 1..MAX_LIST variants in the channel: index = list length - 1. */
  static final List<StatementTemplate> PRICES = lists("variant.prices", n ->
      "SELECT \"ProductVariantPrice\".\"id\" AS \"ProductVariantPrice_id\", \"ProductVariantPrice\".\"price\" AS"
          + " \"ProductVariantPrice_price\", \"ProductVariantPrice\".\"variantId\" AS"
          + " \"ProductVariantPrice_variantId\" FROM \"product_variant_price\" \"ProductVariantPrice\""
          + " WHERE \"ProductVariantPrice\".\"variantId\" IN (" + params(1, n) + ")"
          + " AND \"ProductVariantPrice\".\"channelId\" = $" + (n + 1), "product_variant_price");
  /** Stock of 1..MAX_LIST variants: index = list length - 1. */
  static final List<StatementTemplate> STOCK = lists("stock.of_variants", n ->
      "SELECT \"StockLevel\".\"productVariantId\" AS \"productVariantId\", SUM(\"StockLevel\".\"stockOnHand\") AS"
          + " \"stockOnHand\", SUM(\"StockLevel\".\"stockAllocated\") AS \"stockAllocated\""
          + " FROM \"stock_level\" \"StockLevel\" WHERE \"StockLevel\".\"productVariantId\" IN (" + params(1, n) + ")"
          + " GROUP BY \"StockLevel\".\"productVariantId\"", "stock_level");
  static final StatementTemplate VARIANT_BY_ID = StatementTemplate.builder("variant.by_id",
          "SELECT \"ProductVariant\".\"id\" AS \"ProductVariant_id\", \"ProductVariant\".\"productId\" AS"
              + " \"ProductVariant_productId\", \"ProductVariant\".\"enabled\" AS \"ProductVariant_enabled\""
              + " FROM \"product_variant\" \"ProductVariant\" WHERE \"ProductVariant\".\"id\" IN ($1)"
              + " AND \"ProductVariant\".\"deletedAt\" IS NULL")
      .reads("product_variant").build();
  static final StatementTemplate ADMIN_VARIANT_UPDATE = StatementTemplate.builder("admin.variant_update",
          "UPDATE \"product_variant\" SET \"sku\" = $1, \"updatedAt\" = CURRENT_TIMESTAMP WHERE \"id\" IN ($2)")
      .updates("product_variant").build();
  static final StatementTemplate ADMIN_PRICE_UPDATE = StatementTemplate.builder("admin.price_update",
          "UPDATE \"product_variant_price\" SET \"price\" = $1, \"updatedAt\" = CURRENT_TIMESTAMP WHERE \"id\" IN ($2)")
      .updates("product_variant_price").build();
  static final StatementTemplate ADMIN_RESTOCK = StatementTemplate.builder("admin.restock",
          "UPDATE \"stock_level\" SET \"stockOnHand\" = \"stockOnHand\" + $1, \"updatedAt\" = CURRENT_TIMESTAMP"
              + " WHERE \"productVariantId\" = $2 AND \"stockLocationId\" = $3")
      .updates("stock_level").build();
  static final StatementTemplate PROMOTION_BY_COUPON = StatementTemplate.builder("promotion.by_coupon",
          "SELECT \"Promotion\".\"id\" AS \"Promotion_id\", \"Promotion\".\"conditions\" AS"
              + " \"Promotion_conditions\", \"Promotion\".\"actions\" AS \"Promotion_actions\""
              + " FROM \"promotion\" \"Promotion\" WHERE \"Promotion\".\"couponCode\" = $1"
              + " AND \"Promotion\".\"enabled\" = $2 AND \"Promotion\".\"deletedAt\" IS NULL")
      .reads("promotion").build();
  static final StatementTemplate SHIPPING_METHODS = StatementTemplate.builder("shipping_method.eligible",
          "SELECT \"ShippingMethod\".\"id\" AS \"ShippingMethod_id\", \"ShippingMethod\".\"code\" AS"
              + " \"ShippingMethod_code\", \"ShippingMethod\".\"checker\" AS \"ShippingMethod_checker\","
              + " \"ShippingMethod\".\"calculator\" AS \"ShippingMethod_calculator\""
              + " FROM \"shipping_method\" \"ShippingMethod\" WHERE \"ShippingMethod\".\"deletedAt\" IS NULL")
      .reads("shipping_method").build();

  // --- customers --------------------------------------------------------------------------------
  static final StatementTemplate CUSTOMER_BY_EMAIL = StatementTemplate.builder("customer.by_email",
          "SELECT \"Customer\".\"id\" AS \"Customer_id\", \"Customer\".\"firstName\" AS \"Customer_firstName\","
              + " \"Customer\".\"lastName\" AS \"Customer_lastName\", \"Customer\".\"emailAddress\" AS"
              + " \"Customer_emailAddress\" FROM \"customer\" \"Customer\" WHERE \"Customer\".\"emailAddress\" = $1"
              + " AND \"Customer\".\"deletedAt\" IS NULL LIMIT 1")
      .reads("customer").build();
  static final StatementTemplate CUSTOMER_WITH_ADDRESSES = StatementTemplate.builder("customer.with_addresses",
          "SELECT \"Customer\".\"id\" AS \"Customer_id\", \"Customer\".\"title\" AS \"Customer_title\","
              + " \"Customer\".\"firstName\" AS \"Customer_firstName\", \"Customer\".\"lastName\" AS"
              + " \"Customer_lastName\", \"Customer\".\"phoneNumber\" AS \"Customer_phoneNumber\","
              + " \"Customer__addresses\".\"id\" AS \"Customer__addresses_id\", \"Customer__addresses\".\"streetLine1\""
              + " AS \"Customer__addresses_streetLine1\", \"Customer__addresses\".\"city\" AS"
              + " \"Customer__addresses_city\"\n"
              + "FROM \"customer\" \"Customer\"\n"
              + "LEFT JOIN \"address\" \"Customer__addresses\" ON \"Customer__addresses\".\"customerId\"=\"Customer\".\"id\"\n"
              + "WHERE \"Customer\".\"id\" = $1 AND \"Customer\".\"deletedAt\" IS NULL")
      .reads("customer", "address").join("address.customerId", "customer.id").build();
  static final StatementTemplate CUSTOMER_BY_ID = StatementTemplate.builder("customer.by_id",
          "SELECT \"Customer\".\"id\" AS \"Customer_id\", \"Customer\".\"emailAddress\" AS \"Customer_emailAddress\""
              + " FROM \"customer\" \"Customer\" WHERE \"Customer\".\"id\" IN ($1) AND \"Customer\".\"deletedAt\" IS NULL")
      .reads("customer").build();
  static final StatementTemplate CUSTOMER_CREATE = StatementTemplate.builder("customer.create",
          "INSERT INTO \"customer\"(\"createdAt\", \"updatedAt\", \"deletedAt\", \"title\", \"firstName\","
              + " \"lastName\", \"phoneNumber\", \"emailAddress\", \"id\") VALUES (DEFAULT, DEFAULT, DEFAULT, $1, $2,"
              + " $3, $4, $5, $6) RETURNING \"createdAt\", \"updatedAt\"")
      .inserts("customer").build();
  static final StatementTemplate CUSTOMER_UPDATE = StatementTemplate.builder("customer.update",
          "UPDATE \"customer\" SET \"phoneNumber\" = $1, \"updatedAt\" = CURRENT_TIMESTAMP WHERE \"id\" IN ($2)")
      .updates("customer").build();
  static final StatementTemplate ADDRESS_CREATE = StatementTemplate.builder("address.create",
          "INSERT INTO \"address\"(\"createdAt\", \"updatedAt\", \"fullName\", \"streetLine1\", \"city\","
              + " \"postalCode\", \"countryCode\", \"defaultShippingAddress\", \"customerId\", \"id\")"
              + " VALUES (DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8) RETURNING \"createdAt\", \"updatedAt\"")
      .inserts("address").build();

  // --- orders -----------------------------------------------------------------------------------
  static final StatementTemplate ORDER_CREATE = StatementTemplate.builder("order.create",
          "INSERT INTO \"order\"(\"createdAt\", \"updatedAt\", \"code\", \"state\", \"active\", \"orderPlacedAt\","
              + " \"couponCodes\", \"shippingAddress\", \"currencyCode\", \"subTotal\", \"subTotalWithTax\","
              + " \"shipping\", \"shippingWithTax\", \"customerId\", \"channelId\", \"id\") VALUES (DEFAULT, DEFAULT,"
              + " $1, $2, $3, DEFAULT, $4, $5, $6, $7, $8, DEFAULT, DEFAULT, $9, $10, $11)"
              + " RETURNING \"createdAt\", \"updatedAt\", \"shipping\", \"shippingWithTax\"")
      .inserts("order").build();
  static final StatementTemplate ORDER_WITH_LINES = StatementTemplate.builder("order.with_lines",
          "SELECT \"Order\".\"id\" AS \"Order_id\", \"Order\".\"code\" AS \"Order_code\", \"Order\".\"state\" AS"
              + " \"Order_state\", \"Order\".\"active\" AS \"Order_active\", \"Order\".\"subTotal\" AS"
              + " \"Order_subTotal\", \"Order\".\"customerId\" AS \"Order_customerId\", \"Order__lines\".\"id\" AS"
              + " \"Order__lines_id\", \"Order__lines\".\"quantity\" AS \"Order__lines_quantity\","
              + " \"Order__lines\".\"listPrice\" AS \"Order__lines_listPrice\", \"Order__lines\".\"productVariantId\""
              + " AS \"Order__lines_productVariantId\"\n"
              + "FROM \"order\" \"Order\"\n"
              + "LEFT JOIN \"order_line\" \"Order__lines\" ON \"Order__lines\".\"orderId\"=\"Order\".\"id\"\n"
              + "WHERE \"Order\".\"id\" = $1 AND \"Order\".\"channelId\" = $2")
      .reads("order", "order_line").join("order.id", "order_line.orderId").build();
  static final StatementTemplate ORDER_BY_CODE = StatementTemplate.builder("order.by_code",
          "SELECT \"Order\".\"id\" AS \"Order_id\", \"Order\".\"code\" AS \"Order_code\", \"Order\".\"state\" AS"
              + " \"Order_state\", \"Order\".\"orderPlacedAt\" AS \"Order_orderPlacedAt\", \"Order\".\"subTotalWithTax\""
              + " AS \"Order_subTotalWithTax\" FROM \"order\" \"Order\" WHERE \"Order\".\"code\" = $1"
              + " AND \"Order\".\"channelId\" = $2 LIMIT 1")
      .reads("order").build();
  static final StatementTemplate LINES_OF_ORDER = StatementTemplate.builder("order_line.of_order",
          "SELECT \"OrderLine\".\"id\" AS \"OrderLine_id\", \"OrderLine\".\"quantity\" AS \"OrderLine_quantity\","
              + " \"OrderLine\".\"listPrice\" AS \"OrderLine_listPrice\", \"OrderLine\".\"productVariantId\" AS"
              + " \"OrderLine_productVariantId\" FROM \"order_line\" \"OrderLine\""
              + " WHERE \"OrderLine\".\"orderId\" = $1 ORDER BY \"OrderLine\".\"id\" ASC")
      .reads("order_line").build();
  static final StatementTemplate ORDERS_OF_CUSTOMER = StatementTemplate.builder("order.of_customer",
          "SELECT \"Order\".\"id\" AS \"Order_id\", \"Order\".\"code\" AS \"Order_code\", \"Order\".\"state\" AS"
              + " \"Order_state\", \"Order\".\"orderPlacedAt\" AS \"Order_orderPlacedAt\" FROM \"order\" \"Order\""
              + " WHERE \"Order\".\"customerId\" = $1 AND \"Order\".\"active\" = $2"
              + " ORDER BY \"Order\".\"orderPlacedAt\" DESC LIMIT 10")
      .reads("order").build();
  static final StatementTemplate ORDER_TOTALS = StatementTemplate.builder("order.update_totals",
          "UPDATE \"order\" SET \"subTotal\" = $1, \"subTotalWithTax\" = $2, \"updatedAt\" = CURRENT_TIMESTAMP"
              + " WHERE \"id\" IN ($3)")
      .updates("order").build();
  static final StatementTemplate ORDER_SHIPPING = StatementTemplate.builder("order.update_shipping",
          "UPDATE \"order\" SET \"shipping\" = $1, \"shippingWithTax\" = $2, \"updatedAt\" = CURRENT_TIMESTAMP"
              + " WHERE \"id\" IN ($3)")
      .updates("order").build();
  static final StatementTemplate ORDER_COUPONS = StatementTemplate.builder("order.update_coupons",
          "UPDATE \"order\" SET \"couponCodes\" = $1, \"updatedAt\" = CURRENT_TIMESTAMP WHERE \"id\" IN ($2)")
      .updates("order").build();
  static final StatementTemplate ORDER_PLACE = StatementTemplate.builder("order.place",
          "UPDATE \"order\" SET \"state\" = $1, \"active\" = $2, \"orderPlacedAt\" = CURRENT_TIMESTAMP,"
              + " \"updatedAt\" = CURRENT_TIMESTAMP WHERE \"id\" IN ($3)")
      .updates("order").build();
  static final StatementTemplate ORDER_STATE = StatementTemplate.builder("order.transition",
          "UPDATE \"order\" SET \"state\" = $1, \"updatedAt\" = CURRENT_TIMESTAMP WHERE \"id\" IN ($2)")
      .updates("order").build();
  static final StatementTemplate LINE_CREATE = StatementTemplate.builder("order_line.create",
          "INSERT INTO \"order_line\"(\"createdAt\", \"updatedAt\", \"quantity\", \"listPrice\","
              + " \"listPriceIncludesTax\", \"adjustments\", \"taxLines\", \"productVariantId\", \"orderId\", \"id\")"
              + " VALUES (DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8) RETURNING \"createdAt\", \"updatedAt\"")
      .inserts("order_line").build();
  static final StatementTemplate LINE_QUANTITY = StatementTemplate.builder("order_line.adjust",
          "UPDATE \"order_line\" SET \"quantity\" = $1, \"updatedAt\" = CURRENT_TIMESTAMP WHERE \"id\" IN ($2)")
      .updates("order_line").build();
  static final StatementTemplate LINE_DELETE = StatementTemplate.builder("order_line.remove",
          "DELETE FROM \"order_line\" WHERE \"id\" = $1")
      .deletes("order_line").build();
  static final StatementTemplate SHIPPING_LINE_CLEAR = StatementTemplate.builder("shipping_line.clear",
          "DELETE FROM \"shipping_line\" WHERE \"orderId\" = $1")
      .deletes("shipping_line").build();
  static final StatementTemplate SHIPPING_LINE_CREATE = StatementTemplate.builder("shipping_line.create",
          "INSERT INTO \"shipping_line\"(\"createdAt\", \"updatedAt\", \"listPrice\", \"listPriceIncludesTax\","
              + " \"adjustments\", \"taxLines\", \"shippingMethodId\", \"orderId\", \"id\") VALUES (DEFAULT, DEFAULT,"
              + " $1, $2, $3, $4, $5, $6, $7) RETURNING \"createdAt\", \"updatedAt\"")
      .inserts("shipping_line").build();
  static final StatementTemplate SHIPPING_LINES_OF_ORDER = StatementTemplate.builder("shipping_line.of_order",
          "SELECT \"ShippingLine\".\"id\" AS \"ShippingLine_id\", \"ShippingLine\".\"listPrice\" AS"
              + " \"ShippingLine_listPrice\", \"ShippingLine\".\"shippingMethodId\" AS"
              + " \"ShippingLine_shippingMethodId\" FROM \"shipping_line\" \"ShippingLine\""
              + " WHERE \"ShippingLine\".\"orderId\" = $1")
      .reads("shipping_line").build();
  static final StatementTemplate SURCHARGES_OF_ORDER = StatementTemplate.builder("surcharge.of_order",
          "SELECT \"Surcharge\".\"id\" AS \"Surcharge_id\", \"Surcharge\".\"type\" AS \"Surcharge_type\","
              + " \"Surcharge\".\"listPrice\" AS \"Surcharge_listPrice\" FROM \"surcharge\" \"Surcharge\""
              + " WHERE \"Surcharge\".\"orderId\" = $1")
      .reads("surcharge").build();
  static final StatementTemplate SURCHARGE_CREATE = StatementTemplate.builder("surcharge.create",
          "INSERT INTO \"surcharge\"(\"createdAt\", \"updatedAt\", \"description\", \"type\", \"listPrice\","
              + " \"listPriceIncludesTax\", \"sku\", \"taxLines\", \"orderId\", \"orderModificationId\", \"id\")"
              + " VALUES (DEFAULT, DEFAULT, $1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING \"createdAt\", \"updatedAt\"")
      .inserts("surcharge").build();
  static final StatementTemplate PROMOTION_LINK = StatementTemplate.builder("order_promotions.add",
          "INSERT INTO \"order_promotions_promotion\"(\"orderId\", \"promotionId\") VALUES ($1, $2)"
              + " ON CONFLICT DO NOTHING")
      .inserts("order_promotions_promotion").build();
  static final StatementTemplate PROMOTIONS_OF_ORDER = StatementTemplate.builder("order_promotions.of_order",
          "SELECT \"order_promotions_promotion\".\"orderId\" AS \"orderId\", \"order_promotions_promotion\".\"promotionId\""
              + " AS \"promotionId\" FROM \"order_promotions_promotion\" \"order_promotions_promotion\""
              + " WHERE \"order_promotions_promotion\".\"orderId\" IN ($1)")
      .reads("order_promotions_promotion").build();
  static final StatementTemplate PAYMENT_CREATE = StatementTemplate.builder("payment.create",
          "INSERT INTO \"payment\"(\"createdAt\", \"updatedAt\", \"method\", \"amount\", \"state\","
              + " \"transactionId\", \"metadata\", \"orderId\", \"id\") VALUES (DEFAULT, DEFAULT, $1, $2, $3, $4, $5,"
              + " $6, $7) RETURNING \"createdAt\", \"updatedAt\"")
      .inserts("payment").build();
  static final StatementTemplate PAYMENTS_OF_ORDER = StatementTemplate.builder("payment.of_order",
          "SELECT \"Payment\".\"id\" AS \"Payment_id\", \"Payment\".\"method\" AS \"Payment_method\","
              + " \"Payment\".\"amount\" AS \"Payment_amount\", \"Payment\".\"state\" AS \"Payment_state\""
              + " FROM \"payment\" \"Payment\" WHERE \"Payment\".\"orderId\" = $1")
      .reads("payment").build();
  static final StatementTemplate PAYMENT_SETTLE = StatementTemplate.builder("payment.settle",
          "UPDATE \"payment\" SET \"state\" = $1, \"updatedAt\" = CURRENT_TIMESTAMP WHERE \"id\" IN ($2)")
      .updates("payment").build();
  static final StatementTemplate MODIFICATION_CREATE = StatementTemplate.builder("order_modification.create",
          "INSERT INTO \"order_modification\"(\"createdAt\", \"updatedAt\", \"note\", \"priceChange\", \"isSettled\","
              + " \"orderId\", \"id\") VALUES (DEFAULT, DEFAULT, $1, $2, $3, $4, $5) RETURNING \"createdAt\", \"updatedAt\"")
      .inserts("order_modification").build();
  static final StatementTemplate ALLOCATE_STOCK = StatementTemplate.builder("stock.allocate",
          "UPDATE \"stock_level\" SET \"stockAllocated\" = \"stockAllocated\" + $1, \"updatedAt\" = CURRENT_TIMESTAMP"
              + " WHERE \"productVariantId\" = $2 AND \"stockLocationId\" = $3")
      .updates("stock_level").build();

  // --- job queue --------------------------------------------------------------------------------
  static final StatementTemplate JOB_ADD = StatementTemplate.builder("job.add",
          "INSERT INTO \"job_record\"(\"createdAt\", \"updatedAt\", \"queueName\", \"data\", \"state\", \"progress\","
              + " \"result\", \"error\", \"startedAt\", \"settledAt\", \"isSettled\", \"retries\", \"attempts\")"
              + " VALUES (DEFAULT, DEFAULT, $1, $2, $3, $4, DEFAULT, DEFAULT, DEFAULT, DEFAULT, $5, $6, $7)"
              + " RETURNING \"id\", \"createdAt\", \"updatedAt\"")
      .inserts("job_record").build();
  static final StatementTemplate JOB_POLL = StatementTemplate.builder("job.poll",
          "SELECT \"job\".\"id\" AS \"job_id\", \"job\".\"queueName\" AS \"job_queueName\", \"job\".\"data\" AS"
              + " \"job_data\", \"job\".\"state\" AS \"job_state\", \"job\".\"attempts\" AS \"job_attempts\"\n"
              + "FROM \"job_record\" \"job\"\n"
              + "WHERE \"job\".\"queueName\" IN ($1, $2, $3) AND \"job\".\"state\" = $4\n"
              + "ORDER BY \"job\".\"createdAt\" ASC LIMIT 1 FOR UPDATE SKIP LOCKED")
      .reads("job_record").build();
  static final StatementTemplate JOB_START = StatementTemplate.builder("job.start",
          "UPDATE \"job_record\" SET \"state\" = $1, \"startedAt\" = CURRENT_TIMESTAMP, \"attempts\" = $2,"
              + " \"updatedAt\" = CURRENT_TIMESTAMP WHERE \"id\" IN ($3)")
      .updates("job_record").build();
  static final StatementTemplate JOB_SETTLE = StatementTemplate.builder("job.settle",
          "UPDATE \"job_record\" SET \"state\" = $1, \"progress\" = $2, \"isSettled\" = $3,"
              + " \"settledAt\" = CURRENT_TIMESTAMP, \"updatedAt\" = CURRENT_TIMESTAMP WHERE \"id\" IN ($4)")
      .updates("job_record").build();
  static final StatementTemplate JOB_CLEANUP = StatementTemplate.builder("job.cleanup",
          "DELETE FROM \"job_record\" WHERE \"isSettled\" = $1 AND \"settledAt\" < CURRENT_TIMESTAMP - interval '1 day'")
      .deletes("job_record").build();

  static List<StatementTemplate> all() {
    List<StatementTemplate> out = new ArrayList<>(List.of(CHANNEL_BY_TOKEN, SETTINGS, SESSION_BY_TOKEN, SESSION_CREATE,
        SESSION_SET_ORDER, PRODUCT_LIST, PRODUCT_BY_SLUG, VARIANTS_OF_PRODUCT, VARIANT_BY_ID, ADMIN_VARIANT_UPDATE,
        ADMIN_PRICE_UPDATE, ADMIN_RESTOCK, PROMOTION_BY_COUPON, SHIPPING_METHODS, CUSTOMER_BY_EMAIL,
        CUSTOMER_WITH_ADDRESSES, CUSTOMER_BY_ID, CUSTOMER_CREATE, CUSTOMER_UPDATE, ADDRESS_CREATE, ORDER_CREATE,
        ORDER_WITH_LINES, ORDER_BY_CODE, LINES_OF_ORDER, ORDERS_OF_CUSTOMER, ORDER_TOTALS, ORDER_SHIPPING, ORDER_COUPONS,
        ORDER_PLACE, ORDER_STATE, LINE_CREATE, LINE_QUANTITY, LINE_DELETE, SHIPPING_LINE_CLEAR, SHIPPING_LINE_CREATE,
        SHIPPING_LINES_OF_ORDER, SURCHARGES_OF_ORDER, SURCHARGE_CREATE, PROMOTION_LINK, PROMOTIONS_OF_ORDER,
        PAYMENT_CREATE, PAYMENTS_OF_ORDER, PAYMENT_SETTLE, MODIFICATION_CREATE, ALLOCATE_STOCK, JOB_ADD, JOB_POLL,
        JOB_START, JOB_SETTLE, JOB_CLEANUP));
    out.addAll(PRICES);
    out.addAll(STOCK);
    return out;
  }

  private static String params(int from, int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append('$').append(from + i);
    }
    return sb.toString();
  }

  private static List<StatementTemplate> lists(String id, java.util.function.IntFunction<String> sql, String table) {
    List<StatementTemplate> out = new ArrayList<>();
    for (int n = 1; n <= MAX_LIST; n++) {
      out.add(StatementTemplate.builder(id + "." + n, sql.apply(n)).reads(table).build());
    }
    return List.copyOf(out);
  }
}
