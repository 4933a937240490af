// Package inorder cuts a job over many items (the paragraphs of a
// document, its sentences) into consecutive ranges and runs them on all
// processors, for callers that then join the ranges' results in range
// order, so that the result does not depend on scheduling: the same input
// gives the same output whatever the number of processors.
package inorder

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Ranges cuts [0, n), n items of size bytes in all, into consecutive
// ranges to run with Run: four per processor, so that a goroutine slowed
// down by the rest of the machine holds up little, but none under
// minBytes on average, below which a goroutine costs more than it saves.
// A small job is one range.
func Ranges(n, size, minBytes int) [][2]int {
	k := max(1, min(4*runtime.GOMAXPROCS(0), size/max(minBytes, 1), n))
	out := make([][2]int, k)
	for c := range out {
		out[c] = [2]int{c * n / k, (c + 1) * n / k}
	}
	return out
}

// Run calls fn(0) … fn(k-1) on up to GOMAXPROCS goroutines at once and
// returns when every call is done; with one call, or one processor, the
// calls run on the calling goroutine, in order. fn(c) must write only
// what belongs to c, and the caller joins the results in order of c.
func Run(k int, fn func(c int)) {
	Workers(k, k, func(_, c int) { fn(c) })
}

// Workers is Run on at most workers goroutines (and GOMAXPROCS), each
// call told the number of the goroutine it runs on, from 0 up, so that a
// caller can keep scratch of its own per goroutine: each goroutine takes
// the next call left until none is, so which goroutine makes which call
// depends on scheduling. Goroutine 0 is the calling one: it waits for
// the others only once no call is left, and a new goroutine would start
// on a small stack and grow it again (a copy of the stack each time it
// doubles) where the caller's has already grown. Cost: one atomic
// addition per call, workers-1 new goroutines.
func Workers(k, workers int, fn func(worker, c int)) {
	workers = min(runtime.GOMAXPROCS(0), k, workers)
	if workers <= 1 {
		for c := range k {
			fn(0, c)
		}
		return
	}
	var next atomic.Int64
	work := func(w int) {
		for c := int(next.Add(1) - 1); c < k; c = int(next.Add(1) - 1) {
			fn(w, c)
		}
	}
	var wg sync.WaitGroup
	for w := 1; w < workers; w++ {
		wg.Go(func() { work(w) })
	}
	work(0)
	wg.Wait()
}
