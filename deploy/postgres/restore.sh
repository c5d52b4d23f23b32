#!/usr/bin/env bash
# Restores a backup made by backup.sh into a database that does not exist yet (never over a live
# one). Connection settings are libpq's: PGHOST, PGPORT, PGUSER, PGPASSWORD; the user needs
# CREATEDB. Roles are kept as they were (create them first with create-database.sql elsewhere).
#
#   deploy/postgres/restore.sh /var/backups/candor-2026-11-22.dump candor_restored [owner]
set -euo pipefail
file=${1:?usage: restore.sh FILE NEW_DATABASE [OWNER]}
database=${2:?usage: restore.sh FILE NEW_DATABASE [OWNER]}
owner=${3:-}

createdb --no-password ${owner:+--owner="$owner"} "$database"
# Single transaction: a restore that fails half-way leaves an empty database, not a partial one.
pg_restore --no-password --exit-on-error --single-transaction --dbname="$database" "$file"
echo "restored $file into $database"
