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
