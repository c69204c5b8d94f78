-- Order-paid -> entries committed, per order: from the moment the plugin recorded the paid event to the moment its
-- entries were committed (both stamped by the plugin, microsecond precision), over orders FIRST..LAST:
--   psql "$STORE_DB" -v first=12 -v last=1011 -f paid-latency.sql
\set ON_ERROR_STOP on
SELECT count(*)                                                                               AS orders,
       round((percentile_cont(0.50) WITHIN GROUP (ORDER BY ms))::numeric, 2)                AS p50_ms,
       round((percentile_cont(0.99) WITHIN GROUP (ORDER BY ms))::numeric, 2)                AS p99_ms,
       round(max(ms)::numeric, 2)                                                            AS max_ms,
       (SELECT count(*) FROM "SalesCommission_CommissionEntry" e WHERE e."OrderId" BETWEEN :first AND :last) AS entries
  FROM (SELECT extract(epoch FROM ("ProcessedOnUtc" - "CreatedOnUtc")) * 1000 AS ms
          FROM "SalesCommission_OrderEventRecord"
         WHERE "EventTypeId" = 1 AND "OrderId" BETWEEN :first AND :last AND "ProcessedOnUtc" IS NOT NULL) latency;
