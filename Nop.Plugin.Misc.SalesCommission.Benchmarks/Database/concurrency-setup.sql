-- Sets up the concurrency probe in a throwaway test store's database (the plugin installed):
--   psql "$STORE_DB" -v source_order=2 -v rep=7 [-v probe=whole|marginal|accelerator] -f concurrency-setup.sql
-- the source order's customer becomes a client owned 100% by customer :rep (put in the Sales representative role),
-- every other program is switched off, one probe program is added, and 30 unpaid copies of the source order with net
-- sales 50.00 each are made (clone-orders.sql); it prints the program's id and the orders' ids. Paid one after another
-- or all at once, by paid time, they must earn (ledger-check.sql with the same probe):
--   whole (default)  Month WholeAmount ladder 0 @2%, 1000 @5%: F(1500) = 75.00 = 19 × 1.00, the 20th 31.00, 10 × 2.50
--   marginal         Month Marginal ladder 0 @2%, 1000 @5%:    F(1500) = 45.00 = 20 × 1.00, then 10 × 2.50
--   accelerator      5% of the order, accelerator ×2 above 100% of the rep's Month target of 1,000 (this month):
--                    F(1500) = 100.00 = 20 × 2.50, then 10 × 5.00
\set ON_ERROR_STOP on
\if :{?probe}
\else
  \set probe whole
\endif
SELECT :'probe' IN ('whole', 'marginal', 'accelerator') AS known_probe \gset
\if :known_probe
\else
  \echo 'probe must be whole, marginal or accelerator'
  \quit
\endif
INSERT INTO "Customer_CustomerRole_Mapping" ("Customer_Id", "CustomerRole_Id")
  SELECT :rep, r."Id" FROM "CustomerRole" r WHERE r."SystemName" = 'SalesRepresentative'
  ON CONFLICT DO NOTHING;
DELETE FROM "SalesCommission_ClientAssignment" WHERE "CustomerId" = (SELECT "CustomerId" FROM "Order" WHERE "Id" = :source_order);
INSERT INTO "SalesCommission_ClientAssignment" ("CustomerId", "StaffCustomerId", "Split")
  SELECT "CustomerId", :rep, 100 FROM "Order" WHERE "Id" = :source_order;
UPDATE "SalesCommission_CommissionProgram" SET "Active" = false;
DELETE FROM "SalesCommission_CommissionTarget" WHERE "StaffCustomerId" = :rep;
CREATE TEMP TABLE probe_program AS
  SELECT 'Probe: ' || :'probe' || ' ' || to_char(now(), 'HH24:MI:SS') AS name,
         CASE :'probe' WHEN 'accelerator' THEN 1 ELSE 2 END AS program_type,
         CASE :'probe' WHEN 'whole' THEN 1 ELSE 0 END AS ladder_mode;
INSERT INTO "SalesCommission_CommissionProgram" ("Name", "ProgramTypeId", "BasisId", "Priority", "Active", "LadderModeId",
    "LadderWindowId", "DefaultRate", "FirstOrderCount", "AllPartners", "CreatedOnUtc", "UpdatedOnUtc", "Deleted",
    "Rate", "AcceleratorThresholdPercent", "AcceleratorFactor")
  SELECT name, program_type, 0, 0, true, ladder_mode, 1, 0, 1, false, now(), now(), false,
         CASE WHEN program_type = 1 THEN 5 END, CASE WHEN program_type = 1 THEN 100 END, CASE WHEN program_type = 1 THEN 2 END
    FROM probe_program;
SELECT p."Id" AS probe_program FROM "SalesCommission_CommissionProgram" p JOIN probe_program n ON p."Name" = n.name
 ORDER BY p."Id" DESC LIMIT 1 \gset
INSERT INTO "SalesCommission_ProgramBand" ("ProgramId", "From", "Rate", "DisplayOrder")
  SELECT :probe_program, band_from, band_rate, band_order FROM (VALUES (0, 2, 0), (1000, 5, 1)) bands(band_from, band_rate, band_order)
   WHERE :'probe' <> 'accelerator';
-- the rep's target for this month (UTC): 1,000 of net sales
INSERT INTO "SalesCommission_CommissionTarget" ("StaffCustomerId", "CustomerRoleId", "PeriodId", "StartDateUtc", "Amount")
  SELECT :rep, NULL, 1, date_trunc('month', now() at time zone 'utc'), 1000 WHERE :'probe' = 'accelerator';
\echo probe program :probe_program (:probe)

\set count 30
\ir clone-orders.sql
UPDATE "Order" SET "OrderSubtotalExclTax" = 50, "OrderSubtotalInclTax" = 50, "OrderTotal" = 50,
       "OrderSubTotalDiscountExclTax" = 0, "OrderDiscount" = 0
 WHERE "CustomOrderNumber" ~ '^[0-9]+$' AND "PaidDateUtc" IS NULL AND "CustomerId" = (SELECT "CustomerId" FROM "Order" WHERE "Id" = :source_order)
   AND "Id" > :source_order;
