package check

import (
	"runtime"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/internal/testdoc"
)

// TestConcurrentRun checks a comparison of a generated pair with the
// quotations and the typos checked on goroutines of their own beside the
// facts, read in many ranges at once (forced by lowering the
// thresholds), and in turn, and checks that the reports are equal: the
// goroutines must not change the result, whatever the scheduling. Run it
// with -race too.
func TestConcurrentRun(t *testing.T) {
	base, other := testdoc.Generated(t, "..", 64<<10, 5)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4)) // the concurrent path needs two or more
	old, oldFacts := concurrentMinBytes, factsMinBytes
	defer func() { concurrentMinBytes, factsMinBytes = old, oldFacts }()
	c := align.Compare(base, other, align.Options{})
	b := NewBase(base)

	concurrentMinBytes = 1 << 62
	want := Run(c, b)
	if len(want.Quotes) == 0 || len(want.Typos)+len(want.Facts) == 0 {
		t.Fatalf("%d quotation findings, %d typos and facts: too few to test", len(want.Quotes), len(want.Typos)+len(want.Facts))
	}
	concurrentMinBytes, factsMinBytes = 0, 1
	for range 3 {
		if d := cmp.Diff(want, Run(c, b)); d != "" {
			t.Fatalf("concurrent checks differ (-in turn +concurrent):\n%s", d)
		}
	}
}
