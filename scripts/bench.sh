#!/usr/bin/env bash
# Whole-process timings of wirediff, start-up included, with word-diff tools
# as baselines.
#
# Usage: scripts/bench.sh [RUNS]        (RUNS: runs per command, default 21)
#
# Builds wirediff from this checkout into a temporary folder, then runs each
# command RUNS times (after one untimed warm-up run) on the first two seed
# articles and prints the median, fastest and slowest wall-clock time of a
# run in milliseconds:
#   - wirediff on the seed pair, terminal output (colour off);
#   - wirediff --version (start-up alone);
#   - dwdiff, wdiff and git diff --no-index --word-diff on the same pair,
#     each only when installed (Debian packages dwdiff, wdiff, git).
# Output goes to /dev/null. Times come from `date +%s%N` around each run,
# so they include fork and exec; on a busy machine compare medians of runs
# made together, not figures from different days.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-21}
base=testdata/seeds/000_c64f40ef166d9df3.txt
other=testdata/seeds/001_e4d2f7d4ad65d4f5.txt

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/wirediff" .

# bench NAME COMMAND...: time RUNS runs of COMMAND and print one table row.
bench() {
  local name=$1
  shift
  "$@" >/dev/null 2>&1 || true # warm-up: page cache, binary loaded
  local times=() start end
  for ((i = 0; i < runs; i++)); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true # wirediff and diff tools exit 1 on differences
    end=$(date +%s%N)
    times+=($(((end - start) / 1000)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" '
    { t[NR] = $1 }
    END {
      med = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
      printf "%-34s %9.1f %9.1f %9.1f\n", name, med / 1000, t[1] / 1000, t[NR] / 1000
    }'
}

echo "seed pair: $base $other; $runs runs each"
printf '%-34s %9s %9s %9s\n' "command" "median ms" "min ms" "max ms"
bench "wirediff (terminal)" "$tmp/wirediff" --color never "$base" "$other"
bench "wirediff --version" "$tmp/wirediff" --version
if command -v dwdiff >/dev/null; then bench "dwdiff" dwdiff "$base" "$other"; fi
if command -v wdiff >/dev/null; then bench "wdiff" wdiff "$base" "$other"; fi
if command -v git >/dev/null; then
  bench "git diff --no-index --word-diff" git diff --no-index --word-diff "$base" "$other"
fi
