-- shardplan placement DDL
-- target: postgres-fdw, mode: new
-- run each section on the server its marker names, in this order
--   worker 1: shop-w1:5432/shop
--   worker 2: shop-w2:6432/shop
--
-- repairs (the placement broke a rule; the DDL below was changed so the target accepts it):
--   table customer: unique key (email) lacks id — unique key widened to (email, id) (a primary key or unique constraint of a distributed table must contain its distribution column)
--   table orders: primary key (id) lacks customer_id — primary key widened to (id, customer_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
--   table order_line: foreign key order_line(order_id) -> orders(id) does not pair order_line.customer_id with orders.customer_id — foreign key left out (a foreign key between distributed tables must include both distribution columns at the same position)
--
-- notes:
--   rich-dump.sql: pg_dump's \restrict and \unrestrict lines are left out (they guard a psql session and create no object)
--   each worker holds the whole schema as written; a distributed table there holds the worker's partition, under the table's own name
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

-- ==== [worker 1: shop-w1:5432/shop] the schema as written ====

-- the schema as given (rich-dump.sql): 90 statements, unchanged, run as one transaction; its 6 foreign keys follow once the tables are in place; each table here holds this worker's partition of a distributed table or a copy of a reference table
SET statement_timeout = 0;

SET lock_timeout = 0;

SET idle_in_transaction_session_timeout = 0;

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

SELECT pg_catalog.set_config('search_path', '', false);

SET check_function_bodies = false;

SET xmloption = content;

SET client_min_messages = warning;

SET row_security = off;

CREATE SCHEMA inventory;

ALTER SCHEMA inventory OWNER TO postgres;

COMMENT ON SCHEMA inventory IS 'stock kept apart from the shop';

CREATE COLLATION public.shop_c (provider = libc, locale = 'C');

ALTER COLLATION public.shop_c OWNER TO postgres;

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';

CREATE TYPE public.address AS (
	street character varying(80),
	city character varying(40),
	zip character(5)
);

ALTER TYPE public.address OWNER TO postgres;

CREATE DOMAIN public.email AS public.citext
	CONSTRAINT email_check CHECK ((VALUE OPERATOR(public.~) '^[^@]+@[^@]+$'::public.citext));

ALTER DOMAIN public.email OWNER TO postgres;

CREATE DOMAIN public.money_amount AS numeric(12,2)
	CONSTRAINT money_amount_check CHECK ((VALUE >= (0)::numeric));

ALTER DOMAIN public.money_amount OWNER TO postgres;

CREATE TYPE public.order_status AS ENUM (
    'new',
    'paid',
    'shipped',
    'cancelled'
);

ALTER TYPE public.order_status OWNER TO postgres;

CREATE FUNCTION public.order_count(cust bigint) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM orders WHERE customer_id = cust; $$;

ALTER FUNCTION public.order_count(cust bigint) OWNER TO postgres;

CREATE FUNCTION public.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;

ALTER FUNCTION public.touch_updated_at() OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

CREATE TABLE inventory.stock (
    product_id integer NOT NULL,
    warehouse character varying(20) NOT NULL,
    on_hand integer DEFAULT 0 NOT NULL,
    CONSTRAINT stock_on_hand_check CHECK ((on_hand >= 0))
);

ALTER TABLE inventory.stock OWNER TO postgres;

CREATE TABLE public."Audit Log" (
    id bigint NOT NULL,
    "actorId" bigint NOT NULL,
    action text NOT NULL,
    during tstzrange NOT NULL,
    at timestamp(3) with time zone DEFAULT now() NOT NULL
);

ALTER TABLE public."Audit Log" OWNER TO postgres;

ALTER TABLE public."Audit Log" ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public."Audit Log_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

CREATE TABLE public.app_setting (
    key text NOT NULL,
    value jsonb NOT NULL,
    country_code character(2)
);

ALTER TABLE public.app_setting OWNER TO postgres;

CREATE TABLE public.country (
    code character(2) NOT NULL,
    name character varying(60) NOT NULL COLLATE public.shop_c,
    vat_rate numeric(5,4) DEFAULT 0.2 NOT NULL,
    CONSTRAINT country_vat_rate_check CHECK (((vat_rate >= (0)::numeric) AND (vat_rate <= (1)::numeric)))
);

ALTER TABLE public.country OWNER TO postgres;

COMMENT ON TABLE public.country IS 'ISO 3166 countries';

COMMENT ON COLUMN public.country.vat_rate IS 'fraction, not percent';

CREATE TABLE public.customer (
    id bigint NOT NULL,
    email public.email NOT NULL,
    "displayName" character varying(100),
    "order" integer DEFAULT 0 NOT NULL,
    home public.address,
    country_code character(2) NOT NULL,
    flags bit varying(8),
    wake_at time(3) with time zone,
    grace interval day to second(0),
    created_at timestamp(6) without time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
);

ALTER TABLE public.customer OWNER TO postgres;

CREATE SEQUENCE public.customer_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER TABLE public.customer_id_seq OWNER TO postgres;

ALTER SEQUENCE public.customer_id_seq OWNED BY public.customer.id;

CREATE TABLE public.orders (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    status public.order_status DEFAULT 'new'::public.order_status NOT NULL,
    invoice_no integer NOT NULL,
    ship_to public.address,
    total public.money_amount DEFAULT 0 NOT NULL,
    placed_at timestamp(6) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT orders_total_check CHECK (((total)::numeric < (1000000)::numeric))
);

ALTER TABLE public.orders OWNER TO postgres;

CREATE SEQUENCE public.invoice_number_seq
    START WITH 1000
    INCREMENT BY 10
    MINVALUE 1000
    NO MAXVALUE
    CACHE 5;

ALTER TABLE public.invoice_number_seq OWNER TO postgres;

ALTER SEQUENCE public.invoice_number_seq OWNED BY public.orders.invoice_no;

CREATE VIEW public.open_orders AS
 SELECT o.id,
    o.customer_id,
    c.email,
    o.total
   FROM (public.orders o
     JOIN public.customer c ON ((c.id = o.customer_id)))
  WHERE (o.status = ANY (ARRAY['new'::public.order_status, 'paid'::public.order_status]));

ALTER TABLE public.open_orders OWNER TO postgres;

CREATE TABLE public.order_line (
    customer_id bigint NOT NULL,
    order_id bigint NOT NULL,
    line_no smallint NOT NULL,
    product_id integer NOT NULL,
    quantity integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    line_total numeric(12,2) GENERATED ALWAYS AS (((quantity)::numeric * unit_price)) STORED,
    CONSTRAINT order_line_quantity_check CHECK ((quantity > 0))
);

ALTER TABLE public.order_line OWNER TO postgres;

ALTER TABLE public.orders ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

CREATE TABLE public.product (
    id integer NOT NULL,
    sku character varying(32) NOT NULL,
    title text NOT NULL,
    tags character varying(40)[] DEFAULT '{}'::character varying[] NOT NULL,
    price public.money_amount NOT NULL,
    weight_g integer,
    attributes jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp(6) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT product_weight_g_check CHECK ((weight_g > 0))
);

ALTER TABLE public.product OWNER TO postgres;

CREATE SEQUENCE public.product_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER TABLE public.product_id_seq OWNER TO postgres;

ALTER SEQUENCE public.product_id_seq OWNED BY public.product.id;

CREATE MATERIALIZED VIEW public.product_sales AS
 SELECT order_line.product_id,
    sum(order_line.quantity) AS sold
   FROM public.order_line
  GROUP BY order_line.product_id
  WITH NO DATA;

ALTER TABLE public.product_sales OWNER TO postgres;

ALTER TABLE ONLY public.customer ALTER COLUMN id SET DEFAULT nextval('public.customer_id_seq'::regclass);

ALTER TABLE ONLY public.orders ALTER COLUMN invoice_no SET DEFAULT nextval('public.invoice_number_seq'::regclass);

ALTER TABLE ONLY public.product ALTER COLUMN id SET DEFAULT nextval('public.product_id_seq'::regclass);

ALTER TABLE ONLY inventory.stock
    ADD CONSTRAINT stock_pkey PRIMARY KEY (product_id, warehouse);

ALTER TABLE ONLY public."Audit Log"
    ADD CONSTRAINT "Audit Log_no_overlap" EXCLUDE USING gist ("actorId" WITH =, during WITH &&);

ALTER TABLE ONLY public."Audit Log"
    ADD CONSTRAINT "Audit Log_pkey" PRIMARY KEY ("actorId", id);

ALTER TABLE ONLY public.app_setting
    ADD CONSTRAINT app_setting_pkey PRIMARY KEY (key);

ALTER TABLE ONLY public.country
    ADD CONSTRAINT country_name_key UNIQUE (name);

ALTER TABLE ONLY public.country
    ADD CONSTRAINT country_pkey PRIMARY KEY (code);

ALTER TABLE ONLY public.customer
    ADD CONSTRAINT customer_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.order_line
    ADD CONSTRAINT order_line_pkey PRIMARY KEY (customer_id, order_id, line_no);

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.product
    ADD CONSTRAINT product_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.product
    ADD CONSTRAINT product_sku_key UNIQUE (sku);

CREATE INDEX customer_country ON public.customer USING btree (country_code) WHERE (country_code <> 'US'::bpchar);

CREATE UNIQUE INDEX customer_email_key ON public.customer USING btree (email);

CREATE INDEX orders_customer_placed ON public.orders USING btree (customer_id, placed_at DESC);

CREATE INDEX orders_open ON public.orders USING btree (customer_id) WHERE (status = ANY (ARRAY['new'::public.order_status, 'paid'::public.order_status]));

CREATE INDEX product_lower_title ON public.product USING btree (lower(title));

CREATE INDEX product_sales_product ON public.product_sales USING btree (product_id);

CREATE INDEX product_title_trgm ON public.product USING gin (title public.gin_trgm_ops);

CREATE TRIGGER customer_touch BEFORE UPDATE ON public.customer FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

-- the script's session settings (search_path and others) end here
RESET ALL;

-- ==== [worker 1: shop-w1:5432/shop] local tables ====

-- local tables stay on the coordinator: the script made them here too, with what depends on them here
DROP TABLE app_setting CASCADE;

-- ==== [worker 1: shop-w1:5432/shop] widen keys to include the distribution column ====

-- repair: unique key (email) lacks id — unique key widened to (email, id) (a primary key or unique constraint of a distributed table must contain its distribution column)
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT i.indexrelid::regclass AS idx, c.conname FROM pg_index i
           LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid
           WHERE i.indrelid = 'customer'::regclass AND i.indisunique
             AND (SELECT array_agg(a.attname::text ORDER BY a.attname::text) FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)) = ARRAY['email']::text[]
  LOOP
    IF r.conname IS NOT NULL THEN
      EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', 'customer'::regclass, r.conname);
    ELSE
      EXECUTE format('DROP INDEX %s', r.idx);
    END IF;
  END LOOP;
END $$;

ALTER TABLE customer ADD UNIQUE (email, id);

-- repair: primary key (id) lacks customer_id — primary key widened to (id, customer_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT i.indexrelid::regclass AS idx, c.conname FROM pg_index i
           LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid
           WHERE i.indrelid = 'orders'::regclass AND i.indisunique
             AND (SELECT array_agg(a.attname::text ORDER BY a.attname::text) FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)) = ARRAY['id']::text[]
  LOOP
    IF r.conname IS NOT NULL THEN
      EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', 'orders'::regclass, r.conname);
    ELSE
      EXECUTE format('DROP INDEX %s', r.idx);
    END IF;
  END LOOP;
END $$;

ALTER TABLE orders ADD PRIMARY KEY (id, customer_id);

-- ==== [worker 1: shop-w1:5432/shop] identity columns ====

-- the coordinator draws Audit Log.id from its own identity sequence (GENERATED ALWAYS there); the copy here must accept the values it sends
ALTER TABLE "Audit Log" ALTER COLUMN id SET GENERATED BY DEFAULT;

-- ==== [worker 1: shop-w1:5432/shop] triggers ====

-- the coordinator fires the triggers of customer; its copy here must not fire them again
ALTER TABLE customer DISABLE TRIGGER USER;

-- ==== [worker 2: shop-w2:6432/shop] the schema as written ====

-- the schema as given (rich-dump.sql): 90 statements, unchanged, run as one transaction; its 6 foreign keys follow once the tables are in place; each table here holds this worker's partition of a distributed table or a copy of a reference table
SET statement_timeout = 0;

SET lock_timeout = 0;

SET idle_in_transaction_session_timeout = 0;

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

SELECT pg_catalog.set_config('search_path', '', false);

SET check_function_bodies = false;

SET xmloption = content;

SET client_min_messages = warning;

SET row_security = off;

CREATE SCHEMA inventory;

ALTER SCHEMA inventory OWNER TO postgres;

COMMENT ON SCHEMA inventory IS 'stock kept apart from the shop';

CREATE COLLATION public.shop_c (provider = libc, locale = 'C');

ALTER COLLATION public.shop_c OWNER TO postgres;

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';

CREATE TYPE public.address AS (
	street character varying(80),
	city character varying(40),
	zip character(5)
);

ALTER TYPE public.address OWNER TO postgres;

CREATE DOMAIN public.email AS public.citext
	CONSTRAINT email_check CHECK ((VALUE OPERATOR(public.~) '^[^@]+@[^@]+$'::public.citext));

ALTER DOMAIN public.email OWNER TO postgres;

CREATE DOMAIN public.money_amount AS numeric(12,2)
	CONSTRAINT money_amount_check CHECK ((VALUE >= (0)::numeric));

ALTER DOMAIN public.money_amount OWNER TO postgres;

CREATE TYPE public.order_status AS ENUM (
    'new',
    'paid',
    'shipped',
    'cancelled'
);

ALTER TYPE public.order_status OWNER TO postgres;

CREATE FUNCTION public.order_count(cust bigint) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM orders WHERE customer_id = cust; $$;

ALTER FUNCTION public.order_count(cust bigint) OWNER TO postgres;

CREATE FUNCTION public.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;

ALTER FUNCTION public.touch_updated_at() OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

CREATE TABLE inventory.stock (
    product_id integer NOT NULL,
    warehouse character varying(20) NOT NULL,
    on_hand integer DEFAULT 0 NOT NULL,
    CONSTRAINT stock_on_hand_check CHECK ((on_hand >= 0))
);

ALTER TABLE inventory.stock OWNER TO postgres;

CREATE TABLE public."Audit Log" (
    id bigint NOT NULL,
    "actorId" bigint NOT NULL,
    action text NOT NULL,
    during tstzrange NOT NULL,
    at timestamp(3) with time zone DEFAULT now() NOT NULL
);

ALTER TABLE public."Audit Log" OWNER TO postgres;

ALTER TABLE public."Audit Log" ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public."Audit Log_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

CREATE TABLE public.app_setting (
    key text NOT NULL,
    value jsonb NOT NULL,
    country_code character(2)
);

ALTER TABLE public.app_setting OWNER TO postgres;

CREATE TABLE public.country (
    code character(2) NOT NULL,
    name character varying(60) NOT NULL COLLATE public.shop_c,
    vat_rate numeric(5,4) DEFAULT 0.2 NOT NULL,
    CONSTRAINT country_vat_rate_check CHECK (((vat_rate >= (0)::numeric) AND (vat_rate <= (1)::numeric)))
);

ALTER TABLE public.country OWNER TO postgres;

COMMENT ON TABLE public.country IS 'ISO 3166 countries';

COMMENT ON COLUMN public.country.vat_rate IS 'fraction, not percent';

CREATE TABLE public.customer (
    id bigint NOT NULL,
    email public.email NOT NULL,
    "displayName" character varying(100),
    "order" integer DEFAULT 0 NOT NULL,
    home public.address,
    country_code character(2) NOT NULL,
    flags bit varying(8),
    wake_at time(3) with time zone,
    grace interval day to second(0),
    created_at timestamp(6) without time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
);

ALTER TABLE public.customer OWNER TO postgres;

CREATE SEQUENCE public.customer_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER TABLE public.customer_id_seq OWNER TO postgres;

ALTER SEQUENCE public.customer_id_seq OWNED BY public.customer.id;

CREATE TABLE public.orders (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    status public.order_status DEFAULT 'new'::public.order_status NOT NULL,
    invoice_no integer NOT NULL,
    ship_to public.address,
    total public.money_amount DEFAULT 0 NOT NULL,
    placed_at timestamp(6) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT orders_total_check CHECK (((total)::numeric < (1000000)::numeric))
);

ALTER TABLE public.orders OWNER TO postgres;

CREATE SEQUENCE public.invoice_number_seq
    START WITH 1000
    INCREMENT BY 10
    MINVALUE 1000
    NO MAXVALUE
    CACHE 5;

ALTER TABLE public.invoice_number_seq OWNER TO postgres;

ALTER SEQUENCE public.invoice_number_seq OWNED BY public.orders.invoice_no;

CREATE VIEW public.open_orders AS
 SELECT o.id,
    o.customer_id,
    c.email,
    o.total
   FROM (public.orders o
     JOIN public.customer c ON ((c.id = o.customer_id)))
  WHERE (o.status = ANY (ARRAY['new'::public.order_status, 'paid'::public.order_status]));

ALTER TABLE public.open_orders OWNER TO postgres;

CREATE TABLE public.order_line (
    customer_id bigint NOT NULL,
    order_id bigint NOT NULL,
    line_no smallint NOT NULL,
    product_id integer NOT NULL,
    quantity integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    line_total numeric(12,2) GENERATED ALWAYS AS (((quantity)::numeric * unit_price)) STORED,
    CONSTRAINT order_line_quantity_check CHECK ((quantity > 0))
);

ALTER TABLE public.order_line OWNER TO postgres;

ALTER TABLE public.orders ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

CREATE TABLE public.product (
    id integer NOT NULL,
    sku character varying(32) NOT NULL,
    title text NOT NULL,
    tags character varying(40)[] DEFAULT '{}'::character varying[] NOT NULL,
    price public.money_amount NOT NULL,
    weight_g integer,
    attributes jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp(6) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT product_weight_g_check CHECK ((weight_g > 0))
);

ALTER TABLE public.product OWNER TO postgres;

CREATE SEQUENCE public.product_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER TABLE public.product_id_seq OWNER TO postgres;

ALTER SEQUENCE public.product_id_seq OWNED BY public.product.id;

CREATE MATERIALIZED VIEW public.product_sales AS
 SELECT order_line.product_id,
    sum(order_line.quantity) AS sold
   FROM public.order_line
  GROUP BY order_line.product_id
  WITH NO DATA;

ALTER TABLE public.product_sales OWNER TO postgres;

ALTER TABLE ONLY public.customer ALTER COLUMN id SET DEFAULT nextval('public.customer_id_seq'::regclass);

ALTER TABLE ONLY public.orders ALTER COLUMN invoice_no SET DEFAULT nextval('public.invoice_number_seq'::regclass);

ALTER TABLE ONLY public.product ALTER COLUMN id SET DEFAULT nextval('public.product_id_seq'::regclass);

ALTER TABLE ONLY inventory.stock
    ADD CONSTRAINT stock_pkey PRIMARY KEY (product_id, warehouse);

ALTER TABLE ONLY public."Audit Log"
    ADD CONSTRAINT "Audit Log_no_overlap" EXCLUDE USING gist ("actorId" WITH =, during WITH &&);

ALTER TABLE ONLY public."Audit Log"
    ADD CONSTRAINT "Audit Log_pkey" PRIMARY KEY ("actorId", id);

ALTER TABLE ONLY public.app_setting
    ADD CONSTRAINT app_setting_pkey PRIMARY KEY (key);

ALTER TABLE ONLY public.country
    ADD CONSTRAINT country_name_key UNIQUE (name);

ALTER TABLE ONLY public.country
    ADD CONSTRAINT country_pkey PRIMARY KEY (code);

ALTER TABLE ONLY public.customer
    ADD CONSTRAINT customer_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.order_line
    ADD CONSTRAINT order_line_pkey PRIMARY KEY (customer_id, order_id, line_no);

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.product
    ADD CONSTRAINT product_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.product
    ADD CONSTRAINT product_sku_key UNIQUE (sku);

CREATE INDEX customer_country ON public.customer USING btree (country_code) WHERE (country_code <> 'US'::bpchar);

CREATE UNIQUE INDEX customer_email_key ON public.customer USING btree (email);

CREATE INDEX orders_customer_placed ON public.orders USING btree (customer_id, placed_at DESC);

CREATE INDEX orders_open ON public.orders USING btree (customer_id) WHERE (status = ANY (ARRAY['new'::public.order_status, 'paid'::public.order_status]));

CREATE INDEX product_lower_title ON public.product USING btree (lower(title));

CREATE INDEX product_sales_product ON public.product_sales USING btree (product_id);

CREATE INDEX product_title_trgm ON public.product USING gin (title public.gin_trgm_ops);

CREATE TRIGGER customer_touch BEFORE UPDATE ON public.customer FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

-- the script's session settings (search_path and others) end here
RESET ALL;

-- ==== [worker 2: shop-w2:6432/shop] local tables ====

-- local tables stay on the coordinator: the script made them here too, with what depends on them here
DROP TABLE app_setting CASCADE;

-- ==== [worker 2: shop-w2:6432/shop] widen keys to include the distribution column ====

-- repair: unique key (email) lacks id — unique key widened to (email, id) (a primary key or unique constraint of a distributed table must contain its distribution column)
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT i.indexrelid::regclass AS idx, c.conname FROM pg_index i
           LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid
           WHERE i.indrelid = 'customer'::regclass AND i.indisunique
             AND (SELECT array_agg(a.attname::text ORDER BY a.attname::text) FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)) = ARRAY['email']::text[]
  LOOP
    IF r.conname IS NOT NULL THEN
      EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', 'customer'::regclass, r.conname);
    ELSE
      EXECUTE format('DROP INDEX %s', r.idx);
    END IF;
  END LOOP;
END $$;

ALTER TABLE customer ADD UNIQUE (email, id);

-- repair: primary key (id) lacks customer_id — primary key widened to (id, customer_id) (a primary key or unique constraint of a distributed table must contain its distribution column)
DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT i.indexrelid::regclass AS idx, c.conname FROM pg_index i
           LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid
           WHERE i.indrelid = 'orders'::regclass AND i.indisunique
             AND (SELECT array_agg(a.attname::text ORDER BY a.attname::text) FROM pg_attribute a WHERE a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)) = ARRAY['id']::text[]
  LOOP
    IF r.conname IS NOT NULL THEN
      EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', 'orders'::regclass, r.conname);
    ELSE
      EXECUTE format('DROP INDEX %s', r.idx);
    END IF;
  END LOOP;
END $$;

ALTER TABLE orders ADD PRIMARY KEY (id, customer_id);

-- ==== [worker 2: shop-w2:6432/shop] identity columns ====

-- the coordinator draws Audit Log.id from its own identity sequence (GENERATED ALWAYS there); the copy here must accept the values it sends
ALTER TABLE "Audit Log" ALTER COLUMN id SET GENERATED BY DEFAULT;

-- ==== [worker 2: shop-w2:6432/shop] triggers ====

-- the coordinator fires the triggers of customer; its copy here must not fire them again
ALTER TABLE customer DISABLE TRIGGER USER;

-- ==== [coordinator] the schema as written ====

-- the schema as given (rich-dump.sql), run as one transaction: 96 statements, 17 of them changed or left out for the coordinator's partitioned tables, each marked below with a shardplan comment
SET statement_timeout = 0;

SET lock_timeout = 0;

SET idle_in_transaction_session_timeout = 0;

SET client_encoding = 'UTF8';

SET standard_conforming_strings = on;

SELECT pg_catalog.set_config('search_path', '', false);

SET check_function_bodies = false;

SET xmloption = content;

SET client_min_messages = warning;

SET row_security = off;

CREATE SCHEMA inventory;

ALTER SCHEMA inventory OWNER TO postgres;

COMMENT ON SCHEMA inventory IS 'stock kept apart from the shop';

CREATE COLLATION public.shop_c (provider = libc, locale = 'C');

ALTER COLLATION public.shop_c OWNER TO postgres;

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';

CREATE TYPE public.address AS (
	street character varying(80),
	city character varying(40),
	zip character(5)
);

ALTER TYPE public.address OWNER TO postgres;

CREATE DOMAIN public.email AS public.citext
	CONSTRAINT email_check CHECK ((VALUE OPERATOR(public.~) '^[^@]+@[^@]+$'::public.citext));

ALTER DOMAIN public.email OWNER TO postgres;

CREATE DOMAIN public.money_amount AS numeric(12,2)
	CONSTRAINT money_amount_check CHECK ((VALUE >= (0)::numeric));

ALTER DOMAIN public.money_amount OWNER TO postgres;

CREATE TYPE public.order_status AS ENUM (
    'new',
    'paid',
    'shipped',
    'cancelled'
);

ALTER TYPE public.order_status OWNER TO postgres;

CREATE FUNCTION public.order_count(cust bigint) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM orders WHERE customer_id = cust; $$;

ALTER FUNCTION public.order_count(cust bigint) OWNER TO postgres;

CREATE FUNCTION public.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END $$;

ALTER FUNCTION public.touch_updated_at() OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

-- shardplan: hash-partitioned by product_id (placement); its partitions are foreign tables on the workers
CREATE TABLE inventory.stock (
    product_id integer NOT NULL,
    warehouse character varying(20) NOT NULL,
    on_hand integer DEFAULT 0 NOT NULL,
    CONSTRAINT stock_on_hand_check CHECK ((on_hand >= 0))
)
PARTITION BY HASH (product_id);

ALTER TABLE inventory.stock OWNER TO postgres;

-- shardplan: hash-partitioned by actorId (placement); its partitions are foreign tables on the workers
CREATE TABLE public."Audit Log" (
    id bigint NOT NULL,
    "actorId" bigint NOT NULL,
    action text NOT NULL,
    during tstzrange NOT NULL,
    at timestamp(3) with time zone DEFAULT now() NOT NULL
)
PARTITION BY HASH ("actorId");

ALTER TABLE public."Audit Log" OWNER TO postgres;

ALTER TABLE public."Audit Log" ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public."Audit Log_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

CREATE TABLE public.app_setting (
    key text NOT NULL,
    value jsonb NOT NULL,
    country_code character(2)
);

ALTER TABLE public.app_setting OWNER TO postgres;

CREATE TABLE public.country (
    code character(2) NOT NULL,
    name character varying(60) NOT NULL COLLATE public.shop_c,
    vat_rate numeric(5,4) DEFAULT 0.2 NOT NULL,
    CONSTRAINT country_vat_rate_check CHECK (((vat_rate >= (0)::numeric) AND (vat_rate <= (1)::numeric)))
);

ALTER TABLE public.country OWNER TO postgres;

COMMENT ON TABLE public.country IS 'ISO 3166 countries';

COMMENT ON COLUMN public.country.vat_rate IS 'fraction, not percent';

-- shardplan: hash-partitioned by id (placement); its partitions are foreign tables on the workers
CREATE TABLE public.customer (
    id bigint NOT NULL,
    email public.email NOT NULL,
    "displayName" character varying(100),
    "order" integer DEFAULT 0 NOT NULL,
    home public.address,
    country_code character(2) NOT NULL,
    flags bit varying(8),
    wake_at time(3) with time zone,
    grace interval day to second(0),
    created_at timestamp(6) without time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
)
PARTITION BY HASH (id);

ALTER TABLE public.customer OWNER TO postgres;

CREATE SEQUENCE public.customer_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER TABLE public.customer_id_seq OWNER TO postgres;

ALTER SEQUENCE public.customer_id_seq OWNED BY public.customer.id;

-- shardplan: hash-partitioned by customer_id (placement); its partitions are foreign tables on the workers
CREATE TABLE public.orders (
    id bigint NOT NULL,
    customer_id bigint NOT NULL,
    status public.order_status DEFAULT 'new'::public.order_status NOT NULL,
    invoice_no integer NOT NULL,
    ship_to public.address,
    total public.money_amount DEFAULT 0 NOT NULL,
    placed_at timestamp(6) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT orders_total_check CHECK (((total)::numeric < (1000000)::numeric))
)
PARTITION BY HASH (customer_id);

ALTER TABLE public.orders OWNER TO postgres;

CREATE SEQUENCE public.invoice_number_seq
    START WITH 1000
    INCREMENT BY 10
    MINVALUE 1000
    NO MAXVALUE
    CACHE 5;

ALTER TABLE public.invoice_number_seq OWNER TO postgres;

ALTER SEQUENCE public.invoice_number_seq OWNED BY public.orders.invoice_no;

CREATE VIEW public.open_orders AS
 SELECT o.id,
    o.customer_id,
    c.email,
    o.total
   FROM (public.orders o
     JOIN public.customer c ON ((c.id = o.customer_id)))
  WHERE (o.status = ANY (ARRAY['new'::public.order_status, 'paid'::public.order_status]));

ALTER TABLE public.open_orders OWNER TO postgres;

-- shardplan: hash-partitioned by customer_id (placement); its partitions are foreign tables on the workers
CREATE TABLE public.order_line (
    customer_id bigint NOT NULL,
    order_id bigint NOT NULL,
    line_no smallint NOT NULL,
    product_id integer NOT NULL,
    quantity integer NOT NULL,
    unit_price numeric(10,2) NOT NULL,
    line_total numeric(12,2) GENERATED ALWAYS AS (((quantity)::numeric * unit_price)) STORED,
    CONSTRAINT order_line_quantity_check CHECK ((quantity > 0))
)
PARTITION BY HASH (customer_id);

ALTER TABLE public.order_line OWNER TO postgres;

ALTER TABLE public.orders ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);

CREATE TABLE public.product (
    id integer NOT NULL,
    sku character varying(32) NOT NULL,
    title text NOT NULL,
    tags character varying(40)[] DEFAULT '{}'::character varying[] NOT NULL,
    price public.money_amount NOT NULL,
    weight_g integer,
    attributes jsonb DEFAULT '{}'::jsonb NOT NULL,
    created_at timestamp(6) without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    CONSTRAINT product_weight_g_check CHECK ((weight_g > 0))
);

ALTER TABLE public.product OWNER TO postgres;

CREATE SEQUENCE public.product_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER TABLE public.product_id_seq OWNER TO postgres;

ALTER SEQUENCE public.product_id_seq OWNED BY public.product.id;

CREATE MATERIALIZED VIEW public.product_sales AS
 SELECT order_line.product_id,
    sum(order_line.quantity) AS sold
   FROM public.order_line
  GROUP BY order_line.product_id
  WITH NO DATA;

ALTER TABLE public.product_sales OWNER TO postgres;

ALTER TABLE ONLY public.customer ALTER COLUMN id SET DEFAULT nextval('public.customer_id_seq'::regclass);

ALTER TABLE ONLY public.orders ALTER COLUMN invoice_no SET DEFAULT nextval('public.invoice_number_seq'::regclass);

ALTER TABLE ONLY public.product ALTER COLUMN id SET DEFAULT nextval('public.product_id_seq'::regclass);

-- shardplan: left out on the coordinator (line 458): PostgreSQL cannot build the index of a PRIMARY KEY constraint over foreign partitions; each worker enforces it on its partition
-- ALTER TABLE ONLY inventory.stock
--     ADD CONSTRAINT stock_pkey PRIMARY KEY (product_id, warehouse);

-- shardplan: left out on the coordinator (line 466): PostgreSQL cannot build the index of a EXCLUDE constraint over foreign partitions; each worker enforces it on its partition
-- ALTER TABLE ONLY public."Audit Log"
--     ADD CONSTRAINT "Audit Log_no_overlap" EXCLUDE USING gist ("actorId" WITH =, during WITH &&);

-- shardplan: left out on the coordinator (line 474): PostgreSQL cannot build the index of a PRIMARY KEY constraint over foreign partitions; each worker enforces it on its partition
-- ALTER TABLE ONLY public."Audit Log"
--     ADD CONSTRAINT "Audit Log_pkey" PRIMARY KEY ("actorId", id);

ALTER TABLE ONLY public.app_setting
    ADD CONSTRAINT app_setting_pkey PRIMARY KEY (key);

ALTER TABLE ONLY public.country
    ADD CONSTRAINT country_name_key UNIQUE (name);

ALTER TABLE ONLY public.country
    ADD CONSTRAINT country_pkey PRIMARY KEY (code);

-- shardplan: left out on the coordinator (line 506): PostgreSQL cannot build the index of a PRIMARY KEY constraint over foreign partitions; each worker enforces it on its partition
-- ALTER TABLE ONLY public.customer
--     ADD CONSTRAINT customer_pkey PRIMARY KEY (id);

-- shardplan: left out on the coordinator (line 514): PostgreSQL cannot build the index of a PRIMARY KEY constraint over foreign partitions; each worker enforces it on its partition
-- ALTER TABLE ONLY public.order_line
--     ADD CONSTRAINT order_line_pkey PRIMARY KEY (customer_id, order_id, line_no);

-- shardplan: left out on the coordinator (line 522): PostgreSQL cannot build the index of a PRIMARY KEY constraint over foreign partitions; each worker enforces it on its partition
-- ALTER TABLE ONLY public.orders
--     ADD CONSTRAINT orders_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.product
    ADD CONSTRAINT product_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.product
    ADD CONSTRAINT product_sku_key UNIQUE (sku);

CREATE INDEX customer_country ON public.customer USING btree (country_code) WHERE (country_code <> 'US'::bpchar);

-- shardplan: left out on the coordinator (line 553): PostgreSQL cannot build a unique index over foreign partitions; each worker has it on its partition
-- CREATE UNIQUE INDEX customer_email_key ON public.customer USING btree (email);

CREATE INDEX orders_customer_placed ON public.orders USING btree (customer_id, placed_at DESC);

CREATE INDEX orders_open ON public.orders USING btree (customer_id) WHERE (status = ANY (ARRAY['new'::public.order_status, 'paid'::public.order_status]));

CREATE INDEX product_lower_title ON public.product USING btree (lower(title));

CREATE INDEX product_sales_product ON public.product_sales USING btree (product_id);

CREATE INDEX product_title_trgm ON public.product USING gin (title public.gin_trgm_ops);

CREATE TRIGGER customer_touch BEFORE UPDATE ON public.customer FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();

-- shardplan: left out on the coordinator (line 602): a foreign key of a distributed table; the workers enforce it between their partitions
-- ALTER TABLE ONLY inventory.stock
--     ADD CONSTRAINT stock_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.product(id);

ALTER TABLE ONLY public.app_setting
    ADD CONSTRAINT app_setting_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.country(code);

-- shardplan: left out on the coordinator (line 618): a foreign key of a distributed table; the workers enforce it between their partitions
-- ALTER TABLE ONLY public.customer
--     ADD CONSTRAINT customer_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.country(code);

-- shardplan: left out on the coordinator (line 626): a foreign key of a distributed table; the workers enforce it between their partitions
-- ALTER TABLE ONLY public.order_line
--     ADD CONSTRAINT order_line_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id) DEFERRABLE INITIALLY DEFERRED;

-- shardplan: left out on the coordinator (line 634): a foreign key of a distributed table; the workers enforce it between their partitions
-- ALTER TABLE ONLY public.order_line
--     ADD CONSTRAINT order_line_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.product(id);

-- shardplan: left out on the coordinator (line 642): a foreign key of a distributed table; the workers enforce it between their partitions
-- ALTER TABLE ONLY public.orders
--     ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customer(id) ON DELETE CASCADE;

-- the script's session settings (search_path and others) end here
RESET ALL;

-- ==== [coordinator] tables ====

-- colocation group 3: partition r of inventory.stock is table inventory.stock on worker r+1
CREATE FOREIGN TABLE inventory.stock_p0 PARTITION OF inventory.stock FOR VALUES WITH (MODULUS 2, REMAINDER 0)
  SERVER shardplan_w1 OPTIONS (schema_name 'inventory', table_name 'stock');

CREATE FOREIGN TABLE inventory.stock_p1 PARTITION OF inventory.stock FOR VALUES WITH (MODULUS 2, REMAINDER 1)
  SERVER shardplan_w2 OPTIONS (schema_name 'inventory', table_name 'stock');

-- colocation group 2: partition r of Audit Log is table Audit Log on worker r+1
CREATE FOREIGN TABLE "audit log_p0" PARTITION OF "Audit Log" FOR VALUES WITH (MODULUS 2, REMAINDER 0)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'Audit Log');

CREATE FOREIGN TABLE "audit log_p1" PARTITION OF "Audit Log" FOR VALUES WITH (MODULUS 2, REMAINDER 1)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'Audit Log');

-- colocation group 1: partition r of customer is table customer on worker r+1
CREATE FOREIGN TABLE customer_p0 PARTITION OF customer FOR VALUES WITH (MODULUS 2, REMAINDER 0)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'customer');

CREATE FOREIGN TABLE customer_p1 PARTITION OF customer FOR VALUES WITH (MODULUS 2, REMAINDER 1)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'customer');

-- colocation group 1: partition r of orders is table orders on worker r+1
CREATE FOREIGN TABLE orders_p0 PARTITION OF orders FOR VALUES WITH (MODULUS 2, REMAINDER 0)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'orders');

CREATE FOREIGN TABLE orders_p1 PARTITION OF orders FOR VALUES WITH (MODULUS 2, REMAINDER 1)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'orders');

-- colocation group 1: partition r of order_line is table order_line on worker r+1
CREATE FOREIGN TABLE order_line_p0 PARTITION OF order_line FOR VALUES WITH (MODULUS 2, REMAINDER 0)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'order_line');

CREATE FOREIGN TABLE order_line_p1 PARTITION OF order_line FOR VALUES WITH (MODULUS 2, REMAINDER 1)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'order_line');

-- ==== [coordinator] reference table copies on the workers ====

CREATE SCHEMA IF NOT EXISTS shardplan_w1;

CREATE FOREIGN TABLE shardplan_w1.country (
  code character(2) NOT NULL,
  name character varying(60) NOT NULL,
  vat_rate numeric(5,4) NOT NULL
)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'country');

CREATE FOREIGN TABLE shardplan_w1.product (
  id integer NOT NULL,
  sku character varying(32) NOT NULL,
  title text NOT NULL,
  tags character varying(40)[] NOT NULL,
  price money_amount NOT NULL,
  weight_g integer,
  attributes jsonb NOT NULL,
  created_at timestamp(6) without time zone NOT NULL
)
  SERVER shardplan_w1 OPTIONS (schema_name 'public', table_name 'product');

CREATE SCHEMA IF NOT EXISTS shardplan_w2;

CREATE FOREIGN TABLE shardplan_w2.country (
  code character(2) NOT NULL,
  name character varying(60) NOT NULL,
  vat_rate numeric(5,4) NOT NULL
)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'country');

CREATE FOREIGN TABLE shardplan_w2.product (
  id integer NOT NULL,
  sku character varying(32) NOT NULL,
  title text NOT NULL,
  tags character varying(40)[] NOT NULL,
  price money_amount NOT NULL,
  weight_g integer,
  attributes jsonb NOT NULL,
  created_at timestamp(6) without time zone NOT NULL
)
  SERVER shardplan_w2 OPTIONS (schema_name 'public', table_name 'product');

-- rows the coordinator already holds go to every worker's copy
INSERT INTO shardplan_w1.country SELECT * FROM country;

INSERT INTO shardplan_w2.country SELECT * FROM country;

-- writes to country on the coordinator are repeated on every worker's copy
CREATE FUNCTION shardplan_copy_country() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM shardplan_w1.country WHERE code IS NOT DISTINCT FROM OLD.code;
    DELETE FROM shardplan_w2.country WHERE code IS NOT DISTINCT FROM OLD.code;
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE shardplan_w1.country SET code = NEW.code, name = NEW.name, vat_rate = NEW.vat_rate WHERE code IS NOT DISTINCT FROM OLD.code;
    UPDATE shardplan_w2.country SET code = NEW.code, name = NEW.name, vat_rate = NEW.vat_rate WHERE code IS NOT DISTINCT FROM OLD.code;
  ELSE
    INSERT INTO shardplan_w1.country SELECT NEW.*;
    INSERT INTO shardplan_w2.country SELECT NEW.*;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER shardplan_copy AFTER INSERT OR UPDATE OR DELETE ON country
  FOR EACH ROW EXECUTE FUNCTION shardplan_copy_country();

-- rows the coordinator already holds go to every worker's copy
INSERT INTO shardplan_w1.product SELECT * FROM product;

INSERT INTO shardplan_w2.product SELECT * FROM product;

-- writes to product on the coordinator are repeated on every worker's copy
CREATE FUNCTION shardplan_copy_product() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM shardplan_w1.product WHERE id IS NOT DISTINCT FROM OLD.id;
    DELETE FROM shardplan_w2.product WHERE id IS NOT DISTINCT FROM OLD.id;
  ELSIF TG_OP = 'UPDATE' THEN
    UPDATE shardplan_w1.product SET id = NEW.id, sku = NEW.sku, title = NEW.title, tags = NEW.tags, price = NEW.price, weight_g = NEW.weight_g, attributes = NEW.attributes, created_at = NEW.created_at WHERE id IS NOT DISTINCT FROM OLD.id;
    UPDATE shardplan_w2.product SET id = NEW.id, sku = NEW.sku, title = NEW.title, tags = NEW.tags, price = NEW.price, weight_g = NEW.weight_g, attributes = NEW.attributes, created_at = NEW.created_at WHERE id IS NOT DISTINCT FROM OLD.id;
  ELSE
    INSERT INTO shardplan_w1.product SELECT NEW.*;
    INSERT INTO shardplan_w2.product SELECT NEW.*;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER shardplan_copy AFTER INSERT OR UPDATE OR DELETE ON product
  FOR EACH ROW EXECUTE FUNCTION shardplan_copy_product();

-- ==== [worker 1: shop-w1:5432/shop] foreign keys ====

-- as written (rich-dump.sql line 602), between the tables of this worker
ALTER TABLE ONLY inventory.stock
    ADD CONSTRAINT stock_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.product(id);

-- as written (rich-dump.sql line 618), between the tables of this worker
ALTER TABLE ONLY public.customer
    ADD CONSTRAINT customer_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.country(code);

-- left out (line 626): foreign key order_line(order_id) -> orders(id) does not pair order_line.customer_id with orders.customer_id (a foreign key between distributed tables must include both distribution columns at the same position)
-- ALTER TABLE ONLY public.order_line
--     ADD CONSTRAINT order_line_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id) DEFERRABLE INITIALLY DEFERRED;

-- as written (rich-dump.sql line 634), between the tables of this worker
ALTER TABLE ONLY public.order_line
    ADD CONSTRAINT order_line_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.product(id);

-- as written (rich-dump.sql line 642), between the tables of this worker
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customer(id) ON DELETE CASCADE;

-- ==== [worker 2: shop-w2:6432/shop] foreign keys ====

ALTER TABLE ONLY inventory.stock
    ADD CONSTRAINT stock_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.product(id);

ALTER TABLE ONLY public.customer
    ADD CONSTRAINT customer_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.country(code);

-- left out (line 626): foreign key order_line(order_id) -> orders(id) does not pair order_line.customer_id with orders.customer_id (a foreign key between distributed tables must include both distribution columns at the same position)
-- ALTER TABLE ONLY public.order_line
--     ADD CONSTRAINT order_line_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id) DEFERRABLE INITIALLY DEFERRED;

ALTER TABLE ONLY public.order_line
    ADD CONSTRAINT order_line_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.product(id);

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customer(id) ON DELETE CASCADE;
