-- A TPC-C-like schema for the live-schema import tests: the nine TPC-C tables with their keys,
-- written in the styles a DBA mixes (inline and table-level constraints, serial, aliases of
-- type names, a partitioned table, a unique index, a second schema).

CREATE TABLE warehouse (
  w_id       int PRIMARY KEY,
  w_name     varchar(10) NOT NULL,
  w_street_1 varchar(20),
  w_city     varchar(20),
  w_state    char(2),
  w_zip      char(9),
  w_tax      decimal(4,4),
  w_ytd      numeric(12,2)
);

CREATE TABLE district (
  d_id        int4 NOT NULL,
  d_w_id      int4 NOT NULL REFERENCES warehouse,
  d_name      varchar(10),
  d_tax       numeric(4,4),
  d_ytd       numeric(12,2),
  d_next_o_id int,
  PRIMARY KEY (d_w_id, d_id)
);

CREATE TABLE customer (
  c_id          integer NOT NULL,
  c_d_id        integer NOT NULL,
  c_w_id        integer NOT NULL,
  c_first       varchar(16),
  c_middle      char(2),
  c_last        varchar(16),
  c_since       timestamp,
  c_credit      char(2),
  c_credit_lim  numeric(12,2),
  c_discount    numeric(4,4),
  c_balance     numeric(12,2) DEFAULT 0,
  c_payment_cnt smallint,
  c_data        text,
  CONSTRAINT customer_pk PRIMARY KEY (c_w_id, c_d_id, c_id),
  CONSTRAINT customer_district_fk FOREIGN KEY (c_w_id, c_d_id) REFERENCES district (d_w_id, d_id)
);
CREATE INDEX customer_by_name ON customer (c_w_id, c_d_id, c_last, c_first);

CREATE TABLE history (
  h_id     bigserial,
  h_c_id   integer,
  h_c_d_id integer,
  h_c_w_id integer,
  h_d_id   integer,
  h_w_id   integer,
  h_date   timestamp(6) with time zone DEFAULT now(),
  h_amount numeric(6,2),
  h_data   varchar(24),
  FOREIGN KEY (h_c_w_id, h_c_d_id, h_c_id) REFERENCES customer (c_w_id, c_d_id, c_id),
  FOREIGN KEY (h_w_id, h_d_id) REFERENCES district (d_w_id, d_id)
);

CREATE TABLE item (
  i_id    serial PRIMARY KEY,
  i_im_id int,
  i_name  varchar(24) UNIQUE,
  i_price numeric(5,2) NOT NULL CHECK (i_price >= 0),
  i_data  varchar(50)
);

CREATE TABLE stock (
  s_i_id       int NOT NULL REFERENCES item (i_id),
  s_w_id       int NOT NULL REFERENCES warehouse (w_id),
  s_quantity   int2,
  s_dist_01    char(24),
  s_ytd        int8,
  s_order_cnt  smallint,
  s_remote_cnt smallint,
  s_data       varchar(50),
  PRIMARY KEY (s_w_id, s_i_id)
);

CREATE TABLE oorder (
  o_id         int NOT NULL,
  o_d_id       int NOT NULL,
  o_w_id       int NOT NULL,
  o_c_id       int NOT NULL,
  o_entry_d    timestamp without time zone,
  o_carrier_id int,
  o_ol_cnt     smallint,
  o_all_local  bool,
  PRIMARY KEY (o_w_id, o_d_id, o_id),
  FOREIGN KEY (o_w_id, o_d_id, o_c_id) REFERENCES customer (c_w_id, c_d_id, c_id)
);
CREATE UNIQUE INDEX oorder_by_customer ON oorder USING btree (o_w_id, o_d_id, o_c_id, o_id);

CREATE TABLE new_order (
  no_o_id int NOT NULL,
  no_d_id int NOT NULL,
  no_w_id int NOT NULL,
  PRIMARY KEY (no_w_id, no_d_id, no_o_id),
  FOREIGN KEY (no_w_id, no_d_id, no_o_id) REFERENCES oorder (o_w_id, o_d_id, o_id) ON DELETE CASCADE
);

-- order_line is partitioned by warehouse: the partitions are not tables of their own.
CREATE TABLE order_line (
  ol_o_id        int NOT NULL,
  ol_d_id        int NOT NULL,
  ol_w_id        int NOT NULL,
  ol_number      int NOT NULL,
  ol_i_id        int NOT NULL,
  ol_supply_w_id int NOT NULL,
  ol_delivery_d  timestamp,
  ol_quantity    numeric(2),
  ol_amount      numeric(6,2),
  ol_dist_info   char(24),
  PRIMARY KEY (ol_w_id, ol_d_id, ol_o_id, ol_number),
  FOREIGN KEY (ol_w_id, ol_d_id, ol_o_id) REFERENCES oorder (o_w_id, o_d_id, o_id),
  FOREIGN KEY (ol_supply_w_id, ol_i_id) REFERENCES stock (s_w_id, s_i_id)
) PARTITION BY HASH (ol_w_id);
CREATE TABLE order_line_p0 PARTITION OF order_line FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE order_line_p1 PARTITION OF order_line FOR VALUES WITH (MODULUS 2, REMAINDER 1);

CREATE SCHEMA reporting;
CREATE TABLE reporting."DailySales" (
  "Day"    date NOT NULL,
  w_id     integer NOT NULL REFERENCES public.warehouse (w_id),
  "Total"  numeric(14,2),
  CONSTRAINT "DailySales_pk" PRIMARY KEY ("Day", w_id)
);
