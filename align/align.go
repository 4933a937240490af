package align

import (
	"slices"

	"github.com/wirediff/wirediff/article"
)

// Decision thresholds. Where they come from: the training part of the
// Microsoft Research Paraphrase Corpus (4,076 pairs of news sentences by
// different outlets; 2,753 judged paraphrases), scored with Similarity's
// background weights, and the same number of unrelated pairs made by
// pairing each first sentence with the second sentence of another pair.
// Weighted Dice there: paraphrases p01 0.35, p02 0.40, p05 0.46, median
// 0.75; unrelated pairs p98 0.13, p99 0.16. Kept-in-order share: paraphrases
// median 0.77, unrelated p99 0.16.
const (
	// paraphraseMinDice links a pair on its own as a paraphrase: 98% of
	// the MSRP paraphrases reach it, 0.3% of unrelated pairs do.
	paraphraseMinDice = 0.40
	// contextMinDice links a pair whose neighbours are already linked to
	// each other (the sentence before with the sentence before, or after
	// with after, or the two paragraphs by another pair): 99% of MSRP
	// paraphrases, under 1% of unrelated pairs; the order of the article
	// supplies the rest of the evidence.
	contextMinDice = 0.30
	// editMinKept: a pair is an edit of one sentence when most (more than
	// half) of the shorter side's word weight survives in order in the
	// other, both over all its words and over its ordinary words (names
	// and numbers left out): then a word diff reads as a correction rather
	// than a rewrite. Unrelated MSRP pairs keep at most 0.34, p99 0.15.
	editMinKept = 0.5
	// editMinWeight is the least kept weight (thousandths) that links an
	// edit on its own: two words of middling rarity (such as "government",
	// informativeness 6) or one rare name, so that "he said" inside a long
	// sentence does not make an edit.
	editMinWeight = 12000
	// rareMinWeight: a paraphrase must share at least one stem this
	// informative after weighting (a name, a number, a rare word, and not
	// a word of the story found all over both articles). Over 99% of MSRP
	// paraphrases share one (p01 6.5).
	rareMinWeight = 5000
	// contentMinWeight: every link but an identical one must share an
	// ordinary word (not a name or number) at least this informative,
	// about that of "agency" or "welcome": two sentences that only share
	// who, where and which radio station are not one sentence. 99% of
	// MSRP paraphrases share one (p01 3.5, p02 5.0).
	contentMinWeight = 3000
	// linkMinWeight is the least shared weight (thousandths) of any link
	// but an identical one: the information of two words of middling
	// rarity, so that a two-word tag line does not pass for a sentence
	// that happens to contain both words.
	linkMinWeight = 12000
	// conflictMinDice: a pair in which each side has a number the other
	// lacks (a changed figure, or two different facts) is suspect; as a
	// paraphrase it needs the similarity that nine MSRP paraphrases in
	// ten reach (p10 0.52). As an edit it needs nothing more: the diff
	// shows the changed number.
	conflictMinDice = 0.5
	// lengthMinRatio: a paraphrase has at least a third of the words of
	// its counterpart. (All MSRP paraphrases are above 0.52, but that
	// corpus was selected by length; news summaries shorten more.) An
	// edit may be shorter still: a trimmed quote.
	lengthMinRatio = 1.0 / 3
	// maxContextPasses bounds the passes of linking in context; real
	// articles settle in two or three.
	maxContextPasses = 8
	// mergeMinPart: a sentence joins a merge (2–1 or 1–2) when this share
	// of its weight is found in the sentence on the other side.
	mergeMinPart = 0.5
	// mergeSeedDice is the least similarity of a pair worth extending
	// into a merge.
	mergeSeedDice = 0.15
)

// Compare aligns the sentences and paragraphs of base and other and labels
// every sentence.
//
// Contract: every sentence of both documents is in exactly one record
// (except, with opts.IgnoreBoilerplate, the sentences of paragraphs whose
// role is not Body, which are in none). A record links one or two BASE
// sentences to one or two OTHER sentences (1–1, 2–1, 1–2, always adjacent
// sentences), or holds one Added or Dropped sentence. Records are in BASE
// order; an Added sentence comes right after the record of the OTHER
// sentence before it. A link's Score is 1 when Identical, otherwise the
// mean of the weighted stem overlap (Similarity, in context) and the share
// of the shorter side kept in order. Links that break the order of the
// others are Moved: the links outside a heaviest increasing subsequence of
// the links (by BASE position, weighed in bytes), so when two blocks swap
// places the smaller one moved. Paragraph links group the paragraphs that
// sentence links join (connected components); their Score is the
// byte-weighted mean Score of their sentences, unlinked ones counting 0.
// The result depends on the documents alone: swapping them swaps BASE and
// OTHER (and Added with Dropped) and changes nothing else.
//
// Idea: an inverted index of informative stems and stem pairs proposes a
// few candidate counterparts for each sentence; only those pairs are
// scored. The pairs that stand on their own (identical, edited, or a
// confident paraphrase) are linked first, strongest first. Weaker
// paraphrases are then linked only where the article's order supports
// them: their neighbours or paragraphs are linked to each other, or they
// are each other's best candidate and lie in order between two links, the
// way an editor reads two versions side by side. Last, an unlinked
// sentence next to a link joins it when most of it is found on the other
// side (two sentences merged into one, or one split in two).
//
// Cost: O(N) to analyse the texts (N bytes); the candidate search is
// bounded by postingCap; each scored pair of sentences of s words costs
// O(s²) at most (the LCS, skipped when it cannot matter); ordering L links
// costs O(L log L); memory is O(N). On one core two 1 MB documents take
// about a second and 80 MB of heap, GPL-2 against GPL-3 about 30 ms, a
// pair of news articles 3 to 5 ms (see the benchmarks).
func Compare(base, other *article.Document, opts Options) *Comparison {
	c := &Comparison{Base: base, Other: other}
	bi := included(base, opts)
	oi := included(other, opts)

	v := newVocab()
	bs := make([]sentence, len(bi))
	os := make([]sentence, len(oi))
	for k, i := range bi {
		bs[k] = v.analyse(base.Sentences[i].Text)
		v.count(&bs[k])
	}
	for k, j := range oi {
		os[k] = v.analyse(other.Sentences[j].Text)
		v.count(&os[k])
	}
	v.finish(len(bs) + len(os))
	for k := range bs {
		v.weigh(&bs[k])
	}
	for k := range os {
		v.weigh(&os[k])
	}

	m := newMatcher(v, bs, os, paragraphsOf(base, bi), paragraphsOf(other, oi))
	m.brole, m.orole = rolesOf(base, bi), rolesOf(other, oi)
	m.blen, m.olen = lengthsOf(base, bi), lengthsOf(other, oi)
	m.run()

	c.Sentences = m.records(base, other, bi, oi)
	c.Paragraphs = paragraphLinks(base, other, c.Sentences)
	c.Summary = summarize(other, c.Sentences)
	return c
}

// included returns the indexes of the sentences taking part.
func included(d *article.Document, opts Options) []int {
	var out []int
	for i, s := range d.Sentences {
		if opts.IgnoreBoilerplate && roleOf(d, s.Paragraph) != article.Body {
			continue
		}
		out = append(out, i)
	}
	return out
}

func roleOf(d *article.Document, p int) article.Role {
	if p < 0 || p >= len(d.Paragraphs) {
		return article.Body
	}
	return d.Paragraphs[p].Role
}

func paragraphsOf(d *article.Document, idx []int) []int {
	out := make([]int, len(idx))
	for k, i := range idx {
		out[k] = d.Sentences[i].Paragraph
	}
	return out
}

func lengthsOf(d *article.Document, idx []int) []int {
	out := make([]int, len(idx))
	for k, i := range idx {
		out[k] = len(d.Sentences[i].Text)
	}
	return out
}

func rolesOf(d *article.Document, idx []int) []article.Role {
	out := make([]article.Role, len(idx))
	for k, i := range idx {
		out[k] = roleOf(d, d.Sentences[i].Paragraph)
	}
	return out
}

// A bead is one link being built (the name is Gale and Church's): base[b0:b1]
// matched with other[o0:o1], indexes into the included sentences.
type bead struct {
	b0, b1, o0, o1 int
	ps             pairScore
	kind           Kind
	strength       float64
}

// strength ranks links: the mean of the symmetric overlap (dice) and the
// share kept in order (kept), so that a short sentence found whole inside
// a long one ranks as high as a looser paraphrase of equal length.
func strength(ps pairScore, same bool) float64 {
	if same {
		return 1
	}
	return (ps.dice + ps.kept) / 2
}

// kindOf labels a linked pair.
func kindOf(ps pairScore, same bool) Kind {
	switch {
	case same:
		return Identical
	case ps.kept >= editMinKept && ps.keptContent >= editMinKept:
		return Edited
	}
	return Paraphrased
}

// standsAlone reports whether a pair is linked without support from its
// surroundings.
func standsAlone(ps pairScore, same bool) bool {
	if same {
		return true
	}
	if ps.contentMax < contentMinWeight || ps.inter < linkMinWeight {
		return false
	}
	if ps.kept >= editMinKept && ps.keptContent >= editMinKept && ps.keptW >= editMinWeight {
		return true
	}
	return ps.dice >= paraphraseMinDice && plausible(ps) && ps.sharedMax >= rareMinWeight
}

// plausible holds the checks every paraphrase must pass besides
// similarity: an ordinary word in common, comparable lengths, and, when a
// number was replaced, the similarity of a typical paraphrase.
func plausible(ps pairScore) bool {
	return (!ps.numConflict || ps.dice >= conflictMinDice) && ps.contentMax >= contentMinWeight && ps.lengthRatio >= lengthMinRatio
}

type matcher struct {
	v            *vocab
	base, other  []sentence
	bpar, opar   []int // paragraph of each included sentence
	brole, orole []article.Role
	blen, olen   []int // sentence lengths in bytes
	linkB, linkO []int // link index of each sentence, or -1
	links        []bead
	scores       map[pairIdx]pairScore
	cands        []pairIdx
	paraLinked   map[[2]int]bool // paragraph pairs joined by a link
	spine        []bead          // links in order (see backbone)
	bestB, bestO []float64       // strongest candidate of each sentence
}

func newMatcher(v *vocab, base, other []sentence, bpar, opar []int) *matcher {
	m := &matcher{v: v, base: base, other: other, bpar: bpar, opar: opar,
		scores: map[pairIdx]pairScore{}, paraLinked: map[[2]int]bool{}}
	m.linkB = filled(len(base), -1)
	m.linkO = filled(len(other), -1)
	return m
}

func filled(n, x int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = x
	}
	return s
}

func (m *matcher) same(i, j int) bool { return m.base[i].norm == m.other[j].norm }

// cand is a scored candidate pair or group.
type cand struct {
	b0, b1, o0, o1 int
	ps             pairScore
	same           bool
	strength       float64
}

// less orders candidates: stronger first; among equals the pair nearer the
// diagonal (relative position), then the earlier one. Every key is
// symmetric in the two documents.
func (m *matcher) less(a, b cand) int {
	if a.strength != b.strength {
		if a.strength > b.strength {
			return -1
		}
		return 1
	}
	n, o := len(m.base), len(m.other)
	da := abs(a.b0*o - a.o0*n)
	db := abs(b.b0*o - b.o0*n)
	if da != db {
		return da - db
	}
	if sa, sb := a.b0+a.o0, b.b0+b.o0; sa != sb {
		return sa - sb
	}
	if a.b0 != b.b0 {
		return a.b0 - b.b0
	}
	if a.b1 != b.b1 {
		return a.b1 - b.b1
	}
	return a.o1 - b.o1
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func (m *matcher) run() {
	m.cands = candidates(m.v, m.base, m.other)
	var all []cand
	for _, p := range m.cands {
		ps := m.v.score(&m.base[p.i], &m.other[p.j])
		m.scores[p] = ps
		same := m.same(p.i, p.j)
		all = append(all, cand{p.i, p.i + 1, p.j, p.j + 1, ps, same, strength(ps, same)})
	}
	slices.SortFunc(all, m.less)

	// 1. Pairs that stand on their own, strongest first.
	for _, c := range all {
		if standsAlone(c.ps, c.same) && m.free(c) {
			m.accept(c)
		}
	}
	// 2. Paraphrases supported by their surroundings, until nothing
	// changes. A link accepted here at once offers its neighbours (a run
	// of supported pairs is linked in one pass whichever way it runs);
	// what a new link supports otherwise waits for the next pass, and
	// passes are bounded so that a pathological input stays linear.
	byBase := make([][]int, len(m.base))
	for k, c := range all {
		byBase[c.b0] = append(byBase[c.b0], k)
	}
	var stack []int
	try := func(k int, inGapOK bool) bool {
		c := all[k]
		if !m.free(c) || !contextual(c.ps) {
			return false
		}
		// A neighbour link is strong support; a gap in the order of the
		// article is weaker, and asks for the evidence a paraphrase needs
		// on its own besides similarity.
		if !m.neighboured(c) && !(inGapOK && m.best(c) && m.inGap(c) && c.ps.inter >= linkMinWeight && c.ps.sharedMax >= rareMinWeight) {
			return false
		}
		m.accept(c)
		m.addToSpine(c)
		stack = append(stack, k)
		for len(stack) > 0 {
			l := all[stack[len(stack)-1]]
			stack = stack[:len(stack)-1]
			for _, nb := range [][2]int{{l.b0 - 1, l.o0 - 1}, {l.b1, l.o1}} {
				if nb[0] < 0 || nb[0] >= len(m.base) {
					continue
				}
				for _, q := range byBase[nb[0]] {
					if c := all[q]; c.o0 == nb[1] && m.free(c) && contextual(c.ps) && m.neighboured(c) {
						m.accept(c)
						stack = append(stack, q)
					}
				}
			}
		}
		return true
	}
	for pass, changed := 0, true; changed && pass < maxContextPasses; pass++ {
		changed = false
		m.backbone()
		m.bests(all)
		for k := range all {
			if try(k, true) {
				changed = true
			}
		}
	}
	// 3. Merges and splits.
	m.merge(all)
}

func (m *matcher) free(c cand) bool {
	for i := c.b0; i < c.b1; i++ {
		if m.linkB[i] >= 0 {
			return false
		}
	}
	for j := c.o0; j < c.o1; j++ {
		if m.linkO[j] >= 0 {
			return false
		}
	}
	return true
}

func (m *matcher) accept(c cand) {
	k := len(m.links)
	m.links = append(m.links, bead{c.b0, c.b1, c.o0, c.o1, c.ps, kindOf(c.ps, c.same), c.strength})
	for i := c.b0; i < c.b1; i++ {
		m.linkB[i] = k
	}
	for j := c.o0; j < c.o1; j++ {
		m.linkO[j] = k
	}
	m.paraLinked[[2]int{m.bpar[c.b0], m.opar[c.o0]}] = true
}

// unlink removes link k (replaced by a merge containing it).
func (m *matcher) unlink(k int) {
	l := &m.links[k]
	for i := l.b0; i < l.b1; i++ {
		m.linkB[i] = -1
	}
	for j := l.o0; j < l.o1; j++ {
		m.linkO[j] = -1
	}
	l.b1, l.o1 = l.b0, l.o0 // empty: dropped when records are built
}

// neighboured reports whether the pair's neighbourhood is already linked:
// the previous sentences to each other, the next ones to each other, or
// the two paragraphs by another link.
func (m *matcher) neighboured(c cand) bool {
	if c.b0 > 0 && c.o0 > 0 {
		if k := m.linkB[c.b0-1]; k >= 0 && k == m.linkO[c.o0-1] {
			return true
		}
	}
	if c.b1 < len(m.base) && c.o1 < len(m.other) {
		if k := m.linkB[c.b1]; k >= 0 && k == m.linkO[c.o1] {
			return true
		}
	}
	return m.paraLinked[[2]int{m.bpar[c.b0], m.opar[c.o0]}]
}

// contextual reports whether a pair may be linked with support from its
// surroundings.
func contextual(ps pairScore) bool {
	return ps.dice >= contextMinDice && plausible(ps)
}

// bests records the strongest candidate of each sentence among the pairs
// that could still be linked in context.
func (m *matcher) bests(all []cand) {
	m.bestB = make([]float64, len(m.base))
	m.bestO = make([]float64, len(m.other))
	for _, c := range all {
		if m.free(c) && contextual(c.ps) {
			m.bestB[c.b0] = max(m.bestB[c.b0], c.strength)
			m.bestO[c.o0] = max(m.bestO[c.o0], c.strength)
		}
	}
}

// best reports whether each sentence of the pair is the other's strongest
// candidate.
func (m *matcher) best(c cand) bool {
	return c.strength >= m.bestB[c.b0] && c.strength >= m.bestO[c.o0]
}

// addToSpine inserts a link accepted in a gap of the backbone, which keeps
// the backbone in order; a link accepted for its neighbours may not, and
// waits for the next backbone.
func (m *matcher) addToSpine(c cand) {
	p, _ := slices.BinarySearchFunc(m.spine, c.b0, func(l bead, i int) int { return l.b0 - i })
	if !m.inGap(c) {
		return
	}
	m.spine = slices.Insert(m.spine, p, m.links[m.linkB[c.b0]])
}

// size is a bead's weight in movedLinks: its text length on both sides
// (bytes), which seldom ties, so that the backbone does not depend on
// which document is BASE.
func (m *matcher) size(l bead) int {
	n := 0
	for i := l.b0; i < l.b1; i++ {
		n += m.blen[i]
	}
	for j := l.o0; j < l.o1; j++ {
		n += m.olen[j]
	}
	return n
}

// backbone records the links that keep the order of the others (the
// increasing subsequence of movedLinks), sorted by BASE position.
func (m *matcher) backbone() {
	var ls []bead
	for _, l := range m.links {
		if l.b1 > l.b0 {
			ls = append(ls, l)
		}
	}
	slices.SortFunc(ls, func(a, b bead) int { return a.b0 - b.b0 })
	moved := movedLinks(ls, m.size)
	m.spine = m.spine[:0]
	for k, l := range ls {
		if !moved[k] {
			m.spine = append(m.spine, l)
		}
	}
}

// inGap reports whether the pair lies in order between two consecutive
// links of the backbone (or between one and the start or end of the
// documents): where the order of the article says its counterpart should
// be. Cost: O(log L).
func (m *matcher) inGap(c cand) bool {
	if len(m.spine) == 0 {
		return false
	}
	p, _ := slices.BinarySearchFunc(m.spine, c.b0, func(l bead, i int) int { return l.b0 - i })
	if p > 0 {
		prev := m.spine[p-1]
		if prev.b1 > c.b0 || prev.o1 > c.o0 {
			return false
		}
	}
	if p < len(m.spine) {
		next := m.spine[p]
		if next.b0 < c.b1 || next.o0 < c.o1 {
			return false
		}
	}
	return true
}

// merge extends links, or joins free pairs, into 2–1 and 1–2 groups where
// an adjacent sentence is mostly found in the other side.
func (m *matcher) merge(all []cand) {
	var groups []cand
	for _, c := range all {
		if c.ps.dice < mergeSeedDice {
			continue
		}
		i, j := c.b0, c.o0
		k := m.linkB[i]
		if k != m.linkO[j] || (k >= 0 && (m.links[k].b1-m.links[k].b0 != 1 || m.links[k].o1-m.links[k].o0 != 1)) {
			continue // i and j are linked elsewhere, or already merged
		}
		for _, g := range [][4]int{{i - 1, i + 1, j, j + 1}, {i, i + 2, j, j + 1}, {i, i + 1, j - 1, j + 1}, {i, i + 1, j, j + 2}} {
			if g[0] < 0 || g[1] > len(m.base) || g[2] < 0 || g[3] > len(m.other) {
				continue
			}
			// A heading or caption does not merge with body text.
			if m.brole[g[0]] != m.brole[g[1]-1] || m.orole[g[2]] != m.orole[g[3]-1] {
				continue
			}
			if gc, ok := m.group(g, i, j); ok {
				groups = append(groups, gc)
			}
		}
	}
	slices.SortFunc(groups, m.less)
	for _, g := range groups {
		// The seed pair is linked 1–1 (and is replaced) or free; the
		// added sentence must still be free.
		var seed = -1
		okFree := true
		for i := g.b0; i < g.b1; i++ {
			if k := m.linkB[i]; k >= 0 {
				if seed >= 0 && seed != k {
					okFree = false
				}
				seed = k
			}
		}
		for j := g.o0; j < g.o1; j++ {
			if k := m.linkO[j]; k >= 0 {
				if seed >= 0 && seed != k {
					okFree = false
				}
				seed = k
			}
		}
		if !okFree {
			continue
		}
		if seed >= 0 {
			l := m.links[seed]
			if l.b1-l.b0 != 1 || l.o1-l.o0 != 1 || g.strength <= l.strength {
				continue
			}
			m.unlink(seed)
		}
		m.accept(g)
	}
}

// group scores the merge g = base[g0:g1] with other[g2:g3] grown from the
// pair (i, j), and reports whether it is worth linking: the added sentence
// is mostly found in the other side, and the group as a whole would link.
func (m *matcher) group(g [4]int, i, j int) (cand, bool) {
	var part, whole *sentence
	baseSide := g[1]-g[0] == 2
	if baseSide {
		part = &m.base[g[0]]
		if g[0] == i {
			part = &m.base[g[0]+1]
		}
		whole = &m.other[j]
	} else {
		part = &m.other[g[2]]
		if g[2] == j {
			part = &m.other[g[2]+1]
		}
		whole = &m.base[i]
	}
	pp := m.v.score(part, whole)
	contained := 0.0
	if part.setW > 0 {
		contained = float64(pp.inter) / float64(part.setW)
	}
	if max(contained, pp.kept) < mergeMinPart || pp.inter == 0 {
		return cand{}, false
	}
	var a, b sentence
	if baseSide {
		a = m.v.join(&m.base[g[0]], &m.base[g[0]+1])
		b = m.other[j]
	} else {
		a = m.base[i]
		b = m.v.join(&m.other[g[2]], &m.other[g[2]+1])
	}
	ps := m.v.score(&a, &b)
	same := a.norm == b.norm
	c := cand{g[0], g[1], g[2], g[3], ps, same, strength(ps, same)}
	seed := m.scores[pairIdx{i, j}]
	if !standsAlone(ps, same) && !(ps.dice >= contextMinDice && plausible(ps) && ps.inter >= linkMinWeight && m.linkB[i] >= 0) {
		return cand{}, false
	}
	if c.strength <= strength(seed, m.same(i, j)) {
		return cand{}, false
	}
	return c, true
}
