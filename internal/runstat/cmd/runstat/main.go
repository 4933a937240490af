//go:build unix

// Command runstat runs a command several times and prints one table row:
// the median, fastest and slowest wall-clock time of a run, the median
// processor time (user and system, which other loads on a shared machine
// inflate less than wall time) and the largest peak resident size, read
// from the rusage the kernel reports for each child. scripts/bench.sh
// uses it.
//
// Usage: runstat -runs N -name NAME -- COMMAND [ARGS...]
//
// The command's output is discarded; its exit status is ignored (diff
// tools exit 1 on differences), but a command that cannot be started is
// an error. One untimed run comes first (page cache, binary loaded).
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"syscall"
	"time"
)

func main() {
	runs := flag.Int("runs", 11, "timed runs")
	name := flag.String("name", "", "row label (default: the command)")
	flag.Parse()
	args := flag.Args()
	if len(args) == 0 || *runs < 1 {
		fmt.Fprintln(os.Stderr, "usage: runstat -runs N -name NAME -- COMMAND [ARGS...]")
		os.Exit(2)
	}
	if *name == "" {
		*name = args[0]
	}
	if _, _, _, err := run(args); err != nil { // warm-up
		fmt.Fprintln(os.Stderr, "runstat:", err)
		os.Exit(1)
	}
	var walls, cpus []time.Duration
	var rss int64
	for range *runs {
		wall, cpu, maxRSS, err := run(args)
		if err != nil {
			fmt.Fprintln(os.Stderr, "runstat:", err)
			os.Exit(1)
		}
		walls, cpus, rss = append(walls, wall), append(cpus, cpu), max(rss, maxRSS)
	}
	slices.Sort(walls)
	slices.Sort(cpus)
	ms := func(d time.Duration) float64 { return float64(d) / 1e6 }
	fmt.Printf("%-40s %9.1f %9.1f %9.1f %9.1f %8.1f\n", *name,
		ms(median(walls)), ms(walls[0]), ms(walls[len(walls)-1]), ms(median(cpus)), float64(rss)/(1<<20))
}

// run runs the command once and returns its wall-clock time, processor
// time and peak resident size in bytes.
func run(args []string) (wall, cpu time.Duration, rss int64, err error) {
	cmd := exec.Command(args[0], args[1:]...)
	start := time.Now()
	err = cmd.Run()
	wall = time.Since(start)
	if _, exit := err.(*exec.ExitError); exit {
		err = nil
	}
	if err != nil {
		return 0, 0, 0, err
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
		rss = int64(ru.Maxrss) * 1024 // kilobytes on Linux
	}
	return wall, cpu, rss, nil
}

// median returns the median of sorted d.
func median(d []time.Duration) time.Duration {
	n := len(d)
	if n%2 == 1 {
		return d[n/2]
	}
	return (d[n/2-1] + d[n/2]) / 2
}
