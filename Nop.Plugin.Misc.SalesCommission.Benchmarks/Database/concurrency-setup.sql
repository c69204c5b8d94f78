-- The concurrency probe's setup, dialect-neutral (PostgreSQL, MySQL/MariaDB); run by concurrency-setup.sh, which also
-- makes the orders. The source order's customer becomes a client owned 100% by customer :rep (put in the Sales
-- representative role), every other program is switched off and one probe program :'name' is added (see
-- concurrency-setup.sh for what it must pay).
INSERT INTO "Customer_CustomerRole_Mapping" ("Customer_Id", "CustomerRole_Id")
  SELECT :rep, r."Id" FROM "CustomerRole" r
   WHERE r."SystemName" = 'SalesRepresentative'
     AND NOT EXISTS (SELECT 1 FROM "Customer_CustomerRole_Mapping" m WHERE m."Customer_Id" = :rep AND m."CustomerRole_Id" = r."Id");
DELETE FROM "SalesCommission_ClientAssignment" WHERE "CustomerId" = (SELECT "CustomerId" FROM "Order" WHERE "Id" = :source_order);
INSERT INTO "SalesCommission_ClientAssignment" ("CustomerId", "StaffCustomerId", "Split")
  SELECT "CustomerId", :rep, 100 FROM "Order" WHERE "Id" = :source_order;
UPDATE "SalesCommission_CommissionProgram" SET "Active" = false;
DELETE FROM "SalesCommission_CommissionTarget" WHERE "StaffCustomerId" = :rep;
-- whole and marginal: a Month ladder (type 2) 0 @2%, 1000 @5%; accelerator: 5% of the order (type 1), ×2 above 100%
INSERT INTO "SalesCommission_CommissionProgram" ("Name", "ProgramTypeId", "BasisId", "Priority", "Active", "LadderModeId",
    "LadderWindowId", "DefaultRate", "FirstOrderCount", "AllPartners", "CreatedOnUtc", "UpdatedOnUtc", "Deleted",
    "Rate", "AcceleratorThresholdPercent", "AcceleratorFactor")
  SELECT :'name', CASE WHEN :'probe' = 'accelerator' THEN 1 ELSE 2 END, 0, 0, true,
         CASE WHEN :'probe' = 'whole' THEN 1 ELSE 0 END, 1, 0, 1, false, :utc_now, :utc_now, false,
         CASE WHEN :'probe' = 'accelerator' THEN 5 END, CASE WHEN :'probe' = 'accelerator' THEN 100 END,
         CASE WHEN :'probe' = 'accelerator' THEN 2 END;
INSERT INTO "SalesCommission_ProgramBand" ("ProgramId", "From", "Rate", "DisplayOrder")
  SELECT p."Id", bands.band_from, bands.band_rate, bands.band_order
    FROM "SalesCommission_CommissionProgram" p,
         (SELECT 0 AS band_from, 2 AS band_rate, 0 AS band_order UNION ALL SELECT 1000, 5, 1) bands
   WHERE p."Name" = :'name' AND :'probe' <> 'accelerator';
-- the rep's target for this month (UTC): 1,000 of net sales
INSERT INTO "SalesCommission_CommissionTarget" ("StaffCustomerId", "CustomerRoleId", "PeriodId", "StartDateUtc", "Amount")
  SELECT :rep, NULL, 1, :'month_start', 1000 FROM "CustomerRole" WHERE "SystemName" = 'SalesRepresentative' AND :'probe' = 'accelerator';
SELECT "Id" AS probe_program, "Name" AS name FROM "SalesCommission_CommissionProgram" WHERE "Name" = :'name';
