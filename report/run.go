package report

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
)

// Options tune a run.
type Options struct {
	// Align tunes the comparisons.
	Align align.Options
	// AutoBase takes as BASE the document the others carry most of
	// (align.ChooseBase) instead of the first, and records the choice in
	// the report's BaseChoice.
	AutoBase bool
	// Version is the program's version, copied into the report.
	Version string
	// AllFindings keeps the uncertain findings of the checks (under
	// check.MinConfidence), which are otherwise left out and counted in
	// each check.Report's HeldBack.
	AllFindings bool
	// Done, when not nil, counts the comparisons finished so far, so that
	// a caller can show how far the run is.
	Done *atomic.Int64
}

// Run compares every OTHER (docs[1:]) with the BASE (docs[0], or the
// document chosen with opts.AutoBase, which is then moved to the front)
// and runs the editorial checks on each comparison, in parallel on up to
// GOMAXPROCS workers, each taking one OTHER through both steps. With more
// than one OTHER the report has the coverage table of them all.
//
// Each comparison and its checks depend only on their own pair, so the
// result does not depend on which other OTHERs were given, nor on the
// order the workers finish in. docs must hold at least two documents.
//
// Cost: the BASE is analysed once (align.Prepare); then one
// align.Base.Compare and one check.Run per OTHER, spread over the
// processors; with AutoBase, align.ChooseBase first.
func Run(docs []*article.Document, opts Options) *Report {
	var choice *BaseChoice
	if opts.AutoBase {
		best, figures := align.ChooseBase(docs)
		docs, figures = moveFirst(docs, best), moveFirst(figures, best)
		choice = &BaseChoice{Figures: figures}
	}
	// With several OTHERs the BASE is analysed once; a single OTHER takes
	// align.Compare, which lets the BASE's index go early (lower peak).
	var base *align.Base
	if len(docs) > 2 {
		base = align.Prepare(docs[0], opts.Align)
	}
	comps := make([]*align.Comparison, len(docs)-1)
	checks := make([]*check.Report, len(comps))
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(comps)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				comps[i], checks[i] = compare(base, docs[0], docs[i+1], opts.Align, opts.AllFindings)
				if opts.Done != nil {
					opts.Done.Add(1)
				}
			}
		}()
	}
	for i := range comps {
		work <- i
	}
	close(work)
	wg.Wait()
	rep := &Report{Documents: docs, Comparisons: comps, Checks: checks, Version: opts.Version, BaseChoice: choice}
	if len(comps) > 1 {
		rep.Coverage = align.Coverage(comps)
	}
	return rep
}

// Compare is the step Run takes for each OTHER: the comparison of other
// with base and its editorial checks, the confident ones (see
// check.Report.Confident). Search calls it for each match.
func Compare(base, other *article.Document, opts align.Options) (*align.Comparison, *check.Report) {
	return compare(nil, base, other, opts, false)
}

// compare compares other with the BASE: prepared when b is not nil, else
// base under opts.
func compare(b *align.Base, base, other *article.Document, opts align.Options, all bool) (*align.Comparison, *check.Report) {
	var c *align.Comparison
	if b != nil {
		c = b.Compare(other)
	} else {
		c = align.Compare(base, other, opts)
	}
	r := check.Run(c)
	if !all {
		r = r.Confident()
	}
	return c, r
}

// moveFirst returns s with s[i] moved to the front and the others in
// their order.
func moveFirst[T any](s []T, i int) []T {
	out := make([]T, 0, len(s))
	out = append(out, s[i])
	out = append(out, s[:i]...)
	return append(out, s[i+1:]...)
}
