#!/usr/bin/env bash
# History-kept probe (rules §5): after orders are paid (history-setup.sh, mark-paid.sh), reassigns their client to
# another rep and re-rates the program through the store's admin, as a manager would, then previews the
# recalculation of the paid days twice: as kept (expected: no differences) and credited again with today's
# assignments (expected: the old rep loses, the new rep gains, at the rate in force when the orders were paid).
# Loopback test stores only; every request at most 120 s, each preview (a background job) waited for at most 120 s;
# writes nothing but the client's owner, the program's new version and two preview runs.
#   history-kept.sh STORE_URL CLIENT_ID NEW_REP_ID PROGRAM_ID NEW_RATE FROM_DAY TO_DAY [ORDER_IDS]
# (days as yyyy-mm-dd; ORDER_IDS, e.g. "6,7,8", limits the previews to the probe's orders in a store paying others too)
set -euo pipefail
store=${1:?STORE_URL}; client=${2:?CLIENT_ID}; new_rep=${3:?NEW_REP_ID}; program=${4:?PROGRAM_ID}; rate=${5:?NEW_RATE}
from=${6:?FROM_DAY}; to=${7:?TO_DAY}; orders=${8:-}
email=${ADMIN_EMAIL:-admin@example.com}; password=${ADMIN_PASSWORD:-Admin123!}
agent="Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0"
jar=$(mktemp); page=$(mktemp); trap 'rm -f "$jar" "$page"' EXIT
c() { curl -s -m 120 -A "$agent" -c "$jar" -b "$jar" "$@"; }
token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$page" | head -1 | sed 's/.*value="//;s/"$//'; }
field() { grep -o "<input[^>]* name=\"$1\"[^>]*>" "$page" | head -1 | grep -o 'value="[^"]*"' | sed 's/^value="//;s/"$//'; }
preview() {
  c "$store/Admin/CommissionEntry/List" -o "$page"
  local job
  job=$(c -o /dev/null -w '%{redirect_url}' -X POST "$store/Admin/CommissionEntry/Recalculate" --data-urlencode "__RequestVerificationToken=$(token)" \
    --data-urlencode "Recalculation.FromDate=$from" --data-urlencode "Recalculation.ToDate=$to" \
    --data-urlencode "Recalculation.OrderIds=$orders" --data-urlencode "Recalculation.CreditAgain=$1" | grep -o '[0-9]*$')
  [ -n "$job" ] || { echo "credit again=$1: the preview did not start" >&2; return 1; }
  # the preview runs as a background job: its result page answers 200 once it is done (at most 120 s)
  for _ in $(seq 1 60); do
    [ "$(c -o "$page" -w '%{http_code}' "$store/Admin/CommissionJob/Result/$job")" = 200 ] && break
    sleep 2
  done
  grep -q 'id="recalculation-\(none\|differences\)"' "$page" || { echo "credit again=$1: job $job has no result" >&2; return 1; }
  local rows; rows=$(sed -n '/id="recalculation-differences"/,/<\/table>/p' "$page" | grep -c '<td><a href' || true)
  echo "credit again=$1: $rows differences, net $(grep -o 'id="recalculation-net">[^<]*' "$page" | sed 's/.*>//' || echo 0)"
  [ "$rows" -gt 0 ] || return 0
  sed -n '/id="recalculation-differences"/,/<\/table>/p' "$page" | grep -A6 '<td><a href' | sed 's/<[^>]*>//g;s/^ *//' | paste -sd' ' \
    | sed 's/ -- /\n/g' | sed 's/^/  /' || true
}

c "$store/login" -o "$page"
c -o /dev/null -X POST "$store/login" --data-urlencode "__RequestVerificationToken=$(token)" \
  --data-urlencode "Email=$email" --data-urlencode "Password=$password"

# the client's owner: 100% the new rep
c "$store/Admin/CommissionClient/Edit?isGroup=false&id=$client" -o "$page"
code=$(c -o /dev/null -w '%{http_code}' -X POST "$store/Admin/CommissionClient/Edit" --data-urlencode "__RequestVerificationToken=$(token)" \
  --data-urlencode "IsGroup=false" --data-urlencode "TargetId=$client" \
  --data-urlencode "Owners[0].StaffCustomerId=$new_rep" --data-urlencode "Owners[0].Split=100")
echo "client $client reassigned to $new_rep: HTTP $code"

# the program's rate, effective today (the editor's default)
c "$store/Admin/CommissionProgram/Edit/$program" -o "$page"
name=$(field Name); effective=$(field EffectiveDate)
code=$(c -o /dev/null -w '%{http_code}' -X POST "$store/Admin/CommissionProgram/Edit" --data-urlencode "__RequestVerificationToken=$(token)" \
  --data-urlencode "Id=$program" --data-urlencode "Name=$name" --data-urlencode "ProgramTypeId=1" --data-urlencode "BasisId=0" \
  --data-urlencode "Priority=0" --data-urlencode "Active=true" --data-urlencode "Rate=$rate" --data-urlencode "EffectiveDate=$effective" \
  --data-urlencode "save-continue=")
echo "program $program re-rated to $rate% effective ${effective:-today}: HTTP $code"
c "$store/Admin/CommissionProgram/Edit/$program" -o "$page"
echo "program $program versions: $(sed -n '/id="program-versions-table"/,/<\/table>/p' "$page" | grep -c '<tr>' | awk '{print $1 - 1}')"

preview false
preview true
