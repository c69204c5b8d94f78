-- Copies one order of a local test store COUNT times as unpaid orders (same customer, items and totals), for the
-- order-paid latency measurement. Run against a throwaway store database only:
--   psql "$STORE_DB" -v source_order=10 -v count=1000 -f clone-orders.sql
-- Prints the first and last id of the copies.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE clone_settings AS SELECT :source_order::int AS source_order, :count::int AS copies;

DO $$
DECLARE
  order_columns text;
  item_columns text;
  source int := (SELECT source_order FROM clone_settings);
  copies int := (SELECT copies FROM clone_settings);
  new_id int;
  i int;
BEGIN
  SELECT string_agg(format('%I', column_name), ',') INTO order_columns
    FROM information_schema.columns
   WHERE table_name = 'Order' AND column_name NOT IN ('Id', 'OrderGuid', 'CustomOrderNumber', 'PaymentStatusId', 'PaidDateUtc', 'CreatedOnUtc');
  SELECT string_agg(format('%I', column_name), ',') INTO item_columns
    FROM information_schema.columns
   WHERE table_name = 'OrderItem' AND column_name NOT IN ('Id', 'OrderId', 'OrderItemGuid');

  CREATE TEMP TABLE cloned_orders (id int) ON COMMIT DROP;
  FOR i IN 1..copies LOOP
    EXECUTE format('INSERT INTO "Order" (%s, "OrderGuid", "CustomOrderNumber", "PaymentStatusId", "PaidDateUtc", "CreatedOnUtc")
                    SELECT %s, gen_random_uuid(), ''bench-'' || %s, 10, NULL, now() at time zone ''utc'' FROM "Order" WHERE "Id" = %s
                    RETURNING "Id"', order_columns, order_columns, i, source) INTO new_id;
    EXECUTE format('UPDATE "Order" SET "CustomOrderNumber" = "Id"::text WHERE "Id" = %s', new_id);
    EXECUTE format('INSERT INTO "OrderItem" ("OrderId", "OrderItemGuid", %s)
                    SELECT %s, gen_random_uuid(), %s FROM "OrderItem" WHERE "OrderId" = %s', item_columns, new_id, item_columns, source);
    INSERT INTO cloned_orders VALUES (new_id);
  END LOOP;
  RAISE NOTICE 'copies: % to %', (SELECT min(id) FROM cloned_orders), (SELECT max(id) FROM cloned_orders);
END $$;
COMMIT;
