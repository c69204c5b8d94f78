-- The history-kept probe's setup, dialect-neutral (PostgreSQL, MySQL/MariaDB); run by history-setup.sh, which also
-- makes the orders. The source order's customer becomes a client owned 100% by customer :rep; :rep and :new_rep are
-- put in the Sales representative role; every other program is switched off; one program "Probe: 5% of net sales"
-- (PercentOfOrder, all staff) is added.
INSERT INTO "Customer_CustomerRole_Mapping" ("Customer_Id", "CustomerRole_Id")
  SELECT staff.c, r."Id" FROM (SELECT :rep AS c UNION SELECT :new_rep) staff, "CustomerRole" r
   WHERE r."SystemName" = 'SalesRepresentative'
     AND NOT EXISTS (SELECT 1 FROM "Customer_CustomerRole_Mapping" m WHERE m."Customer_Id" = staff.c AND m."CustomerRole_Id" = r."Id");
DELETE FROM "SalesCommission_ClientAssignment" WHERE "CustomerId" = (SELECT "CustomerId" FROM "Order" WHERE "Id" = :source_order);
INSERT INTO "SalesCommission_ClientAssignment" ("CustomerId", "StaffCustomerId", "Split")
  SELECT "CustomerId", :rep, 100 FROM "Order" WHERE "Id" = :source_order;
UPDATE "SalesCommission_CommissionProgram" SET "Active" = false;
INSERT INTO "SalesCommission_CommissionProgram" ("Name", "ProgramTypeId", "BasisId", "Priority", "Active", "Rate", "LadderModeId",
    "LadderWindowId", "DefaultRate", "FirstOrderCount", "AllPartners", "CreatedOnUtc", "UpdatedOnUtc", "Deleted")
  VALUES ('Probe: 5% of net sales', 1, 0, 0, true, 5, 0, 0, 0, 0, false, :utc_now, :utc_now, false);
SELECT max("Id") AS probe_program FROM "SalesCommission_CommissionProgram" WHERE "Name" = 'Probe: 5% of net sales';
SELECT "CustomerId" AS probe_client FROM "Order" WHERE "Id" = :source_order;
