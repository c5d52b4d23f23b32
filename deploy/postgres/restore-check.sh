#!/usr/bin/env bash
# Proves a backup restores: dumps a database (or one schema of it) with backup.sh, restores the dump
# into a fresh database with restore.sh, and compares the row count of every table. The fresh
# database is dropped at the end. Connection settings are libpq's (PGHOST, PGPORT, PGUSER,
# PGPASSWORD; defaults 127.0.0.1, 5432, postgres); the user needs CREATEDB.
#
#   deploy/postgres/restore-check.sh candor candor       # database, schema
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
source_db=${1:?usage: restore-check.sh DATABASE SCHEMA}
schema=${2:?usage: restore-check.sh DATABASE SCHEMA}
fresh_db="candor_restore_check_$$"
work=$(mktemp -d)

cleanup() {
  dropdb --if-exists --no-password "$fresh_db" || true
  rm -rf "$work"
}
trap cleanup EXIT

"$here/backup.sh" "$source_db" "$work/backup.dump" "$schema"
"$here/restore.sh" "$work/backup.dump" "$fresh_db"

# psql substitutes :'schema' (quoted safely) only in input it reads, not in -c.
tables=$(psql -d "$source_db" -Atq -v ON_ERROR_STOP=1 -v schema="$schema" <<'SQL'
SELECT table_name FROM information_schema.tables
 WHERE table_schema = :'schema' AND table_type = 'BASE TABLE' ORDER BY 1
SQL
)
[[ -n $tables ]] || { echo "schema $schema of $source_db has no tables" >&2; exit 1; }

count() { psql -d "$1" -Atq -v ON_ERROR_STOP=1 -c "SELECT count(*) FROM \"$schema\".\"$2\""; }

mismatches=0
printf '%-28s %12s %12s\n' table "$source_db" "$fresh_db"
for table in $tables; do
  original=$(count "$source_db" "$table")
  restored=$(count "$fresh_db" "$table")
  mark=""
  if [[ $original != "$restored" ]]; then mark="  MISMATCH"; mismatches=$(( mismatches + 1 )); fi
  printf '%-28s %12s %12s%s\n' "$table" "$original" "$restored" "$mark"
done
if (( mismatches > 0 )); then
  echo "RESTORE CHECK FAILED: $mismatches tables differ" >&2
  exit 1
fi
echo "RESTORE CHECK PASSED: every table of $schema has the same row count after restore"
