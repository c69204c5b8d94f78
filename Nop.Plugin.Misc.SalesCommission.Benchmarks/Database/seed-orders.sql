-- Gives the synthetic entries of seed-entries.sql host orders with lines, so that the report by product (entries
-- joined to order lines) reads what it would in a real store: one order per synthetic order id (a copy of the store's
-- order SOURCE_ORDER, its customer included), each with LINES lines (default 3) of the store's products at the source order's first line price.
-- Throwaway local store database only; run after seed-entries.sql:
--   psql "$STORE_DB" -v source_order=1 -f seed-orders.sql
\set ON_ERROR_STOP on
\if :{?lines}
\else
\set lines 3
\endif
BEGIN;
CREATE TEMP TABLE seed_settings AS SELECT :source_order::int AS source_order, :lines::int AS lines;

DO $$
DECLARE
  order_columns text;
  item_columns text;
  source int := (SELECT source_order FROM seed_settings);
  lines int := (SELECT lines FROM seed_settings);
BEGIN
  SELECT string_agg(format('%I', column_name), ',') INTO order_columns
    FROM information_schema.columns
   WHERE table_name = 'Order' AND column_name NOT IN ('Id', 'OrderGuid', 'CustomOrderNumber', 'PaidDateUtc', 'CreatedOnUtc');
  SELECT string_agg(format('%I', column_name), ',') INTO item_columns
    FROM information_schema.columns
   WHERE table_name = 'OrderItem' AND column_name NOT IN ('Id', 'OrderId', 'OrderItemGuid', 'ProductId');

  EXECUTE format('INSERT INTO "Order" ("Id", "OrderGuid", "CustomOrderNumber", "PaidDateUtc", "CreatedOnUtc", %s)
                  SELECT e."OrderId", gen_random_uuid(), e."OrderId"::text, e."OrderPaidOnUtc", e."OrderPaidOnUtc", %s
                    FROM (SELECT DISTINCT ON ("OrderId") "OrderId", "OrderPaidOnUtc"
                            FROM "SalesCommission_CommissionEntry" WHERE "OrderId" >= 10000000 ORDER BY "OrderId") e
                   CROSS JOIN (SELECT %s FROM "Order" WHERE "Id" = %s) o
                  ON CONFLICT ("Id") DO NOTHING',
                 order_columns, order_columns, order_columns, source);
  EXECUTE format('INSERT INTO "OrderItem" ("OrderId", "OrderItemGuid", "ProductId", %s)
                  SELECT o."Id", gen_random_uuid(), p."Id", %s
                    FROM "Order" o
                   CROSS JOIN generate_series(0, %s - 1) AS line
                    JOIN LATERAL (SELECT "Id" FROM "Product" WHERE NOT "Deleted" ORDER BY "Id"
                                   OFFSET ((o."Id" * 7 + line) %% (SELECT count(*) FROM "Product" WHERE NOT "Deleted")) LIMIT 1) p ON true
                   CROSS JOIN (SELECT %s FROM "OrderItem" WHERE "OrderId" = %s ORDER BY "Id" LIMIT 1) i
                   WHERE o."Id" >= 10000000 AND NOT EXISTS (SELECT 1 FROM "OrderItem" x WHERE x."OrderId" = o."Id")',
                 item_columns, item_columns, lines, item_columns, source);
END $$;
COMMIT;
ANALYZE "Order";
ANALYZE "OrderItem";
SELECT count(*) AS orders, (SELECT count(*) FROM "OrderItem" WHERE "OrderId" >= 10000000) AS lines
  FROM "Order" WHERE "Id" >= 10000000;
