-- An ORM-built commerce platform (in the style of a TypeORM/Hibernate storefront), as the
-- ORM's migrations create it: quoted camelCase column names, a table called "order", surrogate
-- integer keys on every table, foreign keys added at the end, single-table inheritance (session),
-- translation tables, one sales channel, a job queue.
-- Catalogue: channel, global_settings, shipping_method, promotion, product, product_translation,
-- product_channels_channel, product_variant, product_variant_translation, product_variant_price.
-- Stock: stock_level. Customers: customer, address. Orders: "order" and its child tables.
-- Sessions: session. Background jobs: job_record.

CREATE TABLE "channel" (
  "id" SERIAL NOT NULL,
  "createdAt" TIMESTAMP NOT NULL DEFAULT now(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT now(),
  "code" character varying NOT NULL,
  "token" character varying NOT NULL,
  "defaultLanguageCode" character varying NOT NULL,
  "currencyCode" character varying NOT NULL,
  "pricesIncludeTax" boolean NOT NULL,
  CONSTRAINT "UQ_06a7fe1d1e4c5b9d2c0f4a1f6c2" UNIQUE ("code"),
  CONSTRAINT "UQ_842699fce4f3470a7d06d89de88" UNIQUE ("token"),
  CONSTRAINT "PK_590f33ee6ee7d76437acf362e39" PRIMARY KEY ("id")
);

CREATE TABLE "global_settings" (
  "id" SERIAL NOT NULL,
  "createdAt" TIMESTAMP NOT NULL DEFAULT now(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT now(),
  "availableLanguages" text NOT NULL,
  "trackInventory" boolean NOT NULL DEFAULT true,
  "outOfStockThreshold" integer NOT NULL DEFAULT 0,
  CONSTRAINT "PK_fcfba1a0d3b7c4a1e2c8e0b4f5a" PRIMARY KEY ("id")
);

CREATE TABLE "shipping_method" (
  "id" SERIAL NOT NULL,
  "createdAt" TIMESTAMP NOT NULL DEFAULT now(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT now(),
  "deletedAt" TIMESTAMP,
  "code" character varying NOT NULL,
  "checker" text NOT NULL,
  "calculator" text NOT NULL,
  "fulfillmentHandlerCode" character varying NOT NULL,
  CONSTRAINT "PK_b9b0adfad3c6b99229c1e7d4865" PRIMARY KEY ("id")
);

CREATE TABLE "promotion" (
  "id" SERIAL NOT NULL,
  "createdAt" TIMESTAMP NOT NULL DEFAULT now(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT now(),
  "deletedAt" TIMESTAMP,
  "startsAt" TIMESTAMP,
  "endsAt" TIMESTAMP,
  "couponCode" character varying,
  "perCustomerUsageLimit" integer,
  "name" character varying NOT NULL,
  "enabled" boolean NOT NULL,
  "conditions" text NOT NULL,
  "actions" text NOT NULL,
  "priorityScore" integer NOT NULL,
  CONSTRAINT "PK_fab3630e0789a2002f1cadb7d38" PRIMARY KEY ("id")
);

CREATE TABLE "product" (
  "id" SERIAL NOT NULL,
  "createdAt" TIMESTAMP NOT NULL DEFAULT now(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT now(),
  "deletedAt" TIMESTAMP,
  "enabled" boolean NOT NULL DEFAULT true,
  "featuredAssetId" integer,
  CONSTRAINT "PK_bebc9158e480b949565b4dc7a82" PRIMARY KEY ("id")
);

CREATE TABLE "product_translation" (
  "id" SERIAL NOT NULL,
  "createdAt" TIMESTAMP NOT NULL DEFAULT now(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT now(),
  "languageCode" character varying NOT NULL,
  "name" character varying NOT NULL,
  "slug" character varying NOT NULL,
  "description" text NOT NULL,
  "baseId" integer,
  CONSTRAINT "PK_62d00fbc92e7a495701d6fee9d5" PRIMARY KEY ("id")
);

CREATE INDEX "IDX_7dbc75cb4e8b002620c4dbfdac" ON "product_translation" ("baseId");
CREATE INDEX "IDX_f4a2ec16ba86d277b6faa0b67b" ON "product_translation" ("slug");

CREATE TABLE "product_channels_channel" (
  "productId" integer NOT NULL,
  "channelId" integer NOT NULL,
  CONSTRAINT "PK_2b3a6f5e7b9a2c1d4e8f0a6b3c7" PRIMARY KEY ("productId", "channelId")
);

CREATE TABLE "product_variant" (
  "id" SERIAL NOT NULL,
  "createdAt" TIMESTAMP NOT NULL DEFAULT now(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT now(),
  "deletedAt" TIMESTAMP,
  "enabled" boolean NOT NULL DEFAULT true,
  "sku" character varying NOT NULL,
  "outOfStockThreshold" integer NOT NULL DEFAULT 0,
  "useGlobalOutOfStockThreshold" boolean NOT NULL DEFAULT true,
  "trackInventory" character varying NOT NULL DEFAULT 'INHERIT',
  "productId" integer,
  CONSTRAINT "PK_1ab69c9935c61f7c70791ae0a9f" PRIMARY KEY ("id")
);

CREATE INDEX "IDX_6e420052844edf3a5506d863ce" ON "product_variant" ("productId");

CREATE TABLE "product_variant_translation" (
  "id" SERIAL NOT NULL,
  "createdAt" TIMESTAMP NOT NULL DEFAULT now(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT now(),
  "languageCode" character varying NOT NULL,
  "name" character varying NOT NULL,
  "baseId" integer,
  CONSTRAINT "PK_4b7f882e2b669800bed7ed065f0" PRIMARY KEY ("id")
);

CREATE TABLE "product_variant_price" (
  "id" SERIAL NOT NULL,
  "createdAt" TIMESTAMP NOT NULL DEFAULT now(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT now(),
  "currencyCode" character varying NOT NULL,
  "channelId" integer NOT NULL,
  "price" integer NOT NULL,
  "variantId" integer,
  CONSTRAINT "PK_39067875a23d7f4b3e2e8f1b8f1" PRIMARY KEY ("id")
);

CREATE INDEX "IDX_e6126cd268aea6e9b31d89af9a" ON "product_variant_price" ("variantId");

CREATE TABLE "stock_level" (
  "id" SERIAL NOT NULL,
  "createdAt" TIMESTAMP NOT NULL DEFAULT now(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT now(),
  "stockOnHand" integer NOT NULL,
  "stockAllocated" integer NOT NULL,
  "productVariantId" integer NOT NULL,
  "stockLocationId" integer NOT NULL,
  CONSTRAINT "PK_88ff7d9dfb57dc9d435e365eb69" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "IDX_7fc20486b8cfd33dc84c96e168" ON "stock_level" ("productVariantId", "stockLocationId");

CREATE TABLE "customer" (
  "id" SERIAL NOT NULL,
  "createdAt" TIMESTAMP NOT NULL DEFAULT now(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT now(),
  "deletedAt" TIMESTAMP,
  "title" character varying,
  "firstName" character varying NOT NULL,
  "lastName" character varying NOT NULL,
  "phoneNumber" character varying,
  "emailAddress" character varying NOT NULL,
  CONSTRAINT "PK_a7a13f4cacb744524e44dfdad32" PRIMARY KEY ("id")
);

CREATE INDEX "IDX_3f62b42ed23958b120c235f74d" ON "customer" ("emailAddress");

CREATE TABLE "address" (
  "id" SERIAL NOT NULL,
  "createdAt" TIMESTAMP NOT NULL DEFAULT now(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT now(),
  "fullName" character varying NOT NULL DEFAULT '',
  "streetLine1" character varying NOT NULL,
  "city" character varying NOT NULL DEFAULT '',
  "postalCode" character varying NOT NULL DEFAULT '',
  "countryCode" character varying NOT NULL,
  "defaultShippingAddress" boolean NOT NULL DEFAULT false,
  "customerId" integer NOT NULL,
  CONSTRAINT "PK_d92de1f82754668b5f5f5dd4fd5" PRIMARY KEY ("id")
);

CREATE INDEX "IDX_dc34d382b493ade1f70e834c4d" ON "address" ("customerId");

CREATE TABLE "order" (
  "id" SERIAL NOT NULL,
  "createdAt" TIMESTAMP NOT NULL DEFAULT now(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT now(),
  "code" character varying NOT NULL,
  "state" character varying NOT NULL,
  "active" boolean NOT NULL DEFAULT true,
  "orderPlacedAt" TIMESTAMP,
  "couponCodes" text NOT NULL,
  "shippingAddress" text NOT NULL,
  "currencyCode" character varying NOT NULL,
  "subTotal" integer NOT NULL,
  "subTotalWithTax" integer NOT NULL,
  "shipping" integer NOT NULL DEFAULT 0,
  "shippingWithTax" integer NOT NULL DEFAULT 0,
  "customerId" integer NOT NULL,
  "channelId" integer NOT NULL,
  CONSTRAINT "UQ_729b3eea7ce540930dbb706949e" UNIQUE ("code"),
  CONSTRAINT "PK_1031171c13130102495201e3e20" PRIMARY KEY ("id")
);

CREATE INDEX "IDX_124456e637cca7a415897dce65" ON "order" ("customerId");

CREATE TABLE "order_line" (
  "id" SERIAL NOT NULL,
  "createdAt" TIMESTAMP NOT NULL DEFAULT now(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT now(),
  "quantity" integer NOT NULL,
  "listPrice" integer NOT NULL,
  "listPriceIncludesTax" boolean NOT NULL,
  "adjustments" text NOT NULL,
  "taxLines" text NOT NULL,
  "productVariantId" integer NOT NULL,
  "orderId" integer NOT NULL,
  CONSTRAINT "PK_01a7c973d9f30479647e44f9892" PRIMARY KEY ("id")
);

CREATE INDEX "IDX_239cfca2a55b98b90b6bef2e44" ON "order_line" ("orderId");

CREATE TABLE "shipping_line" (
  "id" SERIAL NOT NULL,
  "createdAt" TIMESTAMP NOT NULL DEFAULT now(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT now(),
  "listPrice" integer NOT NULL,
  "listPriceIncludesTax" boolean NOT NULL,
  "adjustments" text NOT NULL,
  "taxLines" text NOT NULL,
  "shippingMethodId" integer NOT NULL,
  "orderId" integer NOT NULL,
  CONSTRAINT "PK_890522bfc44a4b6eb7cb1e52609" PRIMARY KEY ("id")
);

CREATE TABLE "order_modification" (
  "id" SERIAL NOT NULL,
  "createdAt" TIMESTAMP NOT NULL DEFAULT now(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT now(),
  "note" character varying NOT NULL,
  "priceChange" integer NOT NULL,
  "isSettled" boolean NOT NULL DEFAULT false,
  "orderId" integer NOT NULL,
  CONSTRAINT "PK_cccf2e2cb8e8ba4b0b59e2d4c87" PRIMARY KEY ("id")
);

CREATE TABLE "surcharge" (
  "id" SERIAL NOT NULL,
  "createdAt" TIMESTAMP NOT NULL DEFAULT now(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT now(),
  "description" character varying NOT NULL,
  "type" character varying NOT NULL,
  "listPrice" integer NOT NULL,
  "listPriceIncludesTax" boolean NOT NULL,
  "sku" character varying NOT NULL,
  "taxLines" text NOT NULL,
  "orderId" integer NOT NULL,
  "orderModificationId" integer,
  CONSTRAINT "PK_a62b89257bcc802b5d77346f432" PRIMARY KEY ("id")
);

CREATE TABLE "order_promotions_promotion" (
  "orderId" integer NOT NULL,
  "promotionId" integer NOT NULL,
  CONSTRAINT "PK_001dfe7435f3946fbc2d66a4e92" PRIMARY KEY ("orderId", "promotionId")
);

CREATE TABLE "payment" (
  "id" SERIAL NOT NULL,
  "createdAt" TIMESTAMP NOT NULL DEFAULT now(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT now(),
  "method" character varying NOT NULL,
  "amount" integer NOT NULL,
  "state" character varying NOT NULL,
  "transactionId" character varying,
  "metadata" text NOT NULL,
  "orderId" integer NOT NULL,
  CONSTRAINT "PK_fcaec7df5adf9cac408c686b2ab" PRIMARY KEY ("id")
);

CREATE TABLE "session" (
  "id" SERIAL NOT NULL,
  "createdAt" TIMESTAMP NOT NULL DEFAULT now(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT now(),
  "token" character varying NOT NULL,
  "expires" TIMESTAMP NOT NULL,
  "invalidated" boolean NOT NULL,
  "authenticationStrategy" character varying,
  "discriminator" character varying NOT NULL,
  "activeOrderId" integer,
  "activeChannelId" integer,
  "customerId" integer,
  CONSTRAINT "UQ_232f8e85d7633bd6ddfad421696" UNIQUE ("token"),
  CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id")
);


CREATE TABLE "job_record" (
  "id" SERIAL NOT NULL,
  "createdAt" TIMESTAMP NOT NULL DEFAULT now(),
  "updatedAt" TIMESTAMP NOT NULL DEFAULT now(),
  "queueName" character varying NOT NULL,
  "data" text,
  "state" character varying NOT NULL,
  "progress" integer NOT NULL,
  "result" text,
  "error" character varying,
  "startedAt" TIMESTAMP(6),
  "settledAt" TIMESTAMP(6),
  "isSettled" boolean NOT NULL,
  "retries" integer NOT NULL,
  "attempts" integer NOT NULL,
  CONSTRAINT "PK_88ce3ea0c9dca8b571450b457a7" PRIMARY KEY ("id")
);

ALTER TABLE "product_translation" ADD CONSTRAINT "FK_7dbc75cb4e8b002620c4dbfdac5" FOREIGN KEY ("baseId") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "product_channels_channel" ADD CONSTRAINT "FK_26d12be3b5fec6c4adb1d792844" FOREIGN KEY ("productId") REFERENCES "product"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "product_channels_channel" ADD CONSTRAINT "FK_a51dfbd87c330c075c39832b6e7" FOREIGN KEY ("channelId") REFERENCES "channel"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "product_variant" ADD CONSTRAINT "FK_6e420052844edf3a5506d863ce6" FOREIGN KEY ("productId") REFERENCES "product"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "product_variant_translation" ADD CONSTRAINT "FK_420f4d6fb75d38b9dca79bc43b4" FOREIGN KEY ("baseId") REFERENCES "product_variant"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "product_variant_price" ADD CONSTRAINT "FK_e6126cd268aea6e9b31d89af9ab" FOREIGN KEY ("variantId") REFERENCES "product_variant"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "stock_level" ADD CONSTRAINT "FK_9950eae3180f39c71978748bd08" FOREIGN KEY ("productVariantId") REFERENCES "product_variant"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "address" ADD CONSTRAINT "FK_dc34d382b493ade1f70e834c4d3" FOREIGN KEY ("customerId") REFERENCES "customer"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "order" ADD CONSTRAINT "FK_124456e637cca7a415897dce659" FOREIGN KEY ("customerId") REFERENCES "customer"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "order" ADD CONSTRAINT "FK_d4e9b2a3c1f8e7a6b5d4c3b2a19" FOREIGN KEY ("channelId") REFERENCES "channel"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "order_line" ADD CONSTRAINT "FK_239cfca2a55b98b90b6bef2e44f" FOREIGN KEY ("orderId") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "order_line" ADD CONSTRAINT "FK_cbcd22193eda94668e84d33f185" FOREIGN KEY ("productVariantId") REFERENCES "product_variant"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "shipping_line" ADD CONSTRAINT "FK_c9f34a440d490d1b66f6829b86c" FOREIGN KEY ("orderId") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "shipping_line" ADD CONSTRAINT "FK_e2e7642e1e88167c1dfc827fdf3" FOREIGN KEY ("shippingMethodId") REFERENCES "shipping_method"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "order_modification" ADD CONSTRAINT "FK_1df5bc14a47ef24d2e681f45598" FOREIGN KEY ("orderId") REFERENCES "order"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "surcharge" ADD CONSTRAINT "FK_154eb685f9b629033bd266df7fa" FOREIGN KEY ("orderId") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
ALTER TABLE "surcharge" ADD CONSTRAINT "FK_a49c5271c39cc8174a0535c8088" FOREIGN KEY ("orderModificationId") REFERENCES "order_modification"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "order_promotions_promotion" ADD CONSTRAINT "FK_67be0e40122ab30a62a9817efe0" FOREIGN KEY ("orderId") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "order_promotions_promotion" ADD CONSTRAINT "FK_2c26b988769c0e3b0120bdef31b" FOREIGN KEY ("promotionId") REFERENCES "promotion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "payment" ADD CONSTRAINT "FK_d09d285fe1645cd2f0db811e293" FOREIGN KEY ("orderId") REFERENCES "order"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "session" ADD CONSTRAINT "FK_eb87ef1e234444728138302263b" FOREIGN KEY ("activeOrderId") REFERENCES "order"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "session" ADD CONSTRAINT "FK_eb87ef1e234444728138302263c" FOREIGN KEY ("activeChannelId") REFERENCES "channel"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE "session" ADD CONSTRAINT "FK_3d2f174ef04fb312fdebd0ddc53" FOREIGN KEY ("customerId") REFERENCES "customer"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
