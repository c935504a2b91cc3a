-- shardplan placement DDL
-- target: postgres-fdw, mode: new
-- run each section on the server its marker names, in this order
--   worker 1: shop-w1:5432/shop
--   worker 2: shop-w2:6432/shop
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
--   each distributed table has 2 hash partitions, remainder r on worker r+1
--   keys and foreign keys of distributed tables are enforced on each worker's partitions; rows reach them only through the coordinator
--   INSERT ... ON CONFLICT (columns) on a distributed table fails through the coordinator (PostgreSQL cannot build a unique index over foreign partitions): upsert on the worker that holds the row, or UPDATE and then INSERT

-- ==== [coordinator] foreign servers ====

CREATE EXTENSION IF NOT EXISTS postgres_fdw;

CREATE SERVER shardplan_w1 FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'shop-w1', port '5432', dbname 'shop', async_capable 'true', fetch_size '1000', batch_size '500');

-- no password: the workers must trust this coordinator, or set SHARDPLAN_WORKER_PASSWORD
CREATE USER MAPPING FOR CURRENT_USER SERVER shardplan_w1;

CREATE SERVER shardplan_w2 FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'shop-w2', port '6432', dbname 'shop', async_capable 'true', fetch_size '1000', batch_size '500');

-- no password: the workers must trust this coordinator, or set SHARDPLAN_WORKER_PASSWORD
CREATE USER MAPPING FOR CURRENT_USER SERVER shardplan_w2;

-- ==== [worker 1: shop-w1:5432/shop] tables ====

-- copy of reference table country
CREATE TABLE country (
  co_id integer NOT NULL,
  co_name character varying(50) NOT NULL,
  PRIMARY KEY (co_id),
  UNIQUE (co_name)
);

-- copy of reference table author
CREATE TABLE author (
  a_id integer NOT NULL,
  a_fname character varying(20),
  a_lname character varying(20),
  PRIMARY KEY (a_id)
);

-- copy of reference table item
CREATE TABLE item (
  i_id integer NOT NULL,
  i_title character varying(60) NOT NULL,
  i_a_id integer,
  i_cost numeric(10,2),
  i_stock integer,
  PRIMARY KEY (i_id)
);

-- partition 0 of customer (hash of c_id, modulus 2)
-- repair: unique key (c_uname) lacks c_id — unique key widened to (c_uname, c_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
CREATE TABLE customer_p0 (
  c_id bigint NOT NULL,
  c_uname character varying(20) NOT NULL,
  c_email character varying(50),
  c_co_id integer,
  c_since timestamp without time zone,
  PRIMARY KEY (c_id),
  UNIQUE (c_uname, c_id)
);

-- partition 0 of address (hash of addr_c_id, modulus 2)
-- repair: primary key (addr_id) lacks addr_c_id — primary key widened to (addr_id, addr_c_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
CREATE TABLE address_p0 (
  addr_id bigint NOT NULL,
  addr_c_id bigint NOT NULL,
  addr_street character varying(40),
  addr_co_id integer,
  PRIMARY KEY (addr_id, addr_c_id)
);

-- partition 0 of orders (hash of o_c_id, modulus 2)
-- repair: primary key (o_id) lacks o_c_id — primary key widened to (o_id, o_c_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
-- repair: foreign key orders(o_ship_addr_id) -> address(addr_id) does not pair orders.o_c_id with address.addr_c_id — foreign key left out (a foreign key between distributed tables must include both distribution columns at the same position)
CREATE TABLE orders_p0 (
  o_id bigint NOT NULL,
  o_c_id bigint NOT NULL,
  o_date timestamp without time zone,
  o_total numeric(10,2),
  o_ship_addr_id bigint,
  o_status character varying(16),
  PRIMARY KEY (o_id, o_c_id)
);

-- partition 0 of order_line (hash of ol_c_id, modulus 2)
-- repair: primary key (ol_o_id, ol_id) lacks ol_c_id — primary key widened to (ol_o_id, ol_id, ol_c_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
-- repair: foreign key order_line(ol_o_id) -> orders(o_id) does not pair order_line.ol_c_id with orders.o_c_id — foreign key left out (a foreign key between distributed tables must include both distribution columns at the same position)
CREATE TABLE order_line_p0 (
  ol_o_id bigint NOT NULL,
  ol_id integer NOT NULL,
  ol_c_id bigint NOT NULL,
  ol_i_id integer,
  ol_qty integer,
  ol_discount numeric(4,2),
  PRIMARY KEY (ol_o_id, ol_id, ol_c_id)
);

-- partition 0 of cart (hash of cart_id, modulus 2)
-- repair: foreign key cart(cart_c_id) -> customer(c_id): group 2 and group 1 — foreign key left out (a foreign key between distributed tables needs them in the same colocation group)
CREATE TABLE cart_p0 (
  cart_id bigint NOT NULL,
  cart_c_id bigint,
  cart_time timestamp without time zone,
  PRIMARY KEY (cart_id)
);

-- partition 0 of cart_line (hash of cl_cart_id, modulus 2)
CREATE TABLE cart_line_p0 (
  cl_cart_id bigint NOT NULL,
  cl_i_id integer NOT NULL,
  cl_qty integer,
  PRIMARY KEY (cl_cart_id, cl_i_id)
);

-- partition 0 of cc_xacts (hash of cx_c_id, modulus 2)
-- repair: primary key (cx_o_id) lacks cx_c_id — primary key widened to (cx_o_id, cx_c_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
-- repair: foreign key cc_xacts(cx_o_id) -> orders(o_id) does not pair cc_xacts.cx_c_id with orders.o_c_id — foreign key left out (a foreign key between distributed tables must include both distribution columns at the same position)
CREATE TABLE cc_xacts_p0 (
  cx_o_id bigint NOT NULL,
  cx_c_id bigint NOT NULL,
  cx_type character varying(10),
  cx_amount numeric(10,2),
  cx_co_id integer,
  PRIMARY KEY (cx_o_id, cx_c_id)
);

-- ==== [worker 2: shop-w2:6432/shop] tables ====

-- copy of reference table country
CREATE TABLE country (
  co_id integer NOT NULL,
  co_name character varying(50) NOT NULL,
  PRIMARY KEY (co_id),
  UNIQUE (co_name)
);

-- copy of reference table author
CREATE TABLE author (
  a_id integer NOT NULL,
  a_fname character varying(20),
  a_lname character varying(20),
  PRIMARY KEY (a_id)
);

-- copy of reference table item
CREATE TABLE item (
  i_id integer NOT NULL,
  i_title character varying(60) NOT NULL,
  i_a_id integer,
  i_cost numeric(10,2),
  i_stock integer,
  PRIMARY KEY (i_id)
);

-- partition 1 of customer (hash of c_id, modulus 2)
CREATE TABLE customer_p1 (
  c_id bigint NOT NULL,
  c_uname character varying(20) NOT NULL,
  c_email character varying(50),
  c_co_id integer,
  c_since timestamp without time zone,
  PRIMARY KEY (c_id),
  UNIQUE (c_uname, c_id)
);

-- partition 1 of address (hash of addr_c_id, modulus 2)
CREATE TABLE address_p1 (
  addr_id bigint NOT NULL,
  addr_c_id bigint NOT NULL,
  addr_street character varying(40),
  addr_co_id integer,
  PRIMARY KEY (addr_id, addr_c_id)
);

-- partition 1 of orders (hash of o_c_id, modulus 2)
CREATE TABLE orders_p1 (
  o_id bigint NOT NULL,
  o_c_id bigint NOT NULL,
  o_date timestamp without time zone,
  o_total numeric(10,2),
  o_ship_addr_id bigint,
  o_status character varying(16),
  PRIMARY KEY (o_id, o_c_id)
);

-- partition 1 of order_line (hash of ol_c_id, modulus 2)
CREATE TABLE order_line_p1 (
  ol_o_id bigint NOT NULL,
  ol_id integer NOT NULL,
  ol_c_id bigint NOT NULL,
  ol_i_id integer,
  ol_qty integer,
  ol_discount numeric(4,2),
  PRIMARY KEY (ol_o_id, ol_id, ol_c_id)
);

-- partition 1 of cart (hash of cart_id, modulus 2)
CREATE TABLE cart_p1 (
  cart_id bigint NOT NULL,
  cart_c_id bigint,
  cart_time timestamp without time zone,
  PRIMARY KEY (cart_id)
);

-- partition 1 of cart_line (hash of cl_cart_id, modulus 2)
CREATE TABLE cart_line_p1 (
  cl_cart_id bigint NOT NULL,
  cl_i_id integer NOT NULL,
  cl_qty integer,
  PRIMARY KEY (cl_cart_id, cl_i_id)
);

-- partition 1 of cc_xacts (hash of cx_c_id, modulus 2)
CREATE TABLE cc_xacts_p1 (
  cx_o_id bigint NOT NULL,
  cx_c_id bigint NOT NULL,
  cx_type character varying(10),
  cx_amount numeric(10,2),
  cx_co_id integer,
  PRIMARY KEY (cx_o_id, cx_c_id)
);

-- ==== [coordinator] tables ====

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

-- colocation group 1
-- repair: unique key (c_uname) lacks c_id — unique key widened to (c_uname, c_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
CREATE TABLE customer (
  c_id bigint NOT NULL,
  c_uname character varying(20) NOT NULL,
  c_email character varying(50),
  c_co_id integer,
  c_since timestamp without time zone
) PARTITION BY HASH (c_id);

CREATE FOREIGN TABLE customer_p0 PARTITION OF customer FOR VALUES WITH (MODULUS 2, REMAINDER 0)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'customer_p0');

CREATE FOREIGN TABLE customer_p1 PARTITION OF customer FOR VALUES WITH (MODULUS 2, REMAINDER 1)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'customer_p1');

-- colocation group 1
-- repair: primary key (addr_id) lacks addr_c_id — primary key widened to (addr_id, addr_c_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
CREATE TABLE address (
  addr_id bigint NOT NULL,
  addr_c_id bigint NOT NULL,
  addr_street character varying(40),
  addr_co_id integer
) PARTITION BY HASH (addr_c_id);

CREATE FOREIGN TABLE address_p0 PARTITION OF address FOR VALUES WITH (MODULUS 2, REMAINDER 0)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'address_p0');

CREATE FOREIGN TABLE address_p1 PARTITION OF address FOR VALUES WITH (MODULUS 2, REMAINDER 1)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'address_p1');

-- colocation group 1
-- repair: primary key (o_id) lacks o_c_id — primary key widened to (o_id, o_c_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
-- repair: foreign key orders(o_ship_addr_id) -> address(addr_id) does not pair orders.o_c_id with address.addr_c_id — foreign key left out (a foreign key between distributed tables must include both distribution columns at the same position)
CREATE TABLE orders (
  o_id bigint NOT NULL,
  o_c_id bigint NOT NULL,
  o_date timestamp without time zone,
  o_total numeric(10,2),
  o_ship_addr_id bigint,
  o_status character varying(16)
) PARTITION BY HASH (o_c_id);

CREATE FOREIGN TABLE orders_p0 PARTITION OF orders FOR VALUES WITH (MODULUS 2, REMAINDER 0)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'orders_p0');

CREATE FOREIGN TABLE orders_p1 PARTITION OF orders FOR VALUES WITH (MODULUS 2, REMAINDER 1)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'orders_p1');

-- colocation group 1
-- repair: primary key (ol_o_id, ol_id) lacks ol_c_id — primary key widened to (ol_o_id, ol_id, ol_c_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
-- repair: foreign key order_line(ol_o_id) -> orders(o_id) does not pair order_line.ol_c_id with orders.o_c_id — foreign key left out (a foreign key between distributed tables must include both distribution columns at the same position)
CREATE TABLE order_line (
  ol_o_id bigint NOT NULL,
  ol_id integer NOT NULL,
  ol_c_id bigint NOT NULL,
  ol_i_id integer,
  ol_qty integer,
  ol_discount numeric(4,2)
) PARTITION BY HASH (ol_c_id);

CREATE FOREIGN TABLE order_line_p0 PARTITION OF order_line FOR VALUES WITH (MODULUS 2, REMAINDER 0)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'order_line_p0');

CREATE FOREIGN TABLE order_line_p1 PARTITION OF order_line FOR VALUES WITH (MODULUS 2, REMAINDER 1)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'order_line_p1');

-- colocation group 2
-- repair: foreign key cart(cart_c_id) -> customer(c_id): group 2 and group 1 — foreign key left out (a foreign key between distributed tables needs them in the same colocation group)
CREATE TABLE cart (
  cart_id bigint NOT NULL,
  cart_c_id bigint,
  cart_time timestamp without time zone
) PARTITION BY HASH (cart_id);

CREATE FOREIGN TABLE cart_p0 PARTITION OF cart FOR VALUES WITH (MODULUS 2, REMAINDER 0)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'cart_p0');

CREATE FOREIGN TABLE cart_p1 PARTITION OF cart FOR VALUES WITH (MODULUS 2, REMAINDER 1)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'cart_p1');

-- colocation group 2
CREATE TABLE cart_line (
  cl_cart_id bigint NOT NULL,
  cl_i_id integer NOT NULL,
  cl_qty integer
) PARTITION BY HASH (cl_cart_id);

CREATE FOREIGN TABLE cart_line_p0 PARTITION OF cart_line FOR VALUES WITH (MODULUS 2, REMAINDER 0)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'cart_line_p0');

CREATE FOREIGN TABLE cart_line_p1 PARTITION OF cart_line FOR VALUES WITH (MODULUS 2, REMAINDER 1)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'cart_line_p1');

-- colocation group 1
-- repair: primary key (cx_o_id) lacks cx_c_id — primary key widened to (cx_o_id, cx_c_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
-- repair: foreign key cc_xacts(cx_o_id) -> orders(o_id) does not pair cc_xacts.cx_c_id with orders.o_c_id — foreign key left out (a foreign key between distributed tables must include both distribution columns at the same position)
CREATE TABLE cc_xacts (
  cx_o_id bigint NOT NULL,
  cx_c_id bigint NOT NULL,
  cx_type character varying(10),
  cx_amount numeric(10,2),
  cx_co_id integer
) PARTITION BY HASH (cx_c_id);

CREATE FOREIGN TABLE cc_xacts_p0 PARTITION OF cc_xacts FOR VALUES WITH (MODULUS 2, REMAINDER 0)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'cc_xacts_p0');

CREATE FOREIGN TABLE cc_xacts_p1 PARTITION OF cc_xacts FOR VALUES WITH (MODULUS 2, REMAINDER 1)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'cc_xacts_p1');

ALTER TABLE item ADD CONSTRAINT item_i_a_id_fkey FOREIGN KEY (i_a_id) REFERENCES author (a_id);

-- ==== [coordinator] reference table copies on the workers ====

CREATE SCHEMA IF NOT EXISTS shardplan_w1;

CREATE FOREIGN TABLE shardplan_w1.country (
  co_id integer NOT NULL,
  co_name character varying(50) NOT NULL
)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'country');

CREATE FOREIGN TABLE shardplan_w1.author (
  a_id integer NOT NULL,
  a_fname character varying(20),
  a_lname character varying(20)
)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'author');

CREATE FOREIGN TABLE shardplan_w1.item (
  i_id integer NOT NULL,
  i_title character varying(60) NOT NULL,
  i_a_id integer,
  i_cost numeric(10,2),
  i_stock integer
)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'item');

CREATE SCHEMA IF NOT EXISTS shardplan_w2;

CREATE FOREIGN TABLE shardplan_w2.country (
  co_id integer NOT NULL,
  co_name character varying(50) NOT NULL
)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'country');

CREATE FOREIGN TABLE shardplan_w2.author (
  a_id integer NOT NULL,
  a_fname character varying(20),
  a_lname character varying(20)
)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'author');

CREATE FOREIGN TABLE shardplan_w2.item (
  i_id integer NOT NULL,
  i_title character varying(60) NOT NULL,
  i_a_id integer,
  i_cost numeric(10,2),
  i_stock integer
)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'item');

-- rows the coordinator already holds go to every worker's copy
INSERT INTO shardplan_w1.country SELECT * FROM country;

INSERT INTO shardplan_w2.country SELECT * FROM country;

-- writes to country on the coordinator are repeated on every worker's copy
CREATE FUNCTION shardplan_copy_country() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM shardplan_w1.country WHERE co_id IS NOT DISTINCT FROM OLD.co_id;
    DELETE FROM shardplan_w2.country WHERE co_id IS NOT DISTINCT FROM OLD.co_id;
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE shardplan_w1.country SET co_id = NEW.co_id, co_name = NEW.co_name WHERE co_id IS NOT DISTINCT FROM OLD.co_id;
    UPDATE shardplan_w2.country SET co_id = NEW.co_id, co_name = NEW.co_name WHERE co_id IS NOT DISTINCT FROM OLD.co_id;
  ELSE
    INSERT INTO shardplan_w1.country SELECT NEW.*;
    INSERT INTO shardplan_w2.country SELECT NEW.*;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER shardplan_copy AFTER INSERT OR UPDATE OR DELETE ON country
  FOR EACH ROW EXECUTE FUNCTION shardplan_copy_country();

-- rows the coordinator already holds go to every worker's copy
INSERT INTO shardplan_w1.author SELECT * FROM author;

INSERT INTO shardplan_w2.author SELECT * FROM author;

-- writes to author on the coordinator are repeated on every worker's copy
CREATE FUNCTION shardplan_copy_author() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM shardplan_w1.author WHERE a_id IS NOT DISTINCT FROM OLD.a_id;
    DELETE FROM shardplan_w2.author WHERE a_id IS NOT DISTINCT FROM OLD.a_id;
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE shardplan_w1.author SET a_id = NEW.a_id, a_fname = NEW.a_fname, a_lname = NEW.a_lname WHERE a_id IS NOT DISTINCT FROM OLD.a_id;
    UPDATE shardplan_w2.author SET a_id = NEW.a_id, a_fname = NEW.a_fname, a_lname = NEW.a_lname WHERE a_id IS NOT DISTINCT FROM OLD.a_id;
  ELSE
    INSERT INTO shardplan_w1.author SELECT NEW.*;
    INSERT INTO shardplan_w2.author SELECT NEW.*;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER shardplan_copy AFTER INSERT OR UPDATE OR DELETE ON author
  FOR EACH ROW EXECUTE FUNCTION shardplan_copy_author();

-- rows the coordinator already holds go to every worker's copy
INSERT INTO shardplan_w1.item SELECT * FROM item;

INSERT INTO shardplan_w2.item SELECT * FROM item;

-- writes to item on the coordinator are repeated on every worker's copy
CREATE FUNCTION shardplan_copy_item() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM shardplan_w1.item WHERE i_id IS NOT DISTINCT FROM OLD.i_id;
    DELETE FROM shardplan_w2.item WHERE i_id IS NOT DISTINCT FROM OLD.i_id;
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE shardplan_w1.item SET i_id = NEW.i_id, i_title = NEW.i_title, i_a_id = NEW.i_a_id, i_cost = NEW.i_cost, i_stock = NEW.i_stock WHERE i_id IS NOT DISTINCT FROM OLD.i_id;
    UPDATE shardplan_w2.item SET i_id = NEW.i_id, i_title = NEW.i_title, i_a_id = NEW.i_a_id, i_cost = NEW.i_cost, i_stock = NEW.i_stock WHERE i_id IS NOT DISTINCT FROM OLD.i_id;
  ELSE
    INSERT INTO shardplan_w1.item SELECT NEW.*;
    INSERT INTO shardplan_w2.item SELECT NEW.*;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER shardplan_copy AFTER INSERT OR UPDATE OR DELETE ON item
  FOR EACH ROW EXECUTE FUNCTION shardplan_copy_item();

-- ==== [worker 1: shop-w1:5432/shop] foreign keys ====

ALTER TABLE item ADD CONSTRAINT item_i_a_id_fkey FOREIGN KEY (i_a_id) REFERENCES author (a_id);

ALTER TABLE customer_p0 ADD CONSTRAINT customer_c_co_id_fkey FOREIGN KEY (c_co_id) REFERENCES country (co_id);

ALTER TABLE address_p0 ADD CONSTRAINT address_addr_c_id_fkey FOREIGN KEY (addr_c_id) REFERENCES customer_p0 (c_id);

ALTER TABLE address_p0 ADD CONSTRAINT address_addr_co_id_fkey FOREIGN KEY (addr_co_id) REFERENCES country (co_id);

ALTER TABLE orders_p0 ADD CONSTRAINT orders_o_c_id_fkey FOREIGN KEY (o_c_id) REFERENCES customer_p0 (c_id);

ALTER TABLE order_line_p0 ADD CONSTRAINT order_line_ol_i_id_fkey FOREIGN KEY (ol_i_id) REFERENCES item (i_id);

ALTER TABLE cart_line_p0 ADD CONSTRAINT cart_line_cl_cart_id_fkey FOREIGN KEY (cl_cart_id) REFERENCES cart_p0 (cart_id);

ALTER TABLE cart_line_p0 ADD CONSTRAINT cart_line_cl_i_id_fkey FOREIGN KEY (cl_i_id) REFERENCES item (i_id);

ALTER TABLE cc_xacts_p0 ADD CONSTRAINT cc_xacts_cx_co_id_fkey FOREIGN KEY (cx_co_id) REFERENCES country (co_id);

-- ==== [worker 2: shop-w2:6432/shop] foreign keys ====

ALTER TABLE item ADD CONSTRAINT item_i_a_id_fkey FOREIGN KEY (i_a_id) REFERENCES author (a_id);

ALTER TABLE customer_p1 ADD CONSTRAINT customer_c_co_id_fkey FOREIGN KEY (c_co_id) REFERENCES country (co_id);

ALTER TABLE address_p1 ADD CONSTRAINT address_addr_c_id_fkey FOREIGN KEY (addr_c_id) REFERENCES customer_p1 (c_id);

ALTER TABLE address_p1 ADD CONSTRAINT address_addr_co_id_fkey FOREIGN KEY (addr_co_id) REFERENCES country (co_id);

ALTER TABLE orders_p1 ADD CONSTRAINT orders_o_c_id_fkey FOREIGN KEY (o_c_id) REFERENCES customer_p1 (c_id);

ALTER TABLE order_line_p1 ADD CONSTRAINT order_line_ol_i_id_fkey FOREIGN KEY (ol_i_id) REFERENCES item (i_id);

ALTER TABLE cart_line_p1 ADD CONSTRAINT cart_line_cl_cart_id_fkey FOREIGN KEY (cl_cart_id) REFERENCES cart_p1 (cart_id);

ALTER TABLE cart_line_p1 ADD CONSTRAINT cart_line_cl_i_id_fkey FOREIGN KEY (cl_i_id) REFERENCES item (i_id);

ALTER TABLE cc_xacts_p1 ADD CONSTRAINT cc_xacts_cx_co_id_fkey FOREIGN KEY (cx_co_id) REFERENCES country (co_id);
