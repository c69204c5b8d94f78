-- After a concurrency probe (pay-concurrently.sh): what each order's Direct entry under one program should be if the
-- orders were taken in strictly by paid time (then order id), against what the ledger wrote. Run against the test
-- store's database:  psql "$STORE_DB" -v program=3 -v first=36 -v last=65 [-v probe=whole|marginal|accelerator] -f ledger-check.sql
-- It prints the Direct total and the orders whose entry is not the one their paid-time rank gives (none when exact);
-- the expected amounts come from the program concurrency-setup.sql set up for the same probe (orders of 50.00).
\set ON_ERROR_STOP on
\if :{?probe}
\else
  \set probe whole
\endif
CREATE TEMP TABLE expected_entry AS
  SELECT rank, CASE :'probe'
                 WHEN 'whole'       THEN CASE WHEN rank < 20 THEN 1.00 WHEN rank = 20 THEN 31.00 ELSE 2.50 END
                 WHEN 'marginal'    THEN CASE WHEN rank <= 20 THEN 1.00 ELSE 2.50 END
                 WHEN 'accelerator' THEN CASE WHEN rank <= 20 THEN 2.50 ELSE 5.00 END
               END AS amount
    FROM generate_series(1, 100) AS rank;
SELECT count(*) AS direct_entries, sum(e."Amount") AS direct_total
  FROM "SalesCommission_CommissionEntry" e
 WHERE e."ProgramId" = :program AND e."KindId" = 0 AND e."OrderId" BETWEEN :first AND :last;

WITH ranked AS (
  SELECT "Id", row_number() OVER (ORDER BY "PaidDateUtc", "Id") AS rank
    FROM "Order" WHERE "Id" BETWEEN :first AND :last AND "PaidDateUtc" IS NOT NULL)
SELECT sum(x.amount) AS expected_total FROM ranked r JOIN expected_entry x ON x.rank = r.rank;

WITH ranked AS (
  SELECT "Id", row_number() OVER (ORDER BY "PaidDateUtc", "Id") AS rank
    FROM "Order" WHERE "Id" BETWEEN :first AND :last AND "PaidDateUtc" IS NOT NULL)
SELECT r.rank, r."Id" AS order_id, e."Amount" AS written, x.amount AS by_paid_time
  FROM ranked r
  JOIN expected_entry x ON x.rank = r.rank
  LEFT JOIN "SalesCommission_CommissionEntry" e ON e."OrderId" = r."Id" AND e."ProgramId" = :program AND e."KindId" = 0
 WHERE e."Amount" IS DISTINCT FROM x.amount
 ORDER BY r.rank;

SELECT "StatusId" AS event_status, count(*) FROM "SalesCommission_OrderEventRecord"
 WHERE "OrderId" BETWEEN :first AND :last GROUP BY 1;
