#!/usr/bin/env bash
# Issue 14's speed figures, each next to its target, with the machine's load: the first phase after `./scaffold run`,
# the generated library project's verification build, bug-tracker.jdl's whole governed run, a 60-entity domain's
# whole run. Every figure is one `./scaffold run` timed from the outside (wall clock from the command to a line of its
# output), on a warm machine: the script first runs `./scaffold prepare` (build, class cache) and does not time it.
#
#   bench/speed.sh                  # all four figures, and the first phase once more without the class cache
#   bench/speed.sh library          # only the runs named: library, bug-tracker, sixty, no-cache, first-phase
#   bench/speed.sh first-phase      # the first phase alone, three runs of library.yaml each stopped there
set -euo pipefail

. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
work="$(mktemp -d "${TMPDIR:-/tmp}/scaffold-speed-XXXXXX")"
trap 'rm -rf "$work"' EXIT
runs=("$@")
[ ${#runs[@]} -gt 0 ] || runs=(library bug-tracker sixty no-cache)

# sixty_entity_jdl: Entity01 … Entity60, each with two plain fields and a link to the one before; the same spec as
# CorpusFullAutomationTest.syntheticJdl(60).
sixty_entity_jdl() {
  for i in $(seq -w 1 60); do echo "entity Entity$i { field${i}A String, field${i}B Integer }"; done
  echo "relationship ManyToOne {"
  for i in $(seq 2 60); do printf '  Entity%02d{previous} to Entity%02d\n' "$i" "$((i - 1))"; done
  echo "}"
}

# timed_run NAME SPEC [ENV=VALUE...]: runs `./scaffold run SPEC` to completion, each output line prefixed with the
# seconds since the command started, into $work/NAME.log; its exit code into $work/NAME.rc.
timed_run() {
  local name="$1" spec="$2"; shift 2
  local start; start="$(date +%s.%N)"
  set +e
  env "$@" "$repo/scaffold" run "$spec" --out "$work/$name" --automation full 2>&1 </dev/null |
    while IFS= read -r line; do
      printf '%8.2f %s\n' "$(echo "$(date +%s.%N) - $start" | bc)" "$line"
    done >"$work/$name.log"
  echo "${PIPESTATUS[0]}" >"$work/$name.rc"
  set -e
}

# first_phase NAME SPEC: runs `./scaffold run SPEC` until its first phase starts, then stops it (SIGTERM: the
# application shuts down as after a run); the seconds from the command to that `▶` line into $work/NAME.log's first
# column, as timed_run writes it.
first_phase() {
  local name="$1" spec="$2"
  : >"$work/$name.raw"
  local start; start="$(date +%s.%N)"
  "$repo/scaffold" run "$spec" --out "$work/$name" --automation full </dev/null >"$work/$name.raw" 2>&1 &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null && ! grep -q '▶ ' "$work/$name.raw"; do sleep 0.05; done
  printf '%8.2f %s\n' "$(echo "$(date +%s.%N) - $start" | bc)" "$(grep -m1 '▶ ' "$work/$name.raw")" >"$work/$name.log"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

# at NAME PATTERN: the seconds of the first line of NAME's output matching PATTERN (awk), or "-".
at() { awk -v p="$2" '$0 ~ p { print $1; found = 1; exit } END { if (!found) print "-" }' "$work/$1.log"; }

# figure LABEL VALUE TARGET: one line, the value in seconds next to its target and whether it is met.
figure() {
  local verdict="met"
  if [ "$2" = "-" ]; then verdict="not measured (see the run's output above)"
  elif [ "$(echo "$2 > $3" | bc)" = 1 ]; then verdict="MISSED"; fi
  printf '  %-58s %8s s   target ≤ %5s s   %s   (load %s)\n' "$1" "$2" "$3" "$verdict" "$4"
}

load() { cut -d' ' -f1-3 /proc/loadavg; }

report_failure() { # NAME: a run that did not complete shows its last lines
  if [ "$(cat "$work/$1.rc")" != 0 ]; then
    echo "  $1: ./scaffold run exited $(cat "$work/$1.rc"); its last lines:"
    tail -15 "$work/$1.log" | sed 's/^/    /'
  fi
}

echo "bench: ./scaffold prepare (build and class cache, not timed)..." >&2
"$repo/scaffold" prepare >&2
echo "== Speed ($(bench_machine), JDK $(java_major "$JAVA_HOME/bin/java"))"
for run in "${runs[@]}"; do
  case "$run" in
    library)
      l="$(load)"; timed_run library "$repo/examples/library.yaml"
      figure "first phase after ./scaffold run (library.yaml)" "$(at library '▶ ')" 3 "$l"
      # The gate's clock: phase done → verdict; the build and tests are nearly all of it.
      done_at="$(at library '✔ Verification')"; verdict_at="$(at library 'gate verification:')"
      build="-"; [ "$done_at" != - ] && [ "$verdict_at" != - ] && build="$(echo "$verdict_at - $done_at" | bc)"
      figure "verification gate, library (build + tests in the sandbox)" "$build" 10 "$l"
      figure "whole run, library.yaml" "$(at library 'COMPLETED in')" 60 "$l"
      report_failure library
      ;;
    bug-tracker)
      l="$(load)"; timed_run bug-tracker "$corpus/bug-tracker.jdl"
      figure "first phase after ./scaffold run (bug-tracker.jdl)" "$(at bug-tracker '▶ ')" 3 "$l"
      figure "whole governed run, bug-tracker.jdl" "$(at bug-tracker 'COMPLETED in')" 25 "$l"
      report_failure bug-tracker
      ;;
    sixty)
      sixty_entity_jdl >"$work/sixty.jdl"
      l="$(load)"; timed_run sixty "$work/sixty.jdl"
      figure "whole run, 60 entities incl. build and tests" "$(at sixty 'COMPLETED in')" 120 "$l"
      report_failure sixty
      ;;
    no-cache)
      l="$(load)"; timed_run no-cache "$repo/examples/library.yaml" SCAFFOLD_CLASS_CACHE=off
      figure "first phase, library.yaml, without the class cache" "$(at no-cache '▶ ')" 3 "$l"
      report_failure no-cache
      ;;
    first-phase)
      # what PostgreSQL's start alongside the engine and its template copy (instead of initdb) are about, without
      # the minute of the rest of the run
      for i in 1 2 3; do
        l="$(load)"; first_phase "first-phase-$i" "$repo/examples/library.yaml"
        figure "first phase after ./scaffold run (library.yaml), stopped there, $i" "$(at "first-phase-$i" '▶ ')" 3 "$l"
      done
      ;;
    *) echo "bench: unknown run '$run' (library, bug-tracker, sixty, no-cache, first-phase)" >&2; exit 2 ;;
  esac
done
