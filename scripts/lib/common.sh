# Shared by scripts/*: JDK 25, PostgreSQL, databases, migrations. Source it; do not run it.
# Settings (environment): MTM_PG_HOST (127.0.0.1), MTM_PG_PORT (5432), MTM_PG_USER (postgres),
# MTM_PG_PASSWORD (empty; trust auth assumed when empty): a real server. MTM_PG_EMBEDDED (unset: auto;
# 1: always the embedded server; 0: never) and MTM_PG_DATA (.pgdata/): the embedded server (ensure_postgres).

set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# Set by the caller (or a parent script that chose a server): that server is used, never replaced.
MTM_PG_CONFIGURED="${MTM_PG_HOST:-}${MTM_PG_PORT:-}"
MTM_PG_HOST="${MTM_PG_HOST:-127.0.0.1}"
MTM_PG_PORT="${MTM_PG_PORT:-5432}"
MTM_PG_USER="${MTM_PG_USER:-postgres}"
MTM_PG_PASSWORD="${MTM_PG_PASSWORD:-}"
export PGPASSWORD="$MTM_PG_PASSWORD"
export PGOPTIONS="${PGOPTIONS:---client-min-messages=warning}"

# have COMMAND: COMMAND is on the PATH and can run (bash's command -v also names files it cannot execute).
have() { local path; path=$(command -v "$1" 2>/dev/null) && [ -f "$path" ] && [ -x "$path" ]; }

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# JDK 25: JAVA_HOME if it is 25+, else the Temurin 25 this team's machines carry, else any JDK 25 under /usr/lib/jvm.
use_jdk25() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
    if [ -n "$version" ] && [ "$version" -ge 25 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"
      export PATH="$JAVA_HOME/bin:$PATH"
      return 0
    fi
  done
  die "JDK 25 not found. Install a JDK 25 (e.g. Temurin 25) and set JAVA_HOME to it."
}

# True when something accepts TCP connections on HOST PORT (bash's /dev/tcp: no psql or pg_isready needed).
port_open() {
  if have timeout; then
    timeout 3 bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null
  else
    (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
  fi
}

pg_reachable() { port_open "$MTM_PG_HOST" "$MTM_PG_PORT"; }

# The embedded PostgreSQL: the server binaries Maven Central ships for tests (io.zonky.test.postgres, no
# psql), unpacked under .cache/, one cluster whose data lives in MTM_PG_DATA (default .pgdata/ at the repo
# top), trust auth, listening on 127.0.0.1 only, on a free port chosen at start.
EMBEDDED_PG_VERSION=17.5.0
MTM_PG_DATA="${MTM_PG_DATA:-$REPO_ROOT/.pgdata}"
EMBEDDED_PG_STARTED_HERE=""

embedded_pg_platform() {
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) echo linux-amd64 ;;
    Linux-aarch64 | Linux-arm64) echo linux-arm64v8 ;;
    Darwin-x86_64) echo darwin-amd64 ;;
    Darwin-arm64) echo darwin-arm64v8 ;;
    *) die "no embedded PostgreSQL binaries for $(uname -s) $(uname -m): point MTM_PG_HOST/MTM_PG_PORT at a server" ;;
  esac
}

# cached_classpath POM FILE [maven args...]: the class path of POM's dependencies, resolved through Maven
# once and kept in FILE (resolved again when a jar it names has gone).
cached_classpath() {
  local pom="$1" cp_file="$2" jar stale=""
  shift 2
  if [ -s "$cp_file" ]; then
    while IFS= read -r jar; do [ -f "$jar" ] || stale=1; done < <(tr ':' '\n' <"$cp_file")
  else
    stale=1
  fi
  if [ -n "$stale" ]; then
    mkdir -p "$(dirname "$cp_file")"
    (cd "$REPO_ROOT" && ./mvnw -B -q -f "$pom" dependency:build-classpath -Dmdep.outputFile="$cp_file" "$@") >&2 \
      || die "could not resolve $pom through Maven (Maven Central unreachable and not in the local repository?)"
  fi
  cat "$cp_file"
}

# Prints the bin/ folder of the embedded PostgreSQL, fetching and unpacking the binaries on first use.
embedded_pg_bin() {
  local platform dir cp_file jar
  platform=$(embedded_pg_platform)
  dir="$REPO_ROOT/.cache/postgres/$platform-$EMBEDDED_PG_VERSION"
  if [ ! -x "$dir/bin/postgres" ]; then
    log "Fetching PostgreSQL $EMBEDDED_PG_VERSION server binaries for $platform (Maven Central: io.zonky.test.postgres:embedded-postgres-binaries-$platform) into ${dir#"$REPO_ROOT/"}"
    cp_file="$REPO_ROOT/scripts/lib/postgres-binaries/target/classpath-$platform-$EMBEDDED_PG_VERSION"
    cached_classpath "$REPO_ROOT/scripts/lib/postgres-binaries/pom.xml" "$cp_file" \
      -Dpg.platform="$platform" -Dpg.version="$EMBEDDED_PG_VERSION" >/dev/null
    jar=$(tr ':' '\n' <"$cp_file" | grep '/embedded-postgres-binaries-' | head -1)
    "$JAVA_HOME/bin/java" -cp "$(cat "$cp_file")" "$REPO_ROOT/scripts/lib/UnpackPostgres.java" "$jar" "$dir" >&2 \
      || die "could not unpack $jar"
  fi
  echo "$dir/bin"
}

# Port of the embedded cluster in MTM_PG_DATA when its server is running, else nothing.
embedded_pg_running_port() {
  local pid_file="$MTM_PG_DATA/postmaster.pid" pid port
  [ -f "$pid_file" ] || return 1
  pid=$(sed -n 1p "$pid_file")
  port=$(sed -n 4p "$pid_file")
  # A pid file left by a crash may name a pid reused since (or one from another PID namespace): the
  # port must answer too.
  [ -n "$pid" ] && [ -n "$port" ] && kill -0 "$pid" 2>/dev/null && port_open 127.0.0.1 "$port" || return 1
  echo "$port"
}

embedded_pg_hints() {
  local data="${MTM_PG_DATA/#"$REPO_ROOT/"/}"
  echo "  data: $data (server log: $data/server.log); psql-free SQL prompt: scripts/lib/sql mtm_dev -c 'select ...'"
  echo "  stop: scripts/lib/embedded-postgres stop; wipe everything it holds: scripts/lib/embedded-postgres wipe (or rm -rf $data)"
}

# Starts the embedded cluster (initialising MTM_PG_DATA the first time) or reuses it when it already
# runs; sets MTM_PG_HOST/MTM_PG_PORT. EMBEDDED_PG_STARTED_HERE=1 when this call started it.
start_embedded_postgres() {
  local bin port major attempt
  if [ "$(id -u)" = "0" ]; then
    die "PostgreSQL refuses to run as root, so the embedded server cannot start here. As root the scripts use
  the distribution's PostgreSQL (unset MTM_PG_EMBEDDED); or run them as an unprivileged user; or point
  MTM_PG_HOST/MTM_PG_PORT at a server."
  fi
  MTM_PG_HOST=127.0.0.1
  MTM_PG_USER=postgres
  MTM_PG_PASSWORD=""
  export PGPASSWORD=""
  if port=$(embedded_pg_running_port); then
    MTM_PG_PORT="$port"
    log "Reusing the embedded PostgreSQL already running on 127.0.0.1:$port (whoever started it stops it)"
    embedded_pg_hints >&2
    return 0
  fi
  [ -n "${EMBEDDED_PG_MAY_START:-}" ] || die "no PostgreSQL answers at 127.0.0.1:5432 and this command does not start one it
  would leave running. Start the embedded one first (scripts/lib/embedded-postgres start; stop it afterwards with
  scripts/lib/embedded-postgres stop), or point MTM_PG_HOST/MTM_PG_PORT at a server."
  bin=$(embedded_pg_bin)
  if [ ! -f "$MTM_PG_DATA/PG_VERSION" ]; then
    log "Creating the embedded PostgreSQL cluster in $MTM_PG_DATA (superuser postgres, trust auth, 127.0.0.1 only)"
    mkdir -p "$MTM_PG_DATA"
    # The builtin C.UTF-8 collation (PostgreSQL 17) sorts like the C.UTF-8 servers the tests otherwise run on,
    # on every OS, without depending on the machine's locales.
    "$bin/initdb" -D "$MTM_PG_DATA" -U postgres -A trust -E UTF8 --locale=C --locale-provider=builtin \
      --builtin-locale=C.UTF-8 >"$MTM_PG_DATA.initdb.log" 2>&1 \
      || { cat "$MTM_PG_DATA.initdb.log" >&2; die "initdb failed for $MTM_PG_DATA"; }
    rm -f "$MTM_PG_DATA.initdb.log"
    echo "host all all 127.0.0.1/32 trust" >"$MTM_PG_DATA/pg_hba.conf"
    # A scratch cluster: scripts/dev and scripts/test recreate their databases on every run, so durability
    # is traded for speed; no Unix socket, so nothing depends on /var/run/postgresql.
    cat >>"$MTM_PG_DATA/postgresql.conf" <<CONF

# Set by scripts/lib/common.sh for the embedded development and test server.
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
CONF
  fi
  major=$(cat "$MTM_PG_DATA/PG_VERSION")
  [ "$major" = "${EMBEDDED_PG_VERSION%%.*}" ] \
    || die "$MTM_PG_DATA holds a PostgreSQL $major cluster, the embedded server is ${EMBEDDED_PG_VERSION%%.*}: wipe it (scripts/lib/embedded-postgres wipe)"
  for attempt in 1 2 3; do
    port=$(free_port)
    if "$bin/pg_ctl" -D "$MTM_PG_DATA" -l "$MTM_PG_DATA/server.log" -o "-p $port" -w -t 60 start >/dev/null 2>&1; then
      MTM_PG_PORT="$port"
      EMBEDDED_PG_STARTED_HERE=1
      log "Started the embedded PostgreSQL $EMBEDDED_PG_VERSION on 127.0.0.1:$port (pid $(sed -n 1p "$MTM_PG_DATA/postmaster.pid")); ${EMBEDDED_PG_LIFETIME:-it stops when this script ends}"
      embedded_pg_hints >&2
      return 0
    fi
    grep -q 'could not bind\|Address already in use' "$MTM_PG_DATA/server.log" 2>/dev/null || break
  done
  tail -20 "$MTM_PG_DATA/server.log" >&2 || true
  die "the embedded PostgreSQL did not start (log: $MTM_PG_DATA/server.log)"
}

# Stops the embedded server if this script started it (scripts call it from their EXIT trap).
stop_embedded_postgres_if_started_here() {
  [ -n "$EMBEDDED_PG_STARTED_HERE" ] || return 0
  EMBEDDED_PG_STARTED_HERE=""
  stop_embedded_postgres
}

stop_embedded_postgres() {
  embedded_pg_running_port >/dev/null || return 0
  "$(embedded_pg_bin)/pg_ctl" -D "$MTM_PG_DATA" -m fast -w -t 60 stop >/dev/null \
    && log "Stopped the embedded PostgreSQL (data kept in $MTM_PG_DATA; wipe: scripts/lib/embedded-postgres wipe)"
}

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 30000))
    port_open 127.0.0.1 "$port" || { echo "$port"; return 0; }
  done
  die "no free port found for the embedded PostgreSQL"
}

# ensure_postgres [--may-start-embedded]: makes sure a PostgreSQL answers and sets MTM_PG_HOST/MTM_PG_PORT/
# MTM_PG_USER (exported, so tests and children use the same server). In order:
#   - MTM_PG_EMBEDDED=1: the embedded server, whatever else runs;
#   - a server already answering at MTM_PG_HOST:MTM_PG_PORT (default 127.0.0.1:5432): that one;
#   - MTM_PG_HOST or MTM_PG_PORT set, or MTM_PG_EMBEDDED=0: an error (a configured server is never replaced);
#   - the embedded server when it already runs (scripts/dev's, or scripts/lib/embedded-postgres start);
#   - root: the distribution's PostgreSQL, started or installed (PostgreSQL refuses to run as root);
#   - anyone else: the embedded server, started here, if the caller says it stops it at its end
#     (--may-start-embedded, with stop_embedded_postgres_if_started_here in its EXIT trap: scripts/dev and
#     scripts/test); other callers (the benchmarks) stop with a message instead of leaving one running.
ensure_postgres() {
  EMBEDDED_PG_MAY_START=""
  [ "${1:-}" != --may-start-embedded ] || EMBEDDED_PG_MAY_START=1
  case "${MTM_PG_EMBEDDED:-auto}" in
    1 | always) start_embedded_postgres ;;
    auto | 0 | never) ensure_running_server ;;
    *) die "MTM_PG_EMBEDDED must be 1, 0 or unset (auto), not $MTM_PG_EMBEDDED" ;;
  esac
  export MTM_PG_HOST MTM_PG_PORT MTM_PG_USER MTM_PG_PASSWORD PGPASSWORD
}

ensure_running_server() {
  if pg_reachable; then
    log "Using the PostgreSQL already running at $MTM_PG_HOST:$MTM_PG_PORT as $MTM_PG_USER (nothing started here)"
    return 0
  fi
  if [ -n "$MTM_PG_CONFIGURED" ] || [ "${MTM_PG_EMBEDDED:-auto}" != auto ]; then
    die "PostgreSQL is not reachable at $MTM_PG_HOST:$MTM_PG_PORT (configured by MTM_PG_HOST/MTM_PG_PORT or MTM_PG_EMBEDDED=0).
  Start it, or unset MTM_PG_HOST, MTM_PG_PORT and MTM_PG_EMBEDDED to let the scripts start an embedded one."
  fi
  if embedded_pg_running_port >/dev/null; then
    start_embedded_postgres
  elif [ "$(id -u)" = "0" ]; then
    start_distribution_postgres
  else
    start_embedded_postgres
  fi
}

# As root: the machine's own PostgreSQL cluster, started if it is down, installed with apt-get if missing.
# It is a system service: it stays running after the script.
start_distribution_postgres() {
  local version
  if have pg_lsclusters && [ -n "$(pg_lsclusters -h 2>/dev/null)" ]; then
    version=$(pg_lsclusters -h | awk 'NR==1 {print $1}')
    log "Starting the distribution's PostgreSQL cluster $version/main (as root, PostgreSQL's own service)"
    pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null \
      || pg_ctlcluster "$version" main start 2>/dev/null || true
  elif have apt-get; then
    log "No PostgreSQL here: installing it from the distribution's packages (apt-get install postgresql)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null \
      || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null; } \
      || die "could not install PostgreSQL with apt-get"
    version=$(pg_lsclusters -h | awk 'NR==1 {print $1}')
    [ -n "$version" ] || die "PostgreSQL installed but no cluster was created"
    sed -i 's/^\(host.*127.0.0.1\/32 *\)[a-z0-9-]*$/\1trust/; s/^\(local *all *postgres *\)[a-z0-9-]*$/\1trust/' \
      "/etc/postgresql/$version/main/pg_hba.conf"
    pg_ctlcluster --skip-systemctl-redirect "$version" main restart 2>/dev/null || pg_ctlcluster "$version" main restart
  else
    die "PostgreSQL is not reachable at $MTM_PG_HOST:$MTM_PG_PORT, and as root without apt-get the scripts cannot
  start one (PostgreSQL refuses to run as root, so the embedded server needs an unprivileged user).
  Run the scripts as an unprivileged user (they then start an embedded PostgreSQL), or set MTM_PG_HOST/MTM_PG_PORT."
  fi
  for _ in $(seq 1 20); do
    if pg_reachable; then
      log "The distribution's PostgreSQL $version runs on $MTM_PG_HOST:$MTM_PG_PORT; data in /var/lib/postgresql/$version/main"
      echo "  it stays running (a system service); stop: pg_ctlcluster $version main stop; wipe: pg_dropcluster --stop $version main" >&2
      return 0
    fi
    sleep 0.5
  done
  die "the distribution's PostgreSQL $version did not answer on $MTM_PG_HOST:$MTM_PG_PORT"
}

# Without starting anything: the embedded server when it runs and no server is configured, else the
# configured (or default) address. For commands that join a running scripts/dev (scripts/lib/sql).
locate_postgres() {
  local port
  if [ -z "$MTM_PG_CONFIGURED" ] && [ "${MTM_PG_EMBEDDED:-auto}" != 0 ] && port=$(embedded_pg_running_port); then
    if [ "${MTM_PG_EMBEDDED:-auto}" = 1 ] || ! pg_reachable; then
      MTM_PG_HOST=127.0.0.1 MTM_PG_PORT="$port" MTM_PG_USER=postgres MTM_PG_PASSWORD="" PGPASSWORD=""
    fi
  fi
}

# The PostgreSQL JDBC driver's class path (resolved once through Maven) for scripts/lib/Sql.java.
jdbc_classpath() {
  cached_classpath "$REPO_ROOT/scripts/lib/jdbc/pom.xml" "$REPO_ROOT/scripts/lib/jdbc/target/classpath"
}

# sql_url JDBC_URL [Sql.java actions...]: psql's jobs over JDBC (see scripts/lib/Sql.java).
sql_url() {
  local url="$1" cp
  shift
  cp=$(jdbc_classpath)
  PGPASSWORD="$MTM_PG_PASSWORD" "$JAVA_HOME/bin/java" -cp "$cp" "$REPO_ROOT/scripts/lib/Sql.java" \
    --url "$url" --user "$MTM_PG_USER" "$@"
}

# sql DATABASE [-A] (-c SQL | -f FILE)...: runs SQL in DATABASE on the server ensure_postgres chose.
sql() {
  local database="$1"
  shift
  sql_url "$(jdbc_url "$database")" "$@"
}

# recreate_database NAME: drops and creates it (fresh for tests and demo data).
recreate_database() {
  sql postgres --recreate-database "$1"
}

# For the benchmarks that measure psql itself (psql \copy): psql, or a clear stop.
require_psql() {
  have psql \
    || die "this benchmark needs psql (it measures psql \\copy or drives SQL through it), and psql is not installed.
  Install the PostgreSQL client (e.g. apt-get install postgresql-client) and point MTM_PG_HOST/MTM_PG_PORT at the server."
}

psql_admin() {
  require_psql
  psql -v ON_ERROR_STOP=1 -h "$MTM_PG_HOST" -p "$MTM_PG_PORT" -U "$MTM_PG_USER" -d postgres -Atq "$@"
}

jdbc_url() { echo "jdbc:postgresql://$MTM_PG_HOST:$MTM_PG_PORT/$1"; }
reactive_url() { echo "postgresql://$MTM_PG_HOST:$MTM_PG_PORT/$1"; }

# The domain module's class path, for SchemaMigration (Flyway + JDBC are optional deps of the domain).
domain_classpath() {
  local cp_file="$REPO_ROOT/src/domain/target/migrate.classpath"
  if [ ! -f "$cp_file" ] || [ ! -d "$REPO_ROOT/src/domain/target/classes/db/migration" ] \
     || [ -n "$(find "$REPO_ROOT/src/domain/src/main" -newer "$cp_file" -print -quit)" ]; then
    (cd "$REPO_ROOT" && ./mvnw -B -q -pl src/domain -DskipTests -Dmdep.outputFile=target/migrate.classpath \
        compile dependency:build-classpath) >&2
  fi
  echo "$REPO_ROOT/src/domain/target/classes:$(cat "$cp_file")"
}

# migrate_database JDBC_URL: applies every Flyway migration (schema and reference data).
migrate_database() {
  MTM_JDBC_URL="$1" MTM_DB_USER="$MTM_PG_USER" MTM_DB_PASSWORD="$MTM_PG_PASSWORD" \
    "$JAVA_HOME/bin/java" -cp "$(domain_classpath)" com.healthoptions.mtm.schema.SchemaMigration
}

# Class path of the AWS Lambda runtime interface client (resolved once through Maven).
lambda_runtime_classpath() {
  cached_classpath "$REPO_ROOT/scripts/lib/lambda-runtime/pom.xml" "$REPO_ROOT/scripts/lib/lambda-runtime/target/classpath"
}

# Jackson (databind, the Quarkus BOM's version; resolved once through Maven) for the scripts' Java programs.
json_classpath() {
  cached_classpath "$REPO_ROOT/scripts/lib/json/pom.xml" "$REPO_ROOT/scripts/lib/json/target/classpath"
}

# local_lambda FUNCTION_DIR PORT KIND [extra LocalLambda options...]: runs a packaged function in the
# background like Lambda does; waits until it polls for work. Its pid is in LOCAL_LAMBDA_PID.
local_lambda() {
  local function_dir="$1" port="$2" kind="$3" log_file
  shift 3
  log_file="${LOCAL_LAMBDA_LOG_DIR:-$REPO_ROOT/target/local}/$(basename "$function_dir").log"
  mkdir -p "$(dirname "$log_file")"
  "$JAVA_HOME/bin/java" -cp "$(json_classpath)" "$REPO_ROOT/scripts/lib/LocalLambda.java" --function "$function_dir" --port "$port" \
    --kind "$kind" --runtime-classpath "$(lambda_runtime_classpath)" "$@" >"$log_file" 2>&1 &
  LOCAL_LAMBDA_PID=$!
  for _ in $(seq 1 240); do
    grep -q '^READY' "$log_file" 2>/dev/null && return 0
    kill -0 "$LOCAL_LAMBDA_PID" 2>/dev/null || { tail -20 "$log_file" >&2; die "$(basename "$function_dir") did not start (log: $log_file)"; }
    sleep 0.5
  done
  die "$(basename "$function_dir") did not start within 120 s (log: $log_file)"
}

# The Adobe S3Mock executable jar (fetched once through Maven), the local stand-in for the intake bucket.
local_s3_jar() {
  local jar="$HOME/.m2/repository/com/adobe/testing/s3mock/5.2.0/s3mock-5.2.0-exec.jar"
  if [ ! -f "$jar" ]; then
    log "Fetching S3Mock 5.2.0 (local S3 API server)"
    (cd "$REPO_ROOT" && ./mvnw -B -q -N dependency:get -Dartifact=com.adobe.testing:s3mock:5.2.0:jar:exec -Dtransitive=false) >&2 \
      || die "could not fetch S3Mock through Maven"
  fi
  echo "$jar"
}

# start_local_s3 PORT BUCKET: S3Mock in the background. Its pid is in LOCAL_S3_PID.
start_local_s3() {
  local port="$1" bucket="$2" jar
  local log_file="${LOCAL_LAMBDA_LOG_DIR:-$REPO_ROOT/target/local}/s3mock.log"
  jar=$(local_s3_jar)
  mkdir -p "$(dirname "$log_file")"
  "$JAVA_HOME/bin/java" -Xmx384m -jar "$jar" --com.adobe.testing.s3mock.httpPort="$port" --server.port=0 \
    --com.adobe.testing.s3mock.store.initialBuckets="$bucket" --spring.main.banner-mode=off >"$log_file" 2>&1 &
  LOCAL_S3_PID=$!
  for _ in $(seq 1 120); do
    curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$port/" && return 0
    kill -0 "$LOCAL_S3_PID" 2>/dev/null || { tail -20 "$log_file" >&2; die "S3Mock did not start (log: $log_file)"; }
    sleep 0.5
  done
  die "S3Mock did not answer on port $port within 60 s (log: $log_file)"
}
