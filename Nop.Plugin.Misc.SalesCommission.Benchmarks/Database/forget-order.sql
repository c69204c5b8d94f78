-- The reconciliation probe's setup, dialect-neutral (PostgreSQL, MySQL/MariaDB): removes every trace the plugin kept of
-- one paid order (its event records, entries, period credits, credited sales and stored crediting), as if the store
-- had paid it while the event could not be recorded. Throwaway test store databases only:
--   sql.sh CONNECTION forget-order.sql order=42
-- The dashboard's "Orders whose events the ledger missed" then counts it, and its button (or the hourly task) pays it.
DELETE FROM "SalesCommission_OrderEventRecord" WHERE "OrderId" = :order;
DELETE FROM "SalesCommission_CommissionEntry" WHERE "OrderId" = :order;
DELETE FROM "SalesCommission_PeriodCredit" WHERE "OrderId" = :order;
DELETE FROM "SalesCommission_StaffCreditedSale" WHERE "OrderId" = :order;
DELETE FROM "SalesCommission_OrderCreditingShare" WHERE "OrderId" = :order;
DELETE FROM "SalesCommission_OrderCrediting" WHERE "OrderId" = :order;
SELECT "Id" AS order_id, "PaymentStatusId" AS payment_status, "PaidDateUtc" AS paid FROM "Order" WHERE "Id" = :order;
