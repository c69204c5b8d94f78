#!/usr/bin/env bash
# Concurrency probe: marks orders FIRST..LAST as paid through the store's admin ("Mark as paid"), all at once, each
# request with its own admin session and anti-forgery token, as several admins (or several store instances behind a
# load balancer) would. Loopback test stores only; bounded: at most 100 orders, each request at most 120 s.
#   pay-concurrently.sh STORE_URL FIRST_ID LAST_ID [STORE_URL_2]
# With a second store URL (a second instance on the same database) the orders alternate between the two.
# Afterwards compare the ledger with the rules (ledger-check.sql): nothing may depend on the order the requests ran in.
set -euo pipefail
store=${1:?STORE_URL}; first=${2:?FIRST_ID}; last=${3:?LAST_ID}; second=${4:-$store}
[ $((last - first)) -lt 100 ] || { echo "at most 100 orders" >&2; exit 2; }
email=${ADMIN_EMAIL:-admin@example.com}; password=${ADMIN_PASSWORD:-Admin123!}
agent="Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$1" | head -1 | sed 's/.*value="//;s/"$//'; }

pay() {
  local id=$1 url=$2 jar="$work/$1.jar" page="$work/$1.html"
  curl -s -m 120 -A "$agent" -c "$jar" -b "$jar" "$url/login" -o "$page"
  curl -s -m 120 -A "$agent" -c "$jar" -b "$jar" -o /dev/null -X POST "$url/login" --data-urlencode "__RequestVerificationToken=$(token "$page")" \
    --data-urlencode "Email=$email" --data-urlencode "Password=$password"
  curl -s -m 120 -A "$agent" -c "$jar" -b "$jar" "$url/Admin/Order/Edit/$id" -o "$page"
  touch "$work/$id.ready"
  while [ ! -f "$work/go" ]; do sleep 0.05; done
  curl -s -m 120 -A "$agent" -c "$jar" -b "$jar" -o /dev/null -w "order $id: HTTP %{http_code}\n" -X POST "$url/Admin/Order/Edit/$id" \
    --data-urlencode "__RequestVerificationToken=$(token "$page")" --data-urlencode "markorderaspaid=Mark as paid"
}

n=0
for id in $(seq "$first" "$last"); do
  url=$store; [ $((n % 2)) -eq 1 ] && url=$second
  pay "$id" "$url" > "$work/$id.out" &
  n=$((n + 1))
done
# every session is logged in and holds its form before any payment is sent
for _ in $(seq 1 1200); do [ "$(ls "$work"/*.ready 2>/dev/null | wc -l)" -ge "$n" ] && break; sleep 0.1; done
touch "$work/go"
wait
cat "$work"/*.out | sort -V
