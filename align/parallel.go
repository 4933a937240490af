package align

import (
	"runtime"
	"sync"
)

// partsFor returns in how many ranges spread should cut n items of work
// so that each has at least minPart items: up to GOMAXPROCS, and 1 (no
// goroutine at all) for work under 2·minPart items, so that a news
// article's comparison costs nothing more.
func partsFor(n, minPart int) int {
	return max(1, min(runtime.GOMAXPROCS(0), n/max(minPart, 1)))
}

// spread calls f on parts consecutive ranges [lo, hi) that cover [0, n),
// each on its own goroutine (the first on the calling one), and returns
// when all are done. part is the range's number, from 0 to parts-1, so
// that f can keep scratch of its own per range.
//
// f must write only what its range owns (its items' slots of a result
// slice, its part's scratch): the result is then the one of calling f on
// [0, n) in turn, whatever the scheduling.
func spread(n, parts int, f func(part, lo, hi int)) {
	if parts <= 1 {
		f(0, 0, n)
		return
	}
	var wg sync.WaitGroup
	for p := 1; p < parts; p++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			f(p, p*n/parts, (p+1)*n/parts)
		}()
	}
	f(0, 0, n/parts)
	wg.Wait()
}
