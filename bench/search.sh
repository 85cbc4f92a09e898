#!/usr/bin/env bash
# Search benchmark: 10,000 generated artifacts (100 runs, two organisations) indexed into a search adapter, then
# 300 searches (entity names, identifier parts, phrases, exclusions; some with type, phase or entity filters), each
# a page of 20 with highlights and facets. Prints indexing throughput and search p50/p95/max next to the target
# (p95 <= 50 ms) with the machine's load average.
#
#   bench/search.sh [postgres]      the PostgreSQL adapter on embedded PostgreSQL (the default)
#   bench/search.sh MAIN [ARGS...]  another entry point of src/test/java/io/scaffold/orchestrator/bench that calls
#                                   SearchBenchmark.measure with its adapter (e.g. the Elasticsearch one)
#
# A run with no arguments writes its figures into bench/README.md.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

main=SearchBenchmark
case "${1:-postgres}" in
  postgres) ;;
  *) main="$1" ;;
esac
[ $# -gt 0 ] && shift

bench_compile
output="$(mktemp /tmp/scaffold-bench-search.XXXXXX)"
code=0
(cd "$repo" && bench_java -Xmx1g "$main" "$@") | tee "$output" || code=$?

if [ "$main" = SearchBenchmark ] && [ "$code" = 0 ]; then
  {
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(bench_machine), JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -1 | cut -d'"' -f2):"
    echo
    echo '```'
    grep -E '^(==|  )' "$output"
    echo '```'
  } >"$output.md"
  bench_readme search-results "$output.md"
fi
rm -f "$output" "$output.md"
exit "$code"
