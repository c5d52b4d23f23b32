#!/usr/bin/env bash
# Failover proof against PostgreSQL: two Candor nodes behind nginx, 200 simulated participants
# saving answers for 60 s with idempotency keys, the node serving a signed-in session SIGKILLed
# halfway; then every acknowledged save is checked against the database and the session must
# still be signed in. Exits non-zero if anything acknowledged is lost or duplicated.
#
# Needs PostgreSQL on 127.0.0.1:5432 (database "test", user "postgres", trust authentication) and
# nginx. Uses the schema candor_failover, dropped first so that Flyway starts from nothing.
# FAILOVER_PARTICIPANTS and FAILOVER_SECONDS change the load.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
cd "$repo"

schema=candor_failover
export CANDOR_DB_URL="jdbc:postgresql://127.0.0.1:5432/test?currentSchema=$schema"
export CANDOR_DB_USER=postgres
export CANDOR_ADMIN_PASSWORD=failover-admin-password
# A cluster name of its own, so that no other Payara Micro on this machine joins the run.
export CANDOR_CLUSTER_NAME="candor-failover-$$"
export CANDOR_CLUSTER_DIR="$repo/target/failover-cluster"
export CANDOR_NODES=2
proxy_port=${CANDOR_PROXY_PORT:-28080}
http_base=${CANDOR_HTTP_BASE_PORT:-28081}

PGOPTIONS='--client-min-messages=warning' \
  psql -h 127.0.0.1 -U postgres -d test -v ON_ERROR_STOP=1 -q -c "DROP SCHEMA IF EXISTS $schema CASCADE"

# The load driver is a test class; Maven compiles it and lists its class path (the WAR must exist already).
[[ -f target/candor.war ]] || mvn -B -ntp -q -DskipTests package
mvn -B -ntp -q test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/failover-classpath.txt -Dmdep.includeScope=test

trap 'deploy/cluster/cluster.sh stop' EXIT
deploy/cluster/cluster.sh start
grep -h "DG Size" "$CANDOR_CLUSTER_DIR"/node-*/server.log | tail -n 2 || true

nodes=""
for (( i = 0; i < CANDOR_NODES; i++ )); do
  nodes+="${nodes:+,}127.0.0.1:$(( http_base + i ))=$(cat "$CANDOR_CLUSTER_DIR/node-$i/pid")"
done

# Bounded: 60 s of load, at most 60 s to drain retries, plus setup; the driver stops by itself.
status=0
timeout 900 java -cp "target/test-classes:target/classes:$(cat target/failover-classpath.txt)" \
  -Dfailover.base="http://127.0.0.1:$proxy_port/" \
  -Dfailover.participants="${FAILOVER_PARTICIPANTS:-200}" \
  -Dfailover.seconds="${FAILOVER_SECONDS:-60}" \
  -Dfailover.admin-password="$CANDOR_ADMIN_PASSWORD" \
  -Dfailover.nodes="$nodes" \
  -Dfailover.jdbc-url="$CANDOR_DB_URL" \
  -Dfailover.jdbc-user="$CANDOR_DB_USER" \
  org.candor.deploy.FailoverProof || status=$?

# Requests the killed node never answered were re-sent by nginx itself (PUT is idempotent to it),
# which is why clients rarely see a connection error.
echo "nginx re-sent $(grep -c '\[error\].*upstream' "$CANDOR_CLUSTER_DIR/nginx/error.log" || true)" \
  "requests from the killed node to the other one"
exit "$status"
