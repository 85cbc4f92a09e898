#!/usr/bin/env bash
# Orchestration core benchmark: the real application on the embedded runtime (Zeebe engine, embedded PostgreSQL,
# run-tracking and gate-recording workers, persistence) with agents and criterion scoring that complete at once.
# Prints start, phase transition and gate latencies, run wall time, throughput with concurrent runs, and memory.
#
#   bench/orchestration.sh [--bench.load-runs=300] [--bench.concurrency=100] [--camunda.client.execution-threads=N] ...
#
# Arguments are Spring properties for the benchmark (see OrchestrationBenchmark). BENCH_HEAP sets the heap limit
# (default 640m); BENCH_JAVA_OPTS adds JVM options, e.g. -XX:StartFlightRecording=filename=/tmp/bench.jfr to profile.
# Exits non-zero when a run under load did not complete, could not start or raised an incident. A run with the
# default settings (no arguments) writes its figures into bench/README.md.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bench_compile
output="$(mktemp /tmp/scaffold-bench-orchestration.XXXXXX)"
code=0
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
bench_java -Xmx"${BENCH_HEAP:-640m}" ${BENCH_JAVA_OPTS:-} OrchestrationBenchmark \
  --bench.spec="$corpus/bug-tracker.jdl" "$@" | tee "$output" || code=$?

# The figures of a run with the default settings go into bench/README.md.
if [ $# -eq 0 ] && [ -z "${BENCH_HEAP:-}${BENCH_JAVA_OPTS:-}" ] && [ "$code" = 0 ]; then
  {
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(bench_machine), JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -1 | cut -d'"' -f2):"
    echo
    echo '```'
    grep -E '^(==|  )' "$output"
    echo '```'
  } >"$output.md"
  bench_readme orchestration-results "$output.md"
fi
rm -f "$output" "$output.md"
exit "$code"
