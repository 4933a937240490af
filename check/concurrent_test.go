package check

import (
	"runtime"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/internal/testdoc"
)

// TestConcurrentRun checks a comparison of a generated pair with the
// quotations checked on their own goroutine (forced by lowering the
// threshold) and in turn, and checks that the reports are equal: the
// goroutine must not change the result, whatever the scheduling. Run it
// with -race too.
func TestConcurrentRun(t *testing.T) {
	base, other := testdoc.Generated(t, "..", 64<<10, 5)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4)) // the concurrent path needs two or more
	old := concurrentMinBytes
	defer func() { concurrentMinBytes = old }()
	c := align.Compare(base, other, align.Options{})
	b := NewBase(base)

	concurrentMinBytes = 1 << 62
	want := Run(c, b)
	if len(want.Quotes) == 0 || len(want.Typos)+len(want.Facts) == 0 {
		t.Fatalf("%d quotation findings, %d typos and facts: too few to test", len(want.Quotes), len(want.Typos)+len(want.Facts))
	}
	concurrentMinBytes = 0
	for range 3 {
		if d := cmp.Diff(want, Run(c, b)); d != "" {
			t.Fatalf("concurrent checks differ (-in turn +concurrent):\n%s", d)
		}
	}
}
