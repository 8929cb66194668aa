#!/usr/bin/env bash
# The whole test suite on a fresh machine, in one command:
# dependencies, type check, lint, format check, build, then every jest test (unit,
# integration against real Kafka and a MongoDB-wire store, end to end with five processes, and
# the console in Debian's chromium with the real Keycloak sign-in).
# Kafka and the store: KAFKA_BROKERS/MONGO_URL if set, else testcontainers if a Docker
# engine answers, else deploy/local (started and stopped by the jest global setup).
# Keycloak (the sign-in test): deploy/local/keycloak.sh, through infra.sh up or by the test itself.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[tests] installing dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi

# Debian packages the tests use, installed here where missing: the browser tests drive chromium
# through playwright-core, which downloads no browser (CHROMIUM_PATH: another), fonts-noto-core
# draws every Vietnamese letter, and poppler-utils' pdftotext reads the printed forms back.
packages=()
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  packages+=(chromium fonts-noto-core)
fi
command -v pdftotext >/dev/null 2>&1 || packages+=(poppler-utils)
if [ ${#packages[@]} -gt 0 ]; then
  echo "[tests] installing ${packages[*]} (apt-get)"
  sudo=$([ "$(id -u)" -eq 0 ] || echo sudo)
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
    --no-install-recommends "${packages[@]}" >/dev/null; } ||
    echo "[tests] could not install ${packages[*]}: the tests that need them will fail and say so" >&2
fi

echo "[tests] type check";   npm run --silent typecheck
echo "[tests] lint";         npm run --silent lint
echo "[tests] format check"; npm run --silent format:check
echo "[tests] build";        npm run --silent build

mkdir -p .local
# Unit tests first, in parallel (they need nothing started), so a broken rule fails in a minute;
# then the integration and end-to-end suites one at a time against the real broker and store.
# Arguments (e.g. a path) narrow both runs. Each layer's time is printed for the README's table.
status=0
layer() {
  local name=$1
  shift
  local started=$SECONDS
  npx jest --ci --json --outputFile=".local/jest-$name.json" "$@" || status=$?
  echo "[tests] $name: $((SECONDS - started)) s"
}
layer unit --selectProjects unit --maxWorkers=2 --passWithNoTests "$@"
layer integration --selectProjects integration --runInBand --passWithNoTests "$@"
# A plain closing line that any reader of the log understands.
node -e '
  const runs = ["unit", "integration"].map((name) => require(`./.local/jest-${name}.json`));
  const sum = (key) => runs.reduce((total, run) => total + run[key], 0);
  const skipped = sum("numPendingTests") + sum("numTodoTests");
  console.log(`${sum("numPassedTests")} passed, ${sum("numFailedTests")} failed` + (skipped ? `, ${skipped} skipped` : ""));
' || true
exit "$status"
