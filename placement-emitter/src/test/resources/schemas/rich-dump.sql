--
-- PostgreSQL database dump
--

\restrict aJ35XOy7uihWUy4lMPSbpvDjsnCmAao01BBb9bGiu00UGHA6Y3KiniDZhADD94t

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

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

--
-- Name: inventory; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA inventory;


ALTER SCHEMA inventory OWNER TO postgres;

--
-- Name: SCHEMA inventory; Type: COMMENT; Schema: -; Owner: postgres
--

COMMENT ON SCHEMA inventory IS 'stock kept apart from the shop';


--
-- Name: shop_c; Type: COLLATION; Schema: public; Owner: postgres
--

CREATE COLLATION public.shop_c (provider = libc, locale = 'C');


ALTER COLLATION public.shop_c OWNER TO postgres;

--
-- Name: btree_gist; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;


--
-- Name: EXTENSION btree_gist; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';


--
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;


--
-- Name: EXTENSION citext; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';


--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;


--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';


--
-- Name: address; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.address AS (
	street character varying(80),
	city character varying(40),
	zip character(5)
);


ALTER TYPE public.address OWNER TO postgres;

--
-- Name: email; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.email AS public.citext
	CONSTRAINT email_check CHECK ((VALUE OPERATOR(public.~) '^[^@]+@[^@]+$'::public.citext));


ALTER DOMAIN public.email OWNER TO postgres;

--
-- Name: money_amount; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.money_amount AS numeric(12,2)
	CONSTRAINT money_amount_check CHECK ((VALUE >= (0)::numeric));


ALTER DOMAIN public.money_amount OWNER TO postgres;

--
-- Name: order_status; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.order_status AS ENUM (
    'new',
    'paid',
    'shipped',
    'cancelled'
);


ALTER TYPE public.order_status OWNER TO postgres;

--
-- Name: order_count(bigint); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.order_count(cust bigint) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$ SELECT count(*) FROM orders WHERE customer_id = cust; $$;


ALTER FUNCTION public.order_count(cust bigint) OWNER TO postgres;

--
-- Name: touch_updated_at(); Type: FUNCTION; Schema: public; Owner: postgres
--

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

--
-- Name: stock; Type: TABLE; Schema: inventory; Owner: postgres
--

CREATE TABLE inventory.stock (
    product_id integer NOT NULL,
    warehouse character varying(20) NOT NULL,
    on_hand integer DEFAULT 0 NOT NULL,
    CONSTRAINT stock_on_hand_check CHECK ((on_hand >= 0))
);


ALTER TABLE inventory.stock OWNER TO postgres;

--
-- Name: Audit Log; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."Audit Log" (
    id bigint NOT NULL,
    "actorId" bigint NOT NULL,
    action text NOT NULL,
    during tstzrange NOT NULL,
    at timestamp(3) with time zone DEFAULT now() NOT NULL
);


ALTER TABLE public."Audit Log" OWNER TO postgres;

--
-- Name: Audit Log_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public."Audit Log" ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public."Audit Log_id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: app_setting; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.app_setting (
    key text NOT NULL,
    value jsonb NOT NULL,
    country_code character(2)
);


ALTER TABLE public.app_setting OWNER TO postgres;

--
-- Name: country; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.country (
    code character(2) NOT NULL,
    name character varying(60) NOT NULL COLLATE public.shop_c,
    vat_rate numeric(5,4) DEFAULT 0.2 NOT NULL,
    CONSTRAINT country_vat_rate_check CHECK (((vat_rate >= (0)::numeric) AND (vat_rate <= (1)::numeric)))
);


ALTER TABLE public.country OWNER TO postgres;

--
-- Name: TABLE country; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.country IS 'ISO 3166 countries';


--
-- Name: COLUMN country.vat_rate; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.country.vat_rate IS 'fraction, not percent';


--
-- Name: customer; Type: TABLE; Schema: public; Owner: postgres
--

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

--
-- Name: customer_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.customer_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.customer_id_seq OWNER TO postgres;

--
-- Name: customer_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.customer_id_seq OWNED BY public.customer.id;


--
-- Name: orders; Type: TABLE; Schema: public; Owner: postgres
--

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

--
-- Name: invoice_number_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.invoice_number_seq
    START WITH 1000
    INCREMENT BY 10
    MINVALUE 1000
    NO MAXVALUE
    CACHE 5;


ALTER TABLE public.invoice_number_seq OWNER TO postgres;

--
-- Name: invoice_number_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.invoice_number_seq OWNED BY public.orders.invoice_no;


--
-- Name: open_orders; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.open_orders AS
 SELECT o.id,
    o.customer_id,
    c.email,
    o.total
   FROM (public.orders o
     JOIN public.customer c ON ((c.id = o.customer_id)))
  WHERE (o.status = ANY (ARRAY['new'::public.order_status, 'paid'::public.order_status]));


ALTER TABLE public.open_orders OWNER TO postgres;

--
-- Name: order_line; Type: TABLE; Schema: public; Owner: postgres
--

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

--
-- Name: orders_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public.orders ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME public.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: product; Type: TABLE; Schema: public; Owner: postgres
--

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

--
-- Name: product_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.product_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.product_id_seq OWNER TO postgres;

--
-- Name: product_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.product_id_seq OWNED BY public.product.id;


--
-- Name: product_sales; Type: MATERIALIZED VIEW; Schema: public; Owner: postgres
--

CREATE MATERIALIZED VIEW public.product_sales AS
 SELECT order_line.product_id,
    sum(order_line.quantity) AS sold
   FROM public.order_line
  GROUP BY order_line.product_id
  WITH NO DATA;


ALTER TABLE public.product_sales OWNER TO postgres;

--
-- Name: customer id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customer ALTER COLUMN id SET DEFAULT nextval('public.customer_id_seq'::regclass);


--
-- Name: orders invoice_no; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders ALTER COLUMN invoice_no SET DEFAULT nextval('public.invoice_number_seq'::regclass);


--
-- Name: product id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.product ALTER COLUMN id SET DEFAULT nextval('public.product_id_seq'::regclass);


--
-- Name: stock stock_pkey; Type: CONSTRAINT; Schema: inventory; Owner: postgres
--

ALTER TABLE ONLY inventory.stock
    ADD CONSTRAINT stock_pkey PRIMARY KEY (product_id, warehouse);


--
-- Name: Audit Log Audit Log_no_overlap; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."Audit Log"
    ADD CONSTRAINT "Audit Log_no_overlap" EXCLUDE USING gist ("actorId" WITH =, during WITH &&);


--
-- Name: Audit Log Audit Log_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."Audit Log"
    ADD CONSTRAINT "Audit Log_pkey" PRIMARY KEY ("actorId", id);


--
-- Name: app_setting app_setting_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.app_setting
    ADD CONSTRAINT app_setting_pkey PRIMARY KEY (key);


--
-- Name: country country_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.country
    ADD CONSTRAINT country_name_key UNIQUE (name);


--
-- Name: country country_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.country
    ADD CONSTRAINT country_pkey PRIMARY KEY (code);


--
-- Name: customer customer_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customer
    ADD CONSTRAINT customer_pkey PRIMARY KEY (id);


--
-- Name: order_line order_line_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.order_line
    ADD CONSTRAINT order_line_pkey PRIMARY KEY (customer_id, order_id, line_no);


--
-- Name: orders orders_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);


--
-- Name: product product_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.product
    ADD CONSTRAINT product_pkey PRIMARY KEY (id);


--
-- Name: product product_sku_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.product
    ADD CONSTRAINT product_sku_key UNIQUE (sku);


--
-- Name: customer_country; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX customer_country ON public.customer USING btree (country_code) WHERE (country_code <> 'US'::bpchar);


--
-- Name: customer_email_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX customer_email_key ON public.customer USING btree (email);


--
-- Name: orders_customer_placed; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX orders_customer_placed ON public.orders USING btree (customer_id, placed_at DESC);


--
-- Name: orders_open; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX orders_open ON public.orders USING btree (customer_id) WHERE (status = ANY (ARRAY['new'::public.order_status, 'paid'::public.order_status]));


--
-- Name: product_lower_title; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX product_lower_title ON public.product USING btree (lower(title));


--
-- Name: product_sales_product; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX product_sales_product ON public.product_sales USING btree (product_id);


--
-- Name: product_title_trgm; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX product_title_trgm ON public.product USING gin (title public.gin_trgm_ops);


--
-- Name: customer customer_touch; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER customer_touch BEFORE UPDATE ON public.customer FOR EACH ROW EXECUTE FUNCTION public.touch_updated_at();


--
-- Name: stock stock_product_id_fkey; Type: FK CONSTRAINT; Schema: inventory; Owner: postgres
--

ALTER TABLE ONLY inventory.stock
    ADD CONSTRAINT stock_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.product(id);


--
-- Name: app_setting app_setting_country_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.app_setting
    ADD CONSTRAINT app_setting_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.country(code);


--
-- Name: customer customer_country_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customer
    ADD CONSTRAINT customer_country_code_fkey FOREIGN KEY (country_code) REFERENCES public.country(code);


--
-- Name: order_line order_line_order_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.order_line
    ADD CONSTRAINT order_line_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: order_line order_line_product_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.order_line
    ADD CONSTRAINT order_line_product_id_fkey FOREIGN KEY (product_id) REFERENCES public.product(id);


--
-- Name: orders orders_customer_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES public.customer(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict aJ35XOy7uihWUy4lMPSbpvDjsnCmAao01BBb9bGiu00UGHA6Y3KiniDZhADD94t

