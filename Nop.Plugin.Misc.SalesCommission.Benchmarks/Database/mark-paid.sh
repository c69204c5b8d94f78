#!/usr/bin/env bash
# Marks orders FIRST..LAST as paid through the store's admin (Orders > Edit > "Mark as paid"), one request each, as an
# admin would. The plugin records each order-paid event and writes its entries; paid-latency.sql then reads how long
# each took. Usage: mark-paid.sh STORE_URL FIRST_ID LAST_ID   (ADMIN_EMAIL / ADMIN_PASSWORD, defaults of a test store)
set -euo pipefail
store=${1:?STORE_URL}; first=${2:?FIRST_ID}; last=${3:?LAST_ID}
email=${ADMIN_EMAIL:-admin@example.com}; password=${ADMIN_PASSWORD:-Admin123!}
agent="Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0"
jar=$(mktemp); page=$(mktemp); trap 'rm -f "$jar" "$page"' EXIT
token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' "$page" | head -1 | sed 's/.*value="//;s/"$//'; }

curl -s -A "$agent" -c "$jar" -b "$jar" "$store/login" -o "$page"
curl -s -A "$agent" -c "$jar" -b "$jar" -o /dev/null -X POST "$store/login" --data-urlencode "__RequestVerificationToken=$(token)" \
  --data-urlencode "Email=$email" --data-urlencode "Password=$password"
for id in $(seq "$first" "$last"); do
  curl -s -A "$agent" -c "$jar" -b "$jar" "$store/Admin/Order/Edit/$id" -o "$page"
  code=$(curl -s -A "$agent" -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' -X POST "$store/Admin/Order/Edit/$id" \
    --data-urlencode "__RequestVerificationToken=$(token)" --data-urlencode "markorderaspaid=Mark as paid")
  [ "$code" = 302 ] || [ "$code" = 200 ] || { echo "order $id: HTTP $code"; exit 1; }
done
echo "marked $first..$last as paid"
