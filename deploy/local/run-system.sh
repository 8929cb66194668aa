#!/usr/bin/env bash
# The whole system on one machine without Docker, in one command: dependencies, local Kafka,
# the embedded store and Keycloak, a build, the six services and the console (the web app and
# the browser's one origin in front of the APIs) in the background, each checked healthy.
#   bash deploy/local/run-system.sh          start (idempotent) and print the addresses
#   bash deploy/local/run-system.sh stop     stop the services and the infrastructure
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$(pwd)
SERVICES=(intake:3001 deadline:3002 correspondence:3003 survey:3004 feedback:3005 reporting:3006)
# The console on 3000: the address the realm's `console` client redirects to after sign-in. It
# reads OIDC_ISSUER and OIDC_CLIENT_ID from `infra.sh env` and finds the services on their ports.
CONSOLE_PORT=3000
PROCESSES=("${SERVICES[@]}" "console:$CONSOLE_PORT")
RUN_DIR="$ROOT/.local/run"
LOG_DIR="$ROOT/.local/logs"
mkdir -p "$RUN_DIR" "$LOG_DIR"

stop_services() {
  for entry in "${PROCESSES[@]}"; do
    name=${entry%%:*}
    pid_file="$RUN_DIR/$name.pid"
    if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
      kill "$(cat "$pid_file")" 2>/dev/null || true
      echo "[system] stopped $name"
    fi
    rm -f "$pid_file"
  done
}

if [ "${1:-start}" = "stop" ]; then
  stop_services
  bash deploy/local/infra.sh down
  exit 0
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "[system] installing dependencies (npm ci)"
  npm ci --no-audit --no-fund
fi
bash deploy/local/infra.sh up
eval "$(bash deploy/local/infra.sh env)"
echo "[system] building"
npm run --silent build
# The broker's topics and ACLs, from the event catalogue: each service gets its own principal.
echo "[system] broker access: $(npm run --silent kafka:access -- --agency agency-demo)"
# Local signing keys (kept in .local/auth); tokens come from `npm run token`.
AUTH_PUBLIC_KEY_FILE=$(npm run --silent token -- --init)
export AUTH_PUBLIC_KEY_FILE
# The survey link printed on slips opens the console's survey page, not the JSON API.
export SURVEY_PUBLIC_LINK_BASE="${SURVEY_PUBLIC_LINK_BASE:-http://127.0.0.1:3000/khao-sat}"
# Citizens reach the services through the console on this machine: its X-Forwarded-For names them.
export TRUSTED_PROXIES="${TRUSTED_PROXIES:-loopback}"
# Sign-in: the services also trust the local Keycloak (infra.sh env), through its JWKS.
if [ -n "${OIDC_ISSUER:-}" ]; then
  AUTH_TRUSTED_ISSUERS="[{\"issuer\":\"$OIDC_ISSUER\",\"jwksUrl\":\"$OIDC_JWKS_URL\"}]"
  export AUTH_TRUSTED_ISSUERS
fi

for entry in "${PROCESSES[@]}"; do
  name=${entry%%:*}
  port=${entry##*:}
  pid_file="$RUN_DIR/$name.pid"
  if [ -f "$pid_file" ] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
    echo "[system] $name already running (pid $(cat "$pid_file"))"
    continue
  fi
  # each service runs as its own broker principal and store user; the console uses neither
  (if [ "$name" != console ]; then
     eval "$(bash deploy/local/infra.sh env --as "$name" | grep -E '^export (KAFKA_|MONGO_URL=)')"
   fi
   PORT=$port MONGO_URL=$MONGO_URL AUTH_PUBLIC_KEY_FILE=$AUTH_PUBLIC_KEY_FILE \
     setsid nohup node -r ./deploy/runtime/register-paths.js "dist/services/$name/src/main.js" \
     >"$LOG_DIR/$name.log" 2>&1 </dev/null & echo $! >"$pid_file")
done

for entry in "${PROCESSES[@]}"; do
  name=${entry%%:*}
  port=${entry##*:}
  for _ in $(seq 1 120); do
    if node -e "fetch('http://127.0.0.1:$port/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"; then
      break
    fi
    if ! kill -0 "$(cat "$RUN_DIR/$name.pid")" 2>/dev/null; then
      echo "[system] $name exited; last lines of $LOG_DIR/$name.log:" >&2
      tail -n 20 "$LOG_DIR/$name.log" >&2
      exit 1
    fi
    sleep 0.5
  done
done

echo
echo "All six services and the console are ready:"
for entry in "${SERVICES[@]}"; do
  name=${entry%%:*}
  port=${entry##*:}
  printf '  %-15s http://127.0.0.1:%s   API docs http://127.0.0.1:%s/docs   log .local/logs/%s.log\n' "$name" "$port" "$port" "$name"
done
echo "Kafka $KAFKA_BROKERS (SASL SCRAM-SHA-512, a principal per service; settings: bash deploy/local/infra.sh env --as NAME)"
store_address=${MONGO_URL##*@}
echo "MongoDB wire (embedded store) ${store_address%%/*} (a user per service database; the same command prints its URL)"
echo "A token for a one-stop officer of Phường Hạc Thành: npm run token -- --role officer --commune 14797"
echo
echo "Console (officers, leaders, citizens): http://127.0.0.1:$CONSOLE_PORT   log .local/logs/console.log"
if [ -n "${OIDC_ISSUER:-}" ]; then
  echo "  sign in there with a demo user, password Demo@2025 (README.md, \"Signing in\"):"
  echo "    canbo.hacthanh (officer) or lanhdao.hacthanh (leader), Phường Hạc Thành;"
  echo "    canbo.hamrong, lanhdao.hamrong (Phường Hàm Rồng); tinh.thanhhoa (province)"
  echo "  citizens look a dossier up without an account: http://127.0.0.1:$CONSOLE_PORT/tra-cuu"
  echo "Sign-in provider (Keycloak): $OIDC_ISSUER"
fi
echo "Reports: http://127.0.0.1:3006/v1/reports/communes/14797?period=2022 (wait for lag 0 at /v1/reports/status)"
echo "Stop everything with: bash deploy/local/run-system.sh stop"
