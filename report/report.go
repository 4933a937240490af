// Package report is wirediff's pipeline: it compares a BASE with each
// OTHER (package align), runs the editorial checks on each comparison
// (package check), and holds the result of the run, a Report, with the
// judgements made on it: the one-line verdict of a comparison, how many
// findings need an editor's attention, and whether the OTHERs differ
// from the BASE (the exit status of the command).
//
// The command, search (package corpus) and any other front end build
// their Reports here, so every rule about what a run found has one owner;
// the renderers (package render) only draw a Report.
package report

import (
	"errors"
	"fmt"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
)

// A Report is the result of a run: the documents in the order given
// (Documents[0] is the BASE) and one comparison per OTHER, each of whose
// Base and Other point into Documents. Version is the program's version,
// printed in the output; it is passed in rather than read so that output
// stays reproducible.
type Report struct {
	Documents   []*article.Document
	Comparisons []*align.Comparison
	Version     string
	// Coverage, when not nil, is the overview of the comparisons (which
	// must share one BASE), drawn first.
	Coverage *align.CoverageTable
	// BaseChoice, when not nil, says that the BASE was chosen automatically.
	BaseChoice *BaseChoice
	// Checks holds the editorial checks (check.Run) of each comparison,
	// in the order of Comparisons: altered quotations, typos and changed
	// facts. A nil entry, or none at all because Checks is shorter, means
	// the comparison was not checked: its findings are left out (in JSON
	// too, where a checked comparison always has its three lists, empty
	// or not).
	Checks []*check.Report
}

// A BaseChoice records that the BASE of a report was chosen
// automatically rather than given. Indexes are those of the report's
// Documents (the BASE is Documents[0]).
type BaseChoice struct {
	// Figures[i] is align.ChooseBase's screening figure of Documents[i]:
	// the share of its words that the others also have, in runs of three
	// (JSON "shared"). It picks the two candidates; it is not one of the
	// figures a report shows.
	Figures []float64
	// Carried is the BASE's figure: the mean, over the OTHERs, of the
	// share of the BASE's body text each carries (Figures.BaseCarried).
	Carried float64
	// Next is the runner-up (-1 when there is none) and NextCarried the
	// same mean with it as BASE.
	Next        int
	NextCarried float64
}

// ChecksOf returns the checks of comparison i, or nil when it has none.
func (r *Report) ChecksOf(i int) *check.Report {
	if i < 0 || i >= len(r.Checks) {
		return nil
	}
	return r.Checks[i]
}

// DocIndex returns the index of d in r.Documents, or -1.
func (r *Report) DocIndex(d *article.Document) int {
	for i, x := range r.Documents {
		if x == d {
			return i
		}
	}
	return -1
}

// ComparisonIndex returns the index of the comparison of other with base
// in r.Comparisons, or -1.
func (r *Report) ComparisonIndex(base, other *article.Document) int {
	for i, c := range r.Comparisons {
		if c.Base == base && c.Other == other {
			return i
		}
	}
	return -1
}

// Validate reports the first inconsistency of r: a document that breaks
// its layout (article.Document.Validate), a comparison that refers to
// what is not there (align.Comparison.CheckRefs) or whose documents are
// not in the report, or findings that point outside their comparison
// (check.Report.Validate). The renderers call it first, so that a broken
// report gives an error instead of a panic or a silently wrong page.
//
// Cost: linear in the size of the documents, comparisons and findings.
func (r *Report) Validate() error {
	if r == nil {
		return errors.New("nil report")
	}
	for i, d := range r.Documents {
		if d == nil {
			return fmt.Errorf("document %d is nil", i)
		}
		if err := d.Validate(); err != nil {
			return fmt.Errorf("document %d (%s): %w", i, d.Name, err)
		}
	}
	for ci, c := range r.Comparisons {
		if c == nil {
			return fmt.Errorf("comparison %d is nil", ci)
		}
		if r.DocIndex(c.Base) < 0 || r.DocIndex(c.Other) < 0 {
			return fmt.Errorf("comparison %d: its documents are not in the report", ci)
		}
		if err := c.CheckRefs(); err != nil {
			return fmt.Errorf("comparison %d (%s with %s): %w", ci, c.Base.Name, c.Other.Name, err)
		}
		if err := r.ChecksOf(ci).Validate(c); err != nil {
			return fmt.Errorf("checks of comparison %d (%s with %s): %w", ci, c.Base.Name, c.Other.Name, err)
		}
	}
	if len(r.Checks) > len(r.Comparisons) {
		return fmt.Errorf("%d check reports for %d comparisons", len(r.Checks), len(r.Comparisons))
	}
	return nil
}
