#!/usr/bin/env bash
# Backs up Candor's database with pg_dump in the custom format (compressed, restorable table by
# table with pg_restore). Connection settings are libpq's: PGHOST, PGPORT, PGUSER, PGPASSWORD.
#
#   deploy/postgres/backup.sh candor /var/backups/candor-$(date +%F).dump [schema]
set -euo pipefail
database=${1:?usage: backup.sh DATABASE FILE [SCHEMA]}
file=${2:?usage: backup.sh DATABASE FILE [SCHEMA]}
schema=${3:-}

# pg_dump takes a consistent snapshot; Candor keeps running meanwhile.
pg_dump --format=custom --no-password ${schema:+--schema="$schema"} --file="$file" "$database"
echo "backed up $database${schema:+ (schema $schema)} to $file ($(du -h "$file" | cut -f1))"
