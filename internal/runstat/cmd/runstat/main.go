//go:build unix

// Command runstat runs a command several times and prints one table row:
// the median, fastest and slowest wall-clock time of a run, the median
// processor time (user and system, which other loads on a shared machine
// inflate less than wall time) and the largest peak resident size, read
// from the rusage the kernel reports for each child. scripts/bench.sh
// uses it.
//
// Usage: runstat -runs N -name NAME [-baseline BIN -baseline-name NAME] -- COMMAND [ARGS...]
//
// With -baseline, BIN is run with the same ARGS in turn with COMMAND (the
// baseline first in each pair), and three rows are printed: the
// baseline's, COMMAND's, and the medians of the ratios of each pair's
// wall and processor times (COMMAND's over the baseline's). A machine
// whose speed drifts while the rows run (a shared one) moves both
// commands of a pair alike, so the ratio holds where the two rows, timed
// one after the other, would not.
//
// The command's output is discarded; its exit status is ignored (diff
// tools exit 1 on differences), but a command that cannot be started is
// an error. One untimed run of each command comes first (page cache,
// binary loaded).
package main

import (
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"slices"
	"syscall"
	"time"
)

func main() {
	runs := flag.Int("runs", 11, "timed runs")
	name := flag.String("name", "", "row label (default: the command)")
	baseline := flag.String("baseline", "", "a program to run in turn with the command, with the same arguments")
	baselineName := flag.String("baseline-name", "", "the baseline's row label (default: the name and [baseline])")
	flag.Parse()
	args := flag.Args()
	if len(args) == 0 || *runs < 1 {
		fmt.Fprintln(os.Stderr, "usage: runstat -runs N -name NAME [-baseline BIN -baseline-name NAME] -- COMMAND [ARGS...]")
		os.Exit(2)
	}
	if *name == "" {
		*name = args[0]
	}
	cmds := [][]string{args}
	if *baseline != "" {
		if *baselineName == "" {
			*baselineName = *name + " [baseline]"
		}
		cmds = [][]string{append([]string{*baseline}, args[1:]...), args}
	}
	stats, wallRatios, cpuRatios, err := runAll(cmds, *runs)
	if err != nil {
		fmt.Fprintln(os.Stderr, "runstat:", err)
		os.Exit(1)
	}
	if len(cmds) == 2 {
		stats[0].print(*baselineName)
		stats[1].print(*name)
		fmt.Printf("%-40s %9.2f %9.2f %9.2f %9.2f\n", "  ratio of each pair (new/baseline)",
			medianOf(wallRatios), slices.Min(wallRatios), slices.Max(wallRatios), medianOrNaN(cpuRatios))
		return
	}
	stats[0].print(*name)
}

// runAll runs each of cmds once untimed, then runs times in turn, and
// returns each command's measures and, for two commands, the ratios of
// each pair's wall and processor times (the second command's over the
// first's; a pair whose first took no processor time gives no processor
// ratio).
func runAll(cmds [][]string, runs int) (stats []stat, wallRatios, cpuRatios []float64, err error) {
	for _, c := range cmds {
		if _, err := run(c); err != nil { // warm-up
			return nil, nil, nil, err
		}
	}
	stats = make([]stat, len(cmds))
	for range runs {
		for k, c := range cmds {
			m, err := run(c)
			if err != nil {
				return nil, nil, nil, err
			}
			stats[k].add(m)
		}
		if len(cmds) == 2 {
			b, a := stats[0].last(), stats[1].last()
			wallRatios = append(wallRatios, float64(a.wall)/float64(b.wall))
			if b.cpu > 0 {
				cpuRatios = append(cpuRatios, float64(a.cpu)/float64(b.cpu))
			}
		}
	}
	return stats, wallRatios, cpuRatios, nil
}

// A measure is one run's wall-clock time, processor time and peak
// resident size in bytes.
type measure struct {
	wall, cpu time.Duration
	rss       int64
}

// A stat holds the measures of one command's runs, in order.
type stat struct{ ms []measure }

func (s *stat) add(m measure) { s.ms = append(s.ms, m) }
func (s *stat) last() measure { return s.ms[len(s.ms)-1] }

// print writes the row of s: the median, fastest and slowest wall time,
// the median processor time (all in ms), the largest peak in MiB.
func (s *stat) print(name string) {
	var walls, cpus []float64
	var rss int64
	for _, m := range s.ms {
		walls = append(walls, float64(m.wall)/1e6)
		cpus = append(cpus, float64(m.cpu)/1e6)
		rss = max(rss, m.rss)
	}
	fmt.Printf("%-40s %9.1f %9.1f %9.1f %9.1f %8.1f\n", name,
		medianOf(walls), slices.Min(walls), slices.Max(walls), medianOf(cpus), float64(rss)/(1<<20))
}

// run runs the command once and returns its measure.
func run(args []string) (measure, error) {
	cmd := exec.Command(args[0], args[1:]...)
	start := time.Now()
	err := cmd.Run()
	m := measure{wall: time.Since(start)}
	if _, exit := err.(*exec.ExitError); exit {
		err = nil
	}
	if err != nil {
		return measure{}, err
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		m.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		m.rss = int64(ru.Maxrss) * 1024 // kilobytes on Linux
	}
	return m, nil
}

// medianOf returns the median of xs (not empty), which it sorts.
func medianOf(xs []float64) float64 {
	slices.Sort(xs)
	n := len(xs)
	if n%2 == 1 {
		return xs[n/2]
	}
	return (xs[n/2-1] + xs[n/2]) / 2
}

// medianOrNaN is medianOf, or NaN for no values (a processor time of 0).
func medianOrNaN(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	return medianOf(xs)
}
