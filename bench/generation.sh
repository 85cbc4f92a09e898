#!/usr/bin/env bash
# Generation engine vs JHipster, side by side on the same machine in one run, for bug-tracker.jdl and library.jh:
#  - our generation time: input file to every project file written, generators called directly in a JVM
#    (warmed up, median of several repetitions), and a whole fresh JVM process doing it once;
#  - JHipster's generation time (generator-jhipster 9.x, server side only, on its own Node 22 installed into
#    bench/.jhipster by this script; the system node is not touched);
#  - the verification build of each generated project: ./mvnw -B verify with a warm Maven repository (ours tests
#    against a real embedded PostgreSQL; JHipster's against H2, its PostgreSQL tests need Docker).
# Prints a table and writes it, with the date and the machine, into bench/README.md.
#
#   bench/generation.sh
#
# Environment: BENCH_WARMUP (5) and BENCH_REPS (10) for our generation, BENCH_JHIPSTER_REPS (3),
# BENCH_WORK (a fresh folder under /tmp; it must have no package.json above it).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

specs=(bug-tracker.jdl library.jh)
warmup="${BENCH_WARMUP:-5}"
reps="${BENCH_REPS:-10}"
jhipster_reps="${BENCH_JHIPSTER_REPS:-3}"
work="${BENCH_WORK:-$(mktemp -d /tmp/scaffold-bench-generation.XXXXXX)}"
mkdir -p "$work"

command -v /usr/bin/time >/dev/null || { echo "bench: /usr/bin/time is missing; how to fix: apt-get install time" >&2; exit 2; }

# JHipster looks for the JDL online when a package.json sits above its output folder.
dir="$work"
while [ "$dir" != / ]; do
  [ -f "$dir/package.json" ] && { echo "bench: $dir/package.json is above the work folder; how to fix: set BENCH_WORK elsewhere" >&2; exit 2; }
  dir="$(dirname "$dir")"
done

# timed LOG COMMAND...: runs the command with its output in LOG; prints "seconds peak_rss_mib exit_code".
timed() {
  local log="$1"; shift
  local code=0
  /usr/bin/time -f '%e %M' -o "$log.time" "$@" >"$log" 2>&1 || code=$?
  awk -v code="$code" 'END { printf "%s %d %d\n", $1, $2 / 1024, code }' "$log.time"
}

# test_counts DIR: "tests failed" summed over the Surefire and Failsafe reports of a built project.
test_counts() {
  cat "$1"/target/surefire-reports/TEST-*.xml "$1"/target/failsafe-reports/TEST-*.xml 2>/dev/null \
    | grep -o '<testsuite [^>]*>' | grep -o ' \(tests\|failures\|errors\)="[0-9]*"' \
    | awk -F'"' '{ sub(/^ /, "", $1); n[$1] += $2 } END { printf "%d %d\n", n["tests="], n["failures="] + n["errors="] }'
}

# maven_verify DIR LOG: "seconds exit_code tests failed"; a build that had to download dependencies is repeated,
# so that the figure is a warm-repository build.
maven_verify() {
  local result
  result="$(cd "$1" && timed "$2" sh mvnw -B verify)"
  if grep -q 'Downloading from' "$2"; then
    echo "bench:   (dependencies were downloaded: building again with a warm repository)" >&2
    result="$(cd "$1" && timed "$2" sh mvnw -B verify)"
  fi
  read -r seconds _ code <<<"$result"
  echo "$seconds $code $(test_counts "$1")"
}

count_files() { find "$1" -type f -not -path '*/target/*' -not -name '*.log' -not -name '*.time' | wc -l; }

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

install_jhipster
bench_compile
echo "bench: working in $work" >&2
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
declare -A row

for spec in "${specs[@]}"; do
  name="${spec%.*}"
  echo "bench: $spec: our generation..." >&2
  read -r _ files first median min < <(bench_java GenerationBenchmark "$warmup" "$reps" "$work/ours" "$corpus/$spec")
  read -r cold_s cold_rss cold_code < <(export -f bench_java; export JAVA_HOME repo
    timed "$work/$name-ours-cold.log" bash -c 'bench_java "$@"' _ GenerationBenchmark 0 1 "$work/ours-cold" "$corpus/$spec")
  [ "$cold_code" = 0 ] || { echo "bench: our generation failed, see $work/$name-ours-cold.log" >&2; exit 1; }
  row[$name.ours_files]=$files; row[$name.ours_median]=$median; row[$name.ours_min]=$min; row[$name.ours_first]=$first
  row[$name.ours_cold]=$cold_s; row[$name.ours_cold_rss]=$cold_rss

  echo "bench: $spec: JHipster generation ($jhipster_reps times)..." >&2
  client_flag=(--skip-client)
  grep -q 'languages' "$corpus/$spec" && client_flag=(--client-framework no) # --skip-client fails with languages
  times=()
  for i in $(seq "$jhipster_reps"); do
    jh="$work/jhipster/$name-$i"
    mkdir -p "$jh" && cp "$corpus/$spec" "$jh/"
    read -r s rss code < <(cd "$jh" && timed "$work/$name-jhipster-$i.log" env PATH="$node_bin:$PATH" \
      node "$jhipster_cli" jdl "$spec" --skip-install --skip-git --force "${client_flag[@]}" --dev-database-type h2Disk)
    [ "$code" = 0 ] || { echo "bench: JHipster failed, see $work/$name-jhipster-$i.log" >&2; exit 1; }
    rm "$jh/$spec"
    times+=("$s")
  done
  row[$name.jh_median]="$(printf '%s\n' "${times[@]}" | median)"
  row[$name.jh_rss]=$rss
  row[$name.jh_files]="$(count_files "$jh")"

  echo "bench: $spec: ./mvnw -B verify of our project..." >&2
  read -r s code tests failed < <(maven_verify "$work/ours/$name" "$work/$name-ours-build.log")
  row[$name.ours_build]="$s s, exit $code, $tests tests ($failed failed)"
  echo "bench: $spec: ./mvnw -B verify of JHipster's project..." >&2
  read -r s code tests failed < <(maven_verify "$jh" "$work/$name-jhipster-build.log")
  row[$name.jh_build]="$s s, exit $code, $tests tests ($failed failed)"
  if [ "$code" != 0 ]; then
    missing="$(sed -n 's/^\[ERROR\] dependency: \([^ ]*\).*/\1/p' "$work/$name-jhipster-build.log" | head -1)"
    row[$name.jh_build]+=": ${missing:+missing dependency $missing}"
    [ -n "$missing" ] || row[$name.jh_build]+="$(grep -m1 '\[ERROR\]' "$work/$name-jhipster-build.log" | cut -c9-160)"
  fi
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f×", a / b }'; }
results="$work/results.md"
{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(bench_machine); load average $load_before at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end."
  echo "JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -1 | cut -d'"' -f2), generator-jhipster $JHIPSTER_VERSION on Node $NODE_VERSION."
  echo
  echo "| | bug-tracker.jdl | library.jh |"
  echo "|---|---|---|"
  echo "| Scaffold generation, in a warm JVM (median of $reps after $warmup warm-up; first call) | ${row[bug-tracker.ours_median]} ms (${row[bug-tracker.ours_first]} ms) | ${row[library.ours_median]} ms (${row[library.ours_first]} ms) |"
  echo "| Scaffold generation, one fresh JVM process (wall, peak RSS) | ${row[bug-tracker.ours_cold]} s, ${row[bug-tracker.ours_cold_rss]} MiB | ${row[library.ours_cold]} s, ${row[library.ours_cold_rss]} MiB |"
  echo "| Scaffold files written | ${row[bug-tracker.ours_files]} | ${row[library.ours_files]} |"
  echo "| JHipster generation, one process (median of $jhipster_reps; peak RSS) | ${row[bug-tracker.jh_median]} s, ${row[bug-tracker.jh_rss]} MiB | ${row[library.jh_median]} s, ${row[library.jh_rss]} MiB |"
  echo "| JHipster files written | ${row[bug-tracker.jh_files]} | ${row[library.jh_files]} |"
  echo "| JHipster ÷ Scaffold generation time: warm JVM / fresh process | $(ratio "${row[bug-tracker.jh_median]}" "$(awk -v m="${row[bug-tracker.ours_median]}" 'BEGIN { print m / 1000 }')") / $(ratio "${row[bug-tracker.jh_median]}" "${row[bug-tracker.ours_cold]}") | $(ratio "${row[library.jh_median]}" "$(awk -v m="${row[library.ours_median]}" 'BEGIN { print m / 1000 }')") / $(ratio "${row[library.jh_median]}" "${row[library.ours_cold]}") |"
  echo "| Scaffold project: \`./mvnw -B verify\` (tests on embedded PostgreSQL) | ${row[bug-tracker.ours_build]} | ${row[library.ours_build]} |"
  echo "| JHipster project: \`./mvnw -B verify\` (tests on H2) | ${row[bug-tracker.jh_build]} | ${row[library.jh_build]} |"
} >"$results"
cat "$results"

bench_readme generation-results "$results"
echo "bench: logs and projects in $work" >&2
