package align

import (
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/internal/testdoc"
)

// TestConcurrentCompare compares a generated pair with the concurrent
// paths of large inputs forced (candidates, scoring, the sort of the
// pairs and records in ranges on several goroutines, every threshold at
// one item) and with
// them all off, and checks that the comparisons are equal, and a
// prepared BASE's too: the ranges must not change the result, whatever
// the scheduling. Run it with -race too.
func TestConcurrentCompare(t *testing.T) {
	base, other := testdoc.Generated(t, "..", 64<<10, 2)
	// Four ranges whatever the machine, so that the ranges are tested
	// on one processor too.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	set := func(n int) {
		candidatesMinPart, scoreMinPart, recordsMinPart, sortMinPart = n, n, n, n
	}
	old := [4]int{candidatesMinPart, scoreMinPart, recordsMinPart, sortMinPart}
	defer func() { candidatesMinPart, scoreMinPart, recordsMinPart, sortMinPart = old[0], old[1], old[2], old[3] }()

	cands := func() []pairIdx {
		b := Prepare(base, Options{})
		m := b.matcher(other, included(other, Options{}))
		return candidates(m.v, b.keys, m.base, m.other)
	}
	set(1 << 30)
	wantCands := cands()
	want := Compare(base, other, Options{})
	if len(want.Sentences) < 100 {
		t.Fatalf("only %d records: too small a pair to test ranges on", len(want.Sentences))
	}
	set(1)
	if d := cmp.Diff(wantCands, cands(), cmp.AllowUnexported(pairIdx{})); d != "" {
		t.Fatalf("concurrent candidates differ (-sequential +concurrent):\n%s", d)
	}
	for range 3 {
		if d := cmp.Diff(want, Compare(base, other, Options{})); d != "" {
			t.Fatalf("concurrent comparison differs (-sequential +concurrent):\n%s", d)
		}
	}
	if d := cmp.Diff(want, Prepare(base, Options{}).Compare(other)); d != "" {
		t.Fatalf("concurrent comparison with a prepared BASE differs (-sequential +concurrent):\n%s", d)
	}
}

// TestSortFunc checks that sortFunc sorts as slices.SortFunc does, cut
// into parts on several goroutines or not, for lengths around the cuts;
// and that on a tie the item first in s comes first (merge order).
func TestSortFunc(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	old := sortMinPart
	defer func() { sortMinPart = old }()
	r := rand.New(rand.NewPCG(1, 2))
	byValue := func(a, b int) int { return a - b }
	for _, minPart := range []int{1, 3, 1 << 30} {
		sortMinPart = minPart
		for _, n := range []int{0, 1, 2, 3, 5, 8, 13, 100, 1000} {
			s := r.Perm(n)
			want := slices.Clone(s)
			slices.SortFunc(want, byValue)
			sortFunc(s, byValue)
			if !slices.Equal(s, want) {
				t.Errorf("minPart %d, n %d: got %v, want %v", minPart, n, s, want)
			}
		}
	}
	sortMinPart = 1
	type item struct{ key, at int }
	s := []item{{1, 0}, {0, 1}, {1, 2}, {0, 3}}
	sortFunc(s, func(a, b item) int { return a.key - b.key })
	if want := []item{{0, 1}, {0, 3}, {1, 0}, {1, 2}}; !slices.Equal(s, want) {
		t.Errorf("ties: got %v, want %v", s, want)
	}
}

// BenchmarkCandidates1MB times the candidate search alone on two
// generated documents of about 1 MB (the BASE indexed, the OTHER analysed
// beforehand, as Compare does).
func BenchmarkCandidates1MB(b *testing.B) {
	base, other := testdoc.Generated(b, "..", 1<<20, 1)
	p := Prepare(base, Options{})
	m := p.matcher(other, included(other, Options{}))
	b.ReportAllocs()
	for b.Loop() {
		candidates(m.v, p.keys, m.base, m.other)
	}
}

// TestShare checks that share hands every item out once, in chunks of the
// size asked (the last shorter), to workers numbered within range, and
// runs one worker, or work of one chunk, on one call.
func TestShare(t *testing.T) {
	for _, workers := range []int{1, 2, 4} {
		for _, chunk := range []int{1, 7, 64} {
			for _, n := range []int{0, 1, 6, 64, 65, 1000} {
				var mu sync.Mutex
				seen := make([]int, n)
				calls := 0
				share(n, workers, chunk, func(w, lo, hi int) {
					mu.Lock()
					defer mu.Unlock()
					calls++
					if w < 0 || w >= workers {
						t.Errorf("share(%d, %d, %d): worker %d", n, workers, chunk, w)
					}
					if workers > 1 && n > chunk && (lo%chunk != 0 || hi != min(lo+chunk, n)) {
						t.Errorf("share(%d, %d, %d): chunk [%d, %d)", n, workers, chunk, lo, hi)
					}
					for i := lo; i < hi; i++ {
						seen[i]++
					}
				})
				for i, c := range seen {
					if c != 1 {
						t.Fatalf("share(%d, %d, %d): item %d handed out %d times", n, workers, chunk, i, c)
					}
				}
				if (workers == 1 || n <= chunk) && calls != 1 {
					t.Errorf("share(%d, %d, %d): %d calls, want 1", n, workers, chunk, calls)
				}
			}
		}
	}
}
