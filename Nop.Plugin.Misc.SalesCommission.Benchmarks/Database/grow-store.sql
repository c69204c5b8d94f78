-- Grows a throwaway local store database (plugin installed, no commission data yet) into a year of a busy store:
-- STAFF sales representatives (the first tenth are managers of the others), CLIENTS clients each owned by one rep,
-- three programs (5% of net sales with a 10% level-1 override, a monthly whole-amount ladder, 10% of a client's first
-- order then 1%) under the "All" stacking policy, and ORDERS paid orders (copies of the store's first five orders with
-- their lines) spread evenly over the twelve months before FROM_YEAR-12-01, each for a pseudo-random client.
-- No entries are written: the plugin's recalculation (apply) of the year writes the ledger.
--   psql "$STORE_DB" -v staff=200 -v clients=20000 -v orders=100000 -v year=2026 -f grow-store.sql
-- Restart the store afterwards (settings are cached).
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE grow_settings AS
  SELECT :staff::int AS staff, :clients::int AS clients, :orders::int AS orders, :year::int AS yr,
         (SELECT min("Id") FROM "Customer" WHERE "Email" IS NOT NULL AND NOT "IsSystemAccount") AS source_customer;

DO $$
DECLARE
  s grow_settings%ROWTYPE;
  customer_columns text;
  order_columns text;
  item_columns text;
  rep_role int;
  first_day timestamp;
  now_utc timestamp := now() at time zone 'utc';
  percent_program int;
  ladder_program int;
  first_program int;
BEGIN
  SELECT * INTO s FROM grow_settings;
  first_day := make_timestamp(s.yr - 1, 12, 1, 0, 0, 0);
  SELECT "Id" INTO rep_role FROM "CustomerRole" WHERE "SystemName" = 'SalesRepresentative';

  SELECT string_agg(format('%I', column_name), ',') INTO customer_columns
    FROM information_schema.columns
   WHERE table_name = 'Customer' AND column_name NOT IN ('Id', 'CustomerGuid', 'Email', 'Username');

  -- people: staff, then clients
  CREATE TEMP TABLE grown_people (kind text, n int, id int, PRIMARY KEY (kind, n));
  EXECUTE format('WITH added AS (INSERT INTO "Customer" (%s, "CustomerGuid", "Email", "Username")
                    SELECT %s, gen_random_uuid(), p.kind || ''-'' || p.n || ''@bench.example'', p.kind || ''-'' || p.n
                      FROM "Customer" c,
                           (SELECT ''staff'' AS kind, g AS n FROM generate_series(1, %s) g
                            UNION ALL SELECT ''client'', g FROM generate_series(1, %s) g) p
                     WHERE c."Id" = %s
                 RETURNING "Id", "Username")
                 INSERT INTO grown_people SELECT split_part("Username", ''-'', 1), split_part("Username", ''-'', 2)::int, "Id" FROM added',
                 customer_columns, customer_columns, s.staff, s.clients, s.source_customer);

  INSERT INTO "Customer_CustomerRole_Mapping" ("Customer_Id", "CustomerRole_Id")
  SELECT id, rep_role FROM grown_people WHERE kind = 'staff';
  INSERT INTO "SalesCommission_StaffProfile" ("CustomerId", "ManagerCustomerId", "Active", "CreatedOnUtc")
  SELECT p.id, CASE WHEN p.n <= s.staff / 10 THEN NULL ELSE m.id END, true, now_utc
    FROM grown_people p
    LEFT JOIN grown_people m ON m.kind = 'staff' AND m.n = 1 + p.n % GREATEST(s.staff / 10, 1)
   WHERE p.kind = 'staff';
  INSERT INTO "SalesCommission_ClientAssignment" ("CustomerId", "StaffCustomerId", "Split")
  SELECT c.id, r.id, 100
    FROM grown_people c
    JOIN grown_people r ON r.kind = 'staff' AND r.n = s.staff / 10 + 1 + c.n % (s.staff - s.staff / 10)
   WHERE c.kind = 'client';

  -- programs
  INSERT INTO "SalesCommission_CommissionProgram" ("Name", "ProgramTypeId", "BasisId", "Priority", "Active", "Rate",
         "LadderModeId", "LadderWindowId", "DefaultRate", "FirstOrderCount", "FirstOrderRate", "AllPartners",
         "CreatedOnUtc", "UpdatedOnUtc", "Deleted")
  VALUES ('Bench 5% of net sales', 1, 0, 1, true, 5, 0, 0, 0, 0, NULL, false, now_utc, now_utc, false)
  RETURNING "Id" INTO percent_program;
  INSERT INTO "SalesCommission_CommissionProgram" ("Name", "ProgramTypeId", "BasisId", "Priority", "Active", "Rate",
         "LadderModeId", "LadderWindowId", "DefaultRate", "FirstOrderCount", "FirstOrderRate", "AllPartners",
         "CreatedOnUtc", "UpdatedOnUtc", "Deleted")
  VALUES ('Bench monthly ladder', 2, 0, 2, true, NULL, 1, 1, 0, 0, NULL, false, now_utc, now_utc, false)
  RETURNING "Id" INTO ladder_program;
  INSERT INTO "SalesCommission_CommissionProgram" ("Name", "ProgramTypeId", "BasisId", "Priority", "Active", "Rate",
         "LadderModeId", "LadderWindowId", "DefaultRate", "FirstOrderCount", "FirstOrderRate", "AllPartners",
         "CreatedOnUtc", "UpdatedOnUtc", "Deleted")
  VALUES ('Bench first order', 4, 1, 3, true, 1, 0, 0, 0, 1, 10, false, now_utc, now_utc, false)
  RETURNING "Id" INTO first_program;
  INSERT INTO "SalesCommission_ProgramOverrideLevel" ("ProgramId", "Level", "Percent", "OverrideBaseId")
  VALUES (percent_program, 1, 10, 0);
  INSERT INTO "SalesCommission_ProgramBand" ("ProgramId", "ProductLadderId", "From", "To", "Rate", "FixedAmount", "DisplayOrder")
  VALUES (ladder_program, NULL, 0, 5000, 2, NULL, 0),
         (ladder_program, NULL, 5000, 20000, 3, NULL, 1),
         (ladder_program, NULL, 20000, NULL, 4, NULL, 2);
  UPDATE "Setting" SET "Value" = '1' WHERE "Name" = 'salescommissionsettings.stackingpolicyid';

  -- orders: copies of the store's first five orders, paid over the year, each for a pseudo-random client
  SELECT string_agg(format('%I', column_name), ',') INTO order_columns
    FROM information_schema.columns
   WHERE table_name = 'Order' AND column_name NOT IN ('Id', 'OrderGuid', 'CustomOrderNumber', 'CustomerId', 'PaymentStatusId',
                                                      'OrderStatusId', 'PaidDateUtc', 'CreatedOnUtc');
  SELECT string_agg(format('%I', column_name), ',') INTO item_columns
    FROM information_schema.columns
   WHERE table_name = 'OrderItem' AND column_name NOT IN ('Id', 'OrderId', 'OrderItemGuid');

  CREATE TEMP TABLE grown_orders AS
  SELECT g AS n,
         (SELECT min("Id") FROM "Order") + (g % 5) AS source,
         c.id AS customer,
         first_day + (g - 1) * ((make_timestamp(s.yr, 12, 1, 0, 0, 0) - first_day) / s.orders) AS paid
    FROM generate_series(1, s.orders) g
    JOIN grown_people c ON c.kind = 'client' AND c.n = 1 + (g::bigint * 7919) % s.clients;
  CREATE INDEX ON grown_orders (n);
  ALTER TABLE grown_orders ADD COLUMN id int;

  EXECUTE format('WITH added AS (INSERT INTO "Order" (%s, "OrderGuid", "CustomOrderNumber", "CustomerId", "PaymentStatusId",
                                                     "OrderStatusId", "PaidDateUtc", "CreatedOnUtc")
                    SELECT %s, gen_random_uuid(), ''bench-'' || g.n, g.customer, 30, 30, g.paid, g.paid
                      FROM grown_orders g JOIN "Order" o ON o."Id" = g.source
                 RETURNING "Id", "CustomOrderNumber")
                 UPDATE grown_orders g SET id = added."Id" FROM added WHERE added."CustomOrderNumber" = ''bench-'' || g.n',
                 order_columns, regexp_replace(order_columns, '(^|,)', '\1o.', 'g'));
  EXECUTE format('INSERT INTO "OrderItem" ("OrderId", "OrderItemGuid", %s)
                  SELECT g.id, gen_random_uuid(), %s FROM grown_orders g JOIN "OrderItem" i ON i."OrderId" = g.source',
                 item_columns, regexp_replace(item_columns, '(^|,)', '\1i.', 'g'));
  UPDATE "Order" o SET "CustomOrderNumber" = o."Id"::text FROM grown_orders g WHERE o."Id" = g.id;
END $$;
COMMIT;
ANALYZE "Order";
ANALYZE "OrderItem";
SELECT count(*) AS paid_orders, min("PaidDateUtc"), max("PaidDateUtc"), count(DISTINCT "CustomerId") AS clients
  FROM "Order" WHERE "CustomOrderNumber" ~ '^[0-9]+$' AND "PaidDateUtc" IS NOT NULL;
