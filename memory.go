package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"runtime/debug"
	"strconv"

	"github.com/wirediff/wirediff/article"
)

// The memory a run needs grows linearly with the text it compares:
// analysed sentences, candidate pairs, records and word diffs, and the
// editorial checks. memPerByte and memFixed bound the peak live heap
// measured on generated pairs (go test -bench Pipeline ./report and
// scripts/bench.sh --big): under 30 bytes per byte of input when both
// sides are large (1 and 8 MB pairs), about 13 for a news article against
// a 50 MB document, plus under 20 MiB of start-up. The resident size is
// larger (up to twice the live heap) when memory is plentiful, because the
// collector lets garbage build up; the soft memory limit memoryBudget sets
// makes it collect sooner as the budget nears, so the live heap is what
// has to fit.
const (
	memPerByte = 36
	memFixed   = 32 << 20
)

// Small runs collect garbage less often. The collector's first cycle
// comes when the heap reaches 4 MiB, which a seed article pair passes
// while its inputs are read and again while they are compared: two cycles
// that cost about a tenth of the run's processor time, to reclaim a few
// MiB that the process gives back anyway when it exits a few milliseconds
// later. When every input is a regular file and together they are at most
// smallRunBytes (a handful of news articles), the collector runs at GOGC
// smallRunGCPercent (heap goal five times the live heap, the first cycle
// at 20 MiB) instead of 100: a seed pair then runs without a collection,
// in 0.87 times the processor time at the same peak resident size (22
// MiB; its heap never reaches the goal). Larger runs keep the default:
// 200 short articles against one (about 1 MB) gained no processor time
// and peaked 15 MiB higher. A GOGC given in the environment is left as it
// is, and standard input, URLs and folders keep the default, as their
// size is known only once read.
const (
	smallRunBytes     = 256 << 10
	smallRunGCPercent = 400
)

// smallRunGC raises the collector's GOGC for a small run (see
// smallRunBytes) before its inputs are read, and reports whether it did.
// Cost: one stat of each input.
func smallRunGC(inputs []string) bool {
	if gogcSet() || !smallRun(inputs) {
		return false
	}
	debug.SetGCPercent(smallRunGCPercent)
	return true
}

// smallRun reports whether every input is a regular file and together
// they hold at most smallRunBytes.
func smallRun(inputs []string) bool {
	var total int64
	for _, in := range inputs {
		fi, err := os.Stat(in)
		if err != nil || !fi.Mode().IsRegular() {
			return false
		}
		total += fi.Size()
	}
	return len(inputs) > 0 && total <= smallRunBytes
}

// gogcSet reports whether the user set the collector's target (GOGC in
// the environment): then neither smallRunGC nor tuneCollector changes it.
func gogcSet() bool {
	_, set := os.LookupEnv("GOGC")
	return set
}

// memoryNeed estimates the peak memory of comparing docs, in bytes.
func memoryNeed(docs []*article.Document) int64 {
	var n int64
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	return memFixed + memPerByte*n
}

// memoryBudget returns the memory a run may use: the limit set with the
// Go runtime's GOMEMLIMIT when there is one, else what the system reports
// available (on Linux; elsewhere ok is false and nothing is checked).
// Without GOMEMLIMIT, the budget also becomes the runtime's soft memory
// limit, so that the collector works harder before memory runs out.
func memoryBudget() (budget int64, ok bool) {
	if limit := debug.SetMemoryLimit(-1); limit != math.MaxInt64 {
		return limit, true
	}
	avail, ok := availableMemory()
	if !ok {
		return 0, false
	}
	debug.SetMemoryLimit(avail)
	return avail, true
}

// checkMemory refuses, before the comparison starts, a run whose estimated
// need exceeds the budget: a clear message is better than a machine that
// swaps for an hour or a process killed half-way.
func checkMemory(docs []*article.Document) error {
	budget, ok := memoryBudget()
	if !ok {
		return nil
	}
	if need := memoryNeed(docs); need > budget {
		return withHint(
			fmt.Errorf("comparing these articles needs about %s of memory, and %s is available", mib(need), mib(budget)),
			"compare shorter articles (or parts of them), or free memory; GOMEMLIMIT sets the memory allowed")
	}
	return nil
}

// A large input is collected more often: with the runtime's default
// target (GOGC=100) the heap grows to twice the live heap before each
// collection, which on the news article against a generated 50 MB
// document (a live heap of about 560 MiB at its peak, while the
// comparison and the checks' analysis of the OTHER run at once) made a
// peak resident size of about 1.1 to 1.3 GiB; at 50 it is about 0.9 to
// 1.0 GiB, for more frequent but smaller collections (the processor time
// of the run could not be told apart from the noise of a shared machine).
const (
	largeInputBytes = 16 << 20
	largeInputGC    = 50
)

// tuneCollector sets the collector's target to largeInputGC when docs
// hold largeInputBytes of text or more, unless the user set GOGC. It
// returns whether it did.
func tuneCollector(docs []*article.Document) bool {
	if gogcSet() {
		return false
	}
	var n int
	for _, d := range docs {
		n += len(d.Text)
	}
	if n < largeInputBytes {
		return false
	}
	debug.SetGCPercent(largeInputGC)
	return true
}

func mib(n int64) string { return fmt.Sprintf("%d MiB", (n+(1<<20)-1)>>20) }

// availableMemory reads MemAvailable from the Linux kernel's memory
// statistics: the memory that can be used without swapping.
func availableMemory() (int64, bool) {
	data, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0, false
	}
	n, err := memAvailable(data)
	return n, err == nil
}

// memAvailable parses the MemAvailable line ("MemAvailable: 123 kB") of
// the kernel's memory statistics.
func memAvailable(meminfo []byte) (int64, error) {
	sc := bufio.NewScanner(bytes.NewReader(meminfo))
	for sc.Scan() {
		f := bytes.Fields(sc.Bytes())
		if len(f) == 3 && string(f[0]) == "MemAvailable:" && string(f[2]) == "kB" {
			kb, err := strconv.ParseInt(string(f[1]), 10, 64)
			if err != nil || kb < 0 || kb > math.MaxInt64>>10 {
				return 0, errors.New("bad MemAvailable")
			}
			return kb << 10, nil
		}
	}
	return 0, errors.New("no MemAvailable")
}
