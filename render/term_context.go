package render

import (
	"fmt"
	"strings"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/check"
)

// A step is what the terminal shows at one place of a reading order: a
// unit, or a run of unchanged units folded into one line.
type step struct {
	unit   unit
	folded *folded // when not nil, the step is a folded run, not unit
}

// folded counts what a folded run holds.
type folded struct {
	identical int  // sentences of the side followed in identical records
	skipped   int  // sentences left out of the comparison
	opens     bool // the run starts a paragraph
}

// text says what the run holds: "… 12 identical sentences …".
func (f *folded) text() string {
	var parts []string
	if f.identical > 0 {
		parts = append(parts, plural(f.identical, "identical sentence"))
	}
	if f.skipped > 0 {
		parts = append(parts, plural(f.skipped, "sentence")+" left out")
	}
	return "… " + strings.Join(parts, ", ") + " …"
}

// unchanged reports whether u shows nothing changed: an identical record
// in its place, or a sentence left out of the comparison.
func unchanged(c *align.Comparison, u *unit) bool {
	switch u.kind {
	case unitLoose:
		return true
	case unitRecord:
		l := &c.Sentences[u.rec]
		return l.Kind == align.Identical && !l.Moved
	}
	return false
}

// fold lays units out for the terminal with at most context unchanged
// units before and after each changed one, as diff -u does; every longer
// run of unchanged units becomes one folded step (a run of one stays as
// it is: its line says as much as a fold). The paragraph marks stay
// coherent: a unit shown after a fold, in a paragraph whose mark was
// folded away, gets that mark again, so every sentence shown is under the
// mark of its own paragraph.
//
// Cost: linear in the units.
func fold(c *align.Comparison, primary side, units []unit, context int) []step {
	context = max(context, 0)
	keep := make([]bool, len(units))
	for i := range units {
		if unchanged(c, &units[i]) {
			continue
		}
		for j := max(i-context, 0); j <= min(i+context, len(units)-1); j++ {
			keep[j] = true
		}
	}
	var out []step
	var lastMark *paraMark // the latest mark of a folded run
	for i := 0; i < len(units); {
		if keep[i] {
			u := units[i]
			if u.mark == nil && lastMark != nil {
				u.mark = lastMark
			}
			lastMark = nil
			out = append(out, step{unit: u})
			i++
			continue
		}
		j := i
		for j < len(units) && !keep[j] {
			j++
		}
		if j-i == 1 {
			keep[i] = true
			continue
		}
		f := &folded{opens: units[i].mark != nil}
		for _, u := range units[i:j] {
			if u.mark != nil {
				lastMark = u.mark
			}
			if u.kind == unitLoose {
				f.skipped++
			} else {
				f.identical += len(primary.sents(&c.Sentences[u.rec]))
			}
		}
		out = append(out, step{folded: f})
		i = j
	}
	return out
}

// steps returns the units of a comparison as the options show them:
// folded (Elide) or all of them.
func (t *termWriter) steps(c *align.Comparison, primary side, units []unit) []step {
	if t.opts.Elide {
		return fold(c, primary, units, t.opts.Context)
	}
	out := make([]step, len(units))
	for i, u := range units {
		out[i] = step{unit: u}
	}
	return out
}

// unchangedComparison reports whether c has nothing to show but identical
// sentences: no record changed or moved, no finding of its checks f.
func unchangedComparison(c *align.Comparison, f *check.Report) bool {
	s := c.Summary
	if s.Edited+s.Paraphrased+s.Added+s.Dropped+s.Moved > 0 || len(c.Sentences) == 0 {
		return false
	}
	return f == nil || len(f.Quotes)+len(f.Typos)+len(f.Facts) == 0
}

// same writes the one line of a comparison with nothing changed, with
// the number of sentences left out of it (boilerplate) when there are.
func (t *termWriter) same(c *align.Comparison) {
	left := len(c.Base.Sentences) + len(c.Other.Sentences)
	for i := range c.Sentences {
		left -= len(c.Sentences[i].Base) + len(c.Sentences[i].Other)
	}
	what := plural(c.Summary.Identical, "identical sentence")
	if left > 0 {
		what += fmt.Sprintf(", %d left out", left)
	}
	t.row("same", sgrDim, []span{
		{c.Other.Name, sgrBold},
		{fmt.Sprintf(" carries the base unchanged (%s): %s", c.Base.Name, what), ""},
	})
}
