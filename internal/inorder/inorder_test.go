package inorder

import (
	"runtime"
	"sync"
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

// TestWorkers checks that every call is made once, on goroutines numbered
// below the number asked for, and with one goroutine in order.
func TestWorkers(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	for _, workers := range []int{1, 2, 3} {
		const k = 100
		var calls [k]atomic.Int32
		var order []int
		Workers(k, workers, func(w, c int) {
			if w < 0 || w >= workers {
				t.Errorf("Workers(%d, %d): call %d on goroutine %d", k, workers, c, w)
			}
			calls[c].Add(1)
			if workers == 1 {
				order = append(order, c)
			}
		})
		for c := range calls {
			if n := calls[c].Load(); n != 1 {
				t.Fatalf("Workers(%d, %d): call %d made %d times", k, workers, c, n)
			}
		}
		for i, c := range order {
			if c != i {
				t.Fatalf("Workers(%d, 1): call %d made %dth", k, c, i)
			}
		}
	}
}

// TestWorkersOnCaller checks that the calling goroutine is one of the
// workers: two calls that wait for each other run on the caller and on a
// single new goroutine.
func TestWorkersOnCaller(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	before := runtime.NumGoroutine()
	var started, counted sync.WaitGroup
	started.Add(2)
	counted.Add(2)
	var during [2]int
	Workers(2, 2, func(_, c int) {
		started.Done()
		started.Wait() // both calls are running now
		during[c] = runtime.NumGoroutine()
		counted.Done()
		counted.Wait() // and neither has returned
	})
	for c, n := range during {
		if n != before+1 {
			t.Errorf("call %d ran beside %d goroutines, want %d: the caller and one new", c, n, before+1)
		}
	}
}
