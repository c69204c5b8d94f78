-- After a concurrency probe (pay-concurrently.sh): what each order's Direct entry under one program should be if the
-- orders were taken in strictly by paid time (then order id), against what the ledger wrote. Dialect-neutral, run
-- against the test store's database by sql.sh (PostgreSQL or MySQL/MariaDB) or by psql:
--   sql.sh CONNECTION ledger-check.sql program=3 first=36 last=65 probe=whole|marginal|accelerator
--   psql "$STORE_DB" -v program=3 -v first=36 -v last=65 -v probe=whole -f ledger-check.sql
-- It prints the Direct total, the expected total, the orders whose entry is not the one their paid-time rank gives
-- (none when exact) and the orders' event records by status (0 Pending, 1 Processed, 2 Failed); the expected amounts
-- come from the program concurrency-setup.sh set up for the same probe (orders of 50.00).
SELECT count(*) AS direct_entries, sum(e."Amount") AS direct_total
  FROM "SalesCommission_CommissionEntry" e
 WHERE e."ProgramId" = :program AND e."KindId" = 0 AND e."OrderId" BETWEEN :first AND :last;

CREATE TEMPORARY TABLE expected_entry AS
  SELECT "Id" AS order_id, paid_rank, CASE :'probe'
           WHEN 'whole'       THEN CASE WHEN paid_rank < 20 THEN 1.00 WHEN paid_rank = 20 THEN 31.00 ELSE 2.50 END
           WHEN 'marginal'    THEN CASE WHEN paid_rank <= 20 THEN 1.00 ELSE 2.50 END
           WHEN 'accelerator' THEN CASE WHEN paid_rank <= 20 THEN 2.50 ELSE 5.00 END
         END AS amount
    FROM (SELECT "Id", row_number() OVER (ORDER BY "PaidDateUtc", "Id") AS paid_rank
            FROM "Order" WHERE "Id" BETWEEN :first AND :last AND "PaidDateUtc" IS NOT NULL) ranked;

SELECT count(*) AS paid_orders, sum(x.amount) AS expected_total,
       sum(CASE WHEN e."Amount" IS NULL OR e."Amount" <> x.amount THEN 1 ELSE 0 END) AS entries_not_as_expected
  FROM expected_entry x
  LEFT JOIN "SalesCommission_CommissionEntry" e ON e."OrderId" = x.order_id AND e."ProgramId" = :program AND e."KindId" = 0;

SELECT x.paid_rank, x.order_id, e."Amount" AS written, x.amount AS by_paid_time
  FROM expected_entry x
  LEFT JOIN "SalesCommission_CommissionEntry" e ON e."OrderId" = x.order_id AND e."ProgramId" = :program AND e."KindId" = 0
 WHERE e."Amount" IS NULL OR e."Amount" <> x.amount
 ORDER BY x.paid_rank;

SELECT "StatusId" AS event_status, count(*) AS events FROM "SalesCommission_OrderEventRecord"
 WHERE "OrderId" BETWEEN :first AND :last GROUP BY "StatusId" ORDER BY "StatusId";
