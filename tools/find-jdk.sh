# Sourced by ./scaffold and the bench/ scripts: find_jdk prints the home of the newest JDK 21+ on this machine
# (JAVA_HOME, java on PATH, /usr/lib/jvm, /opt), or explains how to get one and exits 2.

java_major() { # prints the major version of the java binary $1, or 0
  "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }' || echo 0
}

find_jdk() {
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  command -v java >/dev/null 2>&1 && candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
  for d in /usr/lib/jvm/* /opt/java/* /opt/jdk*; do [ -d "$d" ] && candidates+=("$d"); done
  local best="" best_major=0
  for home in "${candidates[@]}"; do
    [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || continue
    local major; major="$(java_major "$home/bin/java")"
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best="$home"; best_major="$major"; fi
  done
  if [ -z "$best" ]; then
    echo "scaffold: no JDK 21 or newer found (looked at JAVA_HOME, java on PATH, /usr/lib/jvm)." >&2
    echo "  how to fix: install one (e.g. 'apt-get install openjdk-21-jdk' or Eclipse Temurin 21) or set JAVA_HOME." >&2
    exit 2
  fi
  echo "$best"
}
