#!/usr/bin/env bash
# The local platform, without Docker: Keycloak with the scaffold realm and a PostgreSQL for the application,
# each one a local process. It does not include Zeebe, Operate or Tasklist: Camunda's distribution of them is
# under the vendor's own licence terms and is never downloaded by this project; run a Camunda 8 cluster
# yourself (docker-compose.yml, k8s/) for those. Without one, the embedded runtime and its console at / of
# ./scaffold server show and answer the runs.
#
#   platform.sh start  [COMPONENT...]   downloads what is missing, starts what is not running, waits until healthy
#   platform.sh stop   [COMPONENT...]   stops what runs
#   platform.sh status [COMPONENT...]   prints each component's state; exits 0 only when all given ones are up
#
# COMPONENT: keycloak postgres (default: both, in that order).
# Everything lives under ${SCAFFOLD_PLATFORM_HOME:-~/.scaffold/platform}: downloads/, dist/ (unpacked),
# data/, logs/ and run/ (PIDs). See docs/local-platform.md for ports, users and how to use it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$(cd "$here/../.." && pwd)"
home="${SCAFFOLD_PLATFORM_HOME:-$HOME/.scaffold/platform}"

keycloak_port="${SCAFFOLD_KEYCLOAK_PORT:-18080}"
keycloak_management_port="${SCAFFOLD_KEYCLOAK_MANAGEMENT_PORT:-19000}"
postgres_port="${SCAFFOLD_POSTGRES_PORT:-5433}"
# Written into the realm on Keycloak's first start (the realm file's placeholders); local use only.
demo_password="${SCAFFOLD_DEMO_PASSWORD:-demo}"
# The owner of the application's database, user scaffold (set on the first start).
db_password="${SCAFFOLD_DB_PASSWORD:-scaffold}"

keycloak_version=26.7.3
keycloak_home="$home/dist/keycloak-$keycloak_version"
all_components=(keycloak postgres)

say() { echo "platform: $*" >&2; }
fail() { say "$*"; exit 1; }

java_major() { # prints the major version of the java binary $1, or 0
  "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }' || echo 0
}

find_jdk() { # the newest JDK 21+ among JAVA_HOME, java on the PATH and /usr/lib/jvm (as ./scaffold does)
  local candidates=() best="" best_major=0 home major
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  command -v java >/dev/null 2>&1 && candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  for home in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do [ -d "$home" ] && candidates+=("$home"); done
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    major="$(java_major "$home/bin/java")"
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$home"; best_major="$major"; fi
  done
  [ -n "$best" ] || fail "no JDK 21 or newer found (looked at JAVA_HOME, java on PATH, /usr/lib/jvm).
  how to fix: install one (e.g. 'apt-get install openjdk-21-jdk' or Eclipse Temurin 21) or set JAVA_HOME."
  echo "$best"
}

# ---------------------------------------------------------------------------------------------------------
# Downloads: every artifact comes from Maven Central through the project's Maven wrapper.

mvnw() { (cd "$project" && ./mvnw -B -q "$@") >&2; }

fetch_archive() { # groupId:artifactId:version:type -> prints the downloaded file
  local coordinates="$1" file
  IFS=: read -r _ artifact version type <<<"$coordinates"
  file="$home/downloads/$artifact-$version.$type"
  if [ ! -f "$file" ]; then
    say "downloading $coordinates (once; kept in $home/downloads)"
    mvnw dependency:copy -Dartifact="$coordinates" -DoutputDirectory="$home/downloads"
  fi
  echo "$file"
}

unpack() { # archive, target directory: unpacks once, atomically (a half-unpacked directory never counts)
  local archive="$1" target="$2" staging="$2.unpacking"
  [ -d "$target" ] && return 0
  say "unpacking $(basename "$archive")"
  rm -rf "$staging" && mkdir -p "$staging"
  case "$archive" in
    *.tar.gz) tar -xzf "$archive" -C "$staging" ;;
    *.zip) (cd "$staging" && "$JAVA_HOME/bin/jar" -xf "$archive") ;;
  esac
  mv "$staging"/* "$target" && rmdir "$staging"
}

install_keycloak() {
  unpack "$(fetch_archive "org.keycloak:keycloak-quarkus-dist:$keycloak_version:zip")" "$keycloak_home"
  chmod +x "$keycloak_home"/bin/*.sh
}

install_launcher() { # name (postgres): its dependencies and the compiled launcher class
  local name="$1" lib="$home/dist/$name-launcher/lib" classes="$home/dist/$name-launcher/classes"
  local pom="$here/$name/pom.xml" source
  source="$(ls "$here/$name"/*Launcher.java)"
  if [ ! -f "$lib/.complete" ] || [ "$pom" -nt "$lib/.complete" ]; then
    say "downloading the $name launcher's dependencies"
    rm -rf "$lib"
    mvnw -f "$pom" dependency:copy-dependencies -DoutputDirectory="$lib"
    touch "$lib/.complete"
  fi
  if [ ! -d "$classes" ] || [ "$source" -nt "$classes" ]; then
    rm -rf "$classes"
    "$JAVA_HOME/bin/javac" -d "$classes" -cp "$lib/*" "$source"
  fi
}

# ---------------------------------------------------------------------------------------------------------
# Processes: one PID file per component under run/, one log under logs/.

pid_of() { cat "$home/run/$1.pid" 2>/dev/null || true; }

running() { local pid; pid="$(pid_of "$1")"; [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

http_ok() { # port, path: answers 200 within 3 s (bash's /dev/tcp: curl may be missing on a fresh machine)
  timeout 3 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" && printf "GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n" "$2" >&3 &&
    head -n 1 <&3 | grep -q " 200 "' _ "$1" "$2" 2>/dev/null
}

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

healthy() {
  case "$1" in
    keycloak) http_ok "$keycloak_management_port" /health/ready ;;
    # Ready once the launcher said so after its latest start (the log keeps earlier starts).
    postgres) awk '/^=== .* start$/ { ready = 0 } /^PostgreSQL ready/ { ready = 1 } END { exit !ready }' \
                "$home/logs/postgres.log" 2>/dev/null && ! port_free "$postgres_port" ;;
  esac
}

ports_of() {
  case "$1" in
    keycloak) echo "$keycloak_port $keycloak_management_port" ;;
    postgres) echo "$postgres_port" ;;
  esac
}

where_is() {
  case "$1" in
    keycloak) echo "http://localhost:$keycloak_port/realms/scaffold (admin console: admin/admin)" ;;
    postgres) echo "jdbc:postgresql://localhost:$postgres_port/scaffold (user scaffold)" ;;
  esac
}

launch() { # component, command...: runs it detached in its own session, output to its log
  local name="$1"; shift
  mkdir -p "$home/run" "$home/logs"
  echo "=== $(date -Is) start" >>"$home/logs/$name.log"
  # setsid: the platform outlives the shell (or test JVM) that started it and is not hit by its Ctrl+C.
  setsid "$@" >>"$home/logs/$name.log" 2>&1 </dev/null &
  echo $! >"$home/run/$name.pid"
  launched_at[$name]=$SECONDS
}

declare -A launched_at=()

wait_healthy() { # component, seconds since its launch (or since now, if it was running already)
  local name="$1" limit="$2" since="${launched_at[$1]:-$SECONDS}"
  until healthy "$name"; do
    if ! running "$name"; then
      fail "$name exited while starting; the end of $home/logs/$name.log:
$(tail -n 25 "$home/logs/$name.log")"
    fi
    if [ $((SECONDS - since)) -ge "$limit" ]; then
      fail "$name is not healthy after ${limit}s; see $home/logs/$name.log"
    fi
    sleep 1
  done
  if [ -n "${launched_at[$name]:-}" ]; then
    say "$name is up after $((SECONDS - since))s: $(where_is "$name")"
  else
    say "$name is up: $(where_is "$name")"
  fi
}

start_keycloak() {
  install_keycloak
  local realm="$project/keycloak/scaffold-realm.json"
  [ -f "$realm" ] || fail "the realm file $realm is missing (it comes with the project's keycloak/ folder)"
  mkdir -p "$keycloak_home/data/import"
  # Keycloak imports a realm it does not have yet and keeps an existing one: when the project's realm file
  # changed since the last import, its development database is reset so that the new realm is imported.
  if [ -f "$keycloak_home/data/import/scaffold-realm.json" ] \
      && ! cmp -s "$realm" "$keycloak_home/data/import/scaffold-realm.json"; then
    echo "keycloak: $realm changed since it was imported; resetting Keycloak's local database" >&2
    rm -rf "$keycloak_home/data/h2"
  fi
  cp "$realm" "$keycloak_home/data/import/scaffold-realm.json"
  launch keycloak env JAVA_HOME="$JAVA_HOME" \
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    SCAFFOLD_DEMO_PASSWORD="$demo_password" \
    SCAFFOLD_CLIENT_SECRET="${SCAFFOLD_CLIENT_SECRET:-scaffold-local-secret}" \
    ORCHESTRATION_CLIENT_SECRET="${ORCHESTRATION_CLIENT_SECRET:-orchestration-local-secret}" \
    SCAFFOLD_METRICS_CLIENT_SECRET="${SCAFFOLD_METRICS_CLIENT_SECRET:-scaffold-metrics-local-secret}" \
    JAVA_OPTS_KC_HEAP="-Xms256m -Xmx768m" \
    "$keycloak_home/bin/kc.sh" start-dev --import-realm \
    --http-port="$keycloak_port" --http-management-port="$keycloak_management_port" --health-enabled=true
}

start_postgres() {
  install_launcher postgres
  mkdir -p "$home/data"
  launch postgres "$JAVA_HOME/bin/java" -Xmx128m \
    -cp "$home/dist/postgres-launcher/classes:$home/dist/postgres-launcher/lib/*" \
    PostgresLauncher "$home/data/postgres" "$postgres_port" scaffold scaffold "$db_password"
}

# Seconds each component may take to become healthy: Keycloak's first start builds it (about a minute on two
# cores), and everything is slower while the others start beside it.
startup_limit() {
  case "$1" in
    keycloak) echo 400 ;;
    postgres) echo 120 ;;
  esac
}

begin() { # launches the component unless it already runs; does not wait
  local name="$1" port
  running "$name" && return 0
  for port in $(ports_of "$name"); do
    port_free "$port" || fail "port $port, needed by $name, is used by another program.
  how to fix: stop that program, or choose other ports (SCAFFOLD_*_PORT variables, see docs/local-platform.md)."
  done
  "start_$name"
}

wanted() { case " ${components[*]} " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

start_all() {
  # Independent components start side by side, then each is waited for.
  local name
  for name in "${components[@]}"; do begin "$name"; done
  for name in "${components[@]}"; do wait_healthy "$name" "$(startup_limit "$name")"; done
}

stop() {
  local name="$1" pid waited=0
  pid="$(pid_of "$name")"
  if ! running "$name"; then
    rm -f "$home/run/$name.pid"
    say "$name is not running"
    return 0
  fi
  # The whole session: kc.sh runs Java as a child.
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$waited" -ge 60 ]; then
      say "$name did not stop within 60s; killing it"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid"
      break
    fi
    sleep 1; waited=$((waited + 1))
  done
  rm -f "$home/run/$name.pid"
  say "$name stopped"
}

status() {
  local name="$1"
  if running "$name" && healthy "$name"; then
    echo "$name: up (pid $(pid_of "$name")) $(where_is "$name")"
  elif running "$name"; then
    echo "$name: starting or unhealthy (pid $(pid_of "$name")), log $home/logs/$name.log"
    return 1
  else
    echo "$name: down"
    return 1
  fi
}

command="${1:-}"
[ $# -gt 0 ] && shift
components=("$@")
[ ${#components[@]} -gt 0 ] || components=("${all_components[@]}")
for name in "${components[@]}"; do
  case " ${all_components[*]} " in
    *" $name "*) ;;
    *) fail "unknown component '$name'; the components are: ${all_components[*]}" ;;
  esac
done

case "$command" in
  start)
    JAVA_HOME="$(find_jdk)"; export JAVA_HOME
    start_all
    ;;
  stop)
    # Reverse order of starting.
    for ((i = ${#components[@]} - 1; i >= 0; i--)); do stop "${components[$i]}"; done
    ;;
  status)
    result=0
    for name in "${components[@]}"; do status "$name" || result=1; done
    exit "$result"
    ;;
  *)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
