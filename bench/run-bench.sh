#!/usr/bin/env bash
# npm run bench: the system benchmark (a benchmark, never a timed test). Builds, starts Kafka and
# the embedded store with deploy/local/infra.sh (reused when already running), runs every scenario
# against the five services as separate processes (bench/system/main.ts), stops what it started
# and writes docs/benchmarks.md and docs/benchmarks.json.
#
#   npm run bench                         the full run (300 s sustained, 1,000,000 dossiers preloaded)
#   npm run bench -- --short              a short development run (20 s, 10,000 dossiers)
#   BENCH_DURATION_S=20 BENCH_PRELOAD=10000 npm run bench      the same through the environment
#   npm run bench -- --scenarios=consumer,http                  some scenarios only
#   BENCH_PROFILE=1 npm run bench -- --short                    CPU profiles of the services
#
# Every option is BENCH_<NAME> or --<name>=value (bench/system/options.ts). Also:
#   BENCH_SKIP_BUILD=1    use dist/ as it is
#   BENCH_INFRA=private   a private Kafka and store (own ports and state directory, deleted after),
#                         for a machine where others use the shared ones
#   BENCH_INFRA=external  use KAFKA_BROKERS and MONGO_URL as they are (no infra.sh)
#
# docs/benchmarks.md is rendered from docs/benchmarks.json; after a change to the notes only:
#   node -r ./bench/register-paths.js dist/bench/bench/system/render.js
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$(pwd)
INFRA=(bash "$ROOT/deploy/local/infra.sh")
# The benchmark signs its requests with the local key: no Keycloak (its heap would skew the figures).
export LOCAL_KEYCLOAK=${LOCAL_KEYCLOAK:-off}
BENCH_PID=""
PRIVATE_DIR=""

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [[ -n $BENCH_PID ]] && kill -0 "$BENCH_PID" 2>/dev/null; then
    # the benchmark stops its services on SIGTERM; its whole process group after a grace period
    kill -TERM "$BENCH_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$BENCH_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$BENCH_PID" 2>/dev/null || true
  fi
  if [[ -n $PRIVATE_DIR ]]; then
    LOCAL_INFRA_DIR=$PRIVATE_DIR "${INFRA[@]}" down >&2 || true
    rm -rf "$PRIVATE_DIR"
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ ! -f node_modules/.package-lock.json ]]; then
  echo "[bench] installing dependencies (npm ci)" >&2
  npm ci --no-audit --no-fund
fi
if [[ ${BENCH_SKIP_BUILD:-0} != 1 ]]; then
  echo "[bench] building the services and the benchmark" >&2
  npm run --silent build
  npx tsc -p bench/tsconfig.json
fi

if [[ ${BENCH_INFRA:-shared} == private ]]; then
  PRIVATE_DIR=$(mktemp -d "${TMPDIR:-/tmp}/bench-infra.XXXXXX")
  export KAFKA_PORT=${BENCH_KAFKA_PORT:-19092} KAFKA_CONTROLLER_PORT=${BENCH_KAFKA_CONTROLLER_PORT:-19093}
  export MONGO_PORT=${BENCH_MONGO_PORT:-28017}
  # reuse the shared jars: only the state (data, logs, pids) is private
  mkdir -p "$PRIVATE_DIR"
  for cached in kafka store; do
    [[ -d $ROOT/.local/$cached ]] && cp -r "$ROOT/.local/$cached" "$PRIVATE_DIR/" 2>/dev/null || true
  done
  rm -rf "$PRIVATE_DIR/kafka/conf"
  export LOCAL_INFRA_DIR=$PRIVATE_DIR
fi
if [[ ${BENCH_INFRA:-shared} == external ]]; then
  : "${KAFKA_BROKERS:?BENCH_INFRA=external needs KAFKA_BROKERS}" "${MONGO_URL:?BENCH_INFRA=external needs MONGO_URL}"
else
  "${INFRA[@]}" up
  eval "$("${INFRA[@]}" env)"
fi
STATE_DIR=${LOCAL_INFRA_DIR:-$ROOT/.local}
export BENCH_STORE_PID BENCH_KAFKA_PID
BENCH_STORE_PID=${BENCH_STORE_PID:-$(cat "$STATE_DIR/run/store.pid" 2>/dev/null || true)}
BENCH_KAFKA_PID=${BENCH_KAFKA_PID:-$(cat "$STATE_DIR/run/kafka.pid" 2>/dev/null || true)}
export BENCH_INFRASTRUCTURE="${BENCH_INFRA:-shared} deploy/local/infra.sh: Kafka $KAFKA_BROKERS (heap ${KAFKA_HEAP_OPTS:--Xmx512m -Xms128m}), embedded store ${MONGO_URL##*@} (heap ${STORE_HEAP_OPTS:--Xmx2g -Xms256m})"
export KAFKA_BROKERS MONGO_URL

# its own process group, so that everything it started can be stopped together
setsid node -r ./bench/register-paths.js dist/bench/bench/system/main.js "$@" &
BENCH_PID=$!
set +e
wait "$BENCH_PID"
STATUS=$?
set -e
BENCH_PID=""
exit "$STATUS"
