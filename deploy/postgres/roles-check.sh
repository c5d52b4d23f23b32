#!/usr/bin/env bash
# Proves the least-privilege setup works: creates a throwaway database and roles with
# create-database.sql, starts one Candor (Payara Micro, no data grid) that migrates as the migrator
# and runs as the app role, then checks that the app role owns nothing, is no superuser, cannot
# change the schema and yet Candor works, and that the audit log is append-only for the app role
# (it may read and insert audit rows, never update, delete or truncate them). Everything it created
# is dropped at the end.
# Needs PostgreSQL on 127.0.0.1:5432 where user postgres may connect without a password, and
# target/candor.war and target/payara-micro.jar (mvn -DskipTests package).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=postgres
suffix=$$
database="candor_roles_check_$suffix"
migrator="candor_rc_migrator_$suffix"
app="candor_rc_app_$suffix"
port=${CANDOR_ROLES_CHECK_PORT:-28090}
work="$repo/target/roles-check"
node_pid=""

cleanup() {
  if [[ -n $node_pid ]] && kill -0 "$node_pid" 2>/dev/null; then
    kill -TERM "$node_pid"; wait "$node_pid" 2>/dev/null || true
  fi
  dropdb --if-exists "$database" || true
  psql -q -d postgres -c "DROP ROLE IF EXISTS \"$app\"" -c "DROP ROLE IF EXISTS \"$migrator\"" || true
}
trap cleanup EXIT

psql -q -d postgres -v ON_ERROR_STOP=1 -v database="$database" -v migrator="$migrator" -v app="$app" \
  -v migrator_password=check-migrator -v app_password=check-app -f "$here/create-database.sql"

rm -rf "$work" && mkdir -p "$work/tmp"
CANDOR_DB_URL="jdbc:postgresql://127.0.0.1:5432/$database" CANDOR_DB_USER="$app" CANDOR_DB_PASSWORD=check-app \
CANDOR_DB_MIGRATION_USER="$migrator" CANDOR_DB_MIGRATION_PASSWORD=check-migrator \
CANDOR_ADMIN_PASSWORD=roles-check-admin \
  java -Djava.io.tmpdir="$work/tmp" -jar "$repo/target/payara-micro.jar" \
    --deploy "$repo/target/candor.war" --port "$port" --nohazelcast \
    --postbootcommandfile "$repo/deploy/single/post-boot.asadmin" >"$work/server.log" 2>&1 &
node_pid=$!
deadline=$(( $(date +%s) + 300 ))
until curl -fs -o /dev/null --max-time 5 "http://127.0.0.1:$port/health"; do
  if ! kill -0 "$node_pid" 2>/dev/null || grep -q "Exception while loading the app" "$work/server.log" \
     || (( $(date +%s) > deadline )); then
    echo "Candor did not start with the two roles: see $work/server.log" >&2; exit 1
  fi
  sleep 2
done
grep -o "Database schema at version .*)" "$work/server.log" | head -n 1

failures=0
check() { # description, expected outcome (ok|refused), SQL run as the app role
  local outcome
  if psql -q -d "$database" -U "$app" -v ON_ERROR_STOP=1 -c "$3" >/dev/null 2>&1; then outcome=ok; else outcome=refused; fi
  if [[ $outcome == "$2" ]]; then echo "ok      $1: $outcome"; else echo "WRONG   $1: $outcome"; failures=$(( failures + 1 )); fi
}
check "the app reads rows" ok "SELECT count(*) FROM account"
check "the app writes rows" ok "UPDATE account SET display_name = display_name WHERE username = 'admin'"
check "the app creates a table" refused "CREATE TABLE candor.intruder (id int)"
check "the app drops a table" refused "DROP TABLE answer"
check "the app alters a table" refused "ALTER TABLE account ADD COLUMN intruder int"
check "the app empties a table" refused "TRUNCATE answer"
check "the app creates a role" refused "CREATE ROLE intruder"
check "the app appends an audit row" ok \
  "INSERT INTO audit_entry (id, occurred_at, actor, action, object_type) VALUES (nextval('candor_seq'), now(), 'roles-check', 'roles.check', 'check')"
check "the app reads audit rows" ok "SELECT count(*) FROM audit_entry"
check "the app rewrites an audit row" refused "UPDATE audit_entry SET detail = 'forged'"
check "the app deletes audit rows" refused "DELETE FROM audit_entry"
check "the app empties the audit log" refused "TRUNCATE audit_entry"

owned=$(psql -Atq -d "$database" -c "SELECT count(*) FROM pg_tables WHERE tableowner = '$app'")
superuser=$(psql -Atq -d postgres -c "SELECT rolsuper FROM pg_roles WHERE rolname = '$app'")
echo "tables owned by the app role: $owned; app role is superuser: $superuser"
[[ $owned == 0 && $superuser == f ]] || failures=$(( failures + 1 ))
curl -fs -o /dev/null -X POST "http://127.0.0.1:$port/api/v1/auth/token" -H 'Content-Type: application/json' \
  -d '{"username":"admin","password":"roles-check-admin"}' && echo "ok      Candor signs in as admin" \
  || { echo "WRONG   Candor cannot sign in"; failures=$(( failures + 1 )); }
logins=$(psql -Atq -d "$database" -U "$app" -c "SELECT count(*) FROM audit_entry WHERE action = 'account.login' AND actor = 'admin'")
if (( logins > 0 )); then echo "ok      the sign-in is in the audit log"; else echo "WRONG   the sign-in is not in the audit log"; failures=$(( failures + 1 )); fi

if (( failures > 0 )); then echo "ROLES CHECK FAILED: $failures" >&2; exit 1; fi
echo "ROLES CHECK PASSED"
