-- The report queries as the plugin sends them (copied from PostgreSQL's statement log of a local store, parameters
-- inlined), each under EXPLAIN ANALYZE. Run after seed-entries.sql:
--   psql "$STORE_DB" -v from="'2025-11-01'" -v to="'2026-11-01'" -f report-queries.sql
\set ON_ERROR_STOP on
\echo '== by rep (beneficiary): also the dashboard''s top reps and the team report''s input'
EXPLAIN (ANALYZE, BUFFERS) SELECT e."BeneficiaryTypeId", e."BeneficiaryId", SUM(e."Amount"),
       SUM(CASE WHEN e."KindId" = 0 THEN e."Base" ELSE 0 END), COUNT(*)
  FROM "SalesCommission_CommissionEntry" e
 WHERE e."OrderPaidOnUtc" >= :from AND e."OrderPaidOnUtc" < :to
 GROUP BY e."BeneficiaryTypeId", e."BeneficiaryId";

\echo '== by program'
EXPLAIN (ANALYZE, BUFFERS) SELECT e."ProgramId", SUM(e."Amount"), SUM(CASE WHEN e."KindId" = 0 THEN e."Base" ELSE 0 END), COUNT(*)
  FROM "SalesCommission_CommissionEntry" e
 WHERE e."OrderPaidOnUtc" >= :from AND e."OrderPaidOnUtc" < :to
 GROUP BY e."ProgramId";

\echo '== by client, one store'
EXPLAIN (ANALYZE, BUFFERS) SELECT e."ClientCustomerId", SUM(e."Amount"), SUM(CASE WHEN e."KindId" = 0 THEN e."Base" ELSE 0 END), COUNT(*)
  FROM "SalesCommission_CommissionEntry" e
 WHERE e."OrderPaidOnUtc" >= :from AND e."OrderPaidOnUtc" < :to AND e."StoreId" = 1
 GROUP BY e."ClientCustomerId";

\echo '== by month'
EXPLAIN (ANALYZE, BUFFERS) SELECT g."Year_1", g."Month_1", SUM(g."Amount"), SUM(CASE WHEN g."KindId" = 0 THEN g."Base" ELSE 0 END), COUNT(*)
  FROM (SELECT Floor(Extract(year From e."OrderPaidOnUtc"))::Int AS "Year_1", Floor(Extract(month From e."OrderPaidOnUtc"))::Int AS "Month_1",
               e."Amount", e."KindId", e."Base"
          FROM "SalesCommission_CommissionEntry" e
         WHERE e."OrderPaidOnUtc" >= :from AND e."OrderPaidOnUtc" < :to) g
 GROUP BY g."Year_1", g."Month_1";

\echo '== by product (entries per order joined to the host''s order lines)'
EXPLAIN (ANALYZE, BUFFERS) SELECT i."ProductId", SUM(i."PriceExclTax"),
       SUM(CASE WHEN o."OrderSubtotalExclTax" = 0 THEN 0 ELSE (p."Commission" * i."PriceExclTax") / o."OrderSubtotalExclTax" END), SUM(p."Entries")
  FROM (SELECT e."OrderId", SUM(e."Amount") AS "Commission", COUNT(*) AS "Entries"
          FROM "SalesCommission_CommissionEntry" e
         WHERE e."OrderPaidOnUtc" >= :from AND e."OrderPaidOnUtc" < :to
         GROUP BY e."OrderId") p
       INNER JOIN "OrderItem" i ON p."OrderId" = i."OrderId"
       INNER JOIN "Order" o ON p."OrderId" = o."Id"
 GROUP BY i."ProductId";

\echo '== unpaid total (dashboard)'
EXPLAIN (ANALYZE, BUFFERS) SELECT SUM(e."Amount") FROM "SalesCommission_CommissionEntry" e WHERE e."StatusId" <> 3;

\echo '== one rep''s entries, newest first, first page (My commissions / entries list)'
EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM "SalesCommission_CommissionEntry" e
 WHERE e."BeneficiaryTypeId" = 0 AND e."BeneficiaryId" = 17
 ORDER BY e."OrderPaidOnUtc" DESC, e."Id" DESC LIMIT 15;
