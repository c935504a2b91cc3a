-- shardplan placement DDL
-- target: citus, mode: new
-- run on the Citus coordinator, in this order
--
-- repairs (the placement broke a rule; the DDL below was changed so the target accepts it):
--   table history: foreign key history(h_c_w_id, h_c_d_id, h_c_id) -> customer(c_w_id, c_d_id, c_id) does not pair history.h_w_id with customer.c_w_id — foreign key left out (a foreign key between distributed tables must include both distribution columns at the same position)
--   table order_line: foreign key order_line(ol_supply_w_id, ol_i_id) -> stock(s_w_id, s_i_id) does not pair order_line.ol_w_id with stock.s_w_id — foreign key left out (a foreign key between distributed tables must include both distribution columns at the same position)
--
-- notes:
--   the tables are created from the schema model (columns, keys, foreign keys only): give the schema's DDL to keep defaults, sequences, indexes, checks and every other object

-- ==== [coordinator] create tables ====

CREATE TABLE warehouse (
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

CREATE TABLE district (
  d_id integer NOT NULL,
  d_w_id integer NOT NULL,
  d_name character varying(10),
  d_tax numeric(4,4),
  d_ytd numeric(12,2),
  d_next_o_id integer,
  PRIMARY KEY (d_w_id, d_id)
);

CREATE TABLE customer (
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
);

CREATE TABLE orders (
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

CREATE TABLE new_order (
  no_o_id integer NOT NULL,
  no_d_id integer NOT NULL,
  no_w_id integer NOT NULL,
  PRIMARY KEY (no_w_id, no_d_id, no_o_id)
);

CREATE TABLE item (
  i_id integer NOT NULL,
  i_im_id integer,
  i_name character varying(24),
  i_price numeric(5,2),
  i_data character varying(50),
  PRIMARY KEY (i_id)
);

CREATE TABLE stock (
  s_i_id integer NOT NULL,
  s_w_id integer NOT NULL,
  s_quantity integer,
  s_ytd integer,
  s_order_cnt integer,
  s_remote_cnt integer,
  s_data character varying(50),
  PRIMARY KEY (s_w_id, s_i_id)
);

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
  ol_dist_info character(24),
  PRIMARY KEY (ol_w_id, ol_d_id, ol_o_id, ol_number)
);

-- ==== [coordinator] reference tables ====

SELECT create_reference_table('item');

-- ==== [coordinator] distributed tables ====

-- colocation group 1: warehouse, district, customer, history, orders, new_order, stock, order_line
SELECT create_distributed_table('warehouse', 'w_id', shard_count => 32, colocate_with => 'none');

SELECT create_distributed_table('district', 'd_w_id', colocate_with => 'warehouse');

SELECT create_distributed_table('customer', 'c_w_id', colocate_with => 'warehouse');

SELECT create_distributed_table('history', 'h_w_id', colocate_with => 'warehouse');

SELECT create_distributed_table('orders', 'o_w_id', colocate_with => 'warehouse');

SELECT create_distributed_table('new_order', 'no_w_id', colocate_with => 'warehouse');

SELECT create_distributed_table('stock', 's_w_id', colocate_with => 'warehouse');

SELECT create_distributed_table('order_line', 'ol_w_id', colocate_with => 'warehouse');

-- ==== [coordinator] foreign keys ====

ALTER TABLE district ADD CONSTRAINT district_d_w_id_fkey FOREIGN KEY (d_w_id) REFERENCES warehouse (w_id);

ALTER TABLE customer ADD CONSTRAINT customer_c_w_id_c_d_id_fkey FOREIGN KEY (c_w_id, c_d_id) REFERENCES district (d_w_id, d_id);

ALTER TABLE history ADD CONSTRAINT history_h_w_id_h_d_id_fkey FOREIGN KEY (h_w_id, h_d_id) REFERENCES district (d_w_id, d_id);

ALTER TABLE orders ADD CONSTRAINT orders_o_w_id_o_d_id_o_c_id_fkey FOREIGN KEY (o_w_id, o_d_id, o_c_id) REFERENCES customer (c_w_id, c_d_id, c_id);

ALTER TABLE new_order ADD CONSTRAINT new_order_no_w_id_no_d_id_no_o_id_fkey FOREIGN KEY (no_w_id, no_d_id, no_o_id) REFERENCES orders (o_w_id, o_d_id, o_id);

ALTER TABLE stock ADD CONSTRAINT stock_s_w_id_fkey FOREIGN KEY (s_w_id) REFERENCES warehouse (w_id);

ALTER TABLE stock ADD CONSTRAINT stock_s_i_id_fkey FOREIGN KEY (s_i_id) REFERENCES item (i_id);

ALTER TABLE order_line ADD CONSTRAINT order_line_ol_w_id_ol_d_id_ol_o_id_fkey FOREIGN KEY (ol_w_id, ol_d_id, ol_o_id) REFERENCES orders (o_w_id, o_d_id, o_id);
