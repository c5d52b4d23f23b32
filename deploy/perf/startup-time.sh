#!/usr/bin/env bash
# Seconds from starting Payara Micro with Candor to /health answering UP, and the CPU time the JVM
# used until then; then stops it.
# Usage: deploy/perf/startup-time.sh [port]   (after mvn -DskipTests package)
# H2 by default, in a fresh data folder unless CANDOR_DATA_DIR is set; PostgreSQL when CANDOR_DB_URL
# (and CANDOR_DB_USER…) are set. STARTUP_JVM_ARGS adds JVM options: a JFR recording, or
# -XX:SharedArchiveFile=target/candor.jsa after mvn exec:exec@cds-archive. The server log is left in
# target/perf/startup.log.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
port=${1:-8080}
work="$repo/target/perf"
mkdir -p "$work/tmp"
export CANDOR_DATA_DIR=${CANDOR_DATA_DIR:-$(mktemp -d "$work/data.XXXXXX")}
export CANDOR_ADMIN_PASSWORD=${CANDOR_ADMIN_PASSWORD:-startup-time-admin}

started=$(date +%s.%N)
# shellcheck disable=SC2086 # STARTUP_JVM_ARGS holds several options
java ${STARTUP_JVM_ARGS:-} -Djava.io.tmpdir="$work/tmp" -jar "$repo/target/payara-micro.jar" --deploy "$repo/target/candor.war" \
  --port "$port" --nohazelcast --postbootcommandfile "$repo/deploy/single/post-boot.asadmin" >"$work/startup.log" 2>&1 &
server=$!
trap 'kill -TERM "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
until curl -fs --max-time 2 "http://127.0.0.1:$port/health" | grep -q '"UP"'; do
  if ! kill -0 "$server" 2>/dev/null; then
    echo "Candor stopped before it was healthy: see $work/startup.log" >&2; exit 1
  fi
  sleep 0.2
done
ready=$(date +%s.%N)
# The machine may be shared: the JVM's own CPU time (user + system, from /proc) is the steadier figure.
cpu_ticks=$(awk '{print $14 + $15}' "/proc/$server/stat")
printf 'healthy after %.1f s, %.1f s of CPU (%s)\n' "$(echo "$ready - $started" | bc)" \
  "$(echo "$cpu_ticks / $(getconf CLK_TCK)" | bc -l)" "${CANDOR_DB_URL:-H2 in $CANDOR_DATA_DIR}"
