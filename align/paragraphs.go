package align

import (
	"slices"

	"github.com/wirediff/wirediff/article"
)

// Paragraph evidence for heavy rewrites.
//
// An outlet that rewrites a wire story sentence by sentence in other words,
// padding each paragraph with sentences of its own, usually keeps the
// wire's paragraphs and their order: the paragraph on the DHS statement
// stays between the lead and the paragraph on Conte. Taken one by one, its
// sentences score no higher against their sources than unrelated sentences
// of the same story do; taken as wholes, two paragraphs in the same gap of
// the backbone (between the same two links in order) that share more with
// each other than with any other paragraph of that gap are the same
// paragraph rewritten. Inside such a pair a weaker sentence link is
// accepted, as long as the two sides share a word of their own (see
// ownShared) or a phrase of their own (see sharedBigram): the order of the
// articles says where to look, a name or rare word that only these two
// sentences contain, or two informative words that both keep together
// ("immigration enforcement" where a heavy rewrite has no word left that
// only the two sentences use), says what.
const (
	// paraSentMinDice is the least similarity of a link made inside two
	// paired paragraphs: above the 99th percentile of unrelated MSRP pairs
	// (0.16, see paraphraseMinDice's note) and under contextMinDice, the
	// least when a neighbouring link supports a pair; the paragraph
	// pairing and a stem of the pair's own supply the rest.
	paraSentMinDice = 0.2
	// maxGapCells bounds the paragraphs of one gap paired (BASE paragraphs
	// times OTHER paragraphs): the pairing is quadratic, and a gap this
	// wide has too little order left to go by.
	maxGapCells = 144
	// maxParaSentences: a run of more free sentences of one paragraph is
	// not paired (a paragraph of a news article has a handful; the bead
	// alignment inside a pair is quadratic in them).
	maxParaSentences = 24
)

// paraGroup is a run of free sentences of one paragraph in a gap:
// indexes [s0, s1) into the included sentences of one side.
type paraGroup struct{ s0, s1 int }

// paragraphGaps pairs the paragraphs in each gap of the backbone and links
// sentences inside each pair (see beads). Two paragraphs are paired when
// each is the other's most similar in the gap (weighted Dice of their
// pooled stems, sharing at least linkMinWeight), keeping the heaviest
// subset of such pairs that is in order. It runs only once the backbone
// holds links: without them there is no order to go by (and two single
// sentences, as in the MSRP calibration, get nothing from it). It reports
// whether it linked any. A pair of two lone free sentences is left alone
// (see below). Cost: per gap of p and q paragraphs (p·q at most
// maxGapCells), p·q set intersections and O(p·q) for the pairing, then
// the beads of each pair.
func (m *matcher) paragraphGaps() bool {
	m.backbone()
	if len(m.spine) == 0 {
		return false
	}
	type block struct{ pb, po paraGroup }
	var blocks []block
	for k := 0; k <= len(m.spine); k++ {
		b0, o0, b1, o1 := 0, 0, len(m.base), len(m.other)
		if k > 0 {
			b0, o0 = m.spine[k-1].b1, m.spine[k-1].o1
		}
		if k < len(m.spine) {
			b1, o1 = m.spine[k].b0, m.spine[k].o0
		}
		gb := m.groups(m.linkB, m.bpar, m.brole, b0, b1)
		gog := m.groups(m.linkO, m.opar, m.orole, o0, o1)
		if len(gb) == 0 || len(gog) == 0 || len(gb)*len(gog) > maxGapCells {
			continue
		}
		jo := make([]sentence, len(gog))
		for j, q := range gog {
			jo[j] = m.joinedO(q.s0, q.s1)
		}
		s := make([][]float64, len(gb))
		for i, p := range gb {
			s[i] = make([]float64, len(gog))
			jb := m.joined(m.base, p.s0, p.s1)
			for j := range gog {
				if d, inter := m.v.setDice(&jb, &jo[j]); inter >= linkMinWeight {
					s[i][j] = d
				}
			}
		}
		for _, ij := range pairParagraphs(mutualBest(s)) {
			blocks = append(blocks, block{gb[ij[0]], gog[ij[1]]})
		}
	}
	linked := false
	for _, bl := range blocks {
		// Two lone free sentences are no paragraphs: their pairing says
		// only that they lie in order between two links, which the
		// in-order rule of step 2 weighs with its own checks. Linking
		// them here let a sentence of another story put where a dropped
		// one stood link on one shared name (MSRP sentences in articles:
		// 44 of 121 tuning look-alikes so linked).
		if bl.pb.s1-bl.pb.s0 == 1 && bl.po.s1-bl.po.s0 == 1 {
			continue
		}
		for _, c := range m.beads(bl.pb, bl.po) {
			if !m.evidenced(c) {
				continue
			}
			m.accept(c)
			linked = true
		}
	}
	return linked
}

// groups returns the runs of free sentences of one paragraph in [s0, s1)
// whose paragraph is body text, leaving out runs over maxParaSentences.
func (m *matcher) groups(link, par []int, role []article.Role, s0, s1 int) []paraGroup {
	var out []paraGroup
	for i := s0; i < s1; i++ {
		if link[i] >= 0 || role[i] != article.Body {
			continue
		}
		if n := len(out); n > 0 && out[n-1].s1 == i && par[i] == par[i-1] {
			out[n-1].s1 = i + 1
			continue
		}
		out = append(out, paraGroup{i, i + 1})
	}
	return slices.DeleteFunc(out, func(g paraGroup) bool { return g.s1-g.s0 > maxParaSentences })
}

// setDice returns the weighted Dice coefficient of the stem sets of a and
// b (exact stems only) and the weight they share. Cost: O(a+b).
func (v *vocab) setDice(a, b *sentence) (float64, int64) {
	var shared int64
	for id := range common(a.set, b.set) {
		shared += v.w[id]
	}
	if tot := a.setW + b.setW; tot > 0 {
		return float64(2*shared) / float64(tot), shared
	}
	return 0, 0
}

// beads aligns the sentences of two paired paragraphs the way Gale and
// Church align sentences: a monotone sequence of beads (1–1, 2–1 or 1–2
// adjacent sentences, or a sentence skipped) of the greatest summed
// similarity, where a bead counts only if it could be linked here: a
// similarity of paraSentMinDice, the checks of any paraphrase
// (plausible, linkMinWeight), and a stem of its own (ownShared) of
// rareMinWeight, a name or rare word that no other sentence of either
// document has, or a phrase of two informative ordinary words (see
// sharedBigram) of the same weight. Cost: O(p·q) beads scored for p and q
// sentences.
func (m *matcher) beads(pb, po paraGroup) []cand {
	p, q := pb.s1-pb.s0, po.s1-po.s0
	score := func(b0, b1, o0, o1 int) (cand, bool) {
		jb := m.joined(m.base, b0, b1)
		jo := m.joinedO(o0, o1)
		ps := m.v.score(&jb, &jo)
		c := cand{b0, b1, o0, o1, ps, false, strength(ps, false)}
		ok := ps.dice >= paraSentMinDice && plausible(ps) && ps.inter >= linkMinWeight &&
			(m.v.ownShared(&jb, &jo) >= rareMinWeight || m.v.sharedBigram(&jb, &jo) >= rareMinWeight) && m.free(c)
		return c, ok
	}
	f := make([][]float64, p+1)
	from := make([][]cand, p+1)
	for i := range f {
		f[i] = make([]float64, q+1)
		from[i] = make([]cand, q+1)
	}
	for i := 0; i <= p; i++ {
		for j := 0; j <= q; j++ {
			if i == 0 && j == 0 {
				continue
			}
			best, arg := -1.0, cand{}
			if i > 0 && f[i-1][j] > best {
				best, arg = f[i-1][j], cand{b0: -1, b1: 1}
			}
			if j > 0 && f[i][j-1] > best {
				best, arg = f[i][j-1], cand{b0: -1, o1: 1}
			}
			for _, sz := range [3][2]int{{1, 1}, {2, 1}, {1, 2}} {
				if i < sz[0] || j < sz[1] {
					continue
				}
				b0, o0 := pb.s0+i-sz[0], po.s0+j-sz[1]
				c, ok := score(b0, pb.s0+i, o0, po.s0+j)
				if ok && f[i-sz[0]][j-sz[1]]+c.ps.dice > best {
					best, arg = f[i-sz[0]][j-sz[1]]+c.ps.dice, c
				}
			}
			f[i][j], from[i][j] = best, arg
		}
	}
	var out []cand
	for i, j := p, q; i > 0 || j > 0; {
		c := from[i][j]
		if c.b0 < 0 {
			i, j = i-c.b1, j-c.o1
			continue
		}
		out = append(out, c)
		i, j = i-(c.b1-c.b0), j-(c.o1-c.o0)
	}
	slices.Reverse(out)
	return out
}

// pairParagraphs returns the monotone pairing of rows with columns of the
// greatest sum of s, entries of 0 never taken (Needleman–Wunsch with free
// gaps): of two pairs that cross, the heavier stays. Ties go to skipping
// a row, then a column, so the result is deterministic. Cost: O(p·q).
func pairParagraphs(s [][]float64) [][2]int {
	p := len(s)
	if p == 0 {
		return nil
	}
	q := len(s[0])
	f := make([][]float64, p+1)
	for i := range f {
		f[i] = make([]float64, q+1)
	}
	for i := 1; i <= p; i++ {
		for j := 1; j <= q; j++ {
			f[i][j] = max(f[i-1][j], f[i][j-1])
			if x := s[i-1][j-1]; x > 0 {
				f[i][j] = max(f[i][j], f[i-1][j-1]+x)
			}
		}
	}
	var out [][2]int
	for i, j := p, q; i > 0 && j > 0; {
		switch {
		case f[i][j] == f[i-1][j]:
			i--
		case f[i][j] == f[i][j-1]:
			j--
		default:
			out = append(out, [2]int{i - 1, j - 1})
			i, j = i-1, j-1
		}
	}
	for a, b := 0, len(out)-1; a < b; a, b = a+1, b-1 {
		out[a], out[b] = out[b], out[a]
	}
	return out
}

// mutualBest keeps the entries of s that are the strict maximum of both
// their row and their column, and zeroes the rest.
func mutualBest(s [][]float64) [][]float64 {
	out := make([][]float64, len(s))
	for i := range s {
		out[i] = make([]float64, len(s[i]))
		for j, x := range s[i] {
			if x <= 0 {
				continue
			}
			best := true
			for k, y := range s[i] {
				if k != j && y >= x {
					best = false
				}
			}
			for k := range s {
				if k != i && s[k][j] >= x {
					best = false
				}
			}
			if best {
				out[i][j] = x
			}
		}
	}
	return out
}

// ownShared returns the weight of the most informative stem that the two
// sentences share and no other sentence of either document contains: a
// name, number or rare word of their own (Calenda), not a word of the
// story or of the text's subject (ICE, copying, distribution). Cost:
// O(a+b) for a and b distinct stems.
func (v *vocab) ownShared(a, b *sentence) int64 {
	var best int64
	for id := range common(a.set, b.set) {
		if v.df[id] == 2 {
			best = max(best, v.w[id])
		}
	}
	return best
}

// sharedBigram returns the weight of the heaviest pair of adjacent
// ordinary words found adjacent in both sentences, each word as
// informative as the content word every link shares (contentMinWeight,
// after weighting: not a word of the whole text), or 0: a phrase of the
// pair's own, such as "immigration enforcement" in two rewordings of a
// spokesman's words, where "copying, distribution" runs through a whole
// licence. Cost: O((n+m) log m) for n and m words.
func (v *vocab) sharedBigram(a, b *sentence) int64 {
	key := func(s *sentence, k int) (uint64, bool) {
		x, y := s.words[k-1], s.words[k]
		if !s.ordinary[k-1] || !s.ordinary[k] || v.w[x] < contentMinWeight || v.w[y] < contentMinWeight {
			return 0, false
		}
		return uint64(uint32(x))<<32 | uint64(uint32(y)), true
	}
	var keys []uint64
	for k := 1; k < len(b.words); k++ {
		if x, ok := key(b, k); ok {
			keys = append(keys, x)
		}
	}
	slices.Sort(keys)
	var best int64
	for k := 1; k < len(a.words); k++ {
		x, ok := key(a, k)
		if !ok {
			continue
		}
		if _, found := slices.BinarySearch(keys, x); found {
			best = max(best, v.w[a.words[k-1]]+v.w[a.words[k]])
		}
	}
	return best
}
