//go:build unix

package report_test

import (
	"syscall"
	"time"
)

// cpuTime returns the processor time (user and system) the process has
// used so far, so that benchmarks on a shared machine can report it next
// to the wall time, which other loads inflate.
func cpuTime() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
