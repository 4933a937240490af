package align

import (
	"runtime"

	"github.com/wirediff/wirediff/internal/inorder"
)

// partsFor returns in how many ranges spread should cut n items of work
// so that each has at least minPart items: up to GOMAXPROCS, and 1 (no
// goroutine at all) for work under 2·minPart items, so that a news
// article's comparison costs nothing more. One range per processor, not
// more: each range keeps scratch of its own (a copy of the vocabulary's
// caches when it scores).
func partsFor(n, minPart int) int {
	return max(1, min(runtime.GOMAXPROCS(0), n/max(minPart, 1)))
}

// spread calls f on parts consecutive ranges [lo, hi) that cover [0, n),
// at once on up to GOMAXPROCS goroutines (inorder.Run), and returns when
// all are done. part is the range's number, from 0 to parts-1, so that f
// can keep scratch of its own per range.
//
// f must write only what its range owns (its items' slots of a result
// slice, its part's scratch): the result is then the one of calling f on
// [0, n) in turn, whatever the scheduling.
func spread(n, parts int, f func(part, lo, hi int)) {
	inorder.Run(parts, func(c int) { f(c, c*n/parts, (c+1)*n/parts) })
}
