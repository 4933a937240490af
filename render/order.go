package render

// What every format derives from the records of a comparison alone: the
// sides of a comparison, the reading order that lays the records out as
// one side published them, and which records hold a changed quotation.

import (
	"slices"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
)

// side names one of the two documents of a comparison.
type side int

const (
	baseSide side = iota
	otherSide
)

func (s side) flip() side { return 1 - s }

// doc returns the document on side s of c.
func (s side) doc(c *align.Comparison) *article.Document {
	if s == baseSide {
		return c.Base
	}
	return c.Other
}

// sents returns the sentences of l on side s.
func (s side) sents(l *align.SentenceLink) []int {
	if s == baseSide {
		return l.Base
	}
	return l.Other
}

// sideName returns the name of side s as the output says it: "base" or
// "other".
func sideName(s side) string {
	if s == baseSide {
		return "base"
	}
	return "other"
}

// unitKind says what one line (group of lines) of a reading order shows.
type unitKind int

const (
	unitRecord unitKind = iota // a sentence record, at its place in the order followed
	unitGhost                  // the far end of a moved record, at its place in the order not followed
	unitLoose                  // a sentence that is in no record (left out of the comparison)
)

// A unit is one step of a reading order.
type unit struct {
	kind unitKind
	rec  int  // record index into Comparison.Sentences (unitRecord, unitGhost)
	side side // unitLoose: the sentence's document; unitGhost: the far side
	sent int  // unitLoose: sentence index
	// mark, when not nil, is the paragraph this unit opens.
	mark *paraMark
}

// A paraMark announces a paragraph of one side.
type paraMark struct {
	side side
	para int
	role article.Role
}

// readingOrder lays out the records of c in the sentence order of the
// primary side, so the article reads as published there.
//
// Every primary sentence appears once, in order: inside the first record
// that holds it (at the position of its earliest sentence) or on its own as
// a loose unit. Units without primary sentences (records only on the
// secondary side, loose secondary sentences, and the secondary place of
// moved records) are inserted after the last unmoved record that precedes
// them in secondary order, so an added sentence sits where it was added.
// Paragraph marks are set on the units that open a paragraph; a secondary
// unit inside a secondary paragraph that continues the one before opens
// nothing, so a sentence added inside a paragraph reads inline.
//
// With ghosts false, moved records appear only at their primary place.
//
// Cost: O(records + sentences) time and memory.
func readingOrder(c *align.Comparison, primary side, ghosts bool) []unit {
	sec := primary.flip()
	pdoc, sdoc := primary.doc(c), sec.doc(c)

	// owner[s] is the first record holding sentence s of that side, or -1.
	owner := func(sd side, n int) []int {
		o := make([]int, n)
		for i := range o {
			o[i] = -1
		}
		for ri := range c.Sentences {
			for _, s := range sd.sents(&c.Sentences[ri]) {
				if o[s] < 0 {
					o[s] = ri
				}
			}
		}
		return o
	}
	pOwner := owner(primary, len(pdoc.Sentences))
	sOwner := owner(sec, len(sdoc.Sentences))

	// The skeleton follows the primary side.
	var skel []unit
	pos := make([]int, len(c.Sentences)) // record -> index in skel, or -1
	for i := range pos {
		pos[i] = -1
	}
	for s, ri := range pOwner {
		switch {
		case ri < 0:
			skel = append(skel, unit{kind: unitLoose, side: primary, sent: s})
		case pos[ri] < 0:
			pos[ri] = len(skel)
			skel = append(skel, unit{kind: unitRecord, rec: ri})
		}
	}

	// after[k+1] holds the units inserted after skel[k]; after[0] those
	// before everything.
	after := make([][]unit, len(skel)+1)
	anchor := -1
	done := make([]bool, len(c.Sentences))
	for s, ri := range sOwner {
		if ri < 0 {
			after[anchor+1] = append(after[anchor+1], unit{kind: unitLoose, side: sec, sent: s})
			continue
		}
		if done[ri] {
			continue
		}
		done[ri] = true
		l := &c.Sentences[ri]
		k := pos[ri]
		switch {
		case k < 0:
			// Only on the secondary side (or its primary sentences all
			// belong to earlier records): show it where that side has it.
			after[anchor+1] = append(after[anchor+1], unit{kind: unitRecord, rec: ri})
		case l.Moved:
			if ghosts {
				after[anchor+1] = append(after[anchor+1], unit{kind: unitGhost, rec: ri, side: sec})
			}
		default:
			anchor = k
		}
	}
	// Records whose sentences all belong to earlier records on both sides
	// (a malformed comparison) still get shown, at the end.
	var rest []unit
	for ri := range c.Sentences {
		if pos[ri] < 0 && !done[ri] {
			rest = append(rest, unit{kind: unitRecord, rec: ri})
		}
	}

	units := make([]unit, 0, len(skel)+len(c.Sentences))
	units = append(units, after[0]...)
	for k, u := range skel {
		units = append(units, u)
		units = append(units, after[k+1]...)
	}
	units = append(units, rest...)
	markParagraphs(c, primary, units)
	return units
}

// markParagraphs sets the paragraph marks of units, laid out in primary
// order (see readingOrder).
func markParagraphs(c *align.Comparison, primary side, units []unit) {
	sec := primary.flip()
	var cur *paraMark
	lastSec := -1 // secondary paragraph of the latest unit placed by the secondary side
	for i := range units {
		u := &units[i]
		var want paraMark
		switch {
		case u.kind == unitLoose:
			d := u.side.doc(c)
			want = paraMark{side: u.side, para: d.Sentences[u.sent].Paragraph}
			if u.side == sec {
				if want.para == lastSec {
					continue
				}
				lastSec = want.para
			}
		case u.kind == unitGhost:
			p := firstPara(sec.doc(c), sec.sents(&c.Sentences[u.rec]))
			want = paraMark{side: sec, para: p}
			if p == lastSec {
				continue
			}
			lastSec = p
		default:
			l := &c.Sentences[u.rec]
			if ps := primary.sents(l); len(ps) > 0 {
				want = paraMark{side: primary, para: firstPara(primary.doc(c), ps)}
				if !l.Moved && len(sec.sents(l)) > 0 {
					lastSec = firstPara(sec.doc(c), sec.sents(l))
				}
			} else {
				p := firstPara(sec.doc(c), sec.sents(l))
				want = paraMark{side: sec, para: p}
				if p == lastSec {
					continue
				}
				lastSec = p
			}
		}
		if cur != nil && cur.side == want.side && cur.para == want.para {
			continue
		}
		want.role = role(want.side.doc(c), want.para)
		m := want
		u.mark = &m
		cur = &m
	}
}

// quoteRecords reports, for each record of c, whether it holds a
// quotation that r found changed (see check.QuoteChange.Records); none
// when r is nil (c was not checked).
func quoteRecords(c *align.Comparison, r *check.Report) []bool {
	out := make([]bool, len(c.Sentences))
	if r == nil {
		return out
	}
	for _, q := range r.Quotes {
		for _, ri := range q.Records {
			if ri >= 0 && ri < len(out) {
				out[ri] = true
			}
		}
	}
	return out
}

// asWritten returns diff as side s reads it when typography is no edit
// (strict false): each Typographic pair (the same words in other quote
// marks, dashes, spaces or joiners) becomes an Equal chunk in the
// characters of side s, so that each side is shown as it was given and
// a redline, which reads as the OTHER, shows the OTHER's characters.
// With strict, or with no Typographic pair, diff is returned as it is.
//
// Cost: linear in the diff; no allocation when there is nothing to do.
func asWritten(diff []align.Chunk, strict bool, s side) []align.Chunk {
	if strict || !slices.ContainsFunc(diff, func(ch align.Chunk) bool { return ch.Typographic }) {
		return diff
	}
	keep := align.Insert
	if s == baseSide {
		keep = align.Delete
	}
	out := make([]align.Chunk, 0, len(diff))
	for _, ch := range diff {
		if ch.Typographic {
			if ch.Op != keep {
				continue
			}
			ch = align.Chunk{Op: align.Equal, Text: ch.Text}
		}
		if n := len(out); n > 0 && ch.Op == align.Equal && out[n-1].Op == align.Equal {
			out[n-1].Text += ch.Text
			continue
		}
		out = append(out, ch)
	}
	return out
}
