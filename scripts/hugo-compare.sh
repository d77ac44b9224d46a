#!/usr/bin/env bash
# Side by side with Hugo: generates briefings of the given sizes, writes each one's content as a Hugo site
# (`briefing-generate --hugo-from`, with the layouts in scripts/hugo-site/layouts: a page per claim, source,
# topic, entity and measure, and the lists of each), then times cold builds of both, alternating
# `briefing build` and `hugo` run by run so that both meet the same machine load. Prints the medians of
# wall time, CPU time and peak memory (from /usr/bin/time -v), the pages each wrote, and the ratio.
# Optional and never in CI: it needs Hugo (apt-get install hugo) and it is a measurement, not a test.
#
#   scripts/hugo-compare.sh [--sizes "100 1000"] [--runs 3] [--seed 1] [--work DIR]
set -euo pipefail
cd "$(dirname "$0")/.."

sizes="100 1000"
runs=3
seed=1
work="${TMPDIR:-/tmp}/briefing-hugo-compare"
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    *) echo "usage: $0 [--sizes \"100 1000 10000\"] [--runs N] [--seed S] [--work DIR]" >&2; exit 2 ;;
  esac
done

for tool in hugo /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "this comparison needs $tool (apt-get install hugo time)" >&2; exit 1; }
done

dotnet build Briefing.sln -c Release --nologo -v quiet >/dev/null
cli="$PWD/src/Briefing.Cli/bin/Release/net10.0/briefing"
generate="$PWD/src/Briefing.Generator/bin/Release/net10.0/briefing-generate"
layouts="$PWD/scripts/hugo-site/layouts"
theme="$PWD/theme"
mkdir -p "$work"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "$(hugo version | cut -d' ' -f1-2); runs per figure: $runs (medians), cold builds, alternating"

# One timed run: appends "wall_s cpu_s peak_mb" to the file named first.
timed() {
  local into="$1"; shift
  /usr/bin/time -v -o "$work/time.txt" "$@" >"$work/last.out" 2>&1 || { cat "$work/last.out" >&2; return 1; }
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2] }
    /User time/ { cpu += $2 } /System time/ { cpu += $2 }
    /Maximum resident set size/ { mb = $2 / 1024 }
    END { printf "%.2f %.2f %.0f\n", wall, cpu, mb }' "$work/time.txt" >>"$into"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
column_median() { cut -d' ' -f"$2" "$1" | median; }

for n in $sizes; do
  root="$work/gen-$n-seed-$seed"
  site="$work/hugo-$n-seed-$seed"
  if ! [ -d "$root/input" ]; then
    "$generate" --sources "$n" --seed "$seed" --out "$root" >/dev/null
  fi
  rm -rf "$site" && "$generate" --hugo-from "$root" --out "$site" >/dev/null && cp -r "$layouts" "$site/layouts"
  : >"$work/briefing.txt"; : >"$work/hugo.txt"
  for _ in $(seq "$runs"); do
    rm -rf "$root/output" "$root/.briefing-cache" "$root"/.output.*
    timed "$work/briefing.txt" "$cli" build --root "$root" --output "$root/output" --theme "$theme"
    rm -rf "$site/public" "$site/resources"
    timed "$work/hugo.txt" hugo --quiet --source "$site" --destination "$site/public"
  done
  ours="$(find "$root/output" -name '*.html' | wc -l)"
  theirs="$(find "$site/public" -name '*.html' | wc -l)"
  bw="$(column_median "$work/briefing.txt" 1)"; hw="$(column_median "$work/hugo.txt" 1)"
  echo "== $n sources, $((n * 10)) claims"
  printf "  %-9s wall %7ss  cpu %7ss  peak %6s MB  %7s pages\n" briefing "$bw" "$(column_median "$work/briefing.txt" 2)" "$(column_median "$work/briefing.txt" 3)" "$ours"
  printf "  %-9s wall %7ss  cpu %7ss  peak %6s MB  %7s pages\n" hugo "$hw" "$(column_median "$work/hugo.txt" 2)" "$(column_median "$work/hugo.txt" 3)" "$theirs"
  awk -v b="$bw" -v h="$hw" 'BEGIN { printf "  briefing / hugo wall time: %.2f\n", b / h }'
done
