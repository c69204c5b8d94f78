#!/usr/bin/env bash
# Sets up the history-kept probe in a throwaway test store's database (the plugin installed), PostgreSQL or
# MySQL/MariaDB (CONNECTION as for sql.sh):
#   history-setup.sh CONNECTION SOURCE_ORDER REP NEW_REP
# the source order's customer becomes a client owned 100% by customer REP; REP and NEW_REP are put in the Sales
# representative role; every other program is switched off; one program "Probe: 5% of net sales" (PercentOfOrder, all
# staff) is added (history-setup.sql); 5 unpaid copies of the source order with net sales 100.00 each are made
# (clone-orders.sh). Paid (mark-paid.sh), they earn 5.00 each for REP. history-kept.sh then reassigns the client to
# NEW_REP, re-rates the program and previews the recalculation: 0 differences; credited again: REP −25.00, NEW_REP +25.00.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
connection=${1:?CONNECTION}; source_order=${2:?SOURCE_ORDER}; rep=${3:?REP}; new_rep=${4:?NEW_REP}
"$here/sql.sh" "$connection" "$here/history-setup.sql" source_order="$source_order" rep="$rep" new_rep="$new_rep"
"$here/clone-orders.sh" "$connection" "$source_order" 5 100
