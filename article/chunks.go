package article

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// chunkMinBytes is the least text a chunk of a document holds when
// parsing works on its paragraphs in parallel (see chunks): below it, a
// goroutine costs more than it saves, and a news article is parsed on the
// calling goroutine alone, as before.
const chunkMinBytes = 256 << 10

// chunks cuts [0, n), n items of size bytes in all, into consecutive
// ranges to work on in parallel (see inParallel): four per processor, so
// that a goroutine slowed down by the rest of the machine holds up little,
// but none under chunkMinBytes on average. A small document is one range.
func chunks(n, size int) [][2]int {
	k := max(1, min(4*runtime.GOMAXPROCS(0), size/chunkMinBytes, n))
	out := make([][2]int, k)
	for c := range out {
		out[c] = [2]int{c * n / k, (c + 1) * n / k}
	}
	return out
}

// inParallel calls fn(0) … fn(k-1) on up to GOMAXPROCS goroutines at
// once and returns when every call is done; one call runs on the calling
// goroutine. fn(c) must write only what belongs to c, and the caller
// joins the results in order of c, so that they do not depend on
// scheduling.
func inParallel(k int, fn func(c int)) {
	workers := min(runtime.GOMAXPROCS(0), k)
	if workers <= 1 {
		for c := range k {
			fn(c)
		}
		return
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for c := int(next.Add(1) - 1); c < k; c = int(next.Add(1) - 1) {
				fn(c)
			}
		})
	}
	wg.Wait()
}
