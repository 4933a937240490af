package eval

import (
	"cmp"
	"slices"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
)

// Counts are the outcomes of one binary decision over many items.
type Counts struct {
	TP, FP, FN int
}

// Precision is TP/(TP+FP), or 1 when nothing was predicted.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), or 1 when there was nothing to find.
func (c Counts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of Precision and Recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c *Counts) add(o Counts) { c.TP += o.TP; c.FP += o.FP; c.FN += o.FN }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// A Mistake is one disagreement between a comparison and its gold, at the
// level of one (BASE, OTHER) sentence pair.
type Mistake struct {
	// What is "missed" (a required pair not linked), "spurious" (a pair
	// linked that the gold does not allow) or "label" (a required pair
	// linked with another label).
	What        string
	Base, Other int        // sentence indexes
	Gold, Got   align.Kind // Gold for missed and label, Got for spurious and label
	Line        int        // line of the gold record, 0 for spurious
	// BaseText and OtherText are the sentences, for reading reports.
	BaseText, OtherText string
}

// Result is the score of one comparison against its gold (or the sum of
// several, see Add).
type Result struct {
	Name string
	// Links counts (BASE, OTHER) pairs: TP are required gold pairs that
	// the comparison links (under any label), FN required pairs it does
	// not link, FP pairs it links that the gold neither requires nor
	// allows as optional.
	Links Counts
	// OptionalFound counts linked pairs that the gold marks optional.
	OptionalFound int
	// Confusion[g][k] counts required pairs found, by gold label g and
	// the comparison's label k (both Identical, Edited or Paraphrased).
	Confusion [3][3]int
	// Dropped and Added score the decision "this sentence is in no link":
	// TP when both say so, FP when only the comparison does, FN when
	// only the gold does. Sentences that are only in optional gold links,
	// or in no record of the comparison (left out as boilerplate), are
	// not counted.
	Dropped, Added Counts
	// Moved scores the Moved flag over found required pairs.
	Moved    Counts
	Mistakes []Mistake
}

// LabelAccuracy is the share of found required pairs whose label agrees
// with the gold (1 when none were found).
func (r *Result) LabelAccuracy() float64 {
	right, all := 0, 0
	for g := range r.Confusion {
		for k, n := range r.Confusion[g] {
			all += n
			if g == k {
				right += n
			}
		}
	}
	return ratio(right, all)
}

// KindAccuracy is LabelAccuracy restricted to pairs whose gold label is
// k, and the number of such pairs.
func (r *Result) KindAccuracy(k align.Kind) (acc float64, n int) {
	row := r.Confusion[k]
	for _, c := range row {
		n += c
	}
	return ratio(row[k], n), n
}

// Add adds the counts and mistakes of o to r, for a micro-averaged total.
func (r *Result) Add(o Result) {
	r.Links.add(o.Links)
	r.OptionalFound += o.OptionalFound
	for g := range r.Confusion {
		for k := range r.Confusion[g] {
			r.Confusion[g][k] += o.Confusion[g][k]
		}
	}
	r.Dropped.add(o.Dropped)
	r.Added.add(o.Added)
	r.Moved.add(o.Moved)
	r.Mistakes = append(r.Mistakes, o.Mistakes...)
}

// gotLink is what a comparison says about one pair.
type gotLink struct {
	kind  align.Kind
	moved bool
}

// Score compares got with gold. Both must be about the same documents
// (got's sentence indexes are read as indexes into gold.Base and
// gold.Other); indexes out of range count as spurious links.
// Mistakes come out sorted by BASE then OTHER sentence.
// Cost: O(pairs) time and memory, pairs being the (BASE, OTHER)
// combinations of all records.
func Score(gold *Gold, got *align.Comparison) Result {
	res := Result{Name: gold.Name}
	baseText := func(i int) string { return sentenceText(gold.Base, i) }
	otherText := func(i int) string { return sentenceText(gold.Other, i) }

	required := map[pair]Link{}
	optional := map[pair]bool{}
	inRequired := [2]map[int]bool{{}, {}} // [0] BASE, [1] OTHER
	inOptional := [2]map[int]bool{{}, {}}
	for _, l := range gold.Links {
		for _, b := range l.Base {
			for _, o := range l.Other {
				if l.Optional {
					optional[pair{b, o}] = true
				} else {
					required[pair{b, o}] = l
				}
			}
		}
		in := inRequired
		if l.Optional {
			in = inOptional
		}
		for _, b := range l.Base {
			in[0][b] = true
		}
		for _, o := range l.Other {
			in[1][o] = true
		}
	}

	linked := map[pair]gotLink{}
	// status of each sentence in got: absent (no record), linked or alone.
	const absent, isLinked, alone = 0, 1, 2
	status := [2]map[int]int{{}, {}}
	for _, s := range got.Sentences {
		link := s.Kind == align.Identical || s.Kind == align.Edited || s.Kind == align.Paraphrased
		st := alone
		if link && len(s.Base) > 0 && len(s.Other) > 0 {
			st = isLinked
			for _, b := range s.Base {
				for _, o := range s.Other {
					linked[pair{b, o}] = gotLink{s.Kind, s.Moved}
				}
			}
		}
		for _, b := range s.Base {
			status[0][b] = max(status[0][b], st)
		}
		for _, o := range s.Other {
			status[1][o] = max(status[1][o], st)
		}
	}

	for p, gl := range required {
		g, found := linked[p]
		m := Mistake{Base: p.b, Other: p.o, Gold: gl.Kind, Got: g.kind, Line: gl.Line,
			BaseText: baseText(p.b), OtherText: otherText(p.o)}
		if !found {
			res.Links.FN++
			m.What = "missed"
			res.Mistakes = append(res.Mistakes, m)
			continue
		}
		res.Links.TP++
		res.Confusion[gl.Kind][g.kind]++
		if g.kind != gl.Kind {
			m.What = "label"
			res.Mistakes = append(res.Mistakes, m)
		}
		switch {
		case gl.Moved && g.moved:
			res.Moved.TP++
		case gl.Moved:
			res.Moved.FN++
		case g.moved:
			res.Moved.FP++
		}
	}
	for p, g := range linked {
		if _, ok := required[p]; ok {
			continue
		}
		if optional[p] {
			res.OptionalFound++
			continue
		}
		res.Links.FP++
		res.Mistakes = append(res.Mistakes, Mistake{What: "spurious", Base: p.b, Other: p.o, Got: g.kind,
			BaseText: baseText(p.b), OtherText: otherText(p.o)})
	}

	// Unlinked sentences: Dropped on the BASE side, Added on the OTHER.
	for side, n := range [2]int{len(gold.Base.Sentences), len(gold.Other.Sentences)} {
		c := &res.Dropped
		if side == 1 {
			c = &res.Added
		}
		for i := range n {
			st := status[side][i]
			if st == absent || (!inRequired[side][i] && inOptional[side][i]) {
				continue
			}
			goldAlone := !inRequired[side][i]
			switch {
			case goldAlone && st == alone:
				c.TP++
			case goldAlone:
				c.FN++
			case st == alone:
				c.FP++
			}
		}
	}

	slices.SortFunc(res.Mistakes, func(a, b Mistake) int {
		return cmp.Or(cmp.Compare(a.Base, b.Base), cmp.Compare(a.Other, b.Other), cmp.Compare(a.What, b.What))
	})
	return res
}

// sentenceText returns the text of sentence i of d, or "" if there is no
// such sentence.
func sentenceText(d *article.Document, i int) string {
	if i < 0 || i >= len(d.Sentences) {
		return ""
	}
	return d.Sentences[i].Text
}
