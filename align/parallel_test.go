package align

import (
	"runtime"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/internal/testdoc"
)

// TestConcurrentCompare compares a generated pair with the concurrent
// paths of large inputs forced (candidates, scoring and records in
// ranges on several goroutines, every threshold at one item) and with
// them all off, and checks that the comparisons are equal, and a
// prepared BASE's too: the ranges must not change the result, whatever
// the scheduling. Run it with -race too.
func TestConcurrentCompare(t *testing.T) {
	base, other := testdoc.Generated(t, "..", 64<<10, 2)
	// Four ranges whatever the machine, so that the ranges are tested
	// on one processor too.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	set := func(n int) {
		candidatesMinPart, scoreMinPart, recordsMinPart = n, n, n
	}
	old := [3]int{candidatesMinPart, scoreMinPart, recordsMinPart}
	defer func() { candidatesMinPart, scoreMinPart, recordsMinPart = old[0], old[1], old[2] }()

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
