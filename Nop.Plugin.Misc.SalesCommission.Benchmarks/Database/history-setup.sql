-- Sets up the history-kept probe in a throwaway test store's database (the plugin installed):
--   psql "$STORE_DB" -v source_order=2 -v rep=7 -v new_rep=8 -f history-setup.sql
-- the source order's customer becomes a client owned 100% by customer :rep; :rep and :new_rep are put in the Sales
-- representative role; every other program is switched off; one program "Probe: 5% of net sales" (PercentOfOrder, all
-- staff) is added; 5 unpaid copies of the source order with net sales 100.00 each are made (clone-orders.sql).
-- Paid, they earn 5.00 each for :rep. history-kept.sh then reassigns the client to :new_rep, re-rates the program and
-- previews the recalculation: 0 differences; credited again: :rep −25.00, :new_rep +25.00.
\set ON_ERROR_STOP on
INSERT INTO "Customer_CustomerRole_Mapping" ("Customer_Id", "CustomerRole_Id")
  SELECT c, r."Id" FROM (VALUES (:rep), (:new_rep)) AS staff(c), "CustomerRole" r WHERE r."SystemName" = 'SalesRepresentative'
  ON CONFLICT DO NOTHING;
DELETE FROM "SalesCommission_ClientAssignment" WHERE "CustomerId" = (SELECT "CustomerId" FROM "Order" WHERE "Id" = :source_order);
INSERT INTO "SalesCommission_ClientAssignment" ("CustomerId", "StaffCustomerId", "Split")
  SELECT "CustomerId", :rep, 100 FROM "Order" WHERE "Id" = :source_order;
UPDATE "SalesCommission_CommissionProgram" SET "Active" = false;
INSERT INTO "SalesCommission_CommissionProgram" ("Name", "ProgramTypeId", "BasisId", "Priority", "Active", "Rate", "LadderModeId",
    "LadderWindowId", "DefaultRate", "FirstOrderCount", "AllPartners", "CreatedOnUtc", "UpdatedOnUtc", "Deleted")
  VALUES ('Probe: 5% of net sales', 1, 0, 0, true, 5, 0, 0, 0, 0, false, now(), now(), false);
SELECT "Id" AS probe_program FROM "SalesCommission_CommissionProgram" WHERE "Name" = 'Probe: 5% of net sales' ORDER BY "Id" DESC LIMIT 1;
SELECT "CustomerId" AS probe_client FROM "Order" WHERE "Id" = :source_order;

\set count 5
\ir clone-orders.sql
UPDATE "Order" SET "OrderSubtotalExclTax" = 100, "OrderSubtotalInclTax" = 100, "OrderTotal" = 100,
       "OrderSubTotalDiscountExclTax" = 0, "OrderDiscount" = 0
 WHERE "CustomOrderNumber" ~ '^[0-9]+$' AND "PaidDateUtc" IS NULL AND "CustomerId" = (SELECT "CustomerId" FROM "Order" WHERE "Id" = :source_order)
   AND "Id" > :source_order;
