package inorder

import (
	"runtime"
	"strings"
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
// single new goroutine. Goroutines are told apart by the number the
// runtime prints at the head of their stack, which, unlike a count of
// goroutines, no other test's goroutines still winding down can move.
func TestWorkersOnCaller(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	caller := goroutineID(t)
	var started sync.WaitGroup
	started.Add(2)
	var ran [2]string
	Workers(2, 2, func(_, c int) {
		started.Done()
		started.Wait() // both calls are running now, on two goroutines
		ran[c] = goroutineID(t)
	})
	if ran[0] == ran[1] || ran[0] != caller && ran[1] != caller {
		t.Errorf("the calls ran on goroutines %s and %s, want the caller's (%s) and one new", ran[0], ran[1], caller)
	}
}

// goroutineID returns the number of the calling goroutine, as the head
// of its stack trace gives it ("goroutine 7 [running]:"), or "" (and an
// error) if the head reads otherwise. Safe on any goroutine.
func goroutineID(t *testing.T) string {
	buf := make([]byte, 64)
	buf = buf[:runtime.Stack(buf, false)]
	f := strings.Fields(string(buf))
	if len(f) < 2 || f[0] != "goroutine" {
		t.Errorf("unexpected stack head %q", buf)
		return ""
	}
	return f[1]
}
