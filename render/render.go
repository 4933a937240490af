// Package render turns the result of a comparison into something to read:
// terminal text (Term), a self-contained HTML page (HTML) or JSON for
// scripts (JSON).
//
// All three take a report.Report, the result of a run: the documents in
// command-line order (the first is the BASE), one align.Comparison per
// OTHER and, when they were run, the editorial checks of each comparison
// (package check), which every format shows before the sentence records.
// The judgements on a run (the verdict of a comparison, which findings
// need attention) are package report's; render only draws them. Rendering holds no alignment
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

	"github.com/wirediff/wirediff/article"
)

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

// plural returns "1 sentence" or "n sentences".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
