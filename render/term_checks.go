package render

// The findings of the editorial checks (package check) in the terminal:
// changed quotations, typos and changed facts, written by Term after the
// header of each comparison.

import (
	"strings"
	"unicode"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/check"
)

// SGR parameters of the check labels.
const (
	sgrAlarm   = "1;31" // a finding that needs an editor's eye
	sgrVariant = "2"    // a spelling variant: noted, not an error
)

// oneLine returns article text s on one line: every run of space
// (paragraph breaks included) made one space.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// checks writes the findings of r, the checks of comparison c, for a
// terminal, one per line with a label in the margin:
//
//	checks 2 quotations changed, 1 likely typo, 1 changed fact
//	!quote altered, Giuseppe Conte, other ¶7: “set [--our-]{+our+} own limits”
//	!quote spliced, Conte, other ¶8: “After … We cannot allow this,” was “After …, we now learn …”
//	!typo  [-Italy-] → Italer, other ¶22
//	!spell unneccesary is not in the word list, other ¶20
//	!fact  number two → three, other ¶2
//	~spell organizations → organisations, a spelling variant, other ¶3
//
// so `grep '^!'` lists what needs an editor's eye; an uncertain finding,
// shown with --all-findings only, is marked "?" and says its confidence
// ("?fact  date today → Monday, other ¶4 (uncertain, confidence 0.25)").
// An altered quotation
// shows its word diff; the others show both texts. With t.opts.Color the
// markers give way to colours; t.opts.Width wraps lines. Nothing is
// written when r has no findings. Term calls it after the header of each
// comparison.
//
// Cost: linear in the size of the findings.
func (t *termWriter) checks(c *align.Comparison, r *check.Report) {
	if r == nil || len(r.Quotes)+len(r.Typos)+len(r.Facts)+r.HeldBack == 0 {
		return
	}
	t.row("checks", sgrBold, []span{{checkCounts(r), sgrBold}})
	if r.HeldBack > 0 {
		t.row("~held", sgrVariant, []span{{heldBack(r.HeldBack), sgrVariant}})
	}
	where := func(s int) string {
		if p := otherPara(c, s); p != "" {
			return ", " + p
		}
		return ""
	}
	for _, q := range r.Quotes {
		head := q.Change.String()
		if who := quoteSpeakers(q); who != "" {
			head += ", " + who
		}
		sp := []span{{head + where(firstOf(q.OtherSentences)) + ": ", ""}}
		if q.Change == check.QuoteAltered && len(q.Diff) > 0 {
			sp = append(sp, span{"“", ""})
			sp = append(sp, t.chunkSpans(oneLineDiff(asWritten(q.Diff, c.Options.Strict, otherSide)), "", true, true)...)
			sp = append(sp, span{"”", ""})
		} else {
			sp = append(sp, span{"“" + oneLine(q.Other) + "”", ""})
			switch {
			case len(q.Pieces) > 0:
				// Each BASE quotation in full, and what was cut
				// between them.
				for k, p := range q.Pieces {
					sp = append(sp, span{[]string{" joins ", " and "}[min(k, 1)], sgrDim}, span{"“" + oneLine(p.Text) + "”", sgrDim})
					if p.Cut != "" && k+1 < len(q.Pieces) {
						sp = append(sp, span{" (cut between them: ", sgrDim}, span{oneLine(p.Cut), sgrDel}, span{")", sgrDim})
					}
				}
			case q.Base != q.Other:
				sp = append(sp, span{" was ", sgrDim}, span{"“" + oneLine(q.Base) + "”", sgrDim})
			}
		}
		if q.Reason != "" {
			sp = append(sp, span{" — " + q.Reason, sgrDim})
		}
		t.row(mark(q.Confidence)+"quote", sgrQuote, append(sp, unsure(q.Confidence)...))
	}
	var variants []check.Typo
	for _, ty := range r.Typos {
		switch ty.Kind {
		case check.TypoVariant:
			variants = append(variants, ty)
		case check.TypoMisspelling:
			t.row(mark(ty.Confidence)+"spell", sgrAlarm, append([]span{{ty.Other, sgrAlarm}, {" is not in the word list" + where(ty.Sentence), ""}},
				unsure(ty.Confidence)...))
		default:
			t.row(mark(ty.Confidence)+"typo", sgrAlarm, append(append(t.marked(ty.Base, "[-", "-]", sgrDel),
				span{" → ", ""}, span{ty.Other, sgrIns}, span{where(ty.Sentence), ""}), unsure(ty.Confidence)...))
		}
	}
	for _, f := range r.Facts {
		t.row(mark(f.Confidence)+"fact", sgrEdit, append([]span{{f.Kind.String() + " ", ""}, {oneLine(f.Base), sgrDel}, {" → ", ""},
			{oneLine(f.Other), sgrIns}, {where(f.OtherSentence), ""}}, unsure(f.Confidence)...))
	}
	for _, ty := range variants {
		t.row("~spell", sgrVariant, []span{{ty.Base + " → " + ty.Other + ", a spelling variant" + where(ty.Sentence), sgrVariant}})
	}
}

// mark is the margin mark of a finding: "!" for one that needs an
// editor's eye, "?" for an uncertain one (under check.MinConfidence,
// shown with --all-findings only), so that grep '^!' leaves those out.
func mark(conf float64) string {
	if uncertain(conf) != "" {
		return "?"
	}
	return "!"
}

// unsure is the note after an uncertain finding: its confidence, as the
// HTML report gives it; nil for a confident one.
func unsure(conf float64) []span {
	if u := uncertain(conf); u != "" {
		return []span{{" (" + u + ")", sgrDim}}
	}
	return nil
}

// oneLineDiff returns diff with every run of space in its chunks made one
// space, for a diff shown on one line.
func oneLineDiff(diff []align.Chunk) []align.Chunk {
	out := make([]align.Chunk, len(diff))
	for i, ch := range diff {
		text := strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return ' '
			}
			return r
		}, ch.Text)
		out[i] = align.Chunk{Op: ch.Op, Text: text}
	}
	return out
}
