#!/usr/bin/env bash
# Copies one order of a local test store COUNT times as unpaid orders (same customer, items and totals; with AMOUNT,
# subtotal and total set to AMOUNT, no discount), for the probes and the order-paid latency measurement. PostgreSQL or
# MySQL/MariaDB (see sql.sh), one transaction, throwaway store databases only; at most 5,000 copies:
#   clone-orders.sh CONNECTION SOURCE_ORDER COUNT [AMOUNT]
# Prints the first and last id of the copies.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
connection=${1:?CONNECTION}; source_order=${2:?SOURCE_ORDER}; count=${3:?COUNT}; amount=${4:-}
[[ $source_order =~ ^[0-9]+$ && $count =~ ^[0-9]+$ && $count -ge 1 && $count -le 5000 ]] \
  || { echo "SOURCE_ORDER must be an order id, COUNT 1..5000" >&2; exit 2; }
[[ -z $amount || $amount =~ ^[0-9]+(\.[0-9]+)?$ ]] || { echo "AMOUNT must be a number" >&2; exit 2; }

# the columns copied as they are (read from the store's own schema)
columns() {
  "$here/sql.sh" --rows "$connection" - table="$1" <<'SQL'
SELECT '"' || column_name || '"' FROM information_schema.columns
 WHERE table_schema = :this_schema AND table_name = :'table'
   AND column_name NOT IN ('Id', 'OrderId', 'OrderGuid', 'OrderItemGuid', 'CustomOrderNumber', 'PaymentStatusId',
                           'PaidDateUtc', 'CreatedOnUtc')
 ORDER BY ordinal_position;
SQL
}
order_columns=$(columns Order | paste -sd,)
item_columns=$(columns OrderItem | paste -sd,)
[ -n "$order_columns" ] && [ -n "$item_columns" ] || { echo "no Order/OrderItem columns found" >&2; exit 1; }
[ "$(wc -l <<<"$order_columns")" = 1 ] || { echo "unexpected column list" >&2; exit 1; }

totals=""
[ -n "$amount" ] && totals="UPDATE \"Order\" SET \"OrderSubtotalExclTax\" = :amount, \"OrderSubtotalInclTax\" = :amount,
       \"OrderTotal\" = :amount, \"OrderSubTotalDiscountExclTax\" = 0, \"OrderDiscount\" = 0
 WHERE \"CustomOrderNumber\" LIKE 'bench-%';"

{
  for i in $(seq 1 "$count"); do
    echo "INSERT INTO \"Order\" ($order_columns, \"OrderGuid\", \"CustomOrderNumber\", \"PaymentStatusId\", \"PaidDateUtc\", \"CreatedOnUtc\")"
    echo "  SELECT $order_columns, :new_guid, 'bench-$i', 10, NULL, :utc_now FROM \"Order\" WHERE \"Id\" = :source_order;"
  done
  cat <<SQL
INSERT INTO "OrderItem" ("OrderId", "OrderItemGuid", $item_columns)
  SELECT o."Id", :new_guid, $(sed 's/"\([^",]*\)"/i."\1"/g' <<<"$item_columns")
    FROM "Order" o, "OrderItem" i
   WHERE o."CustomOrderNumber" LIKE 'bench-%' AND i."OrderId" = :source_order;
$totals
SELECT min("Id") AS first_copy, max("Id") AS last_copy FROM "Order" WHERE "CustomOrderNumber" LIKE 'bench-%';
UPDATE "Order" SET "CustomOrderNumber" = '' || "Id" WHERE "CustomOrderNumber" LIKE 'bench-%';
SQL
} | "$here/sql.sh" "$connection" - source_order="$source_order" amount="${amount:-0}"
