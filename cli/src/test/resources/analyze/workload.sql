-- a hand-written workload: the analyze command's golden output is computed from it
SET application_name = 'golden';
BEGIN;
SELECT w_tax FROM warehouse WHERE w_id = 1;
INSERT INTO orders (o_w_id, o_id, o_c_id) VALUES (1, 100, 7);
INSERT INTO order_line (ol_w_id, ol_o_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity)
  VALUES (1, 100, 1, 55, 1, 3), (1, 100, 2, 56, 2, 1);
UPDATE stock SET s_quantity = s_quantity - 3 WHERE s_w_id = 1 AND s_i_id = 55;
UPDATE stock SET s_quantity = s_quantity - 1 WHERE s_w_id = 2 AND s_i_id = 56;
COMMIT;
BEGIN;
SELECT i_price, i_name FROM item WHERE i_id IN (55, 56, 57);
SELECT count(DISTINCT s_i_id) FROM order_line, stock
 WHERE ol_w_id = 1 AND ol_o_id < 100 AND s_w_id = ol_w_id AND s_i_id = ol_i_id AND s_quantity < 10;
ROLLBACK;
SELECT o.o_id, l.ol_i_id FROM orders o JOIN order_line l ON l.ol_w_id = o.o_w_id AND l.ol_o_id = o.o_id
 WHERE o.o_w_id = 1 AND o.o_c_id = 7;
DELETE FROM orders WHERE o_w_id = 1 AND o_id = 99;
SELECT * FROM pg_catalog.pg_tables;
SELECT version();
SELECT * FROM no_such_table WHERE x = 1;
SELEC broken statement;
INSERT INTO audit (a_id, a_note) VALUES (1, $$it's a dollar-quoted note$$);
