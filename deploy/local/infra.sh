#!/usr/bin/env bash
# Local infrastructure without Docker: a single-node Apache Kafka 4.x broker (KRaft, from Maven Central jars)
# and the embedded MongoDB-wire store (deploy/local/store: mongo-java-server on H2 MVStore with ordered
# secondary indexes and a commit before every acknowledged write; docs/store-comparison.md says why),
# and Keycloak, the sign-in provider (deploy/local/keycloak.sh; LOCAL_KEYCLOAK=off leaves it out).
#
#   deploy/local/infra.sh up       provision (cached) + start both in the background, wait until ready
#   deploy/local/infra.sh down     stop both (SIGTERM, then SIGKILL after a timeout)
#   deploy/local/infra.sh status   running/stopped for each (the exit code covers Kafka and the store only)
#   deploy/local/infra.sh env      print exports:  eval "$(deploy/local/infra.sh env)" (as the admin principal)
#   deploy/local/infra.sh env --as NAME        the same with the broker principal NAME (a service's, an agency's)
#   deploy/local/infra.sh kafka-principal NAME add a SCRAM principal to the running broker (an agency's);
#                                              `npm run kafka:access` then grants it its topics
#   deploy/local/infra.sh reset    down + delete data (keeps cached jars/binary)
#   deploy/local/infra.sh logs     print log file paths
#   deploy/local/infra.sh store-classpath   build the store if needed, print its Java classpath (tests start extra copies)
#   deploy/local/infra.sh ferretdb-binary   build FerretDB (only the store comparison benchmark uses it)
#
# Environment:
#   LOCAL_INFRA_DIR        state dir (jars, binary, data, logs, pids); default <repo>/.local
#   KAFKA_PORT             default 9092
#   KAFKA_CONTROLLER_PORT  default 9093
#   MONGO_PORT             default 27017
#   KAFKA_VERSION          default 4.4.0 (org.apache.kafka:kafka_2.13)
#   KAFKA_HEAP_OPTS        default "-Xmx512m -Xms128m"
#   STORE_HEAP_OPTS        default "-Xmx2g -Xms256m" (the store's secondary indexes live in the heap)
#   FERRETDB_VERSION       default v1.24.2 (comparison benchmark only)
#   START_TIMEOUT          seconds to wait for readiness, default 120
#   STOP_TIMEOUT           seconds between SIGTERM and SIGKILL, default 20
#   LOCAL_KEYCLOAK         on (default) or off: whether up starts Keycloak (keycloak.sh lists its own settings)
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"

LOCAL_INFRA_DIR="${LOCAL_INFRA_DIR:-$REPO_ROOT/.local}"
KAFKA_PORT="${KAFKA_PORT:-9092}"
KAFKA_CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
MONGO_PORT="${MONGO_PORT:-27017}"
KAFKA_VERSION="${KAFKA_VERSION:-4.4.0}"
KAFKA_HEAP_OPTS="${KAFKA_HEAP_OPTS:--Xmx512m -Xms128m}"
STORE_HEAP_OPTS="${STORE_HEAP_OPTS:--Xmx2g -Xms256m}"
FERRETDB_VERSION="${FERRETDB_VERSION:-v1.24.2}"
START_TIMEOUT="${START_TIMEOUT:-120}"
STOP_TIMEOUT="${STOP_TIMEOUT:-20}"
LOCAL_KEYCLOAK="${LOCAL_KEYCLOAK:-on}"
KEYCLOAK=(bash "$SCRIPT_DIR/keycloak.sh")

KAFKA_LIBS="$LOCAL_INFRA_DIR/kafka/$KAFKA_VERSION/libs"
KAFKA_CONF_DIR="$LOCAL_INFRA_DIR/kafka/conf"
# Random passwords, made at the first use, readable by this user only: `kafka-<principal>` for the
# broker (one SCRAM principal per service, for which `npm run kafka:access` writes the ACLs; the
# operators' `admin`; `agency-demo`, an example agency's read-only principal) and `store-<user>`
# for the store (`admin` for every database, one user per service database).
CREDENTIALS="$LOCAL_INFRA_DIR/credentials"
KAFKA_PRINCIPALS=(admin intake deadline correspondence survey feedback reporting agency-demo)
STORE_SERVICE_USERS=(intake deadline correspondence survey feedback reporting)
STORE_USERS_FILE="$CREDENTIALS/store-users"
BIN_DIR="$LOCAL_INFRA_DIR/bin"
FERRETDB_BIN="$BIN_DIR/ferretdb-$FERRETDB_VERSION"
DATA_DIR="$LOCAL_INFRA_DIR/data"
KAFKA_DATA="$DATA_DIR/kafka"
STORE_DATA="$DATA_DIR/store"
STORE_SRC="$SCRIPT_DIR/store"
STORE_LIBS="$LOCAL_INFRA_DIR/store/libs"
LOG_DIR="$LOCAL_INFRA_DIR/logs"
RUN_DIR="$LOCAL_INFRA_DIR/run"
KAFKA_LOG="$LOG_DIR/kafka.log"
STORE_LOG="$LOG_DIR/store.log"
KAFKA_PID="$RUN_DIR/kafka.pid"
STORE_PID="$RUN_DIR/store.pid"

log() { printf '[infra] %s\n' "$*" >&2; }
die() { printf '[infra] ERROR: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- helpers
port_open() { # port -> 0 if something accepts TCP connections on 127.0.0.1:port
  timeout 1 bash -c "exec 3<>/dev/tcp/127.0.0.1/$1" 2>/dev/null
}

# pid file -> prints pid and returns 0 if the process is alive and is ours (cmdline matches pattern)
pid_alive() {
  local pidfile=$1 pattern=$2 pid
  [[ -f $pidfile ]] || return 1
  pid=$(cat "$pidfile" 2>/dev/null) || return 1
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$pattern" || return 1
  echo "$pid"
}

kafka_alive() { pid_alive "$KAFKA_PID" 'kafka.Kafka'; }
store_alive() { pid_alive "$STORE_PID" 'vn.chinhquyen.store.StoreMain'; }

# A pid file left by a crash (kill -9, a reboot) names a dead process, or by now another one:
# remove it before starting, or the start-up wait would read the old pid instead of the new.
remove_stale_pid() { # name pidfile
  local name=$1 pidfile=$2
  if [[ -f $pidfile ]]; then
    log "removing stale $name pid file (pid $(cat "$pidfile" 2>/dev/null || echo '?') is not a running $name)"
    rm -f "$pidfile"
  fi
}

ensure_dirs() {
  mkdir -p "$LOCAL_INFRA_DIR" "$BIN_DIR" "$DATA_DIR" "$LOG_DIR" "$RUN_DIR" "$KAFKA_CONF_DIR"
  # keep the whole state dir out of git even if the repo's .gitignore does not list it
  [[ -f $LOCAL_INFRA_DIR/.gitignore ]] || printf '*\n' >"$LOCAL_INFRA_DIR/.gitignore"
}

check_prereqs() {
  local missing=() jv gv
  if command -v java >/dev/null 2>&1; then
    jv=$(java -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')
    jv=${jv#1.}; jv=${jv%%.*}; jv=${jv%%[!0-9]*}
    [[ -n $jv && $jv -ge 17 ]] || missing+=("java 17+ (found ${jv:-unknown})")
  else missing+=("java 17+"); fi
  command -v mvn >/dev/null 2>&1 || missing+=("mvn")
  if command -v go >/dev/null 2>&1; then
    gv=$(go env GOVERSION 2>/dev/null || true); gv=${gv#go}
    local gmaj=${gv%%.*} gmin; gmin=${gv#*.}; gmin=${gmin%%.*}; gmin=${gmin%%[!0-9]*}
    if ! [[ $gmaj =~ ^[0-9]+$ && $gmin =~ ^[0-9]+$ ]] || ((gmaj < 1 || (gmaj == 1 && gmin < 24))); then
      missing+=("go >= 1.24 (found ${gv:-unknown})")
    fi
  else missing+=("go >= 1.24"); fi
  if ((${#missing[@]})); then
    local msg; msg=$(printf '%s, ' "${missing[@]}")
    echo "infra.sh: missing prerequisites: ${msg%, }" >&2
    exit 1
  fi
}

# ---------------------------------------------------------------- provisioning
provision_kafka() {
  if [[ -f $KAFKA_LIBS/.complete ]]; then return 0; fi
  log "fetching Apache Kafka $KAFKA_VERSION broker jars (org.apache.kafka:kafka_2.13) with Maven -> $KAFKA_LIBS"
  local work="$LOCAL_INFRA_DIR/kafka/$KAFKA_VERSION/mvn"
  rm -rf "$KAFKA_LIBS" "$work"; mkdir -p "$work"
  cp "$SCRIPT_DIR/pom.xml" "$work/pom.xml"
  (cd "$work" && mvn -B --no-transfer-progress -Dkafka.version="$KAFKA_VERSION" \
      dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$KAFKA_LIBS") \
    || die "maven could not fetch kafka_2.13:$KAFKA_VERSION (see output above)"
  rm -rf "$work"
  [[ -n $(ls "$KAFKA_LIBS"/kafka_2.13-*.jar 2>/dev/null) ]] || die "kafka_2.13 jar missing in $KAFKA_LIBS"
  touch "$KAFKA_LIBS/.complete"
  log "fetched $(ls "$KAFKA_LIBS"/*.jar | wc -l) jars"
}

# The store is rebuilt when its sources change: the cache is keyed by a hash of pom.xml and src/.
store_sources_hash() {
  (cd "$STORE_SRC" && find pom.xml src -type f | LC_ALL=C sort | xargs sha256sum) | sha256sum | cut -c1-16
}

provision_store() {
  local hash; hash=$(store_sources_hash)
  if [[ -f $STORE_LIBS/.complete-$hash ]]; then return 0; fi
  log "building the embedded store (mongo-java-server + H2 from Maven Central, sources $hash) -> $STORE_LIBS"
  local work="$LOCAL_INFRA_DIR/store/build"
  rm -rf "$STORE_LIBS" "$work"; mkdir -p "$work" "$STORE_LIBS"
  cp -r "$STORE_SRC/pom.xml" "$STORE_SRC/src" "$work/"
  (cd "$work" && mvn -B --no-transfer-progress -q package dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$STORE_LIBS") || die "maven could not build the embedded store (see output above)"
  cp "$work"/target/embedded-store-*.jar "$STORE_LIBS/"
  rm -rf "$work"
  touch "$STORE_LIBS/.complete-$hash"
  log "built the embedded store ($(ls "$STORE_LIBS"/*.jar | wc -l) jars)"
}

provision_ferretdb() {
  if [[ -x $FERRETDB_BIN ]]; then return 0; fi
  # NOTE: a plain `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.2` builds, but the binary panics at
  # start ("Invalid build/version/version.txt file content"): build/version embeds *.txt and version.txt is not in
  # the module zip. So: download the module from the Go module proxy, copy it, write version.txt, go build.
  log "building FerretDB $FERRETDB_VERSION from the Go module (first time only; ~2-4 min on 2 cores)"
  local src="$LOCAL_INFRA_DIR/build/ferretdb-$FERRETDB_VERSION" moddir
  log "  go mod download github.com/FerretDB/FerretDB@$FERRETDB_VERSION"
  moddir=$(cd "$LOCAL_INFRA_DIR" && GOTOOLCHAIN=local GOFLAGS=-mod=mod \
    go mod download -json "github.com/FerretDB/FerretDB@$FERRETDB_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",\{0,1\}$/\1/p') || true
  [[ -n $moddir && -d $moddir ]] || die "go mod download of github.com/FerretDB/FerretDB@$FERRETDB_VERSION failed"
  rm -rf "$src"; mkdir -p "$(dirname "$src")"
  cp -r "$moddir" "$src"; chmod -R u+w "$src"
  echo "$FERRETDB_VERSION" >"$src/build/version/version.txt"
  echo "local-infra" >"$src/build/version/package.txt"
  log "  go build ./cmd/ferretdb (progress: one line per 25 packages)"
  if ! (cd "$src" && CGO_ENABLED=0 GOTOOLCHAIN=local go build -v -trimpath -buildvcs=false -o "$FERRETDB_BIN.tmp" ./cmd/ferretdb 2>&1) \
    | awk '{ n++; if (n % 25 == 1) { printf "[infra]   go: %d packages compiled (%s)\n", n, $0 > "/dev/stderr"; fflush("/dev/stderr") } }
           END { printf "[infra]   go: %d packages compiled\n", n > "/dev/stderr" }'; then
    die "go build of FerretDB $FERRETDB_VERSION failed (see output above)"
  fi
  [[ -x $FERRETDB_BIN.tmp ]] || die "go build of FerretDB $FERRETDB_VERSION produced no binary"
  "$FERRETDB_BIN.tmp" --version >/dev/null 2>&1 || die "built FerretDB binary does not run: $("$FERRETDB_BIN.tmp" --version 2>&1 | head -3)"
  mv "$FERRETDB_BIN.tmp" "$FERRETDB_BIN"; rm -rf "$src"
  log "built $FERRETDB_BIN"
}

# name -> its password, generated on first use and kept readable by this user only
password_of() {
  local file="$CREDENTIALS/$1"
  if [[ ! -s $file ]]; then
    (umask 077; mkdir -p "$CREDENTIALS"; chmod 700 "$CREDENTIALS"
     LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 32 >"$file")
  fi
  cat "$file"
}
kafka_password() { password_of "kafka-$1"; }
store_password() { password_of "store-$1"; }

# The store's users file (name:database:password), rewritten at each start from the passwords.
write_store_users() {
  local user
  (umask 077
   { echo "admin:*:$(store_password admin)"
     for user in "${STORE_SERVICE_USERS[@]}"; do echo "$user:$user:$(store_password "$user")"; done
   } >"$STORE_USERS_FILE")
}

render_kafka_config() {
  local admin_password; admin_password=$(kafka_password admin)
  (umask 077
   sed -e "s|@KAFKA_PORT@|$KAFKA_PORT|g" \
       -e "s|@KAFKA_CONTROLLER_PORT@|$KAFKA_CONTROLLER_PORT|g" \
       -e "s|@KAFKA_DATA_DIR@|$KAFKA_DATA|g" \
       -e "s|@KAFKA_ADMIN_PASSWORD@|$admin_password|g" \
       "$SCRIPT_DIR/server.properties.template" >"$KAFKA_CONF_DIR/server.properties")
  cp "$SCRIPT_DIR/log4j2.properties" "$KAFKA_CONF_DIR/log4j2.properties"
}

kafka_java() { # common JVM invocation
  java -Dlog4j2.configurationFile="$KAFKA_CONF_DIR/log4j2.properties" -Dkafka.logs.dir="$LOG_DIR" \
    -Djava.awt.headless=true -cp "$KAFKA_LIBS/*" "$@"
}

format_kafka_storage() {
  # A data dir formatted before the broker authenticated has no users: it is local test data,
  # so it is formatted again rather than left unusable.
  if [[ -f $KAFKA_DATA/meta.properties && ! -f $KAFKA_DATA/.scram-users ]]; then
    log "the Kafka data in $KAFKA_DATA predates SASL (no users): formatting it again"
    rm -rf "$KAFKA_DATA"
  fi
  if [[ -f $KAFKA_DATA/meta.properties ]]; then return 0; fi
  mkdir -p "$KAFKA_DATA"; chmod 700 "$KAFKA_DATA"
  local scram=() name
  for name in "${KAFKA_PRINCIPALS[@]}"; do
    scram+=(--add-scram "SCRAM-SHA-512=[name=$name,password=$(kafka_password "$name")]")
  done
  local cid
  cid=$(kafka_java kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)
  [[ -n $cid ]] || die "kafka.tools.StorageTool random-uuid failed"
  log "formatting Kafka storage (cluster id $cid) in $KAFKA_DATA"
  # static quorum (controller.quorum.voters) => no --standalone
  if ! kafka_java kafka.tools.StorageTool format -t "$cid" -c "$KAFKA_CONF_DIR/server.properties" \
      "${scram[@]}" >"$LOG_DIR/kafka-format.log" 2>&1; then
    tail_log "$LOG_DIR/kafka-format.log"; die "kafka storage format failed (log: $LOG_DIR/kafka-format.log)"
  fi
  printf '%s\n' "${KAFKA_PRINCIPALS[@]}" >"$KAFKA_DATA/.scram-users"
  log "broker principals (SCRAM-SHA-512): ${KAFKA_PRINCIPALS[*]}; passwords in $CREDENTIALS"
  grep -h '^Formatting' "$LOG_DIR/kafka-format.log" | sed 's/^/[infra]   /' >&2 || true
}

# ---------------------------------------------------------------- start/stop
tail_log() { echo "----- last lines of $1 -----" >&2; tail -n "${2:-40}" "$1" >&2 2>/dev/null || true; echo "-----" >&2; }

start_kafka() {
  local pid
  if pid=$(kafka_alive) && port_open "$KAFKA_PORT"; then
    log "kafka already running (pid $pid, 127.0.0.1:$KAFKA_PORT)"; return 0
  fi
  if [[ -n ${pid:-} ]]; then
    log "kafka process $pid exists but port $KAFKA_PORT is not answering yet; waiting"
    wait_kafka "$pid"; return 0
  fi
  remove_stale_pid kafka "$KAFKA_PID"
  for p in "$KAFKA_PORT" "$KAFKA_CONTROLLER_PORT"; do
    port_open "$p" && die "port $p is already in use by another process (not our kafka); set KAFKA_PORT / KAFKA_CONTROLLER_PORT"
  done
  render_kafka_config
  format_kafka_storage
  [[ -f $KAFKA_LOG ]] && mv -f "$KAFKA_LOG" "$KAFKA_LOG.1"
  log "starting kafka $KAFKA_VERSION on 127.0.0.1:$KAFKA_PORT (controller :$KAFKA_CONTROLLER_PORT), log: $KAFKA_LOG"
  # shellcheck disable=SC2086
  setsid nohup bash -c 'echo $$ >"$0"; exec "$@"' "$KAFKA_PID" \
    java $KAFKA_HEAP_OPTS -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:+ExitOnOutOfMemoryError \
    -Dlog4j2.configurationFile="$KAFKA_CONF_DIR/log4j2.properties" -Dkafka.logs.dir="$LOG_DIR" \
    -Djava.awt.headless=true -cp "$KAFKA_LIBS/*" \
    kafka.Kafka "$KAFKA_CONF_DIR/server.properties" >"$KAFKA_LOG" 2>&1 </dev/null &
  local i=0; while [[ ! -s $KAFKA_PID ]] && ((i++ < 50)); do sleep 0.1; done
  [[ -s $KAFKA_PID ]] || { tail_log "$KAFKA_LOG"; die "kafka did not start (no pid file; log: $KAFKA_LOG)"; }
  wait_kafka "$(cat "$KAFKA_PID")"
}

wait_kafka() {
  local pid=$1 deadline=$((SECONDS + START_TIMEOUT))
  while ((SECONDS < deadline)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail_log "$KAFKA_LOG"; rm -f "$KAFKA_PID"; die "kafka exited during startup (log: $KAFKA_LOG)"
    fi
    if grep -q 'Kafka Server started' "$KAFKA_LOG" 2>/dev/null && port_open "$KAFKA_PORT"; then
      log "kafka ready (pid $pid)"; return 0
    fi
    sleep 0.5
  done
  tail_log "$KAFKA_LOG"; die "kafka not ready after ${START_TIMEOUT}s (pid $pid still running; log: $KAFKA_LOG)"
}

start_store() {
  local pid
  if pid=$(store_alive) && port_open "$MONGO_PORT"; then
    log "store already running (pid $pid, 127.0.0.1:$MONGO_PORT)"; return 0
  fi
  if [[ -n ${pid:-} ]]; then
    log "store process $pid exists but port $MONGO_PORT is not answering yet; waiting"
    wait_store "$pid"; return 0
  fi
  remove_stale_pid store "$STORE_PID"
  port_open "$MONGO_PORT" && die "port $MONGO_PORT is already in use by another process (not our store); set MONGO_PORT"
  # the data is citizens' personal data: readable by this user only
  mkdir -p "$STORE_DATA"; chmod 700 "$STORE_DATA"
  write_store_users
  [[ -f $STORE_LOG ]] && mv -f "$STORE_LOG" "$STORE_LOG.1"
  log "starting the embedded store on 127.0.0.1:$MONGO_PORT, log: $STORE_LOG"
  # shellcheck disable=SC2086
  (umask 077; setsid nohup bash -c 'echo $$ >"$0"; exec "$@"' "$STORE_PID" \
    java $STORE_HEAP_OPTS -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true \
    -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$STORE_LIBS/*" \
    vn.chinhquyen.store.StoreMain --host 127.0.0.1 --port "$MONGO_PORT" --file "$STORE_DATA/store.mv.db" \
    --users-file "$STORE_USERS_FILE" \
    >"$STORE_LOG" 2>&1 </dev/null &)
  local i=0; while [[ ! -s $STORE_PID ]] && ((i++ < 50)); do sleep 0.1; done
  [[ -s $STORE_PID ]] || { tail_log "$STORE_LOG"; die "the store did not start (no pid file; log: $STORE_LOG)"; }
  wait_store "$(cat "$STORE_PID")"
}

wait_store() {
  local pid=$1 deadline=$((SECONDS + START_TIMEOUT))
  while ((SECONDS < deadline)); do
    if ! kill -0 "$pid" 2>/dev/null; then
      tail_log "$STORE_LOG"; rm -f "$STORE_PID"; die "the store exited during startup (log: $STORE_LOG)"
    fi
    if grep -q 'listening on' "$STORE_LOG" 2>/dev/null && port_open "$MONGO_PORT"; then
      log "store ready (pid $pid)"; return 0
    fi
    sleep 0.2
  done
  tail_log "$STORE_LOG"; die "the store is not ready after ${START_TIMEOUT}s (log: $STORE_LOG)"
}

stop_one() { # name pidfile pattern
  local name=$1 pidfile=$2 pattern=$3 pid
  if ! pid=$(pid_alive "$pidfile" "$pattern"); then
    rm -f "$pidfile"; log "$name not running"; return 0
  fi
  log "stopping $name (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + STOP_TIMEOUT))
  while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.3; done
  if kill -0 "$pid" 2>/dev/null; then
    log "$name did not stop within ${STOP_TIMEOUT}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    sleep 0.5
  fi
  rm -f "$pidfile"
  log "$name stopped"
}

# ---------------------------------------------------------------- commands
cmd_up() {
  check_prereqs
  ensure_dirs
  provision_kafka
  provision_store
  start_kafka
  start_store
  [[ $LOCAL_KEYCLOAK == off ]] || "${KEYCLOAK[@]}" up
  log "logs: $KAFKA_LOG"
  log "      $STORE_LOG"
  log "up: Kafka 127.0.0.1:$KAFKA_PORT (SASL), store 127.0.0.1:$MONGO_PORT (users); settings: infra.sh env [--as NAME]"
}

cmd_down() {
  "${KEYCLOAK[@]}" down
  stop_one store "$STORE_PID" 'vn.chinhquyen.store.StoreMain'
  stop_one kafka "$KAFKA_PID" 'kafka.Kafka'
}

cmd_status() {
  local pid rc=0
  if pid=$(kafka_alive); then
    if port_open "$KAFKA_PORT"; then echo "kafka:    running (pid $pid, 127.0.0.1:$KAFKA_PORT)"
    else echo "kafka:    starting (pid $pid, port $KAFKA_PORT not answering)"; rc=1; fi
  else echo "kafka:    stopped"; rc=1; fi
  if pid=$(store_alive); then
    if port_open "$MONGO_PORT"; then echo "store:    running (pid $pid, 127.0.0.1:$MONGO_PORT)"
    else echo "store:    starting (pid $pid, port $MONGO_PORT not answering)"; rc=1; fi
  else echo "store:    stopped"; rc=1; fi
  # Informational: tests and scripts that need Keycloak ask keycloak.sh status themselves.
  "${KEYCLOAK[@]}" status || true
  return $rc
}

cmd_env() {
  local principal=admin
  if [[ ${1:-} == --as ]]; then
    principal=${2:-}
    [[ $principal =~ ^[a-z0-9-]+$ ]] || die "env --as needs a principal name (${KAFKA_PRINCIPALS[*]})"
    [[ -s $CREDENTIALS/kafka-$principal ]] || die "no broker principal $principal (infra.sh kafka-principal $principal adds one)"
  fi
  echo "export KAFKA_BROKERS=127.0.0.1:$KAFKA_PORT"
  echo "export KAFKA_SASL_MECHANISM=scram-sha-512"
  echo "export KAFKA_SASL_USERNAME=$principal"
  echo "export KAFKA_SASL_PASSWORD=$(kafka_password "$principal")"
  # A service's own store user may use its own database only; others (tests, tools) are admin.
  if [[ -s $CREDENTIALS/store-$principal ]]; then
    echo "export MONGO_URL='mongodb://$principal:$(store_password "$principal")@127.0.0.1:$MONGO_PORT/?authSource=$principal&authMechanism=SCRAM-SHA-256'"
  else
    echo "export MONGO_URL='mongodb://admin:$(store_password admin)@127.0.0.1:$MONGO_PORT/?authSource=admin&authMechanism=SCRAM-SHA-256'"
  fi
  [[ $LOCAL_KEYCLOAK == off ]] || "${KEYCLOAK[@]}" env
}

# Adds (or resets the password of) a SCRAM principal on the running broker, e.g. an agency's.
cmd_kafka_principal() {
  local name=${1:-}
  [[ $name =~ ^[a-z0-9-]{2,60}$ ]] || die "usage: infra.sh kafka-principal NAME (lower-case letters, digits, -)"
  kafka_alive >/dev/null || die "kafka is not running (infra.sh up)"
  java -cp "$KAFKA_LIBS/*" "$SCRIPT_DIR/kafka/AddScramPrincipal.java" "127.0.0.1:$KAFKA_PORT" \
    "$(kafka_password admin)" "$name" "$(kafka_password "$name")" >&2
  log "password in $CREDENTIALS/kafka-$name; settings: bash deploy/local/infra.sh env --as $name"
}

cmd_reset() {
  cmd_down
  log "deleting data in $DATA_DIR (cached jars/binary kept)"
  rm -rf "$KAFKA_DATA" "$STORE_DATA"
  "${KEYCLOAK[@]}" reset
}

cmd_logs() { echo "$KAFKA_LOG"; echo "$STORE_LOG"; "${KEYCLOAK[@]}" logs; }

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  env) shift; cmd_env "$@" ;;
  kafka-principal) shift; check_prereqs; ensure_dirs; cmd_kafka_principal "$@" ;;
  reset) cmd_reset ;;
  logs) cmd_logs ;;
  store-classpath) check_prereqs; ensure_dirs; provision_store; echo "$STORE_LIBS/*" ;;
  ferretdb-binary) check_prereqs; ensure_dirs; provision_ferretdb; echo "$FERRETDB_BIN" ;;
  *) echo "usage: $0 {up|down|status|env [--as NAME]|kafka-principal NAME|reset|logs}" >&2; exit 2 ;;
esac
