BEGIN;
UPDATE warehouse SET w_ytd = w_ytd + 988.29 WHERE w_id = 2;
SELECT w_street_1, w_street_2, w_city, w_state, w_zip, w_name FROM warehouse WHERE w_id = 2;
UPDATE district SET d_ytd = d_ytd + 988.29 WHERE d_w_id = 2 AND d_id = 9;
SELECT d_street_1, d_street_2, d_city, d_state, d_zip, d_name FROM district WHERE d_w_id = 2 AND d_id = 9;
SELECT c_first, c_middle, c_last, c_street_1, c_street_2, c_city, c_state, c_zip, c_phone,
       c_credit, c_credit_lim, c_discount, c_balance, c_since
  FROM customer
 WHERE c_w_id = 2 AND c_d_id = 9 AND c_id = 67
   FOR UPDATE;
UPDATE customer SET c_balance = c_balance - 988.29, c_ytd_payment = c_ytd_payment + 988.29, c_payment_cnt = c_payment_cnt + 1 WHERE c_w_id = 2 AND c_d_id = 9 AND c_id = 67;
INSERT INTO history (h_c_d_id, h_c_w_id, h_c_id, h_d_id, h_w_id, h_date, h_amount, h_data) VALUES (9, 2, 67, 9, 2, CURRENT_TIMESTAMP, 988.29, 'av4jLx    d8nb0hufeD');
COMMIT;
BEGIN;
UPDATE warehouse SET w_ytd = w_ytd + 1218.09 WHERE w_id = 1;
SELECT w_street_1, w_street_2, w_city, w_state, w_zip, w_name FROM warehouse WHERE w_id = 1;
UPDATE district SET d_ytd = d_ytd + 1218.09 WHERE d_w_id = 1 AND d_id = 9;
SELECT d_street_1, d_street_2, d_city, d_state, d_zip, d_name FROM district WHERE d_w_id = 1 AND d_id = 9;
SELECT c_id, c_first, c_middle, c_last, c_street_1, c_street_2, c_city, c_state, c_zip, c_phone,
       c_credit, c_credit_lim, c_discount, c_balance, c_since
  FROM customer
 WHERE c_w_id = 1 AND c_d_id = 9 AND c_last = 'BARPRIEING'
 ORDER BY c_first;
UPDATE customer SET c_balance = c_balance - 1218.09, c_ytd_payment = c_ytd_payment + 1218.09, c_payment_cnt = c_payment_cnt + 1 WHERE c_w_id = 1 AND c_d_id = 9 AND c_id = 40;
INSERT INTO history (h_c_d_id, h_c_w_id, h_c_id, h_d_id, h_w_id, h_date, h_amount, h_data) VALUES (9, 1, 40, 9, 1, CURRENT_TIMESTAMP, 1218.09, '3BBGSG    GeJ0pCwUs');
COMMIT;
BEGIN;
SELECT c_discount, c_last, c_credit, w_tax
  FROM customer, warehouse
 WHERE w_id = 1 AND c_w_id = w_id AND c_d_id = 2 AND c_id = 65;
SELECT d_next_o_id, d_tax FROM district WHERE d_w_id = 1 AND d_id = 2 FOR UPDATE;
UPDATE district SET d_next_o_id = d_next_o_id + 1 WHERE d_w_id = 1 AND d_id = 2;
INSERT INTO orders (o_id, o_d_id, o_w_id, o_c_id, o_entry_d, o_ol_cnt, o_all_local) VALUES (101, 2, 1, 65, CURRENT_TIMESTAMP, 5, 1);
INSERT INTO new_order (no_o_id, no_d_id, no_w_id) VALUES (101, 2, 1);
SELECT i_price, i_name, i_data FROM item WHERE i_id = 96;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 96 AND s_w_id = 1
   FOR UPDATE;
UPDATE stock SET s_quantity = 74, s_ytd = s_ytd + 1, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 96 AND s_w_id = 1;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 2, 1, 1, 96, 1, 1, 66.22, 'Okv4X1X92mverlz3iW5U2xZD');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 516;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 516 AND s_w_id = 1
   FOR UPDATE;
UPDATE stock SET s_quantity = 35, s_ytd = s_ytd + 5, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 516 AND s_w_id = 1;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 2, 1, 2, 516, 1, 5, 75.00, 'TOOi8fHpreBaZLe8ww6n6zly');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 818;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 818 AND s_w_id = 1
   FOR UPDATE;
UPDATE stock SET s_quantity = 38, s_ytd = s_ytd + 7, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 818 AND s_w_id = 1;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 2, 1, 3, 818, 1, 7, 614.88, 'BI4kIBlXmAymidLHMy4TtfOi');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 640;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 640 AND s_w_id = 1
   FOR UPDATE;
UPDATE stock SET s_quantity = 78, s_ytd = s_ytd + 7, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 640 AND s_w_id = 1;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 2, 1, 4, 640, 1, 7, 57.19, 'exw54hAAAwNMJk2cjlsKgEb3');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 388;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 388 AND s_w_id = 1
   FOR UPDATE;
UPDATE stock SET s_quantity = 16, s_ytd = s_ytd + 6, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 388 AND s_w_id = 1;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 2, 1, 5, 388, 1, 6, 446.10, 'rVVyjNYIjv8RmKnOHxlPgEwN');
COMMIT;
BEGIN;
SELECT c_discount, c_last, c_credit, w_tax
  FROM customer, warehouse
 WHERE w_id = 2 AND c_w_id = w_id AND c_d_id = 8 AND c_id = 31;
SELECT d_next_o_id, d_tax FROM district WHERE d_w_id = 2 AND d_id = 8 FOR UPDATE;
UPDATE district SET d_next_o_id = d_next_o_id + 1 WHERE d_w_id = 2 AND d_id = 8;
INSERT INTO orders (o_id, o_d_id, o_w_id, o_c_id, o_entry_d, o_ol_cnt, o_all_local) VALUES (102, 8, 2, 31, CURRENT_TIMESTAMP, 7, 1);
INSERT INTO new_order (no_o_id, no_d_id, no_w_id) VALUES (102, 8, 2);
SELECT i_price, i_name, i_data FROM item WHERE i_id = 236;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 236 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 81, s_ytd = s_ytd + 2, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 236 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (102, 8, 2, 1, 236, 2, 2, 160.06, 'NJyvdLDXBD62Kn6gvl4FgCj2');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 466;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 466 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 65, s_ytd = s_ytd + 9, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 466 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (102, 8, 2, 2, 466, 2, 9, 121.77, 'WcYsn6H5iDcqE3WJQj5F853e');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 20;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 20 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 50, s_ytd = s_ytd + 9, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 20 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (102, 8, 2, 3, 20, 2, 9, 745.20, 'dJIWMeIYt37y4OLdpLNfogwR');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 836;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 836 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 45, s_ytd = s_ytd + 6, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 836 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (102, 8, 2, 4, 836, 2, 6, 91.80, 'cUvzz46Jrr5q4jdmcsDcuBiL');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 234;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 234 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 55, s_ytd = s_ytd + 2, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 234 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (102, 8, 2, 5, 234, 2, 2, 121.86, 'epY387k6RssvfFGNCXThMDTP');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 370;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 370 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 81, s_ytd = s_ytd + 9, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 370 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (102, 8, 2, 6, 370, 2, 9, 657.54, 'nBjpPoyfqcZkqlYCvQ4vRoMy');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 889;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 889 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 82, s_ytd = s_ytd + 8, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 889 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (102, 8, 2, 7, 889, 2, 8, 556.80, 'h4U5fU8JWu7RdiADYeAgl6bC');
COMMIT;
BEGIN;
SELECT c_discount, c_last, c_credit, w_tax
  FROM customer, warehouse
 WHERE w_id = 2 AND c_w_id = w_id AND c_d_id = 2 AND c_id = 51;
SELECT d_next_o_id, d_tax FROM district WHERE d_w_id = 2 AND d_id = 2 FOR UPDATE;
UPDATE district SET d_next_o_id = d_next_o_id + 1 WHERE d_w_id = 2 AND d_id = 2;
INSERT INTO orders (o_id, o_d_id, o_w_id, o_c_id, o_entry_d, o_ol_cnt, o_all_local) VALUES (101, 2, 2, 51, CURRENT_TIMESTAMP, 15, 1);
INSERT INTO new_order (no_o_id, no_d_id, no_w_id) VALUES (101, 2, 2);
SELECT i_price, i_name, i_data FROM item WHERE i_id = 764;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 764 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 14, s_ytd = s_ytd + 8, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 764 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 2, 2, 1, 764, 2, 8, 312.72, 'CQgjyqXMaqicgbl2ntEiF5rS');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 242;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 242 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 12, s_ytd = s_ytd + 10, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 242 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 2, 2, 2, 242, 2, 10, 525.50, 'mVCk2bqenqAjSkMsmVkbFb82');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 250;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 250 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 15, s_ytd = s_ytd + 1, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 250 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 2, 2, 3, 250, 2, 1, 16.34, 'NkO6wLIBVNou1VmIhEQnTO4X');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 731;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 731 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 27, s_ytd = s_ytd + 2, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 731 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 2, 2, 4, 731, 2, 2, 106.12, '0150tR97vJB9ufSfosZhWu7j');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 772;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 772 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 22, s_ytd = s_ytd + 2, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 772 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 2, 2, 5, 772, 2, 2, 130.86, 'W8mbeNBq9x0kf73DN2HI6EVC');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 995;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 995 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 75, s_ytd = s_ytd + 1, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 995 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 2, 2, 6, 995, 2, 1, 18.65, 'fmEAfujGu5cvKRFzS83EEtPX');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 260;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 260 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 15, s_ytd = s_ytd + 10, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 260 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 2, 2, 7, 260, 2, 10, 399.10, 'fT6mPgrJuTr8yWOGfgboHrw8');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 380;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 380 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 66, s_ytd = s_ytd + 1, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 380 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 2, 2, 8, 380, 2, 1, 65.39, 'VvnpTDTtIK0Ylk1mMfNGvxKk');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 257;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 257 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 41, s_ytd = s_ytd + 5, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 257 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 2, 2, 9, 257, 2, 5, 444.25, 'SQ7QUqilOWhrN8wgWJlSBIas');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 771;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 771 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 41, s_ytd = s_ytd + 1, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 771 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 2, 2, 10, 771, 2, 1, 19.96, 'cHWpUVA7p5inpWMJZh6SVJOF');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 672;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 672 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 15, s_ytd = s_ytd + 6, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 672 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 2, 2, 11, 672, 2, 6, 480.36, 'OKOJOLppkKBgxB0L00rvVmbN');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 116;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 116 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 58, s_ytd = s_ytd + 8, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 116 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 2, 2, 12, 116, 2, 8, 93.52, 'YQ54wjszdRjfYG5HNaFyCYQQ');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 641;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 641 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 26, s_ytd = s_ytd + 3, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 641 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 2, 2, 13, 641, 2, 3, 138.66, 'P2oUmRPZG8mu9VRyd9jFmGrk');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 897;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 897 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 21, s_ytd = s_ytd + 6, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 897 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 2, 2, 14, 897, 2, 6, 242.58, '75PgeJrCYL2iWeZNWXB2elsz');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 1000;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 1000 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 37, s_ytd = s_ytd + 5, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 1000 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 2, 2, 15, 1000, 2, 5, 237.35, 'hViuoDTK5YsKg64TWzffrp3C');
COMMIT;
BEGIN;
SELECT c_discount, c_last, c_credit, w_tax
  FROM customer, warehouse
 WHERE w_id = 2 AND c_w_id = w_id AND c_d_id = 8 AND c_id = 65;
SELECT d_next_o_id, d_tax FROM district WHERE d_w_id = 2 AND d_id = 8 FOR UPDATE;
UPDATE district SET d_next_o_id = d_next_o_id + 1 WHERE d_w_id = 2 AND d_id = 8;
INSERT INTO orders (o_id, o_d_id, o_w_id, o_c_id, o_entry_d, o_ol_cnt, o_all_local) VALUES (101, 8, 2, 65, CURRENT_TIMESTAMP, 14, 1);
INSERT INTO new_order (no_o_id, no_d_id, no_w_id) VALUES (101, 8, 2);
SELECT i_price, i_name, i_data FROM item WHERE i_id = 323;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 323 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 61, s_ytd = s_ytd + 4, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 323 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 8, 2, 1, 323, 2, 4, 135.24, '0O5dG5mDb3Ls2rMh27F53gaH');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 112;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 112 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 39, s_ytd = s_ytd + 10, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 112 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 8, 2, 2, 112, 2, 10, 258.00, 'iyfkmyQgWsQF65HtdSxcLc3O');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 388;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 388 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 86, s_ytd = s_ytd + 8, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 388 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 8, 2, 3, 388, 2, 8, 594.80, 'dWC7ounWsyMLQ5AYN0oPCW5f');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 644;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 644 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 13, s_ytd = s_ytd + 1, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 644 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 8, 2, 4, 644, 2, 1, 5.06, 'OVZUc0g47PmF6gk9E0nmVSRB');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 516;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 516 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 95, s_ytd = s_ytd + 6, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 516 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 8, 2, 5, 516, 2, 6, 90.00, 'GqHjG8B6NQZqVnbjsnDFrPBE');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 572;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 572 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 35, s_ytd = s_ytd + 4, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 572 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 8, 2, 6, 572, 2, 4, 275.72, 'PAE2JdXRY7BcqOnSAvELWutA');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 388;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 388 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 79, s_ytd = s_ytd + 7, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 388 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 8, 2, 7, 388, 2, 7, 520.45, 'dWC7ounWsyMLQ5AYN0oPCW5f');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 259;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 259 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 91, s_ytd = s_ytd + 8, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 259 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 8, 2, 8, 259, 2, 8, 337.44, 'GTATPXlTsYFpJWkMUDkbYM7E');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 505;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 505 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 35, s_ytd = s_ytd + 7, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 505 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 8, 2, 9, 505, 2, 7, 483.28, 'ckbusvXmzQ5mk6Lmk7SLgQU0');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 252;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 252 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 26, s_ytd = s_ytd + 7, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 252 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 8, 2, 10, 252, 2, 7, 407.82, 'HR6G2onmBWy1oOjgbdHss3zJ');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 890;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 890 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 84, s_ytd = s_ytd + 9, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 890 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 8, 2, 11, 890, 2, 9, 895.95, 'uDvAQzb9pd2A7JT1JhAWaDwK');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 114;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 114 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 89, s_ytd = s_ytd + 9, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 114 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 8, 2, 12, 114, 2, 9, 371.07, 'oORH9AEGuJSlzt4cN9sStkLm');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 24;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 24 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 66, s_ytd = s_ytd + 2, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 24 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 8, 2, 13, 24, 2, 2, 12.48, 'SzNqI9DN2Xebmjn3RfXiNvXQ');
SELECT i_price, i_name, i_data FROM item WHERE i_id = 737;
SELECT s_quantity, s_data, s_dist_01, s_dist_02, s_dist_03, s_dist_04, s_dist_05,
       s_dist_06, s_dist_07, s_dist_08, s_dist_09, s_dist_10
  FROM stock
 WHERE s_i_id = 737 AND s_w_id = 2
   FOR UPDATE;
UPDATE stock SET s_quantity = 12, s_ytd = s_ytd + 10, s_order_cnt = s_order_cnt + 1, s_remote_cnt = s_remote_cnt + 0 WHERE s_i_id = 737 AND s_w_id = 2;
INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id, ol_quantity, ol_amount, ol_dist_info) VALUES (101, 8, 2, 14, 737, 2, 10, 306.10, 'GPK6l5XwZyjeVAbTZtWJNnv3');
COMMIT;
