#!/usr/bin/env bash
# Runs one of the probes' dialect-neutral SQL files against a throwaway test store's database, PostgreSQL or
# MySQL/MariaDB, in one transaction (an error rolls everything back):
#   sql.sh [--rows] CONNECTION FILE.sql|- [name=value ...]      (- reads the SQL from standard input)
# CONNECTION: postgresql://user:password@127.0.0.1:PORT/DATABASE (run by psql)
#             mysql://user:password@127.0.0.1:PORT/DATABASE      (run by the mysql client with ANSI_QUOTES and
#                                                                 PIPES_AS_CONCAT, so "Table" and || read as in PostgreSQL)
# Loopback only. In the file, :name stands for a value given as name=value (numbers and plain words only) and :'name'
# for the same value as a string literal, as psql's variables do (a file that uses no dialect name below also runs
# with psql -v name=value -f FILE). Dialect names, given by this script: :new_guid (a new random GUID), :this_schema
# (the schema or database the store's tables are in), :utc_now (the current UTC time).
# --rows prints bare tab-separated rows (for scripts) instead of tables.
set -euo pipefail
rows=false
[ "${1:-}" = --rows ] && { rows=true; shift; }
connection=${1:?CONNECTION}; file=${2:?FILE.sql}; shift 2
if [ "$file" = - ]; then
  file=$(mktemp); trap 'rm -f "$file"' EXIT; cat > "$file"
fi
[ -f "$file" ] || { echo "no such file: $file" >&2; exit 2; }

# scheme://user:password@host:port/database (user, password and port optional)
[[ $connection =~ ^(postgres|postgresql|mysql)://(([^:@/]*)(:([^@/]*))?@)?([^:/?]*)(:([0-9]+))?/([A-Za-z0-9_]+)$ ]] \
  || { echo "connection must look like postgresql://user:password@127.0.0.1:PORT/DATABASE or mysql://..." >&2; exit 2; }
scheme=${BASH_REMATCH[1]}; user=${BASH_REMATCH[3]}; password=${BASH_REMATCH[5]}; host=${BASH_REMATCH[6]}
port=${BASH_REMATCH[8]}; database=${BASH_REMATCH[9]}
case $host in 127.0.0.1|localhost|::1|'[::1]') ;; *) echo "loopback test stores only (host $host)" >&2; exit 2 ;; esac

if [ "$scheme" = mysql ]; then
  dialect=(new_guid='UUID()' this_schema='DATABASE()' utc_now='UTC_TIMESTAMP(6)')
else
  dialect=(new_guid='gen_random_uuid()' this_schema='current_schema()' utc_now="(now() at time zone 'utc')")
fi

# :'name' -> 'value' (quotes doubled), :name -> value; a PostgreSQL cast (::int) is left alone
render() {
  perl -e '
    my %v;
    for (@ARGV[1..$#ARGV]) {
      my ($k, $x) = /^([a-z_][a-z0-9_]*)=(.*)$/s or die "not name=value: $_\n";
      $v{$k} = $x;
    }
    my %dialect = map { $_ => 1 } qw(new_guid this_schema utc_now);
    open my $f, "<", $ARGV[0] or die "$!\n"; local $/; my $sql = <$f>;
    $sql =~ s{(?<![:\w]):(?:\x27([a-z_][a-z0-9_]*)\x27|([a-z_][a-z0-9_]*)\b)}{
      my $k = $1 // $2;
      exists $v{$k} or die "no value for :$k\n";
      defined $1 ? do { (my $s = $v{$k}) =~ s/\x27/\x27\x27/g; "\x27$s\x27" }
        : $dialect{$k} || $v{$k} =~ /^-?[A-Za-z0-9_.]+$/ ? $v{$k} : die "$k must be a number or a plain word\n"}ge;
    print "START TRANSACTION;\n", $sql, "\nCOMMIT;\n";
  ' "$file" "$@" "${dialect[@]}"
}
sql=$(render "$@")

if [ "$scheme" = mysql ]; then
  args=(--protocol=TCP -h "${host:-127.0.0.1}" -P "${port:-3306}" -u "${user:-root}" --database="$database"
        --init-command="SET SESSION sql_mode = CONCAT(@@sql_mode, ',ANSI_QUOTES,PIPES_AS_CONCAT'), time_zone = '+00:00'")
  if $rows; then args+=(-N -B); else args+=(-t); fi
  MYSQL_PWD=$password mysql "${args[@]}" <<<"$sql"
else
  args=(-X -q -v ON_ERROR_STOP=1 -P pager=off)
  $rows && args+=(-A -t -F $'\t')
  psql "$connection" "${args[@]}" <<<"$sql" | { if $rows; then grep -v -E '^(START TRANSACTION|COMMIT|SET)$' || true; else cat; fi; }
fi
