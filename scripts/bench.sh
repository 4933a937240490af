#!/usr/bin/env bash
# Whole-process timings of wirediff, start-up included, with word-diff tools
# as baselines.
#
# Usage: scripts/bench.sh [--big] [--baseline REV] [RUNS]
#
#   RUNS            timed runs per command (default 21; 5 with --big)
#   --big           also the large cases: generated derived pairs of 1 MB
#                   and 8 MB (JSON output), the seed article against a
#                   50 MB document, and an N-way run of the seed against
#                   200 articles of a generated collection; and, when the
#                   MSRP corpus is beside the repository, its sentence
#                   pairs set as two documents of about 0.5 MB each
#                   (align/eval/cmd/msrpdocs: distinct text, every sentence
#                   reworded). The inputs are generated into a temporary
#                   folder (about 130 MB) first.
#   --baseline REV  also time wirediff built from git revision REV (e.g.
#                   main), run in turn with this checkout's (the baseline
#                   first in each pair), so that a change is measured
#                   against its baseline in the same run; a third row gives
#                   the medians of the pairs' ratios (this checkout's wall
#                   and processor time over the baseline's), which hold when
#                   the machine's speed drifts during the run.
#
# Builds wirediff from this checkout into a temporary folder as the README
# installs it (CGO_ENABLED=0: a static binary), then runs
# each command RUNS times (after one untimed warm-up run) and prints per
# command the median, fastest and slowest wall-clock time of a run in
# milliseconds, the median processor time (user and system: on a shared
# machine it varies less than the wall time) and the largest peak resident
# size in MiB (internal/runstat). Rows:
#   - wirediff on the first two seed articles, terminal output (colour off);
#   - wirediff --version (start-up alone);
#   - the start-up floor: a program that imports what wirediff imports
#     and does nothing (below);
#   - the seed pair and --version of the default build where a C compiler
#     is present (CGO_ENABLED=1: linked to the system's C library, because
#     the network package then resolves host names through it);
#   - dwdiff, wdiff and git diff --no-index --word-diff on the same pairs,
#     each only when installed (Debian packages dwdiff, wdiff, git).
# Output goes to /dev/null. Compare figures of one run, not of different
# days.
set -euo pipefail
cd "$(dirname "$0")/.."

big=0 baseline="" runs=""
while (($#)); do
  case $1 in
  --big) big=1 ;;
  --baseline)
    baseline=$2
    shift
    ;;
  *) runs=$1 ;;
  esac
  shift
done
runs=${runs:-$((big ? 5 : 21))}
base=testdata/seeds/000_c64f40ef166d9df3.txt
other=testdata/seeds/001_e4d2f7d4ad65d4f5.txt

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export CGO_ENABLED=0
go build -o "$tmp/wirediff" .
cgo=""
if command -v "$(go env CC)" >/dev/null 2>&1; then
  CGO_ENABLED=1 go build -o "$tmp/wirediff-cgo" . && cgo=$tmp/wirediff-cgo
fi
go build -o "$tmp/runstat" ./internal/runstat/cmd/runstat
if [[ -n $baseline ]]; then
  mkdir "$tmp/baseline-src"
  git archive "$baseline" | tar -x -C "$tmp/baseline-src"
  (cd "$tmp/baseline-src" && go build -o "$tmp/wirediff-baseline" .)
fi

# bench NAME COMMAND...: one table row.
bench() {
  local name=$1
  shift
  "$tmp/runstat" -runs "$runs" -name "$name" -- "$@"
}

# wd NAME ARGS...: wirediff with ARGS, in turn with the baseline build if
# any.
wd() {
  local name=$1
  shift
  if [[ -n $baseline ]]; then
    "$tmp/runstat" -runs "$runs" -name "$name" \
      -baseline "$tmp/wirediff-baseline" -baseline-name "$name [$baseline]" -- "$tmp/wirediff" "$@"
  else
    bench "$name" "$tmp/wirediff" "$@"
  fi
}

# tools NAME A B [nodwdiff]: the word-diff baselines on the pair A, B;
# with "nodwdiff", without dwdiff, which takes minutes on a news article
# against 50 MB.
tools() {
  if [[ ${4:-} != nodwdiff ]] && command -v dwdiff >/dev/null; then bench "dwdiff $1" dwdiff "$2" "$3"; fi
  if command -v wdiff >/dev/null; then bench "wdiff $1" wdiff "$2" "$3"; fi
  if command -v git >/dev/null; then
    bench "git diff --word-diff $1" git diff --no-index --word-diff "$2" "$3"
  fi
}

# The start-up floor: a program that imports every package the command
# imports, wirediff's own excepted (the standard library's and the
# dependencies', whose initialisation runs before main), and only prints a
# line. Its time is the least that any run of wirediff pays before
# wirediff's own code runs (the least: the linker leaves out the set-up
# of a package's tables that nothing refers to, so a package wirediff
# uses more of can cost it more); built in a module of its own with the
# same requirements.
mkdir "$tmp/floor"
sed '1s/.*/module startfloor/' go.mod >"$tmp/floor/go.mod"
cp go.sum "$tmp/floor/"
{
  echo 'package main'
  echo 'import ('
  go list -deps . | grep -v -e '^github.com/wirediff/wirediff' -e '^vendor/' -e '^os$' \
    -e '^internal/' -e '/internal/' -e '/internal$' | sed 's/.*/\t_ "&"/'
  echo '"os"'
  echo ')'
  echo 'func main() { os.Stdout.WriteString("start-up floor\n") }'
} >"$tmp/floor/main.go"
(cd "$tmp/floor" && go build -o "$tmp/floor/floor" .)

echo "$runs runs each; times in ms, peak resident size in MiB"
printf '%-40s %9s %9s %9s %9s %8s\n' "command" "median" "min" "max" "cpu med" "max RSS"
wd "wirediff seed pair (terminal)" --color never "$base" "$other"
wd "wirediff --version" --version
bench "start-up floor (dependencies alone)" "$tmp/floor/floor"
if [[ -n $cgo ]]; then
  bench "wirediff seed pair, cgo build" "$cgo" --color never "$base" "$other"
  bench "wirediff --version, cgo build" "$cgo" --version
fi
tools "seed pair" "$base" "$other"

if ((big)); then
  data=$tmp/data
  for size in 1MB 8MB 50MB; do
    mkdir -p "$data/$size"
    go run ./internal/gendoc/cmd/gendoc -size "$size" -out "$data/$size" >/dev/null
  done
  # 203 files, of which the manifest marks 3 as not articles ("bad").
  go run ./internal/gencorpus/cmd/gencorpus -n 203 -out "$data/collection" >"$data/manifest"
  mapfile -t outlets < <(cd "$data/collection" && find . -type f | sed 's|^\./||' | sort |
    grep -vxFf <(awk -F'\t' '$1 == "bad" { print $2 }' "$data/manifest") | sed "s|^|$data/collection/|")
  for size in 1MB 8MB; do
    wd "wirediff $size pair (JSON)" -f json "$data/$size/base.txt" "$data/$size/other.txt"
    tools "$size pair" "$data/$size/base.txt" "$data/$size/other.txt"
  done
  wd "wirediff seed vs 50 MB (JSON)" --max-size 64MiB -f json "$base" "$data/50MB/other.txt"
  tools "seed vs 50 MB" "$base" "$data/50MB/other.txt" nodwdiff
  wd "wirediff N-way ${#outlets[@]} outlets (JSON)" -f json "$base" "${outlets[@]}"
  # Distinct, reworded news text (the generated documents repeat their
  # paragraphs), when the MSRP corpus is beside the repository.
  if go run ./align/eval/cmd/msrpdocs -out "$data/msrp" 2>/dev/null; then
    wd "wirediff MSRP documents (JSON)" -f json "$data/msrp/base.txt" "$data/msrp/other.txt"
    tools "MSRP documents" "$data/msrp/base.txt" "$data/msrp/other.txt"
  fi
fi
