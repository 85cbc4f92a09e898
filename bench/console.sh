#!/usr/bin/env bash
# Console benchmark: the real application on the embedded runtime serving the console on loopback, and Debian's
# headless Chromium driven by playwright-core (src/test/browser). Prints, each next to its target and with the
# machine's load average:
#   - first paint of a finished run's page: navigation start → the diagram rendered with its state markers
#     (target ≤ 1 s), in a fresh browser profile and then with cached assets;
#   - a run event on screen: committed to the events table → its row in the page's event log (target ≤ 200 ms).
#
#   bench/console.sh [--bench.page-loads=20] [any Spring property]
#
# Needs what tools/install-ci-tools.sh installs (chromium, node, src/test/browser/node_modules). Exits non-zero
# when an event committed while the page was live never appeared in it. A run with the default settings (no
# arguments) writes its figures into bench/README.md.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

bench_compile
output="$(mktemp /tmp/scaffold-bench-console.XXXXXX)"
code=0
(cd "$repo" && bench_java ConsoleBenchmark --bench.spec="$repo/src/test/resources/console/library.jdl" "$@") \
  | tee "$output" || code=$?

if [ $# -eq 0 ] && [ "$code" = 0 ]; then
  {
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(bench_machine), JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -1 | cut -d'"' -f2), $(/usr/bin/chromium --version):"
    echo
    echo '```'
    grep -E '^(==|  )' "$output"
    echo '```'
  } >"$output.md"
  bench_readme console-results "$output.md"
fi
rm -f "$output" "$output.md"
exit "$code"
