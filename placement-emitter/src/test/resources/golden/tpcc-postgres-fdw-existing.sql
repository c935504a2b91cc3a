-- shardplan placement DDL
-- target: postgres-fdw, mode: existing
-- run each section on the server its marker names, in this order
--   worker 1: 10.0.0.11:5432/tpcc
--   worker 2: 10.0.0.12:5432/tpcc
--   worker 3: 10.0.0.13:5432/tpcc
--
-- repairs (the placement broke a rule; the DDL below was changed so the target accepts it):
--   table history: foreign key history(h_c_w_id, h_c_d_id, h_c_id) -> customer(c_w_id, c_d_id, c_id) does not pair history.h_w_id with customer.c_w_id — foreign key left out (a foreign key between distributed tables must include both distribution columns at the same position)
--   table order_line: foreign key order_line(ol_supply_w_id, ol_i_id) -> stock(s_w_id, s_i_id) does not pair order_line.ol_w_id with stock.s_w_id — foreign key left out (a foreign key between distributed tables must include both distribution columns at the same position)
--
-- notes:
--   each distributed table has 3 hash partitions, remainder r on worker r+1
--   keys and foreign keys of distributed tables are enforced on each worker's partitions; rows reach them only through the coordinator
--   INSERT ... ON CONFLICT (columns) on a distributed table fails through the coordinator (PostgreSQL cannot build a unique index over foreign partitions): upsert on the worker that holds the row, or UPDATE and then INSERT
--   the original tables stay in schema shardplan_before with their rows until you drop it; column defaults and sequences stay with them

-- ==== [coordinator] foreign servers ====

CREATE EXTENSION IF NOT EXISTS postgres_fdw;

CREATE SERVER shardplan_w1 FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '10.0.0.11', port '5432', dbname 'tpcc', async_capable 'true', fetch_size '1000', batch_size '500');

-- no password: the workers must trust this coordinator, or set SHARDPLAN_WORKER_PASSWORD
CREATE USER MAPPING FOR CURRENT_USER SERVER shardplan_w1;

CREATE SERVER shardplan_w2 FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '10.0.0.12', port '5432', dbname 'tpcc', async_capable 'true', fetch_size '1000', batch_size '500');

-- no password: the workers must trust this coordinator, or set SHARDPLAN_WORKER_PASSWORD
CREATE USER MAPPING FOR CURRENT_USER SERVER shardplan_w2;

CREATE SERVER shardplan_w3 FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host '10.0.0.13', port '5432', dbname 'tpcc', async_capable 'true', fetch_size '1000', batch_size '500');

-- no password: the workers must trust this coordinator, or set SHARDPLAN_WORKER_PASSWORD
CREATE USER MAPPING FOR CURRENT_USER SERVER shardplan_w3;

-- ==== [worker 1: 10.0.0.11:5432/tpcc] tables ====

-- partition 0 of warehouse (hash of w_id, modulus 3)
CREATE TABLE warehouse_p0 (
  w_id integer NOT NULL,
  w_name character varying(10),
  w_street_1 character varying(20),
  w_city character varying(20),
  w_state character(2),
  w_zip character(9),
  w_tax numeric(4,4),
  w_ytd numeric(12,2),
  PRIMARY KEY (w_id)
);

-- partition 0 of district (hash of d_w_id, modulus 3)
CREATE TABLE district_p0 (
  d_id integer NOT NULL,
  d_w_id integer NOT NULL,
  d_name character varying(10),
  d_tax numeric(4,4),
  d_ytd numeric(12,2),
  d_next_o_id integer,
  PRIMARY KEY (d_w_id, d_id)
);

-- partition 0 of customer (hash of c_w_id, modulus 3)
CREATE TABLE customer_p0 (
  c_id integer NOT NULL,
  c_d_id integer NOT NULL,
  c_w_id integer NOT NULL,
  c_first character varying(16),
  c_last character varying(16),
  c_credit character(2),
  c_balance numeric(12,2),
  c_since timestamp without time zone,
  PRIMARY KEY (c_w_id, c_d_id, c_id)
);

-- partition 0 of history (hash of h_w_id, modulus 3)
-- repair: foreign key history(h_c_w_id, h_c_d_id, h_c_id) -> customer(c_w_id, c_d_id, c_id) does not pair history.h_w_id with customer.c_w_id — foreign key left out (a foreign key between distributed tables must include both distribution columns at the same position)
CREATE TABLE history_p0 (
  h_c_id integer,
  h_c_d_id integer,
  h_c_w_id integer,
  h_d_id integer,
  h_w_id integer,
  h_date timestamp without time zone,
  h_amount numeric(6,2),
  h_data character varying(24)
);

-- partition 0 of orders (hash of o_w_id, modulus 3)
CREATE TABLE orders_p0 (
  o_id integer NOT NULL,
  o_d_id integer NOT NULL,
  o_w_id integer NOT NULL,
  o_c_id integer,
  o_entry_d timestamp without time zone,
  o_carrier_id integer,
  o_ol_cnt integer,
  o_all_local integer,
  PRIMARY KEY (o_w_id, o_d_id, o_id)
);

-- partition 0 of new_order (hash of no_w_id, modulus 3)
CREATE TABLE new_order_p0 (
  no_o_id integer NOT NULL,
  no_d_id integer NOT NULL,
  no_w_id integer NOT NULL,
  PRIMARY KEY (no_w_id, no_d_id, no_o_id)
);

-- copy of reference table item
CREATE TABLE item (
  i_id integer NOT NULL,
  i_im_id integer,
  i_name character varying(24),
  i_price numeric(5,2),
  i_data character varying(50),
  PRIMARY KEY (i_id)
);

-- partition 0 of stock (hash of s_w_id, modulus 3)
CREATE TABLE stock_p0 (
  s_i_id integer NOT NULL,
  s_w_id integer NOT NULL,
  s_quantity integer,
  s_ytd integer,
  s_order_cnt integer,
  s_remote_cnt integer,
  s_data character varying(50),
  PRIMARY KEY (s_w_id, s_i_id)
);

-- partition 0 of order_line (hash of ol_w_id, modulus 3)
-- repair: foreign key order_line(ol_supply_w_id, ol_i_id) -> stock(s_w_id, s_i_id) does not pair order_line.ol_w_id with stock.s_w_id — foreign key left out (a foreign key between distributed tables must include both distribution columns at the same position)
CREATE TABLE order_line_p0 (
  ol_o_id integer NOT NULL,
  ol_d_id integer NOT NULL,
  ol_w_id integer NOT NULL,
  ol_number integer NOT NULL,
  ol_i_id integer,
  ol_supply_w_id integer,
  ol_delivery_d timestamp without time zone,
  ol_quantity integer,
  ol_amount numeric(6,2),
  ol_dist_info character(24),
  PRIMARY KEY (ol_w_id, ol_d_id, ol_o_id, ol_number)
);

-- ==== [worker 2: 10.0.0.12:5432/tpcc] tables ====

-- partition 1 of warehouse (hash of w_id, modulus 3)
CREATE TABLE warehouse_p1 (
  w_id integer NOT NULL,
  w_name character varying(10),
  w_street_1 character varying(20),
  w_city character varying(20),
  w_state character(2),
  w_zip character(9),
  w_tax numeric(4,4),
  w_ytd numeric(12,2),
  PRIMARY KEY (w_id)
);

-- partition 1 of district (hash of d_w_id, modulus 3)
CREATE TABLE district_p1 (
  d_id integer NOT NULL,
  d_w_id integer NOT NULL,
  d_name character varying(10),
  d_tax numeric(4,4),
  d_ytd numeric(12,2),
  d_next_o_id integer,
  PRIMARY KEY (d_w_id, d_id)
);

-- partition 1 of customer (hash of c_w_id, modulus 3)
CREATE TABLE customer_p1 (
  c_id integer NOT NULL,
  c_d_id integer NOT NULL,
  c_w_id integer NOT NULL,
  c_first character varying(16),
  c_last character varying(16),
  c_credit character(2),
  c_balance numeric(12,2),
  c_since timestamp without time zone,
  PRIMARY KEY (c_w_id, c_d_id, c_id)
);

-- partition 1 of history (hash of h_w_id, modulus 3)
CREATE TABLE history_p1 (
  h_c_id integer,
  h_c_d_id integer,
  h_c_w_id integer,
  h_d_id integer,
  h_w_id integer,
  h_date timestamp without time zone,
  h_amount numeric(6,2),
  h_data character varying(24)
);

-- partition 1 of orders (hash of o_w_id, modulus 3)
CREATE TABLE orders_p1 (
  o_id integer NOT NULL,
  o_d_id integer NOT NULL,
  o_w_id integer NOT NULL,
  o_c_id integer,
  o_entry_d timestamp without time zone,
  o_carrier_id integer,
  o_ol_cnt integer,
  o_all_local integer,
  PRIMARY KEY (o_w_id, o_d_id, o_id)
);

-- partition 1 of new_order (hash of no_w_id, modulus 3)
CREATE TABLE new_order_p1 (
  no_o_id integer NOT NULL,
  no_d_id integer NOT NULL,
  no_w_id integer NOT NULL,
  PRIMARY KEY (no_w_id, no_d_id, no_o_id)
);

-- copy of reference table item
CREATE TABLE item (
  i_id integer NOT NULL,
  i_im_id integer,
  i_name character varying(24),
  i_price numeric(5,2),
  i_data character varying(50),
  PRIMARY KEY (i_id)
);

-- partition 1 of stock (hash of s_w_id, modulus 3)
CREATE TABLE stock_p1 (
  s_i_id integer NOT NULL,
  s_w_id integer NOT NULL,
  s_quantity integer,
  s_ytd integer,
  s_order_cnt integer,
  s_remote_cnt integer,
  s_data character varying(50),
  PRIMARY KEY (s_w_id, s_i_id)
);

-- partition 1 of order_line (hash of ol_w_id, modulus 3)
CREATE TABLE order_line_p1 (
  ol_o_id integer NOT NULL,
  ol_d_id integer NOT NULL,
  ol_w_id integer NOT NULL,
  ol_number integer NOT NULL,
  ol_i_id integer,
  ol_supply_w_id integer,
  ol_delivery_d timestamp without time zone,
  ol_quantity integer,
  ol_amount numeric(6,2),
  ol_dist_info character(24),
  PRIMARY KEY (ol_w_id, ol_d_id, ol_o_id, ol_number)
);

-- ==== [worker 3: 10.0.0.13:5432/tpcc] tables ====

-- partition 2 of warehouse (hash of w_id, modulus 3)
CREATE TABLE warehouse_p2 (
  w_id integer NOT NULL,
  w_name character varying(10),
  w_street_1 character varying(20),
  w_city character varying(20),
  w_state character(2),
  w_zip character(9),
  w_tax numeric(4,4),
  w_ytd numeric(12,2),
  PRIMARY KEY (w_id)
);

-- partition 2 of district (hash of d_w_id, modulus 3)
CREATE TABLE district_p2 (
  d_id integer NOT NULL,
  d_w_id integer NOT NULL,
  d_name character varying(10),
  d_tax numeric(4,4),
  d_ytd numeric(12,2),
  d_next_o_id integer,
  PRIMARY KEY (d_w_id, d_id)
);

-- partition 2 of customer (hash of c_w_id, modulus 3)
CREATE TABLE customer_p2 (
  c_id integer NOT NULL,
  c_d_id integer NOT NULL,
  c_w_id integer NOT NULL,
  c_first character varying(16),
  c_last character varying(16),
  c_credit character(2),
  c_balance numeric(12,2),
  c_since timestamp without time zone,
  PRIMARY KEY (c_w_id, c_d_id, c_id)
);

-- partition 2 of history (hash of h_w_id, modulus 3)
CREATE TABLE history_p2 (
  h_c_id integer,
  h_c_d_id integer,
  h_c_w_id integer,
  h_d_id integer,
  h_w_id integer,
  h_date timestamp without time zone,
  h_amount numeric(6,2),
  h_data character varying(24)
);

-- partition 2 of orders (hash of o_w_id, modulus 3)
CREATE TABLE orders_p2 (
  o_id integer NOT NULL,
  o_d_id integer NOT NULL,
  o_w_id integer NOT NULL,
  o_c_id integer,
  o_entry_d timestamp without time zone,
  o_carrier_id integer,
  o_ol_cnt integer,
  o_all_local integer,
  PRIMARY KEY (o_w_id, o_d_id, o_id)
);

-- partition 2 of new_order (hash of no_w_id, modulus 3)
CREATE TABLE new_order_p2 (
  no_o_id integer NOT NULL,
  no_d_id integer NOT NULL,
  no_w_id integer NOT NULL,
  PRIMARY KEY (no_w_id, no_d_id, no_o_id)
);

-- copy of reference table item
CREATE TABLE item (
  i_id integer NOT NULL,
  i_im_id integer,
  i_name character varying(24),
  i_price numeric(5,2),
  i_data character varying(50),
  PRIMARY KEY (i_id)
);

-- partition 2 of stock (hash of s_w_id, modulus 3)
CREATE TABLE stock_p2 (
  s_i_id integer NOT NULL,
  s_w_id integer NOT NULL,
  s_quantity integer,
  s_ytd integer,
  s_order_cnt integer,
  s_remote_cnt integer,
  s_data character varying(50),
  PRIMARY KEY (s_w_id, s_i_id)
);

-- partition 2 of order_line (hash of ol_w_id, modulus 3)
CREATE TABLE order_line_p2 (
  ol_o_id integer NOT NULL,
  ol_d_id integer NOT NULL,
  ol_w_id integer NOT NULL,
  ol_number integer NOT NULL,
  ol_i_id integer,
  ol_supply_w_id integer,
  ol_delivery_d timestamp without time zone,
  ol_quantity integer,
  ol_amount numeric(6,2),
  ol_dist_info character(24),
  PRIMARY KEY (ol_w_id, ol_d_id, ol_o_id, ol_number)
);

-- ==== [coordinator] tables ====

-- The original tables of the distributed ones move to schema shardplan_before with their rows; drop it once the move is checked.
CREATE SCHEMA IF NOT EXISTS shardplan_before;

-- A partitioned table with foreign partitions can have no foreign keys on the coordinator; the workers enforce them.
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT conrelid::regclass AS tbl, conname FROM pg_constraint
           WHERE contype = 'f' AND (conrelid::oid IN (SELECT to_regclass(n)::oid FROM unnest(ARRAY['warehouse', 'district', 'customer', 'history', 'orders', 'new_order', 'stock', 'order_line']) AS n)
                                 OR confrelid::oid IN (SELECT to_regclass(n)::oid FROM unnest(ARRAY['warehouse', 'district', 'customer', 'history', 'orders', 'new_order', 'stock', 'order_line']) AS n))
  LOOP
    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.conname);
  END LOOP;
END $$;

ALTER TABLE warehouse SET SCHEMA shardplan_before;

-- colocation group 1
CREATE TABLE warehouse (
  w_id integer NOT NULL,
  w_name character varying(10),
  w_street_1 character varying(20),
  w_city character varying(20),
  w_state character(2),
  w_zip character(9),
  w_tax numeric(4,4),
  w_ytd numeric(12,2)
) PARTITION BY HASH (w_id);

CREATE FOREIGN TABLE warehouse_p0 PARTITION OF warehouse FOR VALUES WITH (MODULUS 3, REMAINDER 0)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'warehouse_p0');

CREATE FOREIGN TABLE warehouse_p1 PARTITION OF warehouse FOR VALUES WITH (MODULUS 3, REMAINDER 1)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'warehouse_p1');

CREATE FOREIGN TABLE warehouse_p2 PARTITION OF warehouse FOR VALUES WITH (MODULUS 3, REMAINDER 2)
  SERVER shardplan_w3 OPTIONS (schema_name 'public', table_name 'warehouse_p2');

-- rows move to the workers' partitions
INSERT INTO warehouse (w_id, w_name, w_street_1, w_city, w_state, w_zip, w_tax, w_ytd)
  SELECT w_id, w_name, w_street_1, w_city, w_state, w_zip, w_tax, w_ytd FROM shardplan_before.warehouse;

ALTER TABLE district SET SCHEMA shardplan_before;

-- colocation group 1
CREATE TABLE district (
  d_id integer NOT NULL,
  d_w_id integer NOT NULL,
  d_name character varying(10),
  d_tax numeric(4,4),
  d_ytd numeric(12,2),
  d_next_o_id integer
) PARTITION BY HASH (d_w_id);

CREATE FOREIGN TABLE district_p0 PARTITION OF district FOR VALUES WITH (MODULUS 3, REMAINDER 0)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'district_p0');

CREATE FOREIGN TABLE district_p1 PARTITION OF district FOR VALUES WITH (MODULUS 3, REMAINDER 1)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'district_p1');

CREATE FOREIGN TABLE district_p2 PARTITION OF district FOR VALUES WITH (MODULUS 3, REMAINDER 2)
  SERVER shardplan_w3 OPTIONS (schema_name 'public', table_name 'district_p2');

-- rows move to the workers' partitions
INSERT INTO district (d_id, d_w_id, d_name, d_tax, d_ytd, d_next_o_id)
  SELECT d_id, d_w_id, d_name, d_tax, d_ytd, d_next_o_id FROM shardplan_before.district;

ALTER TABLE customer SET SCHEMA shardplan_before;

-- colocation group 1
CREATE TABLE customer (
  c_id integer NOT NULL,
  c_d_id integer NOT NULL,
  c_w_id integer NOT NULL,
  c_first character varying(16),
  c_last character varying(16),
  c_credit character(2),
  c_balance numeric(12,2),
  c_since timestamp without time zone
) PARTITION BY HASH (c_w_id);

CREATE FOREIGN TABLE customer_p0 PARTITION OF customer FOR VALUES WITH (MODULUS 3, REMAINDER 0)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'customer_p0');

CREATE FOREIGN TABLE customer_p1 PARTITION OF customer FOR VALUES WITH (MODULUS 3, REMAINDER 1)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'customer_p1');

CREATE FOREIGN TABLE customer_p2 PARTITION OF customer FOR VALUES WITH (MODULUS 3, REMAINDER 2)
  SERVER shardplan_w3 OPTIONS (schema_name 'public', table_name 'customer_p2');

-- rows move to the workers' partitions
INSERT INTO customer (c_id, c_d_id, c_w_id, c_first, c_last, c_credit, c_balance, c_since)
  SELECT c_id, c_d_id, c_w_id, c_first, c_last, c_credit, c_balance, c_since FROM shardplan_before.customer;

ALTER TABLE history SET SCHEMA shardplan_before;

-- colocation group 1
-- repair: foreign key history(h_c_w_id, h_c_d_id, h_c_id) -> customer(c_w_id, c_d_id, c_id) does not pair history.h_w_id with customer.c_w_id — foreign key left out (a foreign key between distributed tables must include both distribution columns at the same position)
CREATE TABLE history (
  h_c_id integer,
  h_c_d_id integer,
  h_c_w_id integer,
  h_d_id integer,
  h_w_id integer,
  h_date timestamp without time zone,
  h_amount numeric(6,2),
  h_data character varying(24)
) PARTITION BY HASH (h_w_id);

CREATE FOREIGN TABLE history_p0 PARTITION OF history FOR VALUES WITH (MODULUS 3, REMAINDER 0)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'history_p0');

CREATE FOREIGN TABLE history_p1 PARTITION OF history FOR VALUES WITH (MODULUS 3, REMAINDER 1)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'history_p1');

CREATE FOREIGN TABLE history_p2 PARTITION OF history FOR VALUES WITH (MODULUS 3, REMAINDER 2)
  SERVER shardplan_w3 OPTIONS (schema_name 'public', table_name 'history_p2');

-- rows move to the workers' partitions
INSERT INTO history (h_c_id, h_c_d_id, h_c_w_id, h_d_id, h_w_id, h_date, h_amount, h_data)
  SELECT h_c_id, h_c_d_id, h_c_w_id, h_d_id, h_w_id, h_date, h_amount, h_data FROM shardplan_before.history;

ALTER TABLE orders SET SCHEMA shardplan_before;

-- colocation group 1
CREATE TABLE orders (
  o_id integer NOT NULL,
  o_d_id integer NOT NULL,
  o_w_id integer NOT NULL,
  o_c_id integer,
  o_entry_d timestamp without time zone,
  o_carrier_id integer,
  o_ol_cnt integer,
  o_all_local integer
) PARTITION BY HASH (o_w_id);

CREATE FOREIGN TABLE orders_p0 PARTITION OF orders FOR VALUES WITH (MODULUS 3, REMAINDER 0)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'orders_p0');

CREATE FOREIGN TABLE orders_p1 PARTITION OF orders FOR VALUES WITH (MODULUS 3, REMAINDER 1)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'orders_p1');

CREATE FOREIGN TABLE orders_p2 PARTITION OF orders FOR VALUES WITH (MODULUS 3, REMAINDER 2)
  SERVER shardplan_w3 OPTIONS (schema_name 'public', table_name 'orders_p2');

-- rows move to the workers' partitions
INSERT INTO orders (o_id, o_d_id, o_w_id, o_c_id, o_entry_d, o_carrier_id, o_ol_cnt, o_all_local)
  SELECT o_id, o_d_id, o_w_id, o_c_id, o_entry_d, o_carrier_id, o_ol_cnt, o_all_local FROM shardplan_before.orders;

ALTER TABLE new_order SET SCHEMA shardplan_before;

-- colocation group 1
CREATE TABLE new_order (
  no_o_id integer NOT NULL,
  no_d_id integer NOT NULL,
  no_w_id integer NOT NULL
) PARTITION BY HASH (no_w_id);

CREATE FOREIGN TABLE new_order_p0 PARTITION OF new_order FOR VALUES WITH (MODULUS 3, REMAINDER 0)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'new_order_p0');

CREATE FOREIGN TABLE new_order_p1 PARTITION OF new_order FOR VALUES WITH (MODULUS 3, REMAINDER 1)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'new_order_p1');

CREATE FOREIGN TABLE new_order_p2 PARTITION OF new_order FOR VALUES WITH (MODULUS 3, REMAINDER 2)
  SERVER shardplan_w3 OPTIONS (schema_name 'public', table_name 'new_order_p2');

-- rows move to the workers' partitions
INSERT INTO new_order (no_o_id, no_d_id, no_w_id)
  SELECT no_o_id, no_d_id, no_w_id FROM shardplan_before.new_order;

ALTER TABLE stock SET SCHEMA shardplan_before;

-- colocation group 1
CREATE TABLE stock (
  s_i_id integer NOT NULL,
  s_w_id integer NOT NULL,
  s_quantity integer,
  s_ytd integer,
  s_order_cnt integer,
  s_remote_cnt integer,
  s_data character varying(50)
) PARTITION BY HASH (s_w_id);

CREATE FOREIGN TABLE stock_p0 PARTITION OF stock FOR VALUES WITH (MODULUS 3, REMAINDER 0)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'stock_p0');

CREATE FOREIGN TABLE stock_p1 PARTITION OF stock FOR VALUES WITH (MODULUS 3, REMAINDER 1)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'stock_p1');

CREATE FOREIGN TABLE stock_p2 PARTITION OF stock FOR VALUES WITH (MODULUS 3, REMAINDER 2)
  SERVER shardplan_w3 OPTIONS (schema_name 'public', table_name 'stock_p2');

-- rows move to the workers' partitions
INSERT INTO stock (s_i_id, s_w_id, s_quantity, s_ytd, s_order_cnt, s_remote_cnt, s_data)
  SELECT s_i_id, s_w_id, s_quantity, s_ytd, s_order_cnt, s_remote_cnt, s_data FROM shardplan_before.stock;

ALTER TABLE order_line SET SCHEMA shardplan_before;

-- colocation group 1
-- repair: foreign key order_line(ol_supply_w_id, ol_i_id) -> stock(s_w_id, s_i_id) does not pair order_line.ol_w_id with stock.s_w_id — foreign key left out (a foreign key between distributed tables must include both distribution columns at the same position)
CREATE TABLE order_line (
  ol_o_id integer NOT NULL,
  ol_d_id integer NOT NULL,
  ol_w_id integer NOT NULL,
  ol_number integer NOT NULL,
  ol_i_id integer,
  ol_supply_w_id integer,
  ol_delivery_d timestamp without time zone,
  ol_quantity integer,
  ol_amount numeric(6,2),
  ol_dist_info character(24)
) PARTITION BY HASH (ol_w_id);

CREATE FOREIGN TABLE order_line_p0 PARTITION OF order_line FOR VALUES WITH (MODULUS 3, REMAINDER 0)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'order_line_p0');

CREATE FOREIGN TABLE order_line_p1 PARTITION OF order_line FOR VALUES WITH (MODULUS 3, REMAINDER 1)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'order_line_p1');

CREATE FOREIGN TABLE order_line_p2 PARTITION OF order_line FOR VALUES WITH (MODULUS 3, REMAINDER 2)
  SERVER shardplan_w3 OPTIONS (schema_name 'public', table_name 'order_line_p2');

-- rows move to the workers' partitions
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_delivery_d, ol_quantity, ol_amount, ol_dist_info)
  SELECT ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_delivery_d, ol_quantity, ol_amount, ol_dist_info FROM shardplan_before.order_line;

-- ==== [coordinator] reference table copies on the workers ====

CREATE SCHEMA IF NOT EXISTS shardplan_w1;

CREATE FOREIGN TABLE shardplan_w1.item (
  i_id integer NOT NULL,
  i_im_id integer,
  i_name character varying(24),
  i_price numeric(5,2),
  i_data character varying(50)
)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'item');

CREATE SCHEMA IF NOT EXISTS shardplan_w2;

CREATE FOREIGN TABLE shardplan_w2.item (
  i_id integer NOT NULL,
  i_im_id integer,
  i_name character varying(24),
  i_price numeric(5,2),
  i_data character varying(50)
)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'item');

CREATE SCHEMA IF NOT EXISTS shardplan_w3;

CREATE FOREIGN TABLE shardplan_w3.item (
  i_id integer NOT NULL,
  i_im_id integer,
  i_name character varying(24),
  i_price numeric(5,2),
  i_data character varying(50)
)
  SERVER shardplan_w3 OPTIONS (schema_name 'public', table_name 'item');

-- rows the coordinator already holds go to every worker's copy
INSERT INTO shardplan_w1.item SELECT * FROM item;

INSERT INTO shardplan_w2.item SELECT * FROM item;

INSERT INTO shardplan_w3.item SELECT * FROM item;

-- writes to item on the coordinator are repeated on every worker's copy
CREATE FUNCTION shardplan_copy_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM shardplan_w1.item WHERE i_id IS NOT DISTINCT FROM OLD.i_id;
    DELETE FROM shardplan_w2.item WHERE i_id IS NOT DISTINCT FROM OLD.i_id;
    DELETE FROM shardplan_w3.item WHERE i_id IS NOT DISTINCT FROM OLD.i_id;
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE shardplan_w1.item SET i_id = NEW.i_id, i_im_id = NEW.i_im_id, i_name = NEW.i_name, i_price = NEW.i_price, i_data = NEW.i_data WHERE i_id IS NOT DISTINCT FROM OLD.i_id;
    UPDATE shardplan_w2.item SET i_id = NEW.i_id, i_im_id = NEW.i_im_id, i_name = NEW.i_name, i_price = NEW.i_price, i_data = NEW.i_data WHERE i_id IS NOT DISTINCT FROM OLD.i_id;
    UPDATE shardplan_w3.item SET i_id = NEW.i_id, i_im_id = NEW.i_im_id, i_name = NEW.i_name, i_price = NEW.i_price, i_data = NEW.i_data WHERE i_id IS NOT DISTINCT FROM OLD.i_id;
  ELSE
    INSERT INTO shardplan_w1.item SELECT NEW.*;
    INSERT INTO shardplan_w2.item SELECT NEW.*;
    INSERT INTO shardplan_w3.item SELECT NEW.*;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER shardplan_copy AFTER INSERT OR UPDATE OR DELETE ON item
  FOR EACH ROW EXECUTE FUNCTION shardplan_copy_item();

-- ==== [worker 1: 10.0.0.11:5432/tpcc] foreign keys ====

ALTER TABLE district_p0 ADD CONSTRAINT district_d_w_id_fkey FOREIGN KEY (d_w_id) REFERENCES warehouse_p0 (w_id);

ALTER TABLE customer_p0 ADD CONSTRAINT customer_c_w_id_c_d_id_fkey FOREIGN KEY (c_w_id, c_d_id) REFERENCES district_p0 (d_w_id, d_id);

ALTER TABLE history_p0 ADD CONSTRAINT history_h_w_id_h_d_id_fkey FOREIGN KEY (h_w_id, h_d_id) REFERENCES district_p0 (d_w_id, d_id);

ALTER TABLE orders_p0 ADD CONSTRAINT orders_o_w_id_o_d_id_o_c_id_fkey FOREIGN KEY (o_w_id, o_d_id, o_c_id) REFERENCES customer_p0 (c_w_id, c_d_id, c_id);

ALTER TABLE new_order_p0 ADD CONSTRAINT new_order_no_w_id_no_d_id_no_o_id_fkey FOREIGN KEY (no_w_id, no_d_id, no_o_id) REFERENCES orders_p0 (o_w_id, o_d_id, o_id);

ALTER TABLE stock_p0 ADD CONSTRAINT stock_s_w_id_fkey FOREIGN KEY (s_w_id) REFERENCES warehouse_p0 (w_id);

ALTER TABLE stock_p0 ADD CONSTRAINT stock_s_i_id_fkey FOREIGN KEY (s_i_id) REFERENCES item (i_id);

ALTER TABLE order_line_p0 ADD CONSTRAINT order_line_ol_w_id_ol_d_id_ol_o_id_fkey FOREIGN KEY (ol_w_id, ol_d_id, ol_o_id) REFERENCES orders_p0 (o_w_id, o_d_id, o_id);

-- ==== [worker 2: 10.0.0.12:5432/tpcc] foreign keys ====

ALTER TABLE district_p1 ADD CONSTRAINT district_d_w_id_fkey FOREIGN KEY (d_w_id) REFERENCES warehouse_p1 (w_id);

ALTER TABLE customer_p1 ADD CONSTRAINT customer_c_w_id_c_d_id_fkey FOREIGN KEY (c_w_id, c_d_id) REFERENCES district_p1 (d_w_id, d_id);

ALTER TABLE history_p1 ADD CONSTRAINT history_h_w_id_h_d_id_fkey FOREIGN KEY (h_w_id, h_d_id) REFERENCES district_p1 (d_w_id, d_id);

ALTER TABLE orders_p1 ADD CONSTRAINT orders_o_w_id_o_d_id_o_c_id_fkey FOREIGN KEY (o_w_id, o_d_id, o_c_id) REFERENCES customer_p1 (c_w_id, c_d_id, c_id);

ALTER TABLE new_order_p1 ADD CONSTRAINT new_order_no_w_id_no_d_id_no_o_id_fkey FOREIGN KEY (no_w_id, no_d_id, no_o_id) REFERENCES orders_p1 (o_w_id, o_d_id, o_id);

ALTER TABLE stock_p1 ADD CONSTRAINT stock_s_w_id_fkey FOREIGN KEY (s_w_id) REFERENCES warehouse_p1 (w_id);

ALTER TABLE stock_p1 ADD CONSTRAINT stock_s_i_id_fkey FOREIGN KEY (s_i_id) REFERENCES item (i_id);

ALTER TABLE order_line_p1 ADD CONSTRAINT order_line_ol_w_id_ol_d_id_ol_o_id_fkey FOREIGN KEY (ol_w_id, ol_d_id, ol_o_id) REFERENCES orders_p1 (o_w_id, o_d_id, o_id);

-- ==== [worker 3: 10.0.0.13:5432/tpcc] foreign keys ====

ALTER TABLE district_p2 ADD CONSTRAINT district_d_w_id_fkey FOREIGN KEY (d_w_id) REFERENCES warehouse_p2 (w_id);

ALTER TABLE customer_p2 ADD CONSTRAINT customer_c_w_id_c_d_id_fkey FOREIGN KEY (c_w_id, c_d_id) REFERENCES district_p2 (d_w_id, d_id);

ALTER TABLE history_p2 ADD CONSTRAINT history_h_w_id_h_d_id_fkey FOREIGN KEY (h_w_id, h_d_id) REFERENCES district_p2 (d_w_id, d_id);

ALTER TABLE orders_p2 ADD CONSTRAINT orders_o_w_id_o_d_id_o_c_id_fkey FOREIGN KEY (o_w_id, o_d_id, o_c_id) REFERENCES customer_p2 (c_w_id, c_d_id, c_id);

ALTER TABLE new_order_p2 ADD CONSTRAINT new_order_no_w_id_no_d_id_no_o_id_fkey FOREIGN KEY (no_w_id, no_d_id, no_o_id) REFERENCES orders_p2 (o_w_id, o_d_id, o_id);

ALTER TABLE stock_p2 ADD CONSTRAINT stock_s_w_id_fkey FOREIGN KEY (s_w_id) REFERENCES warehouse_p2 (w_id);

ALTER TABLE stock_p2 ADD CONSTRAINT stock_s_i_id_fkey FOREIGN KEY (s_i_id) REFERENCES item (i_id);

ALTER TABLE order_line_p2 ADD CONSTRAINT order_line_ol_w_id_ol_d_id_ol_o_id_fkey FOREIGN KEY (ol_w_id, ol_d_id, ol_o_id) REFERENCES orders_p2 (o_w_id, o_d_id, o_id);
