package inorder

import (
	"runtime"
	"sync/atomic"
	"testing"
)

// Ranges covers [0, n) in order, with one range for a small job and four
// per processor for a large one.
func TestRanges(t *testing.T) {
	if rs := Ranges(100, 99, 100); len(rs) != 1 || rs[0] != [2]int{0, 100} {
		t.Errorf("Ranges of a small job = %v, want one", rs)
	}
	procs := runtime.GOMAXPROCS(2)
	defer runtime.GOMAXPROCS(procs)
	for _, n := range []int{3, 10, 1000} {
		rs := Ranges(n, 1<<30, 100)
		if want := min(n, 8); len(rs) != want {
			t.Errorf("Ranges(%d) on 2 processors = %d ranges, want %d", n, len(rs), want)
		}
		next := 0
		for _, r := range rs {
			if r[0] != next || r[1] <= r[0] {
				t.Fatalf("ranges %v do not cover [0, %d) in order", rs, n)
			}
			next = r[1]
		}
		if next != n {
			t.Fatalf("ranges %v do not cover [0, %d)", rs, n)
		}
	}
}

// Run calls fn once for each index, on several goroutines.
func TestRun(t *testing.T) {
	procs := runtime.GOMAXPROCS(4)
	defer runtime.GOMAXPROCS(procs)
	calls := make([]atomic.Int32, 50)
	Run(len(calls), func(c int) { calls[c].Add(1) })
	for c := range calls {
		if n := calls[c].Load(); n != 1 {
			t.Errorf("fn(%d) called %d times, want once", c, n)
		}
	}
}
