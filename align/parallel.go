package align

import (
	"runtime"
	"slices"
	"sync"

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

// share calls f on consecutive chunks [lo, hi) of [0, n), chunk items
// each (the last may be shorter), on up to workers goroutines at once,
// each taking the next chunk left until none is (inorder.Workers), and
// returns when all are done; with one worker, or work of one chunk, f is
// called once on [0, n) on the calling goroutine. worker is the
// goroutine's number, from 0 to workers-1, so that f can keep scratch of
// its own per goroutine. Unlike spread's fixed ranges, a goroutine that
// finishes early takes more of the work: items of unequal cost (long
// sentences against short) end together.
//
// Which goroutine gets which chunk depends on scheduling, so f must give
// each item a result that depends on the item alone (its scratch and
// caches may differ, not what they compute) and write only the item's
// slots of a result slice. Cost: one atomic addition per chunk.
func share(n, workers, chunk int, f func(worker, lo, hi int)) {
	if workers <= 1 || n <= chunk {
		f(0, 0, n)
		return
	}
	chunk = max(chunk, 1)
	inorder.Workers((n+chunk-1)/chunk, workers, func(w, c int) {
		f(w, c*chunk, min((c+1)*chunk, n))
	})
}

// sortMinPart is the fewest items sortFunc sorts on a goroutine of its
// own: a news article's pairs (a few hundred) are sorted on the calling
// goroutine. A variable so that tests can take the concurrent path on
// small inputs.
var sortMinPart = 8192

// sortFunc sorts s by cmp as slices.SortFunc does, on up to GOMAXPROCS
// goroutines when s is large: the halves are sorted at once (each cut
// again while processors are left) and merged. cmp must order every two
// distinct items (return 0 only for an item and itself, or its equal):
// the sorted order is then the only one, the same as slices.SortFunc's.
//
// Cost: O(n log n) comparisons as slices.SortFunc, spread over the
// processors but for the last merge (n); a buffer of n items.
func sortFunc[T any](s []T, cmp func(a, b T) int) {
	depth := 0
	for 2<<depth <= runtime.GOMAXPROCS(0) && len(s)>>(depth+1) >= sortMinPart {
		depth++
	}
	if depth == 0 {
		slices.SortFunc(s, cmp)
		return
	}
	sortDepth(s, make([]T, len(s)), depth, cmp)
}

// sortDepth sorts s, cut in 2^depth parts sorted at once and merged
// through buf (as long as s).
func sortDepth[T any](s, buf []T, depth int, cmp func(a, b T) int) {
	if depth == 0 {
		slices.SortFunc(s, cmp)
		return
	}
	h := len(s) / 2
	var wg sync.WaitGroup
	wg.Go(func() { sortDepth(s[:h], buf[:h], depth-1, cmp) })
	sortDepth(s[h:], buf[h:], depth-1, cmp)
	wg.Wait()
	// Merge the sorted halves into buf, then back: on a tie the left
	// half's item goes first.
	a, b, k := s[:h], s[h:], 0
	for len(a) > 0 && len(b) > 0 {
		if cmp(b[0], a[0]) < 0 {
			buf[k], b = b[0], b[1:]
		} else {
			buf[k], a = a[0], a[1:]
		}
		k++
	}
	k += copy(buf[k:], a)
	copy(buf[k:], b)
	copy(s, buf)
}
