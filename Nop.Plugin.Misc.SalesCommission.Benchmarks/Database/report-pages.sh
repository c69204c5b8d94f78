#!/usr/bin/env bash
# Times the admin report page's grid request (Sales commission › Reports) for every grouping, as a store manager's
# browser sends it, several runs each; prints every run and the median in milliseconds.
#   report-pages.sh BASE_URL FROM TO [RUNS] [STORE_ID]
#   report-pages.sh http://127.0.0.1:5000 2025-12-01 2026-11-30 5
# Logs in as ADMIN_EMAIL / ADMIN_PASSWORD (defaults: the sample store's admin).
set -euo pipefail
BASE=${1:?base url}; FROM=${2:?from date}; TO=${3:?to date}; RUNS=${4:-5}; STORE=${5:-0}
EMAIL=${ADMIN_EMAIL:-admin@example.com}; PASSWORD=${ADMIN_PASSWORD:-Admin123!}
UA="Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36"
JAR=$(mktemp); trap 'rm -f "$JAR"' EXIT
c() { curl -s -A "$UA" -b "$JAR" -c "$JAR" "$@"; }
token() { grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
t=$(c "$BASE/login" | token)
c -o /dev/null -X POST "$BASE/login" --data-urlencode "Email=$EMAIL" --data-urlencode "Password=$PASSWORD" --data-urlencode "__RequestVerificationToken=$t"
t=$(c "$BASE/Admin/CommissionReport/Index" | token)
for grouping in 0:rep 1:team 2:program 3:client 4:product 5:month; do
  id=${grouping%%:*}; name=${grouping#*:}; times=()
  for _ in $(seq 0 "$RUNS"); do
    ms=$(c -o /dev/null -w '%{time_total}' -X POST "$BASE/Admin/CommissionReport/List" \
      --data-urlencode "__RequestVerificationToken=$t" --data-urlencode "GroupingId=$id" --data-urlencode "SearchFrom=$FROM" \
      --data-urlencode "SearchTo=$TO" --data-urlencode "SearchStoreId=$STORE" --data-urlencode "Page=1" --data-urlencode "PageSize=15" \
      | awk '{ printf "%d", $1 * 1000 }')
    times+=("$ms")
  done
  #the first request warms the page up and is not counted
  runs=("${times[@]:1}")
  median=$(printf '%s\n' "${runs[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)) }')
  echo "$name: ${runs[*]} ms, median $median ms"
done
