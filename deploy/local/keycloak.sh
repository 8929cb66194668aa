#!/usr/bin/env bash
# Keycloak, the OpenID Connect provider officers, leaders and province staff sign in with, without
# Docker: org.keycloak:keycloak-quarkus-dist from Maven Central, unpacked into .local, built once for
# the dev-file (H2) store, started in production mode on plain http on 127.0.0.1, importing
# deploy/keycloak/realm-chinh-quyen-than-thien.json. infra.sh up|down|status|env|reset calls it.
#
#   deploy/local/keycloak.sh up       provision (cached) + start in the background, wait until ready
#   deploy/local/keycloak.sh down     stop (SIGTERM, then SIGKILL of its process group after a timeout)
#   deploy/local/keycloak.sh status   running/stopped (exit 0 only when ready)
#   deploy/local/keycloak.sh env      print exports: OIDC_ISSUER, OIDC_JWKS_URL, OIDC_CLIENT_ID, ...
#   deploy/local/keycloak.sh reset    down + delete its database (the realm is imported again at up)
#
# Environment:
#   LOCAL_INFRA_DIR            state dir; default <repo>/.local
#   KEYCLOAK_VERSION           default 26.7.3 (org.keycloak:keycloak-quarkus-dist)
#   KEYCLOAK_PORT              http port, default 8180
#   KEYCLOAK_MANAGEMENT_PORT   health endpoints, default 9180
#   KEYCLOAK_JVM_OPTS          default "-Xms64m -Xmx512m -XX:TieredStopAtLevel=1" (client compiler only:
#                              40% less CPU to start on two cores; local use needs no peak throughput)
#   KEYCLOAK_JAVA_HOME         a JDK 21+; default: java on PATH if 21+, else the newest JDK 21+
#                              under /usr/lib/jvm or /opt (Keycloak 26 does not run on Java 17)
#   KEYCLOAK_START_TIMEOUT     seconds to wait for readiness, default 300 (a first start creates the database and
#                              imports the realm: 15 s on a quiet 2-core machine, over 2 min under load)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"

LOCAL_INFRA_DIR="${LOCAL_INFRA_DIR:-$REPO_ROOT/.local}"
KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
KEYCLOAK_MANAGEMENT_PORT="${KEYCLOAK_MANAGEMENT_PORT:-9180}"
KEYCLOAK_JVM_OPTS="${KEYCLOAK_JVM_OPTS:--Xms64m -Xmx512m -XX:TieredStopAtLevel=1}"
START_TIMEOUT="${KEYCLOAK_START_TIMEOUT:-300}"
STOP_TIMEOUT="${STOP_TIMEOUT:-20}"

REALM_FILE="$REPO_ROOT/deploy/keycloak/realm-chinh-quyen-than-thien.json"
REALM=chinh-quyen-than-thien
KC_BASE="$LOCAL_INFRA_DIR/keycloak/$KEYCLOAK_VERSION"
KC_HOME="$KC_BASE/keycloak-$KEYCLOAK_VERSION"
KC_DATA="$KC_HOME/data"
LOG_DIR="$LOCAL_INFRA_DIR/logs"
RUN_DIR="$LOCAL_INFRA_DIR/run"
KC_LOG="$LOG_DIR/keycloak.log"
KC_PID="$RUN_DIR/keycloak.pid"
BASE_URL="http://127.0.0.1:$KEYCLOAK_PORT"
# Options fixed when the distribution is built (kc.sh build); `start --optimized` then skips the
# 20-second re-augmentation at every start.
BUILD_OPTIONS=(--db=dev-file --health-enabled=true)

log() { printf '[keycloak] %s\n' "$*" >&2; }
die() { printf '[keycloak] ERROR: %s\n' "$*" >&2; exit 1; }
tail_log() { echo "----- last lines of $1 -----" >&2; tail -n "${2:-40}" "$1" >&2 2>/dev/null || true; echo "-----" >&2; }

port_open() { timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null; }

# GET on 127.0.0.1 without curl: prints the status line's code (200, 503, ...).
http_status() { # port path
  timeout 2 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1 && printf 'GET $2 HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 && head -n 1 <&3" \
    2>/dev/null | awk '{print $2}'
}

kc_alive() { # prints the pid of our kc.sh if it runs
  local pid
  [[ -f $KC_PID ]] || return 1
  pid=$(cat "$KC_PID" 2>/dev/null) || return 1
  [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "keycloak-.*/bin/kc.sh start" || return 1
  echo "$pid"
}

# CPU seconds and resident memory of kc.sh's JVM (its child), for the start-up line.
jvm_pid() { pgrep -P "$1" java 2>/dev/null | head -n 1; }
cpu_seconds() {
  local java; java=$(jvm_pid "$1")
  [[ -n $java ]] || { echo '?'; return; }
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$java/stat" 2>/dev/null || echo '?'
}
rss_mb() {
  local java; java=$(jvm_pid "$1")
  [[ -n $java ]] || { echo '?'; return; }
  awk '/^VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$java/status" 2>/dev/null || echo '?'
}

kc_ready() { [[ $(http_status "$KEYCLOAK_MANAGEMENT_PORT" /health/ready) == 200 ]]; }

# ---------------------------------------------------------------- Java 21+
java_major() { # java home -> major version, from its release file or `java -version`
  local home=$1 v=""
  if [[ -f $home/release ]]; then
    v=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  [[ -n $v ]] || v=$("$home/bin/java" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')
  v=${v#1.}; v=${v%%.*}; v=${v%%[!0-9]*}
  echo "${v:-0}"
}

find_java_home() {
  if [[ -n ${KEYCLOAK_JAVA_HOME:-} ]]; then
    [[ -x $KEYCLOAK_JAVA_HOME/bin/java ]] || die "KEYCLOAK_JAVA_HOME=$KEYCLOAK_JAVA_HOME has no bin/java"
    (($(java_major "$KEYCLOAK_JAVA_HOME") >= 21)) || die "KEYCLOAK_JAVA_HOME=$KEYCLOAK_JAVA_HOME is older than Java 21"
    echo "$KEYCLOAK_JAVA_HOME"; return 0
  fi
  local best="" best_major=0 candidate major path_java
  if path_java=$(command -v java 2>/dev/null); then
    candidate=$(dirname "$(dirname "$(readlink -f "$path_java")")")
    major=$(java_major "$candidate")
    if ((major >= 21)); then echo "$candidate"; return 0; fi
  fi
  for candidate in /usr/lib/jvm/* /opt/* /opt/java/*; do
    [[ -x $candidate/bin/java && ! -L $candidate ]] || continue
    major=$(java_major "$candidate")
    if ((major >= 21 && major > best_major)); then best=$candidate; best_major=$major; fi
  done
  [[ -n $best ]] || die "Keycloak $KEYCLOAK_VERSION needs Java 21 or newer and none was found (java on PATH, /usr/lib/jvm, /opt); install one or set KEYCLOAK_JAVA_HOME"
  echo "$best"
}

# ---------------------------------------------------------------- provisioning
provision() {
  local java_home=$1
  if [[ -f $KC_BASE/.complete ]]; then return 0; fi
  command -v mvn >/dev/null 2>&1 || die "mvn is needed to fetch Keycloak from Maven Central"
  local zip="$KC_BASE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
  rm -rf "$KC_BASE"; mkdir -p "$KC_BASE"
  log "fetching org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip with Maven (strict checksums) -> $KC_BASE"
  # -C: fail when the artifact does not match the repository's checksum.
  (cd "$KC_BASE" && mvn -B -C --no-transfer-progress -q \
      org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" -DoutputDirectory="$KC_BASE") \
    || die "maven could not fetch org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION (see output above)"
  [[ -s $zip ]] || die "the Keycloak distribution is missing after the fetch ($zip)"
  log "  sha256 $(sha256sum "$zip" | cut -c1-64)"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$zip" -d "$KC_BASE" || die "could not unpack $zip"
  else
    (cd "$KC_BASE" && "$java_home/bin/jar" xf "$zip") || die "could not unpack $zip"
  fi
  rm -f "$zip"
  [[ -f $KC_HOME/bin/kc.sh ]] || die "the Keycloak distribution has no bin/kc.sh ($KC_HOME)"
  log "building Keycloak for the dev-file store with health checks (once; ~20 s)"
  if ! JAVA_HOME=$java_home JAVA_OPTS_KC_HEAP="$KEYCLOAK_JVM_OPTS" \
      bash "$KC_HOME/bin/kc.sh" build "${BUILD_OPTIONS[@]}" >"$KC_BASE/build.log" 2>&1; then
    tail_log "$KC_BASE/build.log"; die "kc.sh build failed (log: $KC_BASE/build.log)"
  fi
  touch "$KC_BASE/.complete"
}

# The realm is data: when its file changes, the local database (demo data only) is dropped and
# the realm imported again, since --import-realm leaves an existing realm untouched.
prepare_realm() {
  local hash
  [[ -f $REALM_FILE ]] || die "the realm file is missing: $REALM_FILE"
  hash=$(sha256sum "$REALM_FILE" | cut -c1-16)
  if [[ $(cat "$KC_DATA/.realm-hash" 2>/dev/null) != "$hash" ]]; then
    [[ -d $KC_DATA/h2 ]] && log "the realm file changed: dropping the local Keycloak database to import it again"
    rm -rf "$KC_DATA/h2"
  fi
  mkdir -p "$KC_DATA/import"
  cp "$REALM_FILE" "$KC_DATA/import/"
  echo "$hash" >"$KC_DATA/.realm-hash"
}

# ---------------------------------------------------------------- commands
cmd_up() {
  local pid java_home
  mkdir -p "$LOG_DIR" "$RUN_DIR"
  if pid=$(kc_alive); then
    if kc_ready; then log "keycloak already running (pid $pid, $BASE_URL)"; return 0; fi
    log "keycloak process $pid exists but is not ready yet; waiting"
    wait_ready "$pid" "$SECONDS"; return 0
  fi
  [[ -f $KC_PID ]] && { log "removing stale keycloak pid file"; rm -f "$KC_PID"; }
  for p in "$KEYCLOAK_PORT" "$KEYCLOAK_MANAGEMENT_PORT"; do
    port_open "$p" && die "port $p is already in use by another process (not our keycloak); set KEYCLOAK_PORT / KEYCLOAK_MANAGEMENT_PORT"
  done
  java_home=$(find_java_home)
  provision "$java_home"
  prepare_realm
  [[ -f $KC_LOG ]] && mv -f "$KC_LOG" "$KC_LOG.1"
  log "starting keycloak $KEYCLOAK_VERSION on $BASE_URL (health :$KEYCLOAK_MANAGEMENT_PORT, Java $(java_major "$java_home") from $java_home), log: $KC_LOG"
  local started=$SECONDS
  # Its own session (setsid): the pid file names kc.sh, which forwards SIGTERM to the JVM; a
  # SIGKILL goes to the whole process group.
  (umask 077; JAVA_HOME=$java_home JAVA_OPTS_KC_HEAP="$KEYCLOAK_JVM_OPTS" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    setsid nohup bash -c 'echo $$ >"$0"; exec "$@"' "$KC_PID" \
    bash "$KC_HOME/bin/kc.sh" start --optimized \
      --http-enabled=true --http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" \
      --hostname="$BASE_URL" --http-management-port="$KEYCLOAK_MANAGEMENT_PORT" \
      --import-realm --log-level=info \
    >"$KC_LOG" 2>&1 </dev/null &)
  local i=0; while [[ ! -s $KC_PID ]] && ((i++ < 50)); do sleep 0.1; done
  [[ -s $KC_PID ]] || { tail_log "$KC_LOG"; die "keycloak did not start (no pid file; log: $KC_LOG)"; }
  wait_ready "$(cat "$KC_PID")" "$started"
}

wait_ready() { # pid started-at
  local pid=$1 started=$2 deadline=$((SECONDS + START_TIMEOUT))
  while ((SECONDS < deadline)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail_log "$KC_LOG"; rm -f "$KC_PID"; die "keycloak exited during startup (log: $KC_LOG)"
    fi
    if kc_ready; then
      log "keycloak ready after $((SECONDS - started)) s ($(cpu_seconds "$pid") s of CPU, $(rss_mb "$pid") MB resident; pid $pid): realm $REALM at $BASE_URL/realms/$REALM"
      return 0
    fi
    sleep 0.5
  done
  tail_log "$KC_LOG"; die "keycloak is not ready after ${START_TIMEOUT}s (pid $pid still running; log: $KC_LOG)"
}

cmd_down() {
  local pid
  if ! pid=$(kc_alive); then rm -f "$KC_PID"; log "keycloak not running"; return 0; fi
  log "stopping keycloak (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + STOP_TIMEOUT))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.3; done
  if kill -0 "$pid" 2>/dev/null; then
    log "keycloak did not stop within ${STOP_TIMEOUT}s; sending SIGKILL to its process group"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
  fi
  rm -f "$KC_PID"
  log "keycloak stopped"
}

cmd_status() {
  local pid
  if pid=$(kc_alive); then
    if kc_ready; then echo "keycloak: running (pid $pid, $BASE_URL)"; return 0; fi
    echo "keycloak: starting (pid $pid, not ready)"; return 1
  fi
  echo "keycloak: stopped"; return 1
}

cmd_env() {
  echo "export OIDC_ISSUER=$BASE_URL/realms/$REALM"
  echo "export OIDC_JWKS_URL=$BASE_URL/realms/$REALM/protocol/openid-connect/certs"
  echo "export OIDC_CLIENT_ID=console"
  echo "export KEYCLOAK_URL=$BASE_URL"
}

cmd_reset() {
  cmd_down
  log "deleting the local Keycloak database (the realm is imported again at the next up)"
  rm -rf "$KC_DATA/h2" "$KC_DATA/.realm-hash"
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  env) cmd_env ;;
  reset) cmd_reset ;;
  logs) echo "$KC_LOG" ;;
  *) echo "usage: $0 {up|down|status|env|reset|logs}" >&2; exit 2 ;;
esac
