#!/usr/bin/env bash
# Orchestration core benchmark: the real application on the embedded runtime (Zeebe engine, embedded PostgreSQL,
# run-tracking and gate-recording workers, persistence) with agents and criterion scoring that complete at once.
# Prints start, phase transition and gate latencies, run wall time, throughput with concurrent runs, and memory.
#
#   bench/orchestration.sh [--bench.load-runs=300] [--bench.concurrency=100] [--camunda.client.execution-threads=N] ...
#
# Arguments are Spring properties for the benchmark (see OrchestrationBenchmark). BENCH_HEAP sets the heap limit
# (default 640m); BENCH_JAVA_OPTS adds JVM options, e.g. -XX:StartFlightRecording=filename=/tmp/bench.jfr to profile.
# Exits non-zero when a run under load did not complete, could not start or raised an incident.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bench_compile
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
bench_java -Xmx"${BENCH_HEAP:-640m}" ${BENCH_JAVA_OPTS:-} OrchestrationBenchmark \
  --bench.spec="$corpus/bug-tracker.jdl" "$@"
