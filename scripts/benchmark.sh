#!/usr/bin/env bash
# The scale benchmark: generates briefings of the given sizes (deterministic, from a seed) and times
# `briefing build` on each with /usr/bin/time -v: a cold build (no output, no cache), a rebuild with
# nothing changed, and a rebuild after one claim's statement was edited; then `validate`.
# It prints wall time, CPU time (user + system), peak memory and the build's own per-stage times.
# Never run in CI: it is a measurement, not a test. Figures are medians of --runs runs.
#
#   scripts/benchmark.sh [--sizes "100 1000 10000"] [--runs 3] [--seed 1] [--work DIR] [--keep]
set -euo pipefail
cd "$(dirname "$0")/.."

sizes="100 1000"
runs=3
seed=1
work="${TMPDIR:-/tmp}/briefing-benchmark"
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    *) echo "usage: $0 [--sizes \"100 1000 10000\"] [--runs N] [--seed S] [--work DIR] [--keep]" >&2; exit 2 ;;
  esac
done

if ! [ -x /usr/bin/time ]; then
  echo "the benchmark needs GNU time (/usr/bin/time): apt-get install time" >&2
  exit 1
fi

dotnet build Briefing.sln -c Release --nologo -v quiet >/dev/null
cli="$PWD/src/Briefing.Cli/bin/Release/net10.0/briefing"
generate="$PWD/src/Briefing.Generator/bin/Release/net10.0/briefing-generate"
theme="$PWD/theme"
mkdir -p "$work"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "runs per figure: $runs (medians)"

# One timed run: prints "wall_s cpu_s peak_mb" and leaves the command's output in $work/last.out.
timed() {
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/last.out" 2>&1 || { cat "$work/last.out" >&2; return 1; }
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
    /User time/ { cpu += $2 } /System time/ { cpu += $2 }
    /Maximum resident set size/ { mb = $2 / 1024 }
    END { printf "%.2f %.2f %.0f\n", wall, cpu, mb }' "$work/time.txt"
}

# The median of the numbers on standard input, one a line.
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Per-stage times of the last build, from its "  stage   N ms" lines.
stages() { awk '/^  [a-z]/ && / ms( \(.*\))?$/ { sub(/^  /, ""); printf "%s; ", $0 }' "$work/last.out" | tr -s ' '; }

# Runs "$@" $runs times (after the optional setup command in $before) and prints the median figures.
measure() {
  local label="$1"; shift
  : >"$work/runs.txt"
  local stage_line=""
  for _ in $(seq "$runs"); do
    [ -n "${before:-}" ] && eval "$before"
    timed "$@" >>"$work/runs.txt"
    stage_line="$(stages)"
  done
  printf "  %-22s wall %6ss  cpu %6ss  peak %6s MB   stages: %s\n" "$label" \
    "$(cut -d' ' -f1 "$work/runs.txt" | median)" "$(cut -d' ' -f2 "$work/runs.txt" | median)" "$(cut -d' ' -f3 "$work/runs.txt" | median)" "$stage_line"
}

for n in $sizes; do
  root="$work/gen-$n-seed-$seed"
  if ! [ -d "$root/input" ]; then
    "$generate" --sources "$n" --seed "$seed" --out "$root" >/dev/null
  fi
  out="$root/output"
  # The first claims file, without a pipe: at 10,000 sources 'ls | head' ends in SIGPIPE, which pipefail makes fatal.
  for claims in "$root"/input/claims/*.yml; do break; done
  echo "== $n sources, $((n * 10)) claims ($root)"
  before="rm -rf '$out' '$root/.briefing-cache' '$root'/.output.*"
  measure "cold build" "$cli" build --root "$root" --output "$out" --theme "$theme"
  before=""
  measure "no-change rebuild" "$cli" build --root "$root" --output "$out" --theme "$theme"
  # Each run prefixes the first claim's statement with one more word, so every run has a change.
  before="sed -i '0,/  statement: \"/s//  statement: \"Edited /' '$claims'"
  measure "one-claim rebuild" "$cli" build --root "$root" --output "$out" --theme "$theme"
  before=""
  measure "validate" "$cli" validate --root "$root"
  pages="$(find "$out" -name '*.html' | wc -l)"
  echo "  output: $pages HTML files, $(du -sm "$out" | cut -f1) MB; largest page $(find "$out" -name '*.html' -printf '%s %P\n' | sort -n | tail -1)"
  [ "$keep" = 1 ] || rm -rf "$out"
done
