# Shared by scripts/*: JDK 25, PostgreSQL, databases, migrations. Source it; do not run it.
# Settings (environment): MTM_PG_HOST (127.0.0.1), MTM_PG_PORT (5432), MTM_PG_USER (postgres),
# MTM_PG_PASSWORD (empty; trust auth assumed when empty).

set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
MTM_PG_HOST="${MTM_PG_HOST:-127.0.0.1}"
MTM_PG_PORT="${MTM_PG_PORT:-5432}"
MTM_PG_USER="${MTM_PG_USER:-postgres}"
MTM_PG_PASSWORD="${MTM_PG_PASSWORD:-}"
export PGPASSWORD="$MTM_PG_PASSWORD"
export PGOPTIONS="${PGOPTIONS:---client-min-messages=warning}"

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

pg_reachable() {
  command -v pg_isready >/dev/null 2>&1 && pg_isready -q -h "$MTM_PG_HOST" -p "$MTM_PG_PORT" -t 3 && return 0
  command -v psql >/dev/null 2>&1 && psql -h "$MTM_PG_HOST" -p "$MTM_PG_PORT" -U "$MTM_PG_USER" -d postgres -Atqc 'select 1' >/dev/null 2>&1
}

# Makes sure a PostgreSQL answers on MTM_PG_HOST:MTM_PG_PORT: the configured one, else a local cluster
# started here, else one installed from the distribution's packages (needs root and apt).
ensure_postgres() {
  if pg_reachable; then
    return 0
  fi
  if [ "$MTM_PG_HOST" = "127.0.0.1" ] || [ "$MTM_PG_HOST" = "localhost" ]; then
    if command -v pg_lsclusters >/dev/null 2>&1 && [ -n "$(pg_lsclusters -h 2>/dev/null)" ]; then
      log "Starting the local PostgreSQL cluster"
      local version
      version=$(pg_lsclusters -h | awk 'NR==1 {print $1}')
      pg_ctlcluster --skip-systemctl-redirect "$version" main start 2>/dev/null \
        || pg_ctlcluster "$version" main start 2>/dev/null || true
      for _ in $(seq 1 20); do pg_reachable && return 0; sleep 0.5; done
    elif [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
      log "No PostgreSQL here: installing it from the distribution's packages"
      DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null \
        || { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql >/dev/null; } \
        || die "could not install PostgreSQL with apt-get"
      local version
      version=$(pg_lsclusters -h | awk 'NR==1 {print $1}')
      [ -n "$version" ] || die "PostgreSQL installed but no cluster was created"
      sed -i 's/^\(host.*127.0.0.1\/32 *\)[a-z0-9-]*$/\1trust/; s/^\(local *all *postgres *\)[a-z0-9-]*$/\1trust/' \
        "/etc/postgresql/$version/main/pg_hba.conf"
      pg_ctlcluster --skip-systemctl-redirect "$version" main restart 2>/dev/null || pg_ctlcluster "$version" main restart
      for _ in $(seq 1 20); do pg_reachable && return 0; sleep 0.5; done
    fi
  fi
  die "PostgreSQL is not reachable at $MTM_PG_HOST:$MTM_PG_PORT as user $MTM_PG_USER.
  Start one there (trust auth, or set MTM_PG_PASSWORD), or point MTM_PG_HOST/MTM_PG_PORT/MTM_PG_USER at one.
  On Debian/Ubuntu as root this script installs one itself (apt-get install postgresql)."
}

psql_admin() {
  psql -v ON_ERROR_STOP=1 -h "$MTM_PG_HOST" -p "$MTM_PG_PORT" -U "$MTM_PG_USER" -d postgres -Atq "$@"
}

# recreate_database NAME: drops and creates it (fresh for tests and demo data).
recreate_database() {
  local name="$1"
  [[ "$name" =~ ^[a-z0-9_]+$ ]] || die "bad database name $name"
  psql_admin -c "drop database if exists $name with (force)" >/dev/null
  psql_admin -c "create database $name" >/dev/null
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
  local dir="$REPO_ROOT/scripts/lib/lambda-runtime" cp_file="$REPO_ROOT/scripts/lib/lambda-runtime/target/classpath"
  if [ ! -s "$cp_file" ]; then
    mkdir -p "$dir/target"
    (cd "$REPO_ROOT" && ./mvnw -B -q -f "$dir/pom.xml" dependency:build-classpath -Dmdep.outputFile="$cp_file") >&2
  fi
  cat "$cp_file"
}

# local_lambda FUNCTION_DIR PORT KIND [extra LocalLambda options...]: runs a packaged function in the
# background like Lambda does; waits until it polls for work. Its pid is in LOCAL_LAMBDA_PID.
local_lambda() {
  local function_dir="$1" port="$2" kind="$3" log_file
  shift 3
  log_file="${LOCAL_LAMBDA_LOG_DIR:-$REPO_ROOT/target/local}/$(basename "$function_dir").log"
  mkdir -p "$(dirname "$log_file")"
  "$JAVA_HOME/bin/java" "$REPO_ROOT/scripts/lib/LocalLambda.java" --function "$function_dir" --port "$port" \
    --kind "$kind" --runtime-classpath "$(lambda_runtime_classpath)" "$@" >"$log_file" 2>&1 &
  LOCAL_LAMBDA_PID=$!
  for _ in $(seq 1 240); do
    grep -q '^READY' "$log_file" 2>/dev/null && return 0
    kill -0 "$LOCAL_LAMBDA_PID" 2>/dev/null || { tail -20 "$log_file" >&2; die "$(basename "$function_dir") did not start (log: $log_file)"; }
    sleep 0.5
  done
  die "$(basename "$function_dir") did not start within 120 s (log: $log_file)"
}

# start_local_s3 PORT BUCKET: Adobe S3Mock (the executable jar, fetched once through Maven) in the
# background, as the local stand-in for the intake bucket. Its pid is in LOCAL_S3_PID.
start_local_s3() {
  local port="$1" bucket="$2" jar="$HOME/.m2/repository/com/adobe/testing/s3mock/5.2.0/s3mock-5.2.0-exec.jar"
  local log_file="${LOCAL_LAMBDA_LOG_DIR:-$REPO_ROOT/target/local}/s3mock.log"
  if [ ! -f "$jar" ]; then
    log "Fetching S3Mock 5.2.0 (local S3 API server)"
    (cd "$REPO_ROOT" && ./mvnw -B -q dependency:get -Dartifact=com.adobe.testing:s3mock:5.2.0:jar:exec -Dtransitive=false) >&2
  fi
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
