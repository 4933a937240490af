package main

import (
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
	"github.com/wirediff/wirediff/render"
)

// compareAll compares every OTHER (docs[1:]) with BASE (docs[0]) and runs
// the editorial checks (check.Run: altered quotations, typos, changed
// facts) on each comparison, in parallel on up to GOMAXPROCS workers, each
// taking one OTHER through both steps. Each comparison and its checks
// depend only on their own pair, so the result does not depend on which
// other OTHERs were given.
//
// On a terminal stderr, a run longer than a second shows how many
// comparisons are done.
func compareAll(docs []*article.Document, opts align.Options, stderr io.Writer) *render.Report {
	comps := make([]*align.Comparison, len(docs)-1)
	checks := make([]*check.Report, len(comps))
	var done atomic.Int64
	stop := showProgress(stderr, time.Second, func() string {
		return fmt.Sprintf("comparing: %d of %d done", done.Load(), len(comps))
	})
	defer stop()
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(comps)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				comps[i] = align.Compare(docs[0], docs[i+1], opts)
				checks[i] = check.Run(comps[i])
				done.Add(1)
			}
		}()
	}
	for i := range comps {
		work <- i
	}
	close(work)
	wg.Wait()
	return &render.Report{Documents: docs, Comparisons: comps, Checks: checks, Version: version()}
}

// differs reports whether any OTHER departs from BASE: any record that is
// not an identical sentence in its place. The findings of the checks need
// no test of their own: a changed quotation, word or fact changes its
// sentence, which is then edited, paraphrased or added. A comparison that
// compared nothing (with --ignore-boilerplate, two articles of boilerplate
// only) cannot say that OTHER carries BASE, so it counts as a difference.
func differs(rep *render.Report) bool {
	for _, c := range rep.Comparisons {
		s := c.Summary
		if s.Edited+s.Paraphrased+s.Added+s.Dropped+s.Moved > 0 || len(c.Sentences) == 0 {
			return true
		}
	}
	return false
}
