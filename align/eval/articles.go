package eval

import (
	"cmp"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/gendoc"
)

// The article benchmark puts the MSRP sentence pairs back into articles,
// where order and context can raise a link, and where a look-alike of
// another story sits beside the right partner. Each article pair is
// composed from one part of the corpus (tuning or held-out, the split of
// HeldOut) with a seeded random source:
//
//   - BASE: a run of 8–15 first sentences of positive pairs, in paragraphs
//     of 1–3 sentences, no two of one story (see sameStory);
//   - OTHER: their second sentences (the true partners), in the same
//     paragraphs, with an outlet's changes planted: some partners dropped
//     (articleDropShare), a paragraph moved (articleMoveShare of the
//     articles), sentences of other stories added (articleAddShare per
//     paragraph) and look-alikes (see LookAlikes: the second sentence of
//     another story sharing the most informative words with a BASE
//     sentence) put in place of a dropped partner (articleSwapShare of the
//     drops) or beside a kept one (articleBesideShare of the kept);
//   - near misses: articleNearShare of the articles hold one label-0 pair
//     as well (first sentence in BASE, second in OTHER). The corpus judged
//     such pairs not paraphrases, but they are sentences of one story and
//     often share part of their content (one says more than the other):
//     linking them is neither required nor wrong, so their link is
//     optional (not scored) and the share linked is reported apart.
//
// The truth links each first sentence to its second; gold labels are not
// known (the corpus says paraphrase or not, not identical, edited or
// paraphrased), so label accuracy is not measured. The articles are
// artificial: sentences of different stories glued into one text, so
// order is the only context they share; a real article's neighbours share
// a story.
const (
	articleMinSentences = 8
	articleMaxSentences = 15
	articleDropShare    = 0.2
	articleSwapShare    = 0.5
	articleBesideShare  = 0.15
	articleAddShare     = 0.15
	articleMoveShare    = 0.5
	articleNearShare    = 0.3
)

// ArticleSeeds are the seeds the article benchmark is run with.
var ArticleSeeds = []uint64{1, 2, 3}

// Roles of the OTHER sentences of a composed article.
const (
	RolePartner   = "partner"    // the true partner of a BASE sentence
	RoleInPlace   = "look-alike" // a look-alike in place of a dropped partner
	RoleBeside    = "look-alike beside"
	RoleAdded     = "added" // a sentence of another story
	RoleNearMiss  = "near miss"
	roleNearFirst = "near miss first" // on the BASE side
)

// A Planted is one sentence of a composed article: where it is, what it
// is, and the BASE sentence it belongs to or imitates (-1 for none).
type Planted struct {
	Span gendoc.Span
	Role string
	// Of is the index in Article.BaseSpans of the BASE sentence that the
	// sentence is the partner or look-alike of, -1 otherwise.
	Of int
}

// An Article is one composed article pair and its truth.
type Article struct {
	Name        string
	Base, Other string
	// BaseSpans are the BASE sentences (first sentences of positive
	// pairs, and of near misses: see BaseNear), in order.
	BaseSpans  []gendoc.Span
	BaseNear   []bool
	OtherSents []Planted // the OTHER sentences, in order
	Truth      []gendoc.Link
	Near       []gendoc.Link // optional links of near misses
}

// ComposeArticles composes article pairs from the pairs idx (one part of
// the corpus) with seed: every positive among idx is in the BASE of one
// article (a few left over where no article would take them without two
// sentences of one story). Deterministic for the same pairs, idx and
// seed. Cost: one LookAlikes over idx, then O(len(idx)·k) for articles of
// k sentences.
func ComposeArticles(pairs []MSRPPair, idx []int, seed uint64) []Article {
	return composeArticles(pairs, idx, LookAlikes(pairs, idx), seed)
}

// composeArticles is ComposeArticles with the look-alikes of idx given.
func composeArticles(pairs []MSRPPair, idx []int, las []LookAlike, seed uint64) []Article {
	r := rand.New(rand.NewPCG(seed, 0x5851f42d4c957f2d))
	span := storySpan(pairs, idx)
	look := map[int]int{}
	for _, l := range las {
		look[l.I] = l.J
	}
	var pos, neg []int
	for _, i := range idx {
		if pairs[i].Positive {
			pos = append(pos, i)
		} else {
			neg = append(neg, i)
		}
	}
	r.Shuffle(len(pos), func(a, b int) { pos[a], pos[b] = pos[b], pos[a] })
	r.Shuffle(len(neg), func(a, b int) { neg[a], neg[b] = neg[b], neg[a] })

	conflicts := func(i int, members []int) bool {
		for _, m := range members {
			if m == i || sameStory(pairs[i], pairs[m], span) {
				return true
			}
		}
		return false
	}
	var out []Article
	queue := pos
	nextNeg := 0
	for len(queue) > 0 {
		k := articleMinSentences + r.IntN(articleMaxSentences-articleMinSentences+1)
		var members, rest []int
		for qi, i := range queue {
			if len(members) == k {
				rest = append(rest, queue[qi:]...)
				break
			}
			if conflicts(i, members) {
				rest = append(rest, i)
				continue
			}
			members = append(members, i)
		}
		if len(members) < articleMinSentences && len(out) > 0 {
			break // the leftovers are of too few stories
		}
		queue = rest
		a := composeArticle(r, pairs, idx, members, look, conflicts, &neg, &nextNeg)
		a.Name = fmt.Sprintf("seed %d article %d", seed, len(out))
		out = append(out, a)
	}
	return out
}

// composeArticle lays out one article of the positive pairs members.
func composeArticle(r *rand.Rand, pairs []MSRPPair, idx, members []int, look map[int]int,
	conflicts func(int, []int) bool, neg *[]int, nextNeg *int) Article {
	// BASE items: the positive members, and perhaps one near miss.
	type item struct {
		pair int
		near bool
	}
	items := make([]item, len(members))
	for k, i := range members {
		items[k] = item{i, false}
	}
	inArticle := slices.Clone(members)
	if r.Float64() < articleNearShare {
		for tries := 0; tries < 20 && *nextNeg < len(*neg); tries++ {
			i := (*neg)[*nextNeg]
			*nextNeg = (*nextNeg + 1) % len(*neg)
			if !conflicts(i, inArticle) {
				at := r.IntN(len(items) + 1)
				items = slices.Insert(items, at, item{i, true})
				inArticle = append(inArticle, i)
				break
			}
		}
	}
	// Paragraphs of 1–3 BASE items.
	var paras [][]int // indexes into items
	for k := 0; k < len(items); {
		n := min(1+r.IntN(3), len(items)-k)
		p := make([]int, n)
		for j := range n {
			p[j] = k + j
		}
		paras = append(paras, p)
		k += n
	}
	// OTHER paragraphs: what each holds, as (text, role, of item).
	type osent struct {
		text string
		role string
		of   int
	}
	usableLook := func(i int) (int, bool) {
		j, ok := look[i]
		if !ok || conflicts(j, inArticle) {
			return 0, false
		}
		return j, true
	}
	var oparas [][]osent
	for _, p := range paras {
		var op []osent
		for _, k := range p {
			it := items[k]
			if it.near {
				op = append(op, osent{pairs[it.pair].S2, RoleNearMiss, k})
				continue
			}
			if r.Float64() < articleDropShare {
				if j, ok := usableLook(it.pair); ok && r.Float64() < articleSwapShare {
					op = append(op, osent{pairs[j].S2, RoleInPlace, k})
					inArticle = append(inArticle, j)
				}
				continue
			}
			partner := osent{pairs[it.pair].S2, RolePartner, k}
			if j, ok := usableLook(it.pair); ok && r.Float64() < articleBesideShare {
				la := osent{pairs[j].S2, RoleBeside, k}
				inArticle = append(inArticle, j)
				if r.IntN(2) == 0 {
					op = append(op, la, partner)
				} else {
					op = append(op, partner, la)
				}
				continue
			}
			op = append(op, partner)
		}
		if r.Float64() < articleAddShare {
			for tries := 0; tries < 20; tries++ {
				i := idx[r.IntN(len(idx))]
				if !conflicts(i, inArticle) {
					op = slices.Insert(op, r.IntN(len(op)+1), osent{pairs[i].S2, RoleAdded, -1})
					inArticle = append(inArticle, i)
					break
				}
			}
		}
		if len(op) > 0 {
			oparas = append(oparas, op)
		}
	}
	moved := -1
	if len(oparas) > 2 && r.Float64() < articleMoveShare {
		from := r.IntN(len(oparas))
		to := r.IntN(len(oparas) - 1)
		if to >= from {
			to++
		}
		p := oparas[from]
		oparas = slices.Delete(oparas, from, from+1)
		oparas = slices.Insert(oparas, to, p)
		moved = to
	}

	a := Article{}
	itemSpan := make([]gendoc.Span, len(items))
	a.Base = gendoc.Layout(len(paras), func(pi int) []string {
		var s []string
		for _, k := range paras[pi] {
			s = append(s, pairs[items[k].pair].S1)
		}
		return s
	}, func(pi, j int, sp gendoc.Span) {
		k := paras[pi][j]
		itemSpan[k] = sp
	})
	for k, it := range items {
		a.BaseSpans = append(a.BaseSpans, itemSpan[k])
		a.BaseNear = append(a.BaseNear, it.near)
	}
	a.Other = gendoc.Layout(len(oparas), func(pi int) []string {
		s := make([]string, len(oparas[pi]))
		for j, o := range oparas[pi] {
			s[j] = o.text
		}
		return s
	}, func(pi, j int, sp gendoc.Span) {
		o := oparas[pi][j]
		a.OtherSents = append(a.OtherSents, Planted{Span: sp, Role: o.role, Of: o.of})
		switch o.role {
		case RolePartner:
			a.Truth = append(a.Truth, gendoc.Link{Kind: gendoc.Paraphrased, Base: []gendoc.Span{itemSpan[o.of]},
				Other: []gendoc.Span{sp}, Moved: pi == moved})
		case RoleNearMiss:
			a.Near = append(a.Near, gendoc.Link{Kind: gendoc.Paraphrased, Base: []gendoc.Span{itemSpan[o.of]},
				Other: []gendoc.Span{sp}, Moved: pi == moved})
		}
	})
	return a
}

// ArticleCounts are the outcomes of the article benchmark beyond the
// links: how the planted sentences fared.
type ArticleCounts struct {
	Articles, BaseSentences int
	// InPlace and Beside count planted look-alikes (in place of a dropped
	// partner, beside a kept one) and how many were linked to anything
	// in BASE.
	InPlace, InPlaceLinked int
	Beside, BesideLinked   int
	Added, AddedLinked     int
	Near, NearLinked       int
}

// LookAlikeShare is the share of all planted look-alikes linked.
func (c ArticleCounts) LookAlikeShare() float64 {
	return ratio(c.InPlaceLinked+c.BesideLinked, c.InPlace+c.Beside)
}

func (c *ArticleCounts) add(o ArticleCounts) {
	c.Articles += o.Articles
	c.BaseSentences += o.BaseSentences
	c.InPlace += o.InPlace
	c.InPlaceLinked += o.InPlaceLinked
	c.Beside += o.Beside
	c.BesideLinked += o.BesideLinked
	c.Added += o.Added
	c.AddedLinked += o.AddedLinked
	c.Near += o.Near
	c.NearLinked += o.NearLinked
}

// An ArticleError is one wrong or missing link of the article benchmark,
// classified by what the planted sentences say (see ArticleErrorKinds).
type ArticleError struct {
	Kind                string
	Article             string
	Got                 align.Kind
	Score               float64
	Support             align.Support // what supported a wrong link
	BaseText, OtherText string
}

// ArticleErrorKinds, in the order they are reported:
//   - "look-alike in place": a look-alike put where the partner was
//     dropped, linked to the BASE sentence it imitates;
//   - "look-alike beside, partner lost": a look-alike beside the kept
//     partner, linked to the BASE sentence it imitates while the partner
//     is not;
//   - "look-alike beside, both": linked besides the partner;
//   - "look-alike to another": a look-alike linked to another BASE
//     sentence than the one it imitates;
//   - "added linked": a sentence of another story linked;
//   - "wrong partner": a true partner linked to another BASE sentence;
//   - "missed": a true partner not linked, its BASE sentence linked to
//     nothing.
//   - "missed, base linked elsewhere": a true partner not linked, its
//     BASE sentence linked to something else.
var ArticleErrorKinds = []string{"look-alike in place", "look-alike beside, partner lost", "look-alike beside, both",
	"look-alike to another", "added linked", "wrong partner", "missed", "missed, base linked elsewhere"}

// An ArticlePart is the outcome of the article benchmark on one part of
// the corpus, summed over ArticleSeeds.
type ArticlePart struct {
	Name   string
	Result Result
	Counts ArticleCounts
	// SeedF1 is the link F1 of each seed.
	SeedF1 []float64
	Errors []ArticleError
}

// ScoreArticle parses a, compares it with default options and scores it.
func ScoreArticle(a Article) (Result, ArticleCounts, []ArticleError, error) {
	base, err := article.Parse("base", []byte(a.Base))
	if err != nil {
		return Result{}, ArticleCounts{}, nil, err
	}
	other, err := article.Parse("other", []byte(a.Other))
	if err != nil {
		return Result{}, ArticleCounts{}, nil, err
	}
	g, err := GoldFromTruth(a.Name, base, other, append(slices.Clip(a.Truth), a.Near...))
	if err != nil {
		return Result{}, ArticleCounts{}, nil, err
	}
	// Links of near misses are optional: mark the gold links whose BASE
	// sentences lie in a near miss's span.
	baseRole := ownerOf(base, a.BaseSpans)
	for li := range g.Links {
		for _, b := range g.Links[li].Base {
			if k := baseRole[b]; k >= 0 && a.BaseNear[k] {
				g.Links[li].Optional = true
			}
		}
	}
	cmpr := align.Compare(base, other, align.Options{})
	res := Score(g, cmpr)
	res.Name = a.Name

	otherSpans := make([]gendoc.Span, len(a.OtherSents))
	for k, p := range a.OtherSents {
		otherSpans[k] = p.Span
	}
	otherRole := ownerOf(other, otherSpans)
	// linksOf: for each planted OTHER sentence, the BASE items it is
	// linked to; for each BASE item, the planted OTHER sentences.
	type lk struct {
		base, other int // item, planted
		kind        align.Kind
		score       float64
		support     align.Support
	}
	var links []lk
	seen := map[[2]int]bool{}
	for _, s := range cmpr.Sentences {
		if s.Kind > align.Paraphrased || len(s.Base) == 0 || len(s.Other) == 0 {
			continue
		}
		var support align.Support
		if s.Evidence != nil {
			support = s.Evidence.Support
		}
		for _, b := range s.Base {
			for _, o := range s.Other {
				bi, oi := baseRole[b], otherRole[o]
				if bi < 0 || oi < 0 || seen[[2]int{bi, oi}] {
					continue
				}
				seen[[2]int{bi, oi}] = true
				links = append(links, lk{bi, oi, s.Kind, s.Score, support})
			}
		}
	}
	slices.SortFunc(links, func(x, y lk) int { return cmp.Or(cmp.Compare(x.base, y.base), cmp.Compare(x.other, y.other)) })
	var c ArticleCounts
	c.Articles = 1
	for _, near := range a.BaseNear {
		if !near {
			c.BaseSentences++
		}
	}
	linkedOther := map[int]bool{}
	linkedBase := map[int][]int{}
	for _, l := range links {
		linkedOther[l.other] = true
		linkedBase[l.base] = append(linkedBase[l.base], l.other)
	}
	partnerOf := map[int]int{} // item → planted partner
	for k, p := range a.OtherSents {
		if p.Role == RolePartner {
			partnerOf[p.Of] = k
		}
	}
	for k, p := range a.OtherSents {
		switch p.Role {
		case RoleInPlace:
			c.InPlace++
			if linkedOther[k] {
				c.InPlaceLinked++
			}
		case RoleBeside:
			c.Beside++
			if linkedOther[k] {
				c.BesideLinked++
			}
		case RoleAdded:
			c.Added++
			if linkedOther[k] {
				c.AddedLinked++
			}
		case RoleNearMiss:
			c.Near++
			if linkedOther[k] {
				c.NearLinked++
			}
		}
	}
	var errs []ArticleError
	baseText := func(k int) string { sp := a.BaseSpans[k]; return a.Base[sp.Start:sp.End] }
	otherText := func(k int) string { sp := a.OtherSents[k].Span; return a.Other[sp.Start:sp.End] }
	for _, l := range links {
		p := a.OtherSents[l.other]
		kind := ""
		switch {
		case p.Role == RoleNearMiss || (p.Role == RolePartner && p.Of == l.base):
			continue
		case (p.Role == RoleInPlace || p.Role == RoleBeside) && p.Of != l.base:
			kind = "look-alike to another"
		case p.Role == RoleInPlace:
			kind = "look-alike in place"
		case p.Role == RoleBeside && slices.Contains(linkedBase[l.base], partnerOf[l.base]):
			kind = "look-alike beside, both"
		case p.Role == RoleBeside:
			kind = "look-alike beside, partner lost"
		case p.Role == RoleAdded:
			kind = "added linked"
		default:
			kind = "wrong partner"
		}
		if a.BaseNear[l.base] {
			continue // a near miss's first sentence linked elsewhere: left out
		}
		errs = append(errs, ArticleError{kind, a.Name, l.kind, l.score, l.support, baseText(l.base), otherText(l.other)})
	}
	for item, k := range partnerOf {
		if slices.Contains(linkedBase[item], k) {
			continue
		}
		kind := "missed"
		if len(linkedBase[item]) > 0 {
			kind = "missed, base linked elsewhere"
		}
		errs = append(errs, ArticleError{kind, a.Name, align.Added, 0, 0, baseText(item), otherText(k)})
	}
	slices.SortFunc(errs, func(x, y ArticleError) int {
		return cmp.Or(cmp.Compare(x.Kind, y.Kind), cmp.Compare(x.BaseText, y.BaseText), cmp.Compare(x.OtherText, y.OtherText))
	})
	return res, c, errs, nil
}

// ownerOf maps each sentence of d to the span among spans it overlaps
// most (its index), or -1.
func ownerOf(d *article.Document, spans []gendoc.Span) []int {
	out := make([]int, len(d.Sentences))
	for si, s := range d.Sentences {
		out[si] = -1
		best := 0
		// spans are in order: find the first that ends after s starts.
		k, _ := slices.BinarySearchFunc(spans, s.Start, func(sp gendoc.Span, x int) int { return cmp.Compare(sp.End, x+1) })
		for ; k < len(spans) && spans[k].Start < s.End; k++ {
			if ov := min(s.End, spans[k].End) - max(s.Start, spans[k].Start); ov > best {
				out[si], best = k, ov
			}
		}
	}
	return out
}

// RunArticles runs the article benchmark on both parts of the corpus
// (tuning, held-out), each with every seed of ArticleSeeds. Cost: one
// comparison of two articles of about a dozen sentences per ten pairs and
// seed, a few seconds.
func RunArticles(pairs []MSRPPair) ([2]ArticlePart, error) {
	var parts [2]ArticlePart
	for p, name := range []string{"tuning", "held-out"} {
		var idx []int
		for i, q := range pairs {
			if q.HeldOut == (p == 1) {
				idx = append(idx, i)
			}
		}
		part := ArticlePart{Name: name, Result: Result{Name: name}}
		las := LookAlikes(pairs, idx)
		for _, seed := range ArticleSeeds {
			seedRes := Result{}
			for _, a := range composeArticles(pairs, idx, las, seed) {
				res, c, errs, err := ScoreArticle(a)
				if err != nil {
					return parts, fmt.Errorf("%s %s: %w", name, a.Name, err)
				}
				res.Mistakes = nil
				seedRes.Add(res)
				part.Counts.add(c)
				part.Errors = append(part.Errors, errs...)
			}
			part.Result.Add(seedRes)
			part.SeedF1 = append(part.SeedF1, seedRes.Links.F1())
		}
		parts[p] = part
	}
	return parts, nil
}

// ArticlesMarkdown writes the article benchmark as Markdown tables: links
// per part, and how the planted sentences fared.
func ArticlesMarkdown(w io.Writer, parts [2]ArticlePart) error {
	var b strings.Builder
	b.WriteString("| part | articles | gold links | P | R | F1 | F1 per seed | look-alikes linked | in place | beside | added linked | near misses linked |\n")
	b.WriteString("|---|--:|--:|--:|--:|--:|---|--:|--:|--:|--:|--:|\n")
	for _, p := range parts {
		c, l := p.Counts, p.Result.Links
		var seeds []string
		for _, f := range p.SeedF1 {
			seeds = append(seeds, fmt.Sprintf("%.3f", f))
		}
		fmt.Fprintf(&b, "| %s | %d | %d | %.3f | %.3f | %.3f | %s | %.3f (%d/%d) | %.3f (%d/%d) | %.3f (%d/%d) | %.3f (%d/%d) | %.3f (%d/%d) |\n",
			p.Name, c.Articles, l.TP+l.FN, l.Precision(), l.Recall(), l.F1(), strings.Join(seeds, " "),
			c.LookAlikeShare(), c.InPlaceLinked+c.BesideLinked, c.InPlace+c.Beside,
			ratio(c.InPlaceLinked, c.InPlace), c.InPlaceLinked, c.InPlace,
			ratio(c.BesideLinked, c.Beside), c.BesideLinked, c.Beside,
			ratio(c.AddedLinked, c.Added), c.AddedLinked, c.Added,
			ratio(c.NearLinked, c.Near), c.NearLinked, c.Near)
	}
	b.WriteString("\nErrors by kind (summed over the seeds):\n\n| part |")
	for _, k := range ArticleErrorKinds {
		fmt.Fprintf(&b, " %s |", k)
	}
	b.WriteString("\n|---|" + strings.Repeat("--:|", len(ArticleErrorKinds)) + "\n")
	for _, p := range parts {
		n := map[string]int{}
		for _, e := range p.Errors {
			n[e.Kind]++
		}
		fmt.Fprintf(&b, "| %s |", p.Name)
		for _, k := range ArticleErrorKinds {
			fmt.Fprintf(&b, " %d |", n[k])
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteArticleErrors lists the errors of part p, one block each.
func WriteArticleErrors(w io.Writer, p ArticlePart) error {
	var b strings.Builder
	for _, e := range p.Errors {
		support := ""
		if e.Got <= align.Paraphrased {
			support = e.Support.String()
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%v\t%.3f\t%s\n  B: %s\n  O: %s\n", p.Name, e.Kind, e.Article, e.Got, e.Score, support, e.BaseText, e.OtherText)
	}
	_, err := io.WriteString(w, b.String())
	return err
}
