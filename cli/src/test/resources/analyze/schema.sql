CREATE TABLE warehouse (w_id integer PRIMARY KEY, w_name varchar(10), w_tax numeric(4,4));
CREATE TABLE item (i_id integer PRIMARY KEY, i_name varchar(24), i_price numeric(5,2));
CREATE TABLE stock (
  s_w_id integer NOT NULL REFERENCES warehouse (w_id),
  s_i_id integer NOT NULL REFERENCES item (i_id),
  s_quantity integer,
  PRIMARY KEY (s_w_id, s_i_id)
);
CREATE TABLE orders (o_w_id integer NOT NULL, o_id integer NOT NULL, o_c_id integer, PRIMARY KEY (o_w_id, o_id));
CREATE TABLE order_line (
  ol_w_id integer NOT NULL, ol_o_id integer NOT NULL, ol_number integer NOT NULL,
  ol_i_id integer, ol_supply_w_id integer, ol_quantity integer,
  PRIMARY KEY (ol_w_id, ol_o_id, ol_number),
  FOREIGN KEY (ol_w_id, ol_o_id) REFERENCES orders (o_w_id, o_id)
);
CREATE TABLE audit (a_id bigint PRIMARY KEY, a_note text);
