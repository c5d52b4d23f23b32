#!/usr/bin/env bash
# Runs one Gatling load scenario against a fresh Candor, with the ceiling beside it:
#
#   deploy/load/load.sh SCENARIO [smoke|full]
#
# SCENARIO is participant-path, workshop-burst, team-autosave, department-dashboard, or all (one
# after another on the same server, as CI does); "smoke" (the default) is a handful of users for a
# few seconds, "full" the run the README reports.
# Builds the WAR (skip with LOAD_SKIP_BUILD=true), starts Payara Micro on LOAD_PORT (8105) with
# LOAD_HEAP (512m) and the ceiling endpoint switched on, on a new H2 database (or PostgreSQL when
# CANDOR_DB_URL is set: use an empty schema), waits for /health (at most LOAD_START_SECONDS, 600),
# runs the ceiling simulation (twice: the first warms the JIT up) and then the scenario's, stops the server and writes target/gatling/<scenario>-summary.json beside
# Gatling's HTML reports (org.candor.load.LoadSummary): requests, errors, p50/p95/p99 and throughput
# per request, what the simulation measured itself (e.g. the presenter's delay), the scenario's
# throughput as a ratio to the ceiling's and, where measured, the server's CPU time per request
# beside the ceiling's. Exits non-zero when a request was answered unexpectedly
# or, in a full run, a target assertion was missed (the summary is written all the same).
#
# One run at a time per checkout: runs share target/ (classes, reports).
set -euo pipefail
cd "$(dirname "$0")/../.."

all="participant-path workshop-burst team-autosave department-dashboard"
scenario=${1:?usage: deploy/load/load.sh participant-path|workshop-burst|team-autosave|department-dashboard|all [smoke|full]}
size=${2:-smoke}
case " $all all " in *" $scenario "*) ;; *) echo "unknown scenario: $scenario" >&2; exit 2 ;; esac
case "$size" in smoke|full) ;; *) echo "size must be smoke or full" >&2; exit 2 ;; esac
[ "$scenario" = all ] && scenarios=$all || scenarios=$scenario
# participant-path -> ParticipantPathSimulation
simulation_of() { echo "$1" | sed -E 's/(^|-)([a-z])/\U\2/g; s/$/Simulation/'; }

port=${LOAD_PORT:-8105}
heap=${LOAD_HEAP:-512m}
base="http://127.0.0.1:$port"
work=target/load/$scenario
mkdir -p "$work"

if [ "${LOAD_SKIP_BUILD:-false}" != true ]; then
  mvn -B -q -DskipTests package
fi
# Compiled before the server starts, so that compiling does not compete with it
mvn -B -q -Pload test-compile

rm -rf "$work/data"
# The same admin password as the integration tests', so the simulations can reuse their helpers
CANDOR_DATA_DIR="$work/data" CANDOR_ADMIN_PASSWORD=it-admin-password-1 CANDOR_CEILING_ENDPOINT=true \
  java "-Xmx$heap" -XX:+HeapDumpOnOutOfMemoryError "-XX:HeapDumpPath=$work" ${LOAD_SERVER_JVM_ARGS:-} \
    -jar target/payara-micro.jar --deploy target/candor.war --port "$port" --nohazelcast \
    --postbootcommandfile deploy/single/post-boot.asadmin \
    >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT

started=$(date +%s)
until curl -fs "$base/health" >/dev/null; do
  if ! kill -0 "$server" 2>/dev/null; then echo "the server died; see $work/server.log" >&2; exit 1; fi
  if [ $(( $(date +%s) - started )) -gt "${LOAD_START_SECONDS:-600}" ]; then echo "not healthy in time; see $work/server.log" >&2; exit 1; fi
  sleep 1
done
echo "healthy after $(( $(date +%s) - started )) s on $base"

gatling() {
  mvn -B -q -Pload gatling:test "$@" "-Dload.baseUrl=$base" "-Dload.size=$size" "-Dload.workDir=$work"
}

rm -f "$work/measurements.json" "$work/ceiling-measurements.json"
# Twice: the first run only warms the JIT up; measured cold, the ceiling came out at a fraction of
# itself, and every ratio to it would have flattered the scenario
for _ in warm-up measured; do
  gatling -Dgatling.simulationClass=org.candor.load.CeilingSimulation "-Dload.serverPid=$server"
done
# the ceiling's CPU time, kept apart from the scenario's measurements
if [ -f "$work/measurements.json" ]; then mv "$work/measurements.json" "$work/ceiling-measurements.json"; fi
ceiling_report=$(ls -dt target/gatling/ceilingsimulation-* | head -1)
status=0
for one in $scenarios; do
  rm -f "$work/measurements.json"
  simulation="-Dgatling.simulationClass=org.candor.load.$(simulation_of "$one")"
  # The save scenarios offer half the ceiling's throughput, read from its report
  gatling "$simulation" "-Dload.serverPid=$server" "-Dload.ceilingReport=$ceiling_report" || status=1
  # Also after a failed assertion: the summary says which
  mvn -B -q -Pload exec:java@load-summary "$simulation" "-Dload.ceilingReport=$ceiling_report" "-Dload.workDir=$work" "-Dload.size=$size" \
    "-Dload.scenario=$one" "-Dload.heap=$heap" "-Dload.database=$( [ -n "${CANDOR_DB_URL:-}" ] && echo postgresql || echo h2 )" \
    || status=1
done
exit "$status"
