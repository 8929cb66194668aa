#!/usr/bin/env bash
# npm run faults: the fault suite (docs/faults.md). Starts a PRIVATE Kafka and store with
# deploy/local/infra.sh (own state directory under a temp dir, own ports, no Keycloak), because
# the suite kills and restarts them; the shared instance (9092/27017) is never touched. Builds,
# runs test/faults/main.ts, stops what it started and deletes the private state.
#
#   npm run faults                 the full run
#   npm run faults -- --short      the short run CI uses
#   npm run faults -- --help       every option
#
# Environment: FAULTS_SKIP_BUILD=1 uses dist/ as it is (CI has just built it);
# FAULTS_KAFKA_PORT, FAULTS_KAFKA_CONTROLLER_PORT, FAULTS_MONGO_PORT choose the private ports
# (default 29092, 29093, 29017); FAULTS_KEEP=1 keeps the private state directory (service logs).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$(pwd)
# FAULTS_INFRA_SCRIPT: another checkout's infra.sh (e.g. to compare with an older broker set-up)
export FAULTS_INFRA_SCRIPT=${FAULTS_INFRA_SCRIPT:-$ROOT/deploy/local/infra.sh}
INFRA=(bash "$FAULTS_INFRA_SCRIPT")
SUITE_PID=""
PRIVATE_DIR=""

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [[ -n $SUITE_PID ]] && kill -0 "$SUITE_PID" 2>/dev/null; then
    # the suite stops its services on SIGTERM; its whole process group after a grace period
    kill -TERM "$SUITE_PID" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$SUITE_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$SUITE_PID" 2>/dev/null || true
  fi
  if [[ -n $PRIVATE_DIR ]]; then
    "${INFRA[@]}" down >&2 || true
    if [[ ${FAULTS_KEEP:-0} == 1 ]]; then
      echo "[faults] kept $PRIVATE_DIR" >&2
    else
      rm -rf "$PRIVATE_DIR"
    fi
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

for argument in "$@"; do
  if [[ $argument == --help ]]; then
    exec node -r ./test/faults/register-paths.js dist/faults/test/faults/main.js --help
  fi
done

if [[ ! -f node_modules/.package-lock.json ]]; then
  echo "[faults] installing dependencies (npm ci)" >&2
  npm ci --no-audit --no-fund
fi
if [[ ${FAULTS_SKIP_BUILD:-0} != 1 ]]; then
  echo "[faults] building the services" >&2
  npm run --silent build
fi
echo "[faults] compiling the suite" >&2
npx tsc -p test/faults/tsconfig.json

# The private instance: its own state (data, logs, pids) and ports; the shared jars are reused.
PRIVATE_DIR=$(mktemp -d "${TMPDIR:-/tmp}/faults-infra.XXXXXX")
export LOCAL_INFRA_DIR=$PRIVATE_DIR LOCAL_KEYCLOAK=off
export KAFKA_PORT=${FAULTS_KAFKA_PORT:-29092} KAFKA_CONTROLLER_PORT=${FAULTS_KAFKA_CONTROLLER_PORT:-29093}
export MONGO_PORT=${FAULTS_MONGO_PORT:-29017}
for cached in kafka store; do
  [[ -d $ROOT/.local/$cached ]] && cp -r "$ROOT/.local/$cached" "$PRIVATE_DIR/" 2>/dev/null || true
done
rm -rf "$PRIVATE_DIR/kafka/conf"
"${INFRA[@]}" up
# Brokers and any credentials come from the private instance's own `env`, nothing else.
eval "$("${INFRA[@]}" env)"

# its own process group, so that everything it started can be stopped together
setsid node -r ./test/faults/register-paths.js dist/faults/test/faults/main.js "$@" &
SUITE_PID=$!
set +e
wait "$SUITE_PID"
STATUS=$?
set -e
SUITE_PID=""
exit "$STATUS"
