--
-- PostgreSQL database dump
--

\restrict cb3hds5OVJ5Rgkgs7XkMV3KCba2S4uhBGOnWmYX1OWj4PrB84hr3UdtdEYMtSKy

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
-- Name: sales; Type: SCHEMA; Schema: -; Owner: postgres
--

CREATE SCHEMA sales;


ALTER SCHEMA sales OWNER TO postgres;

--
-- Name: pgcrypto; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;


--
-- Name: EXTENSION pgcrypto; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';


--
-- Name: order_status; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.order_status AS ENUM (
    'new',
    'paid',
    'shipped'
);


ALTER TYPE public.order_status OWNER TO postgres;

--
-- Name: positive_amount; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.positive_amount AS numeric(12,2)
	CONSTRAINT positive_amount_check CHECK ((VALUE > (0)::numeric));


ALTER DOMAIN public.positive_amount OWNER TO postgres;

--
-- Name: bump_ytd(integer, numeric); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.bump_ytd(w integer, amount numeric) RETURNS void
    LANGUAGE plpgsql
    AS $_$
BEGIN
  -- a comment; with a semicolon
  UPDATE warehouse SET w_ytd = w_ytd + amount WHERE w_id = w; /* block ; */
  RAISE NOTICE 'it''s done; %', $$quoted$$;
END;
$_$;


ALTER FUNCTION public.bump_ytd(w integer, amount numeric) OWNER TO postgres;

--
-- Name: trg(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.trg() RETURNS trigger
    LANGUAGE plpgsql
    AS $$ BEGIN NEW.h_date := now(); RETURN NEW; END; $$;


ALTER FUNCTION public.trg() OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: MixedCase; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."MixedCase" (
    "Id" bigint NOT NULL,
    "Label" text NOT NULL,
    "select" integer,
    item_ref bigint
);


ALTER TABLE public."MixedCase" OWNER TO postgres;

--
-- Name: MixedCase_Id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

ALTER TABLE public."MixedCase" ALTER COLUMN "Id" ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public."MixedCase_Id_seq"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: customer; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.customer (
    c_id integer NOT NULL,
    c_d_id smallint NOT NULL,
    c_w_id integer NOT NULL,
    c_first character varying(16),
    c_last character varying(16) NOT NULL,
    c_since timestamp with time zone,
    c_credit character(2),
    c_balance double precision,
    c_discount real,
    c_data text,
    c_active boolean DEFAULT true,
    c_uuid uuid DEFAULT gen_random_uuid(),
    c_extra jsonb,
    c_tags text[]
);


ALTER TABLE public.customer OWNER TO postgres;

--
-- Name: COLUMN customer.c_data; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.customer.c_data IS 'free text with ''quotes'' and ; semicolons';


--
-- Name: customer_balance; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.customer_balance AS
 SELECT c.c_w_id,
    c.c_d_id,
    sum(c.c_balance) AS total
   FROM public.customer c
  GROUP BY c.c_w_id, c.c_d_id;


ALTER TABLE public.customer_balance OWNER TO postgres;

--
-- Name: customer_c_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.customer_c_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.customer_c_id_seq OWNER TO postgres;

--
-- Name: customer_c_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.customer_c_id_seq OWNED BY public.customer.c_id;


--
-- Name: district; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.district (
    d_id smallint NOT NULL,
    d_w_id integer NOT NULL,
    d_name character varying(10),
    d_next_o_id integer
);


ALTER TABLE public.district OWNER TO postgres;

--
-- Name: history_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.history_seq
    START WITH 100
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.history_seq OWNER TO postgres;

--
-- Name: history; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.history (
    h_id bigint DEFAULT nextval('public.history_seq'::regclass),
    h_c_id integer,
    h_date timestamp(3) without time zone,
    h_amount numeric(6,2),
    h_data character varying(24)
);


ALTER TABLE public.history OWNER TO postgres;

--
-- Name: item; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.item (
    i_id bigint NOT NULL,
    i_name character varying(24),
    i_price public.positive_amount,
    i_status public.order_status DEFAULT 'new'::public.order_status
);


ALTER TABLE public.item OWNER TO postgres;

--
-- Name: item_i_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.item_i_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.item_i_id_seq OWNER TO postgres;

--
-- Name: item_i_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.item_i_id_seq OWNED BY public.item.i_id;


--
-- Name: measurement; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.measurement (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peaktemp integer
)
PARTITION BY RANGE (logdate);


ALTER TABLE public.measurement OWNER TO postgres;

--
-- Name: measurement_y2024; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.measurement_y2024 (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peaktemp integer
);


ALTER TABLE public.measurement_y2024 OWNER TO postgres;

--
-- Name: measurement_y2025; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.measurement_y2025 (
    city_id integer NOT NULL,
    logdate date NOT NULL,
    peaktemp integer
);


ALTER TABLE public.measurement_y2025 OWNER TO postgres;

--
-- Name: unlogged_scratch; Type: TABLE; Schema: public; Owner: postgres
--

CREATE UNLOGGED TABLE public.unlogged_scratch (
    k text,
    v text
);


ALTER TABLE public.unlogged_scratch OWNER TO postgres;

--
-- Name: warehouse; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.warehouse (
    w_id integer NOT NULL,
    w_name character varying(10) NOT NULL,
    w_tax numeric(4,4),
    w_ytd numeric(12,2) DEFAULT 0.00,
    created timestamp without time zone DEFAULT now()
);


ALTER TABLE public.warehouse OWNER TO postgres;

--
-- Name: TABLE warehouse; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.warehouse IS 'Warehouses; one per site';


--
-- Name: warehouse_names; Type: MATERIALIZED VIEW; Schema: public; Owner: postgres
--

CREATE MATERIALIZED VIEW public.warehouse_names AS
 SELECT warehouse.w_id,
    warehouse.w_name
   FROM public.warehouse
  WITH NO DATA;


ALTER TABLE public.warehouse_names OWNER TO postgres;

--
-- Name: invoice; Type: TABLE; Schema: sales; Owner: postgres
--

CREATE TABLE sales.invoice (
    inv_id bigint NOT NULL,
    inv_w_id integer NOT NULL,
    amount numeric,
    note character varying,
    issued date NOT NULL,
    at time without time zone,
    flag bit(3)
);


ALTER TABLE sales.invoice OWNER TO postgres;

--
-- Name: invoice_inv_id_seq; Type: SEQUENCE; Schema: sales; Owner: postgres
--

ALTER TABLE sales.invoice ALTER COLUMN inv_id ADD GENERATED BY DEFAULT AS IDENTITY (
    SEQUENCE NAME sales.invoice_inv_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: invoice_line; Type: TABLE; Schema: sales; Owner: postgres
--

CREATE TABLE sales.invoice_line (
    inv_id bigint NOT NULL,
    line_no smallint NOT NULL,
    i_id bigint NOT NULL,
    qty integer,
    CONSTRAINT invoice_line_qty_check CHECK ((qty > 0))
);


ALTER TABLE sales.invoice_line OWNER TO postgres;

--
-- Name: measurement_y2024; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurement ATTACH PARTITION public.measurement_y2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');


--
-- Name: measurement_y2025; Type: TABLE ATTACH; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurement ATTACH PARTITION public.measurement_y2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');


--
-- Name: customer c_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customer ALTER COLUMN c_id SET DEFAULT nextval('public.customer_c_id_seq'::regclass);


--
-- Name: item i_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.item ALTER COLUMN i_id SET DEFAULT nextval('public.item_i_id_seq'::regclass);


--
-- Name: MixedCase MixedCase_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."MixedCase"
    ADD CONSTRAINT "MixedCase_pkey" PRIMARY KEY ("Id");


--
-- Name: customer customer_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customer
    ADD CONSTRAINT customer_pkey PRIMARY KEY (c_w_id, c_d_id, c_id);


--
-- Name: customer customer_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customer
    ADD CONSTRAINT customer_uuid_key UNIQUE (c_uuid);


--
-- Name: district district_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.district
    ADD CONSTRAINT district_pkey PRIMARY KEY (d_w_id, d_id);


--
-- Name: item item_i_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.item
    ADD CONSTRAINT item_i_name_key UNIQUE (i_name);


--
-- Name: item item_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.item
    ADD CONSTRAINT item_pkey PRIMARY KEY (i_id);


--
-- Name: measurement measurement_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurement
    ADD CONSTRAINT measurement_pkey PRIMARY KEY (city_id, logdate);


--
-- Name: measurement_y2024 measurement_y2024_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurement_y2024
    ADD CONSTRAINT measurement_y2024_pkey PRIMARY KEY (city_id, logdate);


--
-- Name: measurement_y2025 measurement_y2025_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.measurement_y2025
    ADD CONSTRAINT measurement_y2025_pkey PRIMARY KEY (city_id, logdate);


--
-- Name: warehouse warehouse_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.warehouse
    ADD CONSTRAINT warehouse_pkey PRIMARY KEY (w_id);


--
-- Name: invoice_line invoice_line_pk; Type: CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.invoice_line
    ADD CONSTRAINT invoice_line_pk PRIMARY KEY (inv_id, line_no);


--
-- Name: invoice invoice_pkey; Type: CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.invoice
    ADD CONSTRAINT invoice_pkey PRIMARY KEY (inv_id);


--
-- Name: customer_first_last; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX customer_first_last ON public.customer USING btree (c_w_id, c_first, c_last);


--
-- Name: customer_last; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX customer_last ON public.customer USING btree (c_w_id, c_d_id, c_last);


--
-- Name: measurement_y2024_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurement_pkey ATTACH PARTITION public.measurement_y2024_pkey;


--
-- Name: measurement_y2025_pkey; Type: INDEX ATTACH; Schema: public; Owner: postgres
--

ALTER INDEX public.measurement_pkey ATTACH PARTITION public.measurement_y2025_pkey;


--
-- Name: history history_date; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER history_date BEFORE INSERT ON public.history FOR EACH ROW EXECUTE FUNCTION public.trg();


--
-- Name: MixedCase MixedCase_item_ref_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."MixedCase"
    ADD CONSTRAINT "MixedCase_item_ref_fkey" FOREIGN KEY (item_ref) REFERENCES public.item(i_id);


--
-- Name: customer customer_district_fk; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customer
    ADD CONSTRAINT customer_district_fk FOREIGN KEY (c_w_id, c_d_id) REFERENCES public.district(d_w_id, d_id);


--
-- Name: district district_d_w_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.district
    ADD CONSTRAINT district_d_w_id_fkey FOREIGN KEY (d_w_id) REFERENCES public.warehouse(w_id);


--
-- Name: invoice invoice_inv_w_id_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.invoice
    ADD CONSTRAINT invoice_inv_w_id_fkey FOREIGN KEY (inv_w_id) REFERENCES public.warehouse(w_id) ON DELETE CASCADE;


--
-- Name: invoice_line invoice_line_inv_id_fkey; Type: FK CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.invoice_line
    ADD CONSTRAINT invoice_line_inv_id_fkey FOREIGN KEY (inv_id) REFERENCES sales.invoice(inv_id);


--
-- Name: invoice_line invoice_line_item_fk; Type: FK CONSTRAINT; Schema: sales; Owner: postgres
--

ALTER TABLE ONLY sales.invoice_line
    ADD CONSTRAINT invoice_line_item_fk FOREIGN KEY (i_id) REFERENCES public.item(i_id);


--
-- PostgreSQL database dump complete
--

\unrestrict cb3hds5OVJ5Rgkgs7XkMV3KCba2S4uhBGOnWmYX1OWj4PrB84hr3UdtdEYMtSKy

