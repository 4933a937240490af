// Package render turns the result of a comparison into something to read:
// terminal text (Term), a self-contained HTML page (HTML) or JSON for
// scripts (JSON).
//
// All three take a Report: the documents in command-line order (the first is
// the BASE), one align.Comparison per OTHER and, when they were run, the
// editorial checks of each comparison (package check), which every format
// shows before the sentence records. Rendering holds no alignment
// logic; what it derives from the records (the reading order, where a moved
// sentence went, a one-line verdict) is computed here from the records
// alone, in time linear in the size of the documents; which records hold a
// changed quotation is read from the checks (package check).
//
// Output is deterministic: the same Report gives byte-identical output (no
// clock, no map order, no environment). Article text is never trusted: the
// terminal renderer replaces control characters so an article cannot send
// escape sequences to the terminal, and the HTML renderer escapes every piece
// of article text through html/template.
package render

import (
	"fmt"
	"math"
	"strings"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
)

// A Report is what the renderers draw: the documents in the order given on
// the command line (Documents[0] is the BASE) and one comparison per OTHER,
// each of whose Base and Other point into Documents. Version is the
// program's version, printed in the output; it is passed in rather than
// read so that output stays reproducible.
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
	// facts, drawn before the sentence records. A nil entry, or none at
	// all because Checks is shorter, means the comparison was not checked:
	// its findings are left out (in JSON too, where a checked comparison
	// always has its three lists, empty or not).
	Checks []*check.Report
}

// checksOf returns the checks of comparison i, or nil when it has none.
func (r *Report) checksOf(i int) *check.Report {
	if i < 0 || i >= len(r.Checks) {
		return nil
	}
	return r.Checks[i]
}

// check reports the first inconsistency between the comparisons and the
// documents: a document missing from Documents or a sentence, paragraph or
// diff index out of range. The renderers call it first so that a broken
// comparison gives an error instead of a panic or a silently wrong page.
func (r *Report) check() error {
	if r == nil {
		return fmt.Errorf("render: nil report")
	}
	for i, d := range r.Documents {
		if d == nil {
			return fmt.Errorf("render: document %d is nil", i)
		}
		if err := checkDocument(d); err != nil {
			return fmt.Errorf("render: document %d (%s): %w", i, d.Name, err)
		}
	}
	for ci, c := range r.Comparisons {
		if c == nil {
			return fmt.Errorf("render: comparison %d is nil", ci)
		}
		if r.docIndex(c.Base) < 0 || r.docIndex(c.Other) < 0 {
			return fmt.Errorf("render: comparison %d: its documents are not in the report", ci)
		}
		if err := checkComparison(c); err != nil {
			return fmt.Errorf("render: comparison %d (%s with %s): %w", ci, c.Base.Name, c.Other.Name, err)
		}
		if err := checkFindings(c, r.checksOf(ci)); err != nil {
			return fmt.Errorf("render: checks of comparison %d (%s with %s): %w", ci, c.Base.Name, c.Other.Name, err)
		}
	}
	if len(r.Checks) > len(r.Comparisons) {
		return fmt.Errorf("render: %d check reports for %d comparisons", len(r.Checks), len(r.Comparisons))
	}
	return nil
}

func checkDocument(d *article.Document) error {
	for i, p := range d.Paragraphs {
		if p.Start < 0 || p.End < p.Start || p.End > len(d.Text) {
			return fmt.Errorf("paragraph %d: offsets %d..%d outside the text (%d bytes)", i, p.Start, p.End, len(d.Text))
		}
	}
	for i, s := range d.Sentences {
		if s.Start < 0 || s.End < s.Start || s.End > len(d.Text) {
			return fmt.Errorf("sentence %d: offsets %d..%d outside the text (%d bytes)", i, s.Start, s.End, len(d.Text))
		}
		if s.Paragraph < 0 || s.Paragraph >= len(d.Paragraphs) {
			return fmt.Errorf("sentence %d: paragraph %d out of range (%d paragraphs)", i, s.Paragraph, len(d.Paragraphs))
		}
	}
	return nil
}

func checkComparison(c *align.Comparison) error {
	nb, no := len(c.Base.Sentences), len(c.Other.Sentences)
	for i, l := range c.Sentences {
		if len(l.Base) == 0 && len(l.Other) == 0 {
			return fmt.Errorf("sentence record %d is empty", i)
		}
		if l.Kind < align.Identical || l.Kind > align.Dropped {
			return fmt.Errorf("sentence record %d: unknown kind %d", i, int(l.Kind))
		}
		for _, s := range l.Base {
			if s < 0 || s >= nb {
				return fmt.Errorf("sentence record %d: base sentence %d out of range (%d sentences)", i, s, nb)
			}
		}
		for _, s := range l.Other {
			if s < 0 || s >= no {
				return fmt.Errorf("sentence record %d: other sentence %d out of range (%d sentences)", i, s, no)
			}
		}
		for j, ch := range l.Diff {
			if ch.Op < align.Equal || ch.Op > align.Insert {
				return fmt.Errorf("sentence record %d: diff chunk %d has unknown op %d", i, j, int(ch.Op))
			}
		}
	}
	pb, po := len(c.Base.Paragraphs), len(c.Other.Paragraphs)
	for i, l := range c.Paragraphs {
		for _, p := range l.Base {
			if p < 0 || p >= pb {
				return fmt.Errorf("paragraph record %d: base paragraph %d out of range (%d paragraphs)", i, p, pb)
			}
		}
		for _, p := range l.Other {
			if p < 0 || p >= po {
				return fmt.Errorf("paragraph record %d: other paragraph %d out of range (%d paragraphs)", i, p, po)
			}
		}
	}
	return nil
}

// checkFindings reports the first index in the findings f of comparison c
// that points outside its documents or records; a nil f has none.
func checkFindings(c *align.Comparison, f *check.Report) error {
	if f == nil {
		return nil
	}
	nb, no := len(c.Base.Sentences), len(c.Other.Sentences)
	inRange := func(what string, i, n int) error {
		if i < 0 || i >= n {
			return fmt.Errorf("%s sentence %d out of range (%d sentences)", what, i, n)
		}
		return nil
	}
	for i, q := range f.Quotes {
		for _, s := range q.BaseSentences {
			if err := inRange("base", s, nb); err != nil {
				return fmt.Errorf("quotation %d: %w", i, err)
			}
		}
		for _, s := range q.OtherSentences {
			if err := inRange("other", s, no); err != nil {
				return fmt.Errorf("quotation %d: %w", i, err)
			}
		}
		for j, ch := range q.Diff {
			if ch.Op < align.Equal || ch.Op > align.Insert {
				return fmt.Errorf("quotation %d: diff chunk %d has unknown op %d", i, j, int(ch.Op))
			}
		}
		for _, ri := range q.Records {
			if ri < 0 || ri >= len(c.Sentences) {
				return fmt.Errorf("quotation %d: record %d out of range (%d records)", i, ri, len(c.Sentences))
			}
		}
	}
	for i, t := range f.Typos {
		if err := inRange("other", t.Sentence, no); err != nil {
			return fmt.Errorf("typo %d: %w", i, err)
		}
		if t.BaseSentence != -1 {
			if err := inRange("base", t.BaseSentence, nb); err != nil {
				return fmt.Errorf("typo %d: %w", i, err)
			}
		}
		if t.Start < 0 || t.End < t.Start || t.End > len(c.Other.Text) {
			return fmt.Errorf("typo %d: offsets %d..%d outside the text (%d bytes)", i, t.Start, t.End, len(c.Other.Text))
		}
	}
	for i, ft := range f.Facts {
		if err := inRange("base", ft.BaseSentence, nb); err != nil {
			return fmt.Errorf("fact %d: %w", i, err)
		}
		if err := inRange("other", ft.OtherSentence, no); err != nil {
			return fmt.Errorf("fact %d: %w", i, err)
		}
	}
	return nil
}

// docIndex returns the index of d in r.Documents, or -1.
func (r *Report) docIndex(d *article.Document) int {
	for i, x := range r.Documents {
		if x == d {
			return i
		}
	}
	return -1
}

// round3 rounds a score to three decimals, the precision of every score in
// the output; NaN and infinities, which no valid score is, become 0.
func round3(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0
	}
	return math.Round(x*1000) / 1000
}

// percent formats a share in [0,1] as a whole percentage, never showing 0%
// or 100% for a share that is not exactly that.
func percent(x float64) int {
	x = round3(x)
	p := int(math.Round(x * 100))
	switch {
	case p == 0 && x > 0:
		return 1
	case p == 100 && x < 1:
		return 99
	case p < 0:
		return 0
	case p > 100:
		return 100
	}
	return p
}

// sentenceText returns the text of sentences idx of d joined by single
// spaces.
func sentenceText(d *article.Document, idx []int) string {
	var b strings.Builder
	for i, s := range idx {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(sentText(d, s))
	}
	return b.String()
}

func sentText(d *article.Document, i int) string {
	s := d.Sentences[i]
	if s.Text != "" {
		return s.Text
	}
	return d.Text[s.Start:s.End]
}

// role returns the role of paragraph p of d.
func role(d *article.Document, p int) article.Role {
	if p < 0 || p >= len(d.Paragraphs) {
		return article.Body
	}
	return d.Paragraphs[p].Role
}

// firstPara returns the paragraph of the earliest of sentences idx of d, or
// -1 when idx is empty.
func firstPara(d *article.Document, idx []int) int {
	if len(idx) == 0 {
		return -1
	}
	return d.Sentences[lowest(idx)].Paragraph
}

// lowest returns the smallest of idx, which must not be empty.
func lowest(idx []int) int {
	m := idx[0]
	for _, i := range idx[1:] {
		m = min(m, i)
	}
	return m
}
