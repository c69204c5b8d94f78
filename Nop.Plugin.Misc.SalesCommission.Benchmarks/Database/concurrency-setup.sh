#!/usr/bin/env bash
# Sets up the concurrency probe in a throwaway test store's database (the plugin installed), PostgreSQL or
# MySQL/MariaDB (CONNECTION as for sql.sh):
#   concurrency-setup.sh CONNECTION SOURCE_ORDER REP [whole|marginal|accelerator]
# the source order's customer becomes a client owned 100% by customer REP (put in the Sales representative role),
# every other program is switched off, one probe program is added (concurrency-setup.sql), and 30 unpaid copies of the
# source order with net sales 50.00 each are made (clone-orders.sh); it prints the program's id and the orders' ids.
# Paid one after another or all at once, by paid time, they must earn (ledger-check.sql with the same probe):
#   whole (default)  Month WholeAmount ladder 0 @2%, 1000 @5%: F(1500) = 75.00 = 19 × 1.00, the 20th 31.00, 10 × 2.50
#   marginal         Month Marginal ladder 0 @2%, 1000 @5%:    F(1500) = 45.00 = 20 × 1.00, then 10 × 2.50
#   accelerator      5% of the order, accelerator ×2 above 100% of the rep's Month target of 1,000 (this month):
#                    F(1500) = 100.00 = 20 × 2.50, then 10 × 5.00
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
connection=${1:?CONNECTION}; source_order=${2:?SOURCE_ORDER}; rep=${3:?REP}; probe=${4:-whole}
case $probe in whole|marginal|accelerator) ;; *) echo "probe must be whole, marginal or accelerator" >&2; exit 2 ;; esac
"$here/sql.sh" "$connection" "$here/concurrency-setup.sql" source_order="$source_order" rep="$rep" probe="$probe" \
  name="Probe: $probe $(date -u +%H:%M:%S)" month_start="$(date -u +%Y-%m-01)"
"$here/clone-orders.sh" "$connection" "$source_order" 30 50
