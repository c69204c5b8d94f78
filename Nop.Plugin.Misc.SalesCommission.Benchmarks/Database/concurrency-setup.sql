-- Sets up the concurrency probe in a throwaway test store's database (the plugin installed):
--   psql "$STORE_DB" -v source_order=2 -v rep=7 -f concurrency-setup.sql
-- the source order's customer becomes a client owned 100% by customer :rep (put in the Sales representative role),
-- every other program is switched off, one program "Probe: Month whole-amount ladder" (0 @2%, 1000 @5%) is added, and
-- 30 unpaid copies of the source order with net sales 50.00 each are made (clone-orders.sql); it prints their ids.
-- Paid one after another or all at once, they must earn F(1500) = 75.00: 19 × 1.00, the 20th 31.00, then 10 × 2.50.
\set ON_ERROR_STOP on
INSERT INTO "Customer_CustomerRole_Mapping" ("Customer_Id", "CustomerRole_Id")
  SELECT :rep, r."Id" FROM "CustomerRole" r WHERE r."SystemName" = 'SalesRepresentative'
  ON CONFLICT DO NOTHING;
DELETE FROM "SalesCommission_ClientAssignment" WHERE "CustomerId" = (SELECT "CustomerId" FROM "Order" WHERE "Id" = :source_order);
INSERT INTO "SalesCommission_ClientAssignment" ("CustomerId", "StaffCustomerId", "Split")
  SELECT "CustomerId", :rep, 100 FROM "Order" WHERE "Id" = :source_order;
UPDATE "SalesCommission_CommissionProgram" SET "Active" = false;
WITH program AS (
  INSERT INTO "SalesCommission_CommissionProgram" ("Name", "ProgramTypeId", "BasisId", "Priority", "Active", "LadderModeId",
      "LadderWindowId", "DefaultRate", "FirstOrderCount", "AllPartners", "CreatedOnUtc", "UpdatedOnUtc", "Deleted")
  VALUES ('Probe: Month whole-amount ladder', 2, 0, 0, true, 1, 1, 0, 1, false, now(), now(), false)
  RETURNING "Id")
INSERT INTO "SalesCommission_ProgramBand" ("ProgramId", "From", "Rate", "DisplayOrder")
  SELECT "Id", 0, 2, 0 FROM program UNION ALL SELECT "Id", 1000, 5, 1 FROM program;
SELECT "Id" AS probe_program FROM "SalesCommission_CommissionProgram" WHERE "Name" = 'Probe: Month whole-amount ladder' ORDER BY "Id" DESC LIMIT 1;

\set count 30
\ir clone-orders.sql
UPDATE "Order" SET "OrderSubtotalExclTax" = 50, "OrderSubtotalInclTax" = 50, "OrderTotal" = 50,
       "OrderSubTotalDiscountExclTax" = 0, "OrderDiscount" = 0
 WHERE "CustomOrderNumber" ~ '^[0-9]+$' AND "PaidDateUtc" IS NULL AND "CustomerId" = (SELECT "CustomerId" FROM "Order" WHERE "Id" = :source_order)
   AND "Id" > :source_order;
