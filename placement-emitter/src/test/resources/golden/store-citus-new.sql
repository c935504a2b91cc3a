-- shardplan placement DDL
-- target: citus, mode: new
-- run on the Citus coordinator, in this order
--
-- repairs (the placement broke a rule; the DDL below was changed so the target accepts it):
--   table customer: unique key (c_uname) lacks c_id — unique key widened to (c_uname, c_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
--   table address: primary key (addr_id) lacks addr_c_id — primary key widened to (addr_id, addr_c_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
--   table orders: primary key (o_id) lacks o_c_id — primary key widened to (o_id, o_c_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
--   table order_line: primary key (ol_o_id, ol_id) lacks ol_c_id — primary key widened to (ol_o_id, ol_id, ol_c_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
--   table cc_xacts: primary key (cx_o_id) lacks cx_c_id — primary key widened to (cx_o_id, cx_c_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
--   table orders: foreign key orders(o_ship_addr_id) -> address(addr_id) does not pair orders.o_c_id with address.addr_c_id — foreign key left out (a foreign key between distributed tables must include both distribution columns at the same position)
--   table order_line: foreign key order_line(ol_o_id) -> orders(o_id) does not pair order_line.ol_c_id with orders.o_c_id — foreign key left out (a foreign key between distributed tables must include both distribution columns at the same position)
--   table cart: foreign key cart(cart_c_id) -> customer(c_id): group 2 and group 1 — foreign key left out (a foreign key between distributed tables needs them in the same colocation group)
--   table cc_xacts: foreign key cc_xacts(cx_o_id) -> orders(o_id) does not pair cc_xacts.cx_c_id with orders.o_c_id — foreign key left out (a foreign key between distributed tables must include both distribution columns at the same position)
--
-- notes:
--   the tables are created from the schema model (columns, keys, foreign keys only): give the schema's DDL to keep defaults, sequences, indexes, checks and every other object

-- ==== [coordinator] create tables ====

CREATE TABLE country (
  co_id integer NOT NULL,
  co_name character varying(50) NOT NULL,
  PRIMARY KEY (co_id),
  UNIQUE (co_name)
);

CREATE TABLE author (
  a_id integer NOT NULL,
  a_fname character varying(20),
  a_lname character varying(20),
  PRIMARY KEY (a_id)
);

CREATE TABLE item (
  i_id integer NOT NULL,
  i_title character varying(60) NOT NULL,
  i_a_id integer,
  i_cost numeric(10,2),
  i_stock integer,
  PRIMARY KEY (i_id)
);

-- repair: unique key (c_uname) lacks c_id — unique key widened to (c_uname, c_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
CREATE TABLE customer (
  c_id bigint NOT NULL,
  c_uname character varying(20) NOT NULL,
  c_email character varying(50),
  c_co_id integer,
  c_since timestamp without time zone,
  PRIMARY KEY (c_id),
  UNIQUE (c_uname, c_id)
);

-- repair: primary key (addr_id) lacks addr_c_id — primary key widened to (addr_id, addr_c_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
CREATE TABLE address (
  addr_id bigint NOT NULL,
  addr_c_id bigint NOT NULL,
  addr_street character varying(40),
  addr_co_id integer,
  PRIMARY KEY (addr_id, addr_c_id)
);

-- repair: primary key (o_id) lacks o_c_id — primary key widened to (o_id, o_c_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
-- repair: foreign key orders(o_ship_addr_id) -> address(addr_id) does not pair orders.o_c_id with address.addr_c_id — foreign key left out (a foreign key between distributed tables must include both distribution columns at the same position)
CREATE TABLE orders (
  o_id bigint NOT NULL,
  o_c_id bigint NOT NULL,
  o_date timestamp without time zone,
  o_total numeric(10,2),
  o_ship_addr_id bigint,
  o_status character varying(16),
  PRIMARY KEY (o_id, o_c_id)
);

-- repair: primary key (ol_o_id, ol_id) lacks ol_c_id — primary key widened to (ol_o_id, ol_id, ol_c_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
-- repair: foreign key order_line(ol_o_id) -> orders(o_id) does not pair order_line.ol_c_id with orders.o_c_id — foreign key left out (a foreign key between distributed tables must include both distribution columns at the same position)
CREATE TABLE order_line (
  ol_o_id bigint NOT NULL,
  ol_id integer NOT NULL,
  ol_c_id bigint NOT NULL,
  ol_i_id integer,
  ol_qty integer,
  ol_discount numeric(4,2),
  PRIMARY KEY (ol_o_id, ol_id, ol_c_id)
);

-- repair: foreign key cart(cart_c_id) -> customer(c_id): group 2 and group 1 — foreign key left out (a foreign key between distributed tables needs them in the same colocation group)
CREATE TABLE cart (
  cart_id bigint NOT NULL,
  cart_c_id bigint,
  cart_time timestamp without time zone,
  PRIMARY KEY (cart_id)
);

CREATE TABLE cart_line (
  cl_cart_id bigint NOT NULL,
  cl_i_id integer NOT NULL,
  cl_qty integer,
  PRIMARY KEY (cl_cart_id, cl_i_id)
);

-- repair: primary key (cx_o_id) lacks cx_c_id — primary key widened to (cx_o_id, cx_c_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
-- repair: foreign key cc_xacts(cx_o_id) -> orders(o_id) does not pair cc_xacts.cx_c_id with orders.o_c_id — foreign key left out (a foreign key between distributed tables must include both distribution columns at the same position)
CREATE TABLE cc_xacts (
  cx_o_id bigint NOT NULL,
  cx_c_id bigint NOT NULL,
  cx_type character varying(10),
  cx_amount numeric(10,2),
  cx_co_id integer,
  PRIMARY KEY (cx_o_id, cx_c_id)
);

-- ==== [coordinator] reference tables ====

SELECT create_reference_table('country');

SELECT create_reference_table('author');

SELECT create_reference_table('item');

-- ==== [coordinator] distributed tables ====

-- colocation group 1: customer, address, orders, order_line, cc_xacts
SELECT create_distributed_table('customer', 'c_id', shard_count => 16, colocate_with => 'none');

SELECT create_distributed_table('address', 'addr_c_id', colocate_with => 'customer');

SELECT create_distributed_table('orders', 'o_c_id', colocate_with => 'customer');

SELECT create_distributed_table('order_line', 'ol_c_id', colocate_with => 'customer');

SELECT create_distributed_table('cc_xacts', 'cx_c_id', colocate_with => 'customer');

-- colocation group 2: cart, cart_line
SELECT create_distributed_table('cart', 'cart_id', shard_count => 16, colocate_with => 'none');

SELECT create_distributed_table('cart_line', 'cl_cart_id', colocate_with => 'cart');

-- ==== [coordinator] foreign keys ====

ALTER TABLE item ADD CONSTRAINT item_i_a_id_fkey FOREIGN KEY (i_a_id) REFERENCES author (a_id);

ALTER TABLE customer ADD CONSTRAINT customer_c_co_id_fkey FOREIGN KEY (c_co_id) REFERENCES country (co_id);

ALTER TABLE address ADD CONSTRAINT address_addr_c_id_fkey FOREIGN KEY (addr_c_id) REFERENCES customer (c_id);

ALTER TABLE address ADD CONSTRAINT address_addr_co_id_fkey FOREIGN KEY (addr_co_id) REFERENCES country (co_id);

ALTER TABLE orders ADD CONSTRAINT orders_o_c_id_fkey FOREIGN KEY (o_c_id) REFERENCES customer (c_id);

ALTER TABLE order_line ADD CONSTRAINT order_line_ol_i_id_fkey FOREIGN KEY (ol_i_id) REFERENCES item (i_id);

ALTER TABLE cart_line ADD CONSTRAINT cart_line_cl_cart_id_fkey FOREIGN KEY (cl_cart_id) REFERENCES cart (cart_id);

ALTER TABLE cart_line ADD CONSTRAINT cart_line_cl_i_id_fkey FOREIGN KEY (cl_i_id) REFERENCES item (i_id);

ALTER TABLE cc_xacts ADD CONSTRAINT cc_xacts_cx_co_id_fkey FOREIGN KEY (cx_co_id) REFERENCES country (co_id);
