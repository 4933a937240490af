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
//
// The package is laid out by format, so that following one format stays
// in its files and the shared ones:
//
//   - term.go draws a report for a terminal (Term), with term_checks.go,
//     term_coverage.go and term_search.go for the findings, the N-way
//     coverage table and a reuse search, term_context.go for folding
//     unchanged sentences, and wrap.go for styled lines, their wrapping
//     and their escape sequences;
//   - json.go (JSON), json_checks.go, json_coverage.go and json_search.go
//     (SearchJSON) build the JSON output;
//   - html.go (HTML), html_checks.go and html_coverage.go fill the
//     templates, styles and script of html/, which hold all of the page's
//     markup and CSS;
//   - render.go holds what every format shares (scores as percentages,
//     sentence text, excerpts, the wording of findings), order.go the
//     reading order of a comparison's records and its paragraph marks,
//     and chardiff.go the characters changed inside a near-identical
//     word (for the terminal and the page; JSON stays word-level).
package render

import (
	"fmt"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mattn/go-runewidth"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
	"github.com/wirediff/wirediff/report"
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

// plural returns "1 sentence" or "n sentences".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
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

// sentText returns the text of sentence i of d.
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

// firstOf returns the lowest of idx, or -1 when idx is empty.
func firstOf(idx []int) int {
	if len(idx) == 0 {
		return -1
	}
	return lowest(idx)
}

// widths measures terminal columns. It is fixed here rather than taken from
// the locale (runewidth.DefaultCondition reads the environment) so that the
// output does not depend on where it is made: East Asian ambiguous
// characters count as narrow, as in most terminals outside CJK locales.
var widths = &runewidth.Condition{EastAsianWidth: false, StrictEmojiNeutral: true}

// textWidth returns the number of terminal columns s takes, as
// widths.StringWidth does. Text made only of characters below U+0300
// (Latin scripts) and of the one-column characters in oneColumn (Greek,
// Cyrillic, Vietnamese letters, typographic punctuation, currency signs,
// letterlike symbols such as ™, arrows, mathematical operators, box
// drawing) is measured here, one character at a time: none of those joins
// another into a grapheme cluster (a carriage return does, and is left to
// runewidth), and runewidth's own table for the first ones is ready at
// start-up, whereas the first character it is asked about above U+0300
// makes it build its table for all of Unicode (2.2 MB, about a fifth of
// the page faults of a seed pair, 10 ms on a machine that pays 20 µs a
// fault). Any other text goes to runewidth. Cost: one pass over s.
func textWidth(s string) int {
	w := 0
	for _, r := range s {
		switch {
		case r < 0x300 && r != '\r':
			w += widths.RuneWidth(r)
		case oneColumn(r):
			w++
		default:
			return widths.StringWidth(s)
		}
	}
	return w
}

// oneColumnRanges are the blocks (or the parts of blocks) above U+0300
// whose every character runewidth measures as one column and which never
// join a neighbour into a grapheme cluster: TestTextWidthFastPath checks
// each of them, alone and beside letters, marks, joiners and emoji. Left
// out on purpose: the Cyrillic combining marks (U+0483–U+0489), the line
// and paragraph separators and the bidirectional controls (U+2028–U+202E),
// the wide watch and hourglass signs of U+2300–U+23FF and the wide squares
// at U+25FD–U+25FE.
var oneColumnRanges = [...]struct{ lo, hi rune }{
	{0x0370, 0x0482}, // Greek and Coptic, Cyrillic letters
	{0x048a, 0x052f}, // Cyrillic letters, Cyrillic Supplement
	{0x1e00, 0x1fff}, // Latin Extended Additional (Vietnamese), Greek Extended
	{0x2010, 0x2027}, // dashes, quotation marks, bullets, ellipsis
	{0x2030, 0x205e}, // per mille, primes, other punctuation
	{0x20a0, 0x20c0}, // currency signs
	{0x2100, 0x218b}, // letterlike symbols (™, ℃, №), number forms (⅓, Ⅻ)
	{0x2190, 0x22ff}, // arrows, mathematical operators (− U+2212)
	{0x2460, 0x24ff}, // enclosed alphanumerics
	{0x2500, 0x25fc}, // box drawing, block elements, geometric shapes
}

// oneColumn reports whether r is in oneColumnRanges. Cost: at most ten
// comparisons of a pair.
func oneColumn(r rune) bool {
	if r < oneColumnRanges[0].lo || r > oneColumnRanges[len(oneColumnRanges)-1].hi {
		return false
	}
	for _, g := range oneColumnRanges {
		if r <= g.hi {
			return r >= g.lo
		}
	}
	return false
}

// isBreak reports whether r is a space a line may break at. No-break spaces
// are not.
func isBreak(r rune) bool {
	return unicode.IsSpace(r) && r != '\u00a0' && r != '\u2007' && r != '\u202f'
}

// clean replaces the characters of s that a terminal would act on (C0 and
// C1 controls, DEL; invalid UTF-8) with U+FFFD, so that an article cannot
// move the cursor, change colours or set the window title. Breaking spaces
// are left for the wrapper, which turns every run of them into one space.
func clean(s string) string {
	ok := true
	for i, r := range s {
		if (unicode.IsControl(r) && !isBreak(r)) || (r == utf8.RuneError && !validAt(s, i)) {
			ok = false
			break
		}
	}
	if ok {
		return s
	}
	var b strings.Builder
	for i, r := range s {
		if (unicode.IsControl(r) && !isBreak(r)) || (r == utf8.RuneError && !validAt(s, i)) {
			r = utf8.RuneError
		}
		b.WriteRune(r)
	}
	return b.String()
}

// validAt reports whether the rune at byte i of s is a real U+FFFD rather
// than an invalid byte.
func validAt(s string, i int) bool {
	_, size := utf8.DecodeRuneInString(s[i:])
	return size == 3
}

// excerpt returns the start of s on one line, cut at a word boundary to
// at most width columns with an ellipsis when cut.
func excerpt(s string, width int) string {
	s = strings.Join(strings.FieldsFunc(clean(s), isBreak), " ")
	if textWidth(s) <= width {
		return s
	}
	var b strings.Builder
	w := 0
	lastSpace := -1
	for _, r := range s {
		rw := textWidth(string(r))
		if w+rw > width-1 {
			break
		}
		if r == ' ' {
			lastSpace = b.Len()
		}
		b.WriteRune(r)
		w += rw
	}
	out := b.String()
	if lastSpace > width/2 {
		out = out[:lastSpace]
	}
	return strings.TrimRight(out, " ") + "…"
}

// checkCounts sums up a report in words: "2 quotations changed, 1 likely
// typo, 1 changed fact"; "" when there is nothing to report. Spelling
// variants are counted apart, being no error.
func checkCounts(r *check.Report) string {
	typos, variants, misspelt := 0, 0, 0
	for _, t := range r.Typos {
		switch t.Kind {
		case check.TypoVariant:
			variants++
		case check.TypoMisspelling:
			misspelt++
		default:
			typos++
		}
	}
	var parts []string
	if n := len(r.Quotes); n > 0 {
		parts = append(parts, fmt.Sprintf("%s changed", plural(n, "quotation")))
	}
	if typos > 0 {
		parts = append(parts, plural(typos, "likely typo"))
	}
	if misspelt > 0 {
		parts = append(parts, plural(misspelt, "unknown word"))
	}
	if n := len(r.Facts); n > 0 {
		parts = append(parts, plural(n, "changed fact"))
	}
	if len(parts) == 0 && r.HeldBack > 0 {
		parts = append(parts, "nothing certain")
	}
	if variants > 0 {
		parts = append(parts, plural(variants, "spelling variant"))
	}
	return strings.Join(parts, ", ")
}

// heldBack says how many uncertain findings were left out.
func heldBack(n int) string {
	return plural(n, "uncertain finding") + " held back (--all-findings shows them)"
}

// otherPara returns "other ¶N" for OTHER sentence s of c, or "" when s is
// out of range.
func otherPara(c *align.Comparison, s int) string {
	if c == nil || c.Other == nil || s < 0 || s >= len(c.Other.Sentences) {
		return ""
	}
	return fmt.Sprintf("other ¶%d", c.Other.Sentences[s].Paragraph+1)
}

// quoteSpeakers says who speaks in a changed quotation: "Giuseppe Conte",
// or "Calenda (base: Sala)" when the OTHER names another speaker. When
// the two name one speaker (q.SameSpeaker), the fuller name is given.
func quoteSpeakers(q check.QuoteChange) string {
	b, o := q.Speaker, q.OtherSpeaker
	if q.SameSpeaker {
		if len(o) > len(b) {
			return o
		}
		return b
	}
	return o + " (base: " + b + ")"
}

// coverSymbols are the symbols of the coverage table, by label, in the
// terminal and in the HTML report.
var coverSymbols = [...]string{align.Identical: "=", align.Edited: "~", align.Paraphrased: "≈", align.Dropped: "·"}

// coverLabels name the labels of cells as the legend and screen readers
// say them.
var coverLabels = [...]string{align.Identical: "identical", align.Edited: "edited", align.Paraphrased: "paraphrased", align.Dropped: "absent"}

// baseReason says which document was chosen as BASE and why, in the
// figure the report shows: how much of it the others carry on average
// (base carried), and the same for the runner-up.
func baseReason(docs []*article.Document, c *report.BaseChoice) string {
	if c == nil || len(docs) == 0 {
		return ""
	}
	s := fmt.Sprintf("base: %s, chosen as the source: the others carry on average %d%% of it (base carried)", clean(docs[0].Name), percent(c.Carried))
	if c.Next > 0 && c.Next < len(docs) {
		s += fmt.Sprintf("; next: %s, %d%%", clean(docs[c.Next].Name), percent(c.NextCarried))
	}
	return s
}
