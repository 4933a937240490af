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
// segment differently from the generator: a generated sentence split in
// two by the parser gives a 1–2 link, two joined give a 2–1 link.
// Truth links none of whose sentences survive parsing are left out.
// Cost: O(n log n) in the number of sentences.
func GoldFromTruth(name string, base, other *article.Document, truth []gendoc.Link) (*Gold, error) {
	g := &Gold{Name: name, Base: base, Other: other}
	baseOwner := owners(base, truth, func(l gendoc.Link) []gendoc.Span { return l.Base })
	otherOwner := owners(other, truth, func(l gendoc.Link) []gendoc.Span { return l.Other })
	for i, l := range truth {
		k, ok := KindByName(l.Kind.String())
		if !ok {
			return nil, fmt.Errorf("%s: truth link %d: unknown kind %v", name, i, l.Kind)
		}
		gl := Link{Kind: k, Moved: l.Moved, Base: baseOwner[i], Other: otherOwner[i]}
		if len(gl.Base) > 0 && len(gl.Other) > 0 {
			g.Links = append(g.Links, gl)
		}
	}
	if err := g.checkPairs(); err != nil {
		return nil, err
	}
	return g, nil
}

// owners maps each truth link to the sentences of d that it owns: those
// whose largest overlap with any truth span is with one of the link's.
func owners(d *article.Document, truth []gendoc.Link, spans func(gendoc.Link) []gendoc.Span) [][]int {
	type owned struct {
		gendoc.Span
		link int
	}
	var all []owned
	longest := 0
	for i, l := range truth {
		for _, s := range spans(l) {
			all = append(all, owned{s, i})
			longest = max(longest, s.End-s.Start)
		}
	}
	slices.SortFunc(all, func(a, b owned) int { return a.Start - b.Start })
	out := make([][]int, len(truth))
	for si, s := range d.Sentences {
		// Candidate spans start before s ends; check those that may overlap.
		j := sort.Search(len(all), func(k int) bool { return all[k].Start >= s.End })
		best, bestLen := -1, 0
		for k := j - 1; k >= 0 && all[k].Start+longest > s.Start; k-- {
			ov := min(s.End, all[k].End) - max(s.Start, all[k].Start)
			if ov > bestLen {
				best, bestLen = all[k].link, ov
			}
		}
		if best >= 0 {
			out[best] = append(out[best], si)
		}
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

// Summarize returns a one-line description of a comparison's summary.
func Summarize(c *align.Comparison) string {
	s := c.Summary
	return fmt.Sprintf("%d identical, %d edited, %d paraphrased, %d added, %d dropped, %d moved; reused %.0f%% (BASE %d, OTHER %d sentences)",
		s.Identical, s.Edited, s.Paraphrased, s.Added, s.Dropped, s.Moved, 100*s.Reused, len(c.Base.Sentences), len(c.Other.Sentences))
}
