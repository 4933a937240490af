package report

import (
	"runtime"
	"slices"
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

// Planned returns how many comparisons Run makes of n documents (and so
// counts in Done): one per OTHER, twice as many when AutoBase compares a
// runner-up too.
func (o Options) Planned(n int) int {
	if o.AutoBase && n >= 3 {
		return 2 * (n - 1)
	}
	return n - 1
}

// Run compares every OTHER (docs[1:]) with the BASE (docs[0], or the
// document chosen with opts.AutoBase, which is then moved to the front)
// and runs the editorial checks on each comparison, in parallel on up to
// GOMAXPROCS workers, each taking one OTHER through both steps. With more
// than one OTHER the report has the coverage table of them all.
//
// With opts.AutoBase, align.ChooseBase screens the documents by the words
// they share and names two candidates; each is then compared with all the
// others, and the one whose text the others carry more of (the mean of
// Figures.BaseCarried; a tie goes to ChooseBase's pick) becomes the BASE,
// so that the reason shown is the figure the report shows.
//
// Each comparison and its checks depend only on their own pair, so the
// result does not depend on which other OTHERs were given, nor on the
// order the workers finish in. docs must hold at least two documents.
//
// Cost: one Compare and one check.Run per OTHER, spread over the
// processors, the BASE analysed once for all of them (align.Prepare, when
// there are several OTHERs, and check.NewBase); with AutoBase,
// align.ChooseBase first and, with three documents or more, as many
// comparisons again for the runner-up.
func Run(docs []*article.Document, opts Options) *Report {
	if !opts.AutoBase {
		comps, checks := compareAll(docs, opts)
		return newReport(docs, comps, checks, opts, nil)
	}
	best, figures := align.ChooseBase(docs)
	next := -1
	for i := range docs {
		if i != best && (next < 0 || figures[i] > figures[next]) {
			next = i
		}
	}
	order := moveFirst(docs, best)
	comps, checks := compareAll(order, opts)
	carried := meanCarried(comps)
	if len(docs) < 3 {
		// Two documents: one comparison each way; the runner-up's
		// figure is the other direction.
		c := align.Compare(docs[next], docs[best], opts.Align)
		choice := &BaseChoice{Figures: moveFirst(figures, best), Carried: carried, Next: 1, NextCarried: FiguresOf(c).BaseCarried}
		if choice.NextCarried > carried {
			return swapped(docs, next, best, figures, opts)
		}
		return newReport(order, comps, checks, opts, choice)
	}
	alt := moveFirst(docs, next)
	altComps, altChecks := compareAll(alt, opts)
	altCarried := meanCarried(altComps)
	if altCarried > carried {
		choice := &BaseChoice{Figures: moveFirst(figures, next), Carried: altCarried, NextCarried: carried}
		choice.Next = slices.Index(alt, docs[best])
		return newReport(alt, altComps, altChecks, opts, choice)
	}
	choice := &BaseChoice{Figures: moveFirst(figures, best), Carried: carried, NextCarried: altCarried}
	choice.Next = slices.Index(order, docs[next])
	return newReport(order, comps, checks, opts, choice)
}

// swapped is Run's result for two documents when the runner-up, next,
// carries more of best than best of it.
func swapped(docs []*article.Document, next, best int, figures []float64, opts Options) *Report {
	order := moveFirst(docs, next)
	comps, checks := compareAll(order, opts)
	back := align.Compare(docs[best], docs[next], opts.Align)
	choice := &BaseChoice{Figures: moveFirst(figures, next), Carried: meanCarried(comps), Next: 1, NextCarried: FiguresOf(back).BaseCarried}
	return newReport(order, comps, checks, opts, choice)
}

// meanCarried is the mean of the comparisons' BaseCarried, 0 for none.
func meanCarried(comps []*align.Comparison) float64 {
	if len(comps) == 0 {
		return 0
	}
	sum := 0.0
	for _, c := range comps {
		sum += FiguresOf(c).BaseCarried
	}
	return sum / float64(len(comps))
}

func newReport(docs []*article.Document, comps []*align.Comparison, checks []*check.Report, opts Options, choice *BaseChoice) *Report {
	rep := &Report{Documents: docs, Comparisons: comps, Checks: checks, Version: opts.Version, BaseChoice: choice}
	if len(comps) > 1 {
		rep.Coverage = align.Coverage(comps)
	}
	return rep
}

// compareAll compares docs[1:] with docs[0] and checks each comparison,
// on up to GOMAXPROCS workers.
func compareAll(docs []*article.Document, opts Options) ([]*align.Comparison, []*check.Report) {
	comps := make([]*align.Comparison, len(docs)-1)
	checks := make([]*check.Report, len(comps))
	// The BASE is analysed once for the checks, shared by every OTHER.
	// With several OTHERs its alignment side is prepared once too; a
	// single OTHER takes align.Compare, which lets the BASE's index go
	// early (a lower peak). On large inputs the checks' analysis runs
	// beside the alignment (see concurrent).
	var base *check.Base
	var prepared *align.Base
	if concurrent(docs) {
		baseDone := make(chan struct{})
		var aside *check.Other
		go func() {
			defer close(baseDone)
			base = check.NewBase(docs[0])
			if len(comps) == 1 {
				// A single OTHER: the checks' analysis of it follows
				// the BASE's on this goroutine (see compare).
				aside = base.PrepareOther(docs[1])
			}
		}()
		if len(comps) > 1 {
			prepared = align.Prepare(docs[0], opts.Align)
			<-baseDone
		} else {
			c := align.Compare(docs[0], docs[1], opts.Align)
			<-baseDone
			comps[0], checks[0] = c, checked(c, base, aside, opts.AllFindings)
			if opts.Done != nil {
				opts.Done.Add(1)
			}
			return comps, checks
		}
	} else {
		base = check.NewBase(docs[0])
		if len(comps) > 1 {
			prepared = align.Prepare(docs[0], opts.Align)
		}
	}
	work := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(comps)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				comps[i], checks[i] = compare(prepared, base, docs[i+1], opts.Align, opts.AllFindings)
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
	return comps, checks
}

// Compare is the step Run takes for each OTHER: the comparison of other
// with base and its editorial checks, the confident ones (see
// check.Report.Confident). wirediff-archive calls it for each candidate
// pair; search ranks its candidates by the alignment alone and checks only
// the matches it shows.
func Compare(base, other *article.Document, opts align.Options) (*align.Comparison, *check.Report) {
	return compare(nil, check.NewBase(base), other, opts, false)
}

// asideMinBytes is the size of OTHER from which compare has the checks
// analyse it (check.Base.PrepareOther) on another goroutine while align
// compares: on a large OTHER each takes seconds and the two only read
// the documents; on a news article the goroutine would cost more than it
// saves, and an N-way run keeps the processors busy with other OTHERs.
const asideMinBytes = 256 << 10

// compare compares other with the BASE that base was prepared from (and
// prepared, when not nil, for the alignment) and checks the comparison.
// A large OTHER is analysed for the checks while it is compared (see
// asideMinBytes); the report is the same.
func compare(prepared *align.Base, base *check.Base, other *article.Document, opts align.Options, all bool) (*align.Comparison, *check.Report) {
	var aside *check.Other
	var wg sync.WaitGroup
	if len(other.Text) >= asideMinBytes {
		wg.Go(func() { aside = base.PrepareOther(other) })
	}
	var c *align.Comparison
	if prepared != nil {
		c = prepared.Compare(other)
	} else {
		c = align.Compare(base.Document(), other, opts)
	}
	wg.Wait()
	return c, checked(c, base, aside, all)
}

// checked runs the editorial checks on c, whose BASE base was prepared
// from and whose OTHER aside was, when not nil (see
// check.Base.PrepareOther), keeping only the confident findings unless
// all is set.
func checked(c *align.Comparison, base *check.Base, aside *check.Other, all bool) *check.Report {
	r := check.RunPrepared(c, base, aside)
	if !all {
		r = r.Confident()
	}
	return r
}

// concurrentMinBytes is the input size (all documents together) from
// which a run spreads the work of one comparison over the processors
// (see concurrent): none, as even a pair of news articles gains. A
// variable so that tests can take the sequential path too.
var concurrentMinBytes = 0

// concurrent reports whether the run of docs analyses the BASE for the
// checks beside its alignment, on another goroutine. The two read the
// documents only, so the result is the one of doing them in turn. On a
// 1 MB pair this takes the checks' analysis of the BASE (about an eighth
// of the run's processor time) off the critical path; on a pair of news
// articles, their first use of what they load on demand (patterns
// compiled, tables and memory touched for the first time) overlaps too,
// for about a tenth of the whole process's wall time. With a single
// processor there is nothing to gain.
func concurrent(docs []*article.Document) bool {
	if runtime.GOMAXPROCS(0) < 2 {
		return false
	}
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	return n >= concurrentMinBytes
}

// moveFirst returns s with s[i] moved to the front and the others in
// their order.
func moveFirst[T any](s []T, i int) []T {
	out := make([]T, 0, len(s))
	out = append(out, s[i])
	out = append(out, s[:i]...)
	return append(out, s[i+1:]...)
}
