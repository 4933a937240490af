package align

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/words"
)

// Validate reports every way in which c breaks the contract of Compare,
// whatever the quality of its alignment, joined into one error, or nil:
//
//   - each record has a valid Kind and shape: Added records hold one OTHER
//     sentence, Dropped records one BASE sentence, links both sides, one
//     side a single sentence and the other a run of at most four
//     consecutive ones;
//   - sentence indexes are in range and every sentence compared (all of
//     them, or the body ones with IgnoreBoilerplate) is in exactly one
//     record, the others in none;
//   - records follow the BASE order, and an Added record comes right
//     after the record of the OTHER sentence before it;
//   - Score is in [0,1]: 0 for Added and Dropped, 1 for Identical;
//   - the Diff of an Identical or Edited record spells the BASE sentences
//     (Equal and Delete chunks) and the OTHER sentences (Equal and Insert
//     chunks), up to white space and Normalize; a Typographic Delete and
//     the Insert after it say the same after Normalize; an Identical
//     record changes nothing but spelling variants and typography (and,
//     with Options.Strict, nothing but spelling variants); other records
//     have no Diff;
//   - Summary counts the records by kind and Moved the moved ones, and
//     Reused is in [0,1];
//   - paragraph links have both sides, in range, each paragraph in at
//     most one link, and a score in [0,1].
//
// Every comparison Compare returns is valid; Validate is for code that
// builds or transforms one. Cost: linear in the size of the comparison
// and its documents.
func (c *Comparison) Validate() error {
	if err := c.CheckRefs(); err != nil {
		return err
	}
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }

	docs := [2]*article.Document{c.Base, c.Other}
	seen := [2][]int{make([]int, len(c.Base.Sentences)), make([]int, len(c.Other.Sentences))}
	var sum Summary
	lastBase := -1
	broken := false
	for ri, s := range c.Sentences {
		if !c.validRecord(ri, s, seen, bad) {
			broken = true
			continue
		}
		switch s.Kind {
		case Identical:
			sum.Identical++
		case Edited:
			sum.Edited++
		case Paraphrased:
			sum.Paraphrased++
		case Added:
			sum.Added++
		case Dropped:
			sum.Dropped++
		}
		if s.Moved {
			sum.Moved++
		}
		if len(s.Base) > 0 {
			if s.Base[0] <= lastBase {
				bad("record %d: BASE sentence %d comes after %d", ri, s.Base[0], lastBase)
			}
			lastBase = s.Base[0]
		}
	}
	if broken {
		return errors.Join(errs...) // indexes out of range: go no further
	}
	for side, doc := range docs {
		name := [2]string{"BASE", "OTHER"}[side]
		compared := make([]bool, len(doc.Sentences))
		for _, i := range included(doc, c.Options) {
			compared[i] = true
		}
		for i, n := range seen[side] {
			switch {
			case n > 1:
				bad("%s sentence %d is in %d records", name, i, n)
			case n == 0 && compared[i]:
				bad("%s sentence %d is in no record: %q", name, i, clip(doc.Sentences[i].Text, 60))
			case n == 1 && !compared[i]:
				bad("%s sentence %d is in a record but was not compared", name, i)
			}
		}
	}
	c.validAdded(bad)

	got := c.Summary
	got.Reused = 0
	if got != sum {
		bad("summary %+v, records count %+v", got, sum)
	}
	if r := c.Summary.Reused; math.IsNaN(r) || r < 0 || r > 1 {
		bad("summary: Reused %v outside [0,1]", r)
	}
	c.validParagraphs(bad)
	return errors.Join(errs...)
}

// CheckRefs reports the first thing in c that refers to something that
// is not there: a record with no sentence, of no known kind, or with a
// sentence index out of range; a diff chunk of no known op; a paragraph
// link out of range. It is the part of Validate that code reading a
// comparison relies on to index safely (the renderers call it, and draw
// any comparison that passes, hand-made ones too). Cost: linear in the
// size of the comparison.
func (c *Comparison) CheckRefs() error {
	if c == nil || c.Base == nil || c.Other == nil {
		return errors.New("comparison without its documents")
	}
	nb, no := len(c.Base.Sentences), len(c.Other.Sentences)
	for i, l := range c.Sentences {
		if len(l.Base) == 0 && len(l.Other) == 0 {
			return fmt.Errorf("sentence record %d is empty", i)
		}
		if l.Kind < Identical || l.Kind > Dropped {
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
			if ch.Op < Equal || ch.Op > Insert {
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

// validRecord checks record ri on its own and counts its sentences in
// seen; it reports false when the record is too broken to count.
func (c *Comparison) validRecord(ri int, s SentenceLink, seen [2][]int, bad func(string, ...any)) bool {
	if s.Kind < Identical || s.Kind > Dropped {
		bad("record %d: invalid kind %d", ri, int(s.Kind))
		return false
	}
	nb, no := len(s.Base), len(s.Other)
	switch {
	case s.Kind == Added && (nb != 0 || no != 1),
		s.Kind == Dropped && (nb != 1 || no != 0),
		s.Kind < Added && (nb == 0 || no == 0 || min(nb, no) > 1 || max(nb, no) > maxMerge):
		bad("record %d: %v with %d BASE and %d OTHER sentences", ri, s.Kind, nb, no)
		return false
	}
	ok := true
	for side, idx := range [2][]int{s.Base, s.Other} {
		for k, i := range idx {
			if i < 0 || i >= len(seen[side]) {
				bad("record %d: sentence index %d out of range (%d sentences)", ri, i, len(seen[side]))
				ok = false
				continue
			}
			if k > 0 && i != idx[k-1]+1 {
				bad("record %d: sentences %v are not consecutive", ri, idx)
			}
			seen[side][i]++
		}
	}
	switch {
	case math.IsNaN(s.Score) || s.Score < 0 || s.Score > 1:
		bad("record %d: score %v outside [0,1]", ri, s.Score)
	case (s.Kind == Added || s.Kind == Dropped) && s.Score != 0:
		bad("record %d: %v with score %v", ri, s.Kind, s.Score)
	case s.Kind == Identical && s.Score != 1:
		bad("record %d: identical with score %v", ri, s.Score)
	}
	if (s.Kind == Added || s.Kind == Dropped) && s.Moved {
		bad("record %d: %v and moved", ri, s.Kind)
	}
	for j, ch := range s.Diff {
		if ch.Op < Equal || ch.Op > Insert {
			bad("record %d: diff chunk %d has invalid op %d", ri, j, int(ch.Op))
			return false
		}
	}
	if ok {
		c.validDiff(ri, s, bad)
	}
	return ok
}

// validAdded checks that each Added record comes right after the record
// of the OTHER sentence compared before it (or, for the first OTHER
// sentence, after Added records only).
func (c *Comparison) validAdded(bad func(string, ...any)) {
	prev := map[int]int{} // OTHER sentence → the one compared before it, or -1
	last := -1
	for _, j := range included(c.Other, c.Options) {
		prev[j] = last
		last = j
	}
	for ri, s := range c.Sentences {
		if s.Kind != Added {
			continue
		}
		p := prev[s.Other[0]]
		switch {
		case p >= 0 && (ri == 0 || !slices.Contains(c.Sentences[ri-1].Other, p)):
			bad("record %d: added OTHER sentence %d not right after the record of sentence %d", ri, s.Other[0], p)
		case p < 0 && ri > 0 && c.Sentences[ri-1].Kind != Added:
			bad("record %d: the first OTHER sentence is added after record %d", ri, ri-1)
		}
	}
}

// validDiff checks the Diff of record ri.
func (c *Comparison) validDiff(ri int, s SentenceLink, bad func(string, ...any)) {
	if s.Kind != Identical && s.Kind != Edited {
		if s.Diff != nil {
			bad("record %d: %v with a diff", ri, s.Kind)
		}
		return
	}
	var base, other strings.Builder
	for _, ch := range s.Diff {
		if ch.Op != Insert {
			base.WriteString(ch.Text)
		}
		if ch.Op != Delete {
			other.WriteString(ch.Text)
		}
	}
	validTypographic(ri, s.Diff, bad)
	if s.Kind == Identical {
		validVariants(ri, s.Diff, c.Options.Strict, bad)
	}
	if d, w := loose(base.String()), loose(sentencesText(c.Base, s.Base)); d != w {
		bad("record %d: diff's BASE side %q differs from the BASE text %q", ri, clip(d, 60), clip(w, 60))
	}
	if d, w := loose(other.String()), loose(sentencesText(c.Other, s.Other)); d != w {
		bad("record %d: diff's OTHER side %q differs from the OTHER text %q", ri, clip(d, 60), clip(w, 60))
	}
}

// validVariants checks the diff of an identical record: all Equal, or
// changes that pair words spelt the British and the American way (a
// Delete followed by an Insert of as many words, each pair spelling
// variants, equal but for case, or equal after Normalize; or the whole
// change equal after Normalize).
func validVariants(ri int, diff []Chunk, strict bool, bad func(string, ...any)) {
	for k := 0; k < len(diff); k++ {
		if diff[k].Op == Equal || diff[k].Typographic && !strict {
			continue
		}
		if diff[k].Op == Delete && k+1 < len(diff) && diff[k+1].Op == Insert {
			a, b := strings.Fields(diff[k].Text), strings.Fields(diff[k+1].Text)
			whole := loose(diff[k].Text) == loose(diff[k+1].Text)
			ok := whole || len(a) == len(b)
			for i := 0; !whole && ok && i < len(a); i++ {
				x, y := strings.TrimFunc(a[i], unicode.IsPunct), strings.TrimFunc(b[i], unicode.IsPunct)
				ok = strings.EqualFold(x, y) || words.SpellingVariant(x, y) || loose(x) == loose(y)
			}
			if ok {
				k++
				continue
			}
		}
		bad("record %d: identical with a change that is not a spelling variant: %q", ri, diff[k].Text)
		return
	}
}

// validTypographic checks that Typographic chunks are Deletes and
// Inserts (a Delete followed by its Insert, or one of them alone) whose
// two sides are the same words after Normalize.
func validTypographic(ri int, diff []Chunk, bad func(string, ...any)) {
	for k := 0; k < len(diff); k++ {
		ch := diff[k]
		if !ch.Typographic {
			continue
		}
		var del, ins string
		switch {
		case ch.Op == Delete && k+1 < len(diff) && diff[k+1].Op == Insert && diff[k+1].Typographic:
			del, ins = ch.Text, diff[k+1].Text
			k++
		case ch.Op == Delete:
			del = ch.Text
		case ch.Op == Insert:
			ins = ch.Text
		default:
			bad("record %d: diff chunk %d is typographic but equal", ri, k)
			return
		}
		if loose(del) != loose(ins) {
			bad("record %d: typographic chunks %q and %q are not the same words", ri, del, ins)
		}
	}
}

// validParagraphs checks the paragraph links.
func (c *Comparison) validParagraphs(bad func(string, ...any)) {
	used := [2]map[int]bool{{}, {}}
	n := [2]int{len(c.Base.Paragraphs), len(c.Other.Paragraphs)}
	for k, p := range c.Paragraphs {
		if len(p.Base) == 0 || len(p.Other) == 0 || math.IsNaN(p.Score) || p.Score < 0 || p.Score > 1 {
			bad("paragraph link %d: %v–%v with score %v", k, p.Base, p.Other, p.Score)
		}
		for side, idx := range [2][]int{p.Base, p.Other} {
			for _, i := range idx {
				if i < 0 || i >= n[side] || used[side][i] {
					bad("paragraph link %d: %s paragraph %d out of range or linked twice", k, [2]string{"BASE", "OTHER"}[side], i)
				}
				used[side][i] = true
			}
		}
	}
}

// sentencesText returns the text of sentences idx of d, run together.
func sentencesText(d *article.Document, idx []int) string {
	var b strings.Builder
	for _, i := range idx {
		b.WriteString(d.Sentences[i].Text)
	}
	return b.String()
}

// loose is s as a diff must spell it: normalised (a chunk shared by both
// sides may carry either side's quotes or case), without white space
// (chunks may split spaces differently).
func loose(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, words.Normalize(s))
}

// clip returns s cut to at most n runes, with an ellipsis when cut.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}
