#!/usr/bin/env bash
# Side by side with JHipster on the same input (default bug-tracker.jdl): generation, build and tests, whole run.
# Ours: one governed `./scaffold run` (nine phases, gates, the sandboxed build and tests of the generated project),
# timed from its own output. JHipster's: `jhipster jdl` (API only: --skip-client, H2 on disk for dev and tests,
# because its PostgreSQL integration tests need Docker), then `./mvnw -B verify` on what it wrote.
# JHipster 9.x needs Node 22: it is installed under bench/.jhipster/ (lib.sh's install_jhipster, shared with
# generation.sh) on first use; where that fails the script prints our side and says why JHipster's is missing.
#
#   bench/jhipster.sh [JDL]
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
jdl="$(readlink -f "${1:-$corpus/bug-tracker.jdl}")"
work="$(mktemp -d "${TMPDIR:-/tmp}/scaffold-side-by-side-XXXXXX")"
trap 'rm -rf "$work"' EXIT

seconds_since() { printf "%.2f" "$(echo "$(date +%s.%N) - $1" | bc)"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# jhipster_missing: installs JHipster (lib.sh) if needed; prints why it cannot run here, or nothing.
jhipster_missing() {
  if ! command -v npm >/dev/null 2>&1; then echo "npm is not installed (Debian package npm)"; return; fi
  install_jhipster >"$work/jhipster-install.log" 2>&1 ||
    echo "installing it with npm failed: $(tail -1 "$work/jhipster-install.log")"
}

echo "bench: ./scaffold prepare (build and class cache, not timed)..." >&2
"$repo/scaffold" prepare >&2
echo "== Side by side on $(basename "$jdl") ($(bench_machine))"

# Ours: the phases until the verification phase are generation, the verification gate is build and tests.
l="$(load)"; start="$(date +%s.%N)"
set +e
"$repo/scaffold" run "$jdl" --out "$work/ours" --automation full 2>&1 </dev/null |
  while IFS= read -r line; do printf '%8.2f %s\n' "$(seconds_since "$start")" "$line"; done >"$work/ours.log"
ours_rc="${PIPESTATUS[0]}"
set -e
at() { awk -v p="$1" '$0 ~ p { print $1; found = 1; exit } END { if (!found) print "-" }' "$work/ours.log"; }
generated="$(at '✔ Verification')"; verdict="$(at 'gate verification:')"; whole="$(at 'COMPLETED in')"
build="-"; [ "$generated" != - ] && [ "$verdict" != - ] && build="$(echo "$verdict - $generated" | bc)"
[ "$ours_rc" = 0 ] || { echo "  scaffold run exited $ours_rc:"; tail -15 "$work/ours.log" | sed 's/^/    /'; }

why="$(jhipster_missing)"
if [ -z "$why" ]; then
  mkdir -p "$work/jhipster"
  # Inside the output folder and by a relative name: JHipster takes an absolute path outside it for a sample name.
  cp "$jdl" "$work/jhipster/app.jdl"
  jl="$(load)"; start="$(date +%s.%N)"
  # No package.json above the output folder (else JHipster looks for the JDL online): $work is fresh.
  if (cd "$work/jhipster" && PATH="$node_bin:$PATH" node "$jhipster_cli" jdl app.jdl \
    --skip-install --skip-git --force --skip-client --dev-database-type h2Disk --no-insight) >"$work/jhipster-gen.log" 2>&1; then
    j_generate="$(seconds_since "$start")"
    start="$(date +%s.%N)"
    if (cd "$work/jhipster" && ./mvnw -B verify) >"$work/jhipster-build.log" 2>&1; then
      j_build="$(seconds_since "$start")"
    else
      j_build="-"; why="its ./mvnw verify failed: $(grep -m1 -E 'ERROR|FAIL' "$work/jhipster-build.log" || tail -1 "$work/jhipster-build.log")"
    fi
    j_tests="$(grep -h 'Tests run:' "$work/jhipster-build.log" | grep -v ' in ' | awk -F'[:,]' '{ s += $2 } END { print s + 0 }')"
  else
    why="jhipster jdl failed: $(tail -3 "$work/jhipster-gen.log" | tr '\n' ' ')"
  fi
fi

printf '  %-34s %14s %14s\n' "" "Scaffold" "JHipster $JHIPSTER_VERSION"
printf '  %-34s %12s s %12s s\n' "generation (to the built project)" "$generated" "${j_generate:--}"
printf '  %-34s %12s s %12s s\n' "build and tests" "$build" "${j_build:--}"
j_whole="-"; [ -n "${j_generate:-}" ] && [ "${j_build:--}" != - ] && j_whole="$(echo "$j_generate + $j_build" | bc)"
printf '  %-34s %12s s %12s s\n' "whole run" "$whole" "$j_whole"
echo "  load: ours at start $l; JHipster's at start ${jl:-n/a}"
echo "  Scaffold: nine phases, seven gates, the build and tests inside the sandbox (offline, isolated)."
[ -n "${j_tests:-}" ] && echo "  JHipster: generation with --skip-client, ./mvnw verify on H2 (tests run: $j_tests), no gates."
[ -z "$why" ] || echo "  JHipster's side is missing: $why"
