#!/usr/bin/env bash
# The whole test suite on a fresh machine, in one command:
# dependencies, type check, lint, format check, build, then every jest test (unit,
# integration against real Kafka and a MongoDB-wire store, end to end with five processes).
# Kafka and the store: KAFKA_BROKERS/MONGO_URL if set, else testcontainers if a Docker
# engine answers, else deploy/local (started and stopped by the jest global setup).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[tests] installing dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

echo "[tests] type check";   npm run --silent typecheck
echo "[tests] lint";         npm run --silent lint
echo "[tests] format check"; npm run --silent format:check
echo "[tests] build";        npm run --silent build

mkdir -p .local
status=0
npx jest --ci --json --outputFile=.local/jest-results.json "$@" || status=$?
# A plain closing line that any reader of the log understands.
node -e '
  const r = require("./.local/jest-results.json");
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`${r.numPassedTests} passed, ${r.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : ""));
' || true
exit "$status"
