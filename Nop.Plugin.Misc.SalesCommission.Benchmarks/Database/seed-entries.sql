-- Adds ROWS synthetic commission entries to a throwaway local store database, shaped like years of a busy store:
-- 3 entries per order (two Direct, one Override), 200 staff beneficiaries, 20 programs, 5,000 clients, 2 stores,
-- paid dates spread over the YEARS (default 3) years before 2026-11-01, a tenth clawed back, older entries in paid receipts.
-- Order ids start at 10,000,000 so they never meet the store's real orders. Then ANALYZE, as a live database would have.
--   psql "$STORE_DB" -v rows=1000000 -f seed-entries.sql                # 3 years of a busy store
--   psql "$STORE_DB" -v rows=1000000 -v years=1 -f seed-entries.sql     # one year of 1,000,000 entries
\set ON_ERROR_STOP on
\if :{?years}
\else
\set years 3
\endif
BEGIN;
INSERT INTO "SalesCommission_CommissionEntry"
  ("Base", "Amount", "OrderId", "ProgramId", "BeneficiaryTypeId", "BeneficiaryId", "KindId", "Level", "Sequence",
   "Explanation", "StatusId", "ReceiptId", "StoreId", "ClientCustomerId", "OrderPaidOnUtc", "CreatedOnUtc")
-- ids as the plugin stores them: kind Direct 0 / Override 1 / Clawback 2, status Pending 0 / Paid 3, staff = type 0
SELECT base, CASE WHEN kind = 2 THEN -round(base * 0.005, 2) ELSE round(base * 0.05, 2) END,
       10000000 + n / 3, 1 + (n / 3) % 20, 0, 1 + ((n / 3) * 7 + n % 3) % 200,
       kind, CASE WHEN kind = 1 THEN 1 ELSE 0 END, 0,
       'synthetic entry', CASE WHEN paid_on < timestamp '2026-06-01' THEN 3 ELSE 0 END, NULL,
       1 + (n / 3) % 2, 1 + (n / 3) % 5000, paid_on, paid_on
  FROM (SELECT n,
               round((20 + (n / 3) % 980)::numeric, 2) AS base,
               CASE WHEN n % 3 = 2 THEN 1 WHEN (n / 3) % 10 = 0 AND n % 3 = 1 THEN 2 ELSE 0 END AS kind,
               timestamp '2026-11-01' - :years * interval '1 year' + ((n / 3) * interval '1 second' * (:years * 31536000.0 / (:rows / 3))) AS paid_on
          FROM generate_series(0, :rows - 1) AS n) generated;
COMMIT;
ANALYZE "SalesCommission_CommissionEntry";
SELECT count(*) AS entries, min("OrderPaidOnUtc"), max("OrderPaidOnUtc") FROM "SalesCommission_CommissionEntry";
