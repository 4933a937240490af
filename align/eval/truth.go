package eval

import (
	"fmt"
	"slices"
	"sort"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/gendoc"
)

// GoldFromTruth turns the ground truth of a generated pair into a Gold for
// base and other, the parsed generated texts. Each parsed sentence is
// assigned to the generated sentence it overlaps most, so the parser may
// segment differently from the generator. When it cuts a derivation into
// several sentences on a side, a BASE and an OTHER sentence are linked
// only if they cover overlapping parts of it (measured as shares of its
// length on each side): "K. For any section…" parsed as two sentences on
// both sides gives two 1–1 links, not four pairs, while a sentence split
// by the generator gives a 1–2 link. Truth links none of whose sentences
// survive parsing on one side are left out.
// Cost: O(n log n) in the number of sentences.
func GoldFromTruth(name string, base, other *article.Document, truth []gendoc.Link) (*Gold, error) {
	g := &Gold{Name: name, Base: base, Other: other}
	baseOwn := owners(base, truth, func(l gendoc.Link) []gendoc.Span { return l.Base })
	otherOwn := owners(other, truth, func(l gendoc.Link) []gendoc.Span { return l.Other })
	for i, l := range truth {
		k, ok := KindByName(l.Kind.String())
		if !ok {
			return nil, fmt.Errorf("%s: truth link %d: unknown kind %v", name, i, l.Kind)
		}
		bs, os := baseOwn[i], otherOwn[i]
		if len(bs) == 0 || len(os) == 0 {
			continue
		}
		if len(bs) == 1 || len(os) == 1 {
			g.Links = append(g.Links, Link{Kind: k, Moved: l.Moved, Base: indexes(bs), Other: indexes(os)})
			continue
		}
		for _, b := range bs {
			for _, o := range os {
				if lo, hi := max(b.from, o.from), min(b.to, o.to); hi-lo > 0.25*min(b.to-b.from, o.to-o.from) {
					g.Links = append(g.Links, Link{Kind: k, Moved: l.Moved, Base: []int{b.sentence}, Other: []int{o.sentence}})
				}
			}
		}
	}
	if err := g.checkPairs(); err != nil {
		return nil, err
	}
	return g, nil
}

// part is a parsed sentence inside a derivation: the share [from, to) of
// the derivation's text (on its side) that it covers.
type part struct {
	sentence int
	from, to float64
}

func indexes(ps []part) []int {
	out := make([]int, len(ps))
	for i, p := range ps {
		out[i] = p.sentence
	}
	return out
}

// owners maps each truth link to the sentences of d that it owns: those
// whose largest overlap with any truth span is with one of the link's.
func owners(d *article.Document, truth []gendoc.Link, spans func(gendoc.Link) []gendoc.Span) [][]part {
	type owned struct {
		gendoc.Span
		link   int
		offset int // of the span within the link's spans, in bytes
		total  int // bytes of all the link's spans
	}
	var all []owned
	longest := 0
	for i, l := range truth {
		total := 0
		for _, s := range spans(l) {
			total += s.End - s.Start
		}
		off := 0
		for _, s := range spans(l) {
			all = append(all, owned{s, i, off, total})
			off += s.End - s.Start
			longest = max(longest, s.End-s.Start)
		}
	}
	slices.SortFunc(all, func(a, b owned) int { return a.Start - b.Start })
	out := make([][]part, len(truth))
	for si, s := range d.Sentences {
		// Only spans that start before s ends and end after it starts
		// can overlap it; spans are at most longest bytes long.
		j := sort.Search(len(all), func(k int) bool { return all[k].Start >= s.End })
		best, bestLen := -1, 0
		for k := j - 1; k >= 0 && all[k].Start+longest > s.Start; k-- {
			if ov := min(s.End, all[k].End) - max(s.Start, all[k].Start); ov > bestLen {
				best, bestLen = k, ov
			}
		}
		if best < 0 {
			continue
		}
		o := all[best]
		pos := func(x int) float64 {
			x = min(max(x, o.Start), o.End)
			return float64(o.offset+x-o.Start) / float64(o.total)
		}
		out[o.link] = append(out[o.link], part{si, pos(s.Start), pos(s.End)})
	}
	return out
}

// ScoreGenerated generates a pair from src with opts, parses both texts,
// compares them with default options and scores the comparison against
// the generator's ground truth.
func ScoreGenerated(src gendoc.Sources, opts gendoc.Options) (Result, error) {
	p, err := gendoc.Generate(src, opts)
	if err != nil {
		return Result{}, err
	}
	name := fmt.Sprintf("generated %dKB seed %d", opts.Size>>10, opts.Seed)
	base, err := article.Parse("base", []byte(p.Base))
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", name, err)
	}
	other, err := article.Parse("other", []byte(p.Other))
	if err != nil {
		return Result{}, fmt.Errorf("%s: %w", name, err)
	}
	g, err := GoldFromTruth(name, base, other, p.Links)
	if err != nil {
		return Result{}, err
	}
	return Score(g, align.Compare(base, other, align.Options{})), nil
}
