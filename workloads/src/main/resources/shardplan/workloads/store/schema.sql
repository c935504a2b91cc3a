-- Online bookstore (TPC-W style), plain PostgreSQL.
-- Catalogue: country, author, subject, item. Customer data: customer, address, shopping_cart,
-- shopping_cart_line, orders, order_line, cc_xacts (every key starts with the customer id).
-- Inventory: one stock level per item.

CREATE TABLE country (
  co_id       integer       NOT NULL,
  co_name     varchar(50)   NOT NULL,
  co_exchange numeric(12,6) NOT NULL,
  co_currency varchar(18)   NOT NULL,
  PRIMARY KEY (co_id),
  UNIQUE (co_name)
);

CREATE TABLE author (
  a_id    integer      NOT NULL,
  a_fname varchar(20)  NOT NULL,
  a_lname varchar(20)  NOT NULL,
  a_mname varchar(20),
  a_dob   date,
  a_bio   varchar(500),
  PRIMARY KEY (a_id)
);

CREATE INDEX author_last_name ON author (a_lname);

CREATE TABLE subject (
  sub_id   integer     NOT NULL,
  sub_name varchar(30) NOT NULL,
  PRIMARY KEY (sub_id),
  UNIQUE (sub_name)
);

CREATE TABLE item (
  i_id         integer       NOT NULL,
  i_title      varchar(60)   NOT NULL,
  i_a_id       integer       NOT NULL,
  i_sub_id     integer       NOT NULL,
  i_pub_date   date          NOT NULL,
  i_publisher  varchar(60)   NOT NULL,
  i_desc       varchar(500),
  i_srp        numeric(10,2) NOT NULL,
  i_cost       numeric(10,2) NOT NULL,
  i_avail      date          NOT NULL,
  i_isbn       char(13)      NOT NULL,
  i_page       integer       NOT NULL,
  i_backing    varchar(15)   NOT NULL,
  i_dimensions varchar(25)   NOT NULL,
  i_thumbnail  varchar(100)  NOT NULL,
  i_image      varchar(100)  NOT NULL,
  PRIMARY KEY (i_id),
  UNIQUE (i_isbn),
  FOREIGN KEY (i_a_id) REFERENCES author (a_id),
  FOREIGN KEY (i_sub_id) REFERENCES subject (sub_id)
);

CREATE INDEX item_subject ON item (i_sub_id, i_pub_date);
CREATE INDEX item_author ON item (i_a_id);

CREATE TABLE customer (
  c_id         integer       NOT NULL,
  c_uname      varchar(20)   NOT NULL,
  c_passwd     varchar(20)   NOT NULL,
  c_fname      varchar(17)   NOT NULL,
  c_lname      varchar(17)   NOT NULL,
  c_phone      varchar(18)   NOT NULL,
  c_email      varchar(50)   NOT NULL,
  c_since      date          NOT NULL,
  c_last_login timestamp     NOT NULL,
  c_login      timestamp     NOT NULL,
  c_expiration timestamp     NOT NULL,
  c_discount   numeric(3,2)  NOT NULL,
  c_balance    numeric(10,2) NOT NULL,
  c_ytd_pmt    numeric(10,2) NOT NULL,
  c_birthdate  date          NOT NULL,
  c_data       varchar(500)  NOT NULL,
  PRIMARY KEY (c_id)
);

-- Login looks customers up by user name; unique in practice, not declared unique so that the
-- table can be distributed on c_id.
CREATE INDEX customer_uname ON customer (c_uname);

CREATE TABLE address (
  addr_c_id    integer     NOT NULL,
  addr_id      integer     NOT NULL,
  addr_street1 varchar(40) NOT NULL,
  addr_street2 varchar(40) NOT NULL,
  addr_city    varchar(30) NOT NULL,
  addr_state   varchar(20) NOT NULL,
  addr_zip     varchar(10) NOT NULL,
  addr_co_id   integer     NOT NULL,
  PRIMARY KEY (addr_c_id, addr_id),
  FOREIGN KEY (addr_c_id) REFERENCES customer (c_id),
  FOREIGN KEY (addr_co_id) REFERENCES country (co_id)
);

CREATE TABLE shopping_cart (
  sc_c_id integer   NOT NULL,
  sc_time timestamp NOT NULL,
  PRIMARY KEY (sc_c_id),
  FOREIGN KEY (sc_c_id) REFERENCES customer (c_id)
);

CREATE TABLE shopping_cart_line (
  scl_c_id integer NOT NULL,
  scl_i_id integer NOT NULL,
  scl_qty  integer NOT NULL,
  PRIMARY KEY (scl_c_id, scl_i_id),
  FOREIGN KEY (scl_c_id) REFERENCES shopping_cart (sc_c_id),
  FOREIGN KEY (scl_i_id) REFERENCES item (i_id)
);

CREATE TABLE orders (
  o_c_id         integer       NOT NULL,
  o_id           integer       NOT NULL,
  o_date         timestamp     NOT NULL,
  o_sub_total    numeric(10,2) NOT NULL,
  o_tax          numeric(10,2) NOT NULL,
  o_total        numeric(10,2) NOT NULL,
  o_ship_type    varchar(10)   NOT NULL,
  o_ship_date    timestamp     NOT NULL,
  o_bill_addr_id integer       NOT NULL,
  o_ship_addr_id integer       NOT NULL,
  o_status       varchar(15)   NOT NULL,
  PRIMARY KEY (o_c_id, o_id),
  FOREIGN KEY (o_c_id) REFERENCES customer (c_id),
  FOREIGN KEY (o_c_id, o_bill_addr_id) REFERENCES address (addr_c_id, addr_id),
  FOREIGN KEY (o_c_id, o_ship_addr_id) REFERENCES address (addr_c_id, addr_id)
);

CREATE TABLE order_line (
  ol_c_id     integer      NOT NULL,
  ol_o_id     integer      NOT NULL,
  ol_id       integer      NOT NULL,
  ol_i_id     integer      NOT NULL,
  ol_qty      integer      NOT NULL,
  ol_discount numeric(3,2) NOT NULL,
  ol_comments varchar(110) NOT NULL,
  PRIMARY KEY (ol_c_id, ol_o_id, ol_id),
  FOREIGN KEY (ol_c_id, ol_o_id) REFERENCES orders (o_c_id, o_id),
  FOREIGN KEY (ol_i_id) REFERENCES item (i_id)
);

CREATE TABLE cc_xacts (
  cx_c_id      integer       NOT NULL,
  cx_o_id      integer       NOT NULL,
  cx_type      varchar(10)   NOT NULL,
  cx_num       char(16)      NOT NULL,
  cx_name      varchar(31)   NOT NULL,
  cx_expire    date          NOT NULL,
  cx_auth_id   char(15)      NOT NULL,
  cx_xact_amt  numeric(10,2) NOT NULL,
  cx_xact_date timestamp     NOT NULL,
  cx_co_id     integer       NOT NULL,
  PRIMARY KEY (cx_c_id, cx_o_id),
  FOREIGN KEY (cx_c_id, cx_o_id) REFERENCES orders (o_c_id, o_id),
  FOREIGN KEY (cx_co_id) REFERENCES country (co_id)
);

CREATE TABLE inventory (
  inv_i_id    integer   NOT NULL,
  inv_qty     integer   NOT NULL,
  inv_updated timestamp NOT NULL,
  PRIMARY KEY (inv_i_id),
  FOREIGN KEY (inv_i_id) REFERENCES item (i_id)
);
