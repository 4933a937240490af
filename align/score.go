package align

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A pairScore holds the signals measured on a pair of sentences (or of
// sentence groups), each symmetric in the two sides.
type pairScore struct {
	// dice is the weighted Dice coefficient of the two stem sets:
	// 2·w(A∩B)/(w(A)+w(B)), with near-identical stems (typos, spelling
	// variants) counted at half weight. It is the Score of a link.
	dice float64
	// kept is the share of the shorter side's word weight that the
	// weighted longest common subsequence keeps in order: how much of the
	// shorter sentence survives word for word.
	kept float64
	// keptContent is kept measured on ordinary words only (names and
	// numbers left out): an edit keeps what a sentence says, not only whom
	// it names.
	keptContent float64
	// keptRuns is, for a fragment pair (lengthRatio < fragmentMaxRatio)
	// whose kept passes editMinKept, the share of the shorter side's word
	// weight in runs of two words or more found in the other side too
	// (shared adjacent pairs of stems); 0 otherwise.
	keptRuns float64
	// keptW is the weighted LCS itself, in the same thousandths as the
	// weights; inter the weight of the shared stems (w(A∩B)); sharedMax
	// the weight of the most informative shared stem.
	keptW, inter, sharedMax int64
	// contentMax is the weight of the most informative shared stem that is
	// an ordinary word on both sides (not a name, not a number): sentences
	// that only share who and where are about the same people, not
	// necessarily saying the same thing. Two related ordinary words count
	// at half the lighter's weight, and a phrase of phraseLen words with
	// an ordinary word in it, copied whole, at its weight.
	contentMax int64
	// lengthRatio is the shorter side's word count over the longer's.
	lengthRatio float64
	// numConflict is set when each side has a number the other lacks: a
	// changed figure, which an edit may show but a paraphrase may not hide.
	numConflict bool
}

// keptFloor is the least weight a shorter side counts for in kept: that of
// two words of middling rarity (editMinWeight).
const keptFloor = 12000

// maxLCSCells bounds the quadratic LCS of one pair; above it (two
// sentences of over 2,000 words each) kept is estimated from the shared
// stem weights instead.
const maxLCSCells = 4 << 20

// score measures a pair. Cost: O(a·b) for a and b words (the LCS), plus a
// merge of the two stem sets.
func (v *vocab) score(a, b *sentence) pairScore {
	var ps pairScore
	var shared int64
	var onlyA, onlyB []int32
	i, j := 0, 0
	for i < len(a.set) || j < len(b.set) {
		switch {
		case j == len(b.set) || (i < len(a.set) && a.set[i] < b.set[j]):
			onlyA = append(onlyA, a.set[i])
			i++
		case i == len(a.set) || b.set[j] < a.set[i]:
			onlyB = append(onlyB, b.set[j])
			j++
		default:
			w := v.w[a.set[i]]
			shared += 2 * w
			ps.sharedMax = max(ps.sharedMax, w)
			i++
			j++
		}
	}
	// An acronym on one side spelt out on the other counts as shared. An
	// acronym that its own sentence spells out too ("Homeland Security
	// Investigations (HSI)") is a gloss: the words it abbreviates already
	// count, and counting it again would give one name twice the weight.
	// It then counts for neither overlap nor total.
	var glosses int64
	for _, x := range [2][2]*sentence{{a, b}, {b, a}} {
		for _, id := range x[0].acronyms {
			_, spelt := slices.BinarySearch(x[1].initials, id)
			_, same := slices.BinarySearch(x[1].set, id)
			_, glossed := slices.BinarySearch(x[0].initials, id)
			switch {
			case spelt && !same && glossed:
				glosses += v.w[id]
			case spelt && !same:
				shared += 2 * v.w[id]
				ps.sharedMax = max(ps.sharedMax, v.w[id])
			}
		}
	}
	tot := a.setW + b.setW - glosses
	// Fuzzy matching costs more than the rest; it only runs where the
	// exact overlap already makes the pair worth a look (a handful of
	// misspellings cannot lift a pair from below fuzzyMinOverlap to a link).
	// Related words (synonyms and the like, see related.go) are looked
	// for in the same pairs, among the stems left.
	var fuzzy, related [][2]int32
	if tot > 0 && float64(shared)/float64(tot) >= fuzzyMinOverlap {
		fuzzy = v.fuzzyPairs(onlyA, onlyB)
		related = v.relatedPairs(onlyA, onlyB, a.content, b.content, fuzzy)
		fuzzy = append(fuzzy, related...)
	}
	for _, p := range fuzzy {
		// A misspelling is often unknown to the background table, hence
		// weighs as a rare word: both spellings count as the lighter; so
		// do two related words, one of which may be the rarer.
		wx, wy := v.w[p[0]], v.w[p[1]]
		shared += min(wx, wy)
		tot -= max(wx, wy) - min(wx, wy)
	}
	ps.inter = shared / 2
	if tot > 0 {
		ps.dice = min(1, float64(shared)/float64(tot))
	}
	ps.numConflict = conflicts(a.nums, b.nums)
	ps.contentMax = v.sharedMax(a.content, b.content)
	for _, p := range related {
		// Two related ordinary words say partly the same thing.
		ps.contentMax = max(ps.contentMax, min(v.w[p[0]], v.w[p[1]])/2)
	}
	if ps.contentMax < contentMinWeight {
		// So does a phrase copied whole ("say no to Trump").
		ps.contentMax = max(ps.contentMax, v.sharedPhrase(a, b))
	}

	if la, lb := len(a.words), len(b.words); la > 0 && lb > 0 {
		ps.lengthRatio = float64(min(la, lb)) / float64(max(la, lb))
	}
	// A sentence lighter than keptFloor cannot be kept "whole": two words
	// found inside a long sentence are weak evidence of an edit.
	den := float64(max(min(a.seqW, b.seqW), keptFloor))
	// The LCS is the costly part. Its weight is at most that of the
	// shorter side's words found anywhere in the other; when even that
	// bound cannot make an edit and the pair is too unlike to link as a
	// paraphrase, the bound stands in for it.
	ub := v.containedWeight(a, b, fuzzy)
	switch {
	case float64(ub)/den < editMinKept && ps.dice < contextMinDice:
		ps.keptW = ub
	case len(a.words)*len(b.words) > maxLCSCells:
		ps.keptW = min(ub, shared/2)
	default:
		ps.keptW = v.lcs(a.words, b.words, fuzzy)
	}
	ps.kept = min(1, float64(ps.keptW)/den)
	if ps.kept >= editMinKept {
		if len(a.contentWords)*len(b.contentWords) <= maxLCSCells {
			// No floor here: kept has already established that the
			// pair is more than two words in common, and a short
			// sentence whose one ordinary word is kept ("Copyright (C)
			// 1991 Free Software Foundation" with a year inserted) is
			// an edit.
			kc := v.lcs(a.contentWords, b.contentWords, fuzzy)
			if d := min(a.contentW, b.contentW); d > 0 {
				ps.keptContent = min(1, float64(kc)/float64(d))
			} else {
				ps.keptContent = ps.kept // names and numbers only
			}
		} else {
			ps.keptContent = ps.kept
		}
		if ps.lengthRatio < fragmentMaxRatio {
			ps.keptRuns = v.inRuns(a, b)
		}
	}
	return ps
}

// inRuns returns the share of the lighter sentence's word weight that lies
// in a pair of adjacent words also adjacent in the other sentence. Cost:
// O(n log n + m log n) for the lighter side's n words and the other's m.
func (v *vocab) inRuns(a, b *sentence) float64 {
	if b.seqW < a.seqW {
		a, b = b, a
	}
	pairs := make([]uint64, 0, len(b.words))
	for k := 1; k < len(b.words); k++ {
		pairs = append(pairs, uint64(uint32(b.words[k-1]))<<32|uint64(uint32(b.words[k])))
	}
	slices.Sort(pairs)
	var w int64
	prev := false // the pair ending at word k-1 is shared
	for k, x := range a.words {
		next := false
		if k+1 < len(a.words) {
			_, next = slices.BinarySearch(pairs, uint64(uint32(x))<<32|uint64(uint32(a.words[k+1])))
		}
		if prev || next {
			w += v.w[x]
		}
		prev = next
	}
	return float64(w) / float64(max(a.seqW, 1))
}

// phraseLen is the length of the phrases that sharedPhrase looks for:
// three words, as short as a run of words can be and still be a phrase
// rather than a pair of neighbours ("say no to", "no to Trump").
const phraseLen = 3

// sharedPhrase returns the weight of the heaviest run of phraseLen words
// found, in order and adjacent, in both sentences and holding an ordinary
// word on each side (so not "told RTL 102.5", nor "GNU GENERAL PUBLIC
// LICENSE" in capitals against the name in a sentence), or 0. Cost: O((n+m) log m).
func (v *vocab) sharedPhrase(a, b *sentence) int64 {
	if len(a.words) < phraseLen || len(b.words) < phraseLen {
		return 0
	}
	key := func(ws []int32) uint64 {
		var h uint64 = 14695981039346656037
		for _, w := range ws {
			h = (h ^ uint64(uint32(w))) * 1099511628211
		}
		return h
	}
	// The phrases of b with an ordinary word, sorted.
	keys := make([]uint64, 0, len(b.words))
	for k := 0; k+phraseLen <= len(b.words); k++ {
		if slices.Contains(b.ordinary[k:k+phraseLen], true) {
			keys = append(keys, key(b.words[k:k+phraseLen]))
		}
	}
	slices.Sort(keys)
	var best int64
	for k := 0; k+phraseLen <= len(a.words); k++ {
		if !slices.Contains(a.ordinary[k:k+phraseLen], true) {
			continue
		}
		if _, ok := slices.BinarySearch(keys, key(a.words[k:k+phraseLen])); !ok {
			continue
		}
		var w int64
		for _, id := range a.words[k : k+phraseLen] {
			w += v.w[id]
		}
		best = max(best, w)
	}
	return best
}

// sharedMax returns the largest weight of a stem in both sorted sets.
func (v *vocab) sharedMax(a, b []int32) int64 {
	var best int64
	for id := range common(a, b) {
		best = max(best, v.w[id])
	}
	return best
}

// containedWeight bounds the weighted LCS of a and b from above: the
// weight of the words of the lighter side whose stem (or fuzzy partner)
// occurs in the other. Cost: O(n log m).
func (v *vocab) containedWeight(a, b *sentence, fuzzy [][2]int32) int64 {
	if b.seqW < a.seqW {
		a, b = b, a
	}
	var w int64
	for _, x := range a.words {
		if _, found := slices.BinarySearch(b.set, x); found {
			w += v.w[x]
			continue
		}
		for _, p := range fuzzy {
			if p[0] == x || p[1] == x {
				w += v.w[x] / 2
				break
			}
		}
	}
	return w
}

// conflicts reports whether each sorted set has an element the other lacks.
func conflicts(a, b []int32) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	var onlyA, onlyB bool
	for _, x := range a {
		if _, found := slices.BinarySearch(b, x); !found {
			onlyA = true
		}
	}
	for _, x := range b {
		if _, found := slices.BinarySearch(a, x); !found {
			onlyB = true
		}
	}
	return onlyA && onlyB
}

// lcs returns the weight of the heaviest common subsequence of two word
// sequences; equal stems weigh their weight, fuzzy pairs half the lighter.
//
// It computes the rows of the classic dynamic programme (row[j], the best
// weight of a's words so far against b[:j]) in place, visiting only what
// can change: a row is non-decreasing, so a word of a changes the row only
// from its first match in b on, and only until the old row catches up with
// the best match seen. A word with no match in b costs a binary search.
// Cost: O(m + n·(1 + fuzzy pairs)) plus the matches and the cells
// changed, at most O(n·m), for n = len(a) and m = len(b); memory O(m)
// and a table over the vocabulary's stems, both reused.
func (v *vocab) lcs(a, b []int32, fuzzy [][2]int32) int64 {
	m := len(b)
	if cap(v.row) < m+1 {
		v.row = make([]int64, m+1)
	}
	row := v.row[:m+1]
	clear(row)
	// b's positions by stem, as lists: head[y] is the first position of
	// stem y in b (or -1), next[j] the position after j of b[j]'s stem.
	// head is indexed by stem id and left all -1 after each call.
	if len(v.lcsHead) < len(v.w) {
		v.lcsHead = slices.Grow(v.lcsHead[:0], len(v.w))[:len(v.w)]
		for i := range v.lcsHead {
			v.lcsHead[i] = -1
		}
	}
	head := v.lcsHead
	if cap(v.lcsNext) < m {
		v.lcsNext = make([]int32, m)
	}
	next := v.lcsNext[:m]
	for j := m - 1; j >= 0; j-- {
		next[j], head[b[j]] = head[b[j]], int32(j)
	}
	defer func() {
		for _, y := range b {
			head[y] = -1
		}
	}()
	matches := v.lcsMatches[:0]
	// addMatches adds the positions of stem y in b, each worth w.
	addMatches := func(y int32, w int64) {
		for p := head[y]; p >= 0; p = next[p] {
			matches = append(matches, lcsMatch{int(p), w})
		}
	}
	for _, x := range a {
		matches = matches[:0]
		addMatches(x, v.w[x])
		sorted := true
		for _, p := range fuzzy {
			y := p[1]
			if p[1] == x {
				y = p[0]
			} else if p[0] != x {
				continue
			}
			if y == x {
				continue
			}
			n := len(matches)
			addMatches(y, min(v.w[x], v.w[y])/2)
			sorted = sorted && (n == 0 || n == len(matches) || matches[n-1].pos < matches[n].pos)
		}
		if len(matches) == 0 {
			continue
		}
		if !sorted {
			slices.SortFunc(matches, func(p, q lcsMatch) int { return p.pos - q.pos })
		}
		// row[j+1] becomes max(row[j+1], best of old row[p]+w over the
		// matches p ≤ j): the recurrence of the programme, the old row
		// being non-decreasing.
		var run int64
		k := 0
		old := row[matches[0].pos]
		for j := matches[0].pos; j < m; j++ {
			next := row[j+1]
			for ; k < len(matches) && matches[k].pos == j; k++ {
				run = max(run, old+matches[k].w)
			}
			if run > next {
				row[j+1] = run
			} else if k == len(matches) {
				break
			}
			old = next
		}
	}
	v.lcsMatches = matches
	return row[m]
}

// An lcsMatch is a position of b where a word of a matches, and its worth.
type lcsMatch struct {
	pos int
	w   int64
}

// Fuzzy matching of stems: two stems of at least fuzzyMinLen letters whose
// character trigrams (with word boundaries) have a Dice coefficient of at
// least fuzzyMinDice (fuzzyShortDice when one has only fuzzyMinLen
// letters) are taken for the same word misspelt or spelt another way:
// itali/ital for Italy/Italer (0.67), milan/milano (0.73), organis/organ
// (0.67), but not said/sail (0.5). Numbers never match fuzzily: 2025 and
// 2026 are different years.
const (
	fuzzyMinLen    = 4
	fuzzyMinDice   = 0.5
	fuzzyShortDice = 0.6
	// fuzzyMaxWork bounds the stem pairs examined per sentence pair.
	fuzzyMaxWork = 400
	// fuzzyMinOverlap is the exact weighted overlap (Dice) below which a
	// pair is not searched for fuzzy matches: half the least similarity
	// that links in context (contextMinDice).
	fuzzyMinOverlap = contextMinDice / 2
)

// fuzzyPairs pairs up stems of a and b (each sorted, disjoint) that look
// like one word, greedily by similarity with ties broken by stem text so
// the result does not depend on which side is which.
func (v *vocab) fuzzyPairs(a, b []int32) [][2]int32 {
	a, b = v.fuzzyCandidates(a), v.fuzzyCandidates(b)
	if len(a) == 0 || len(b) == 0 || len(a)*len(b) > fuzzyMaxWork {
		return nil
	}
	var cs []stemPair
	for _, x := range a {
		for _, y := range b {
			gx, gy := v.grams(x), v.grams(y)
			// Dice cannot exceed 2·min/(sum): skip hopeless lengths.
			if 2*min(len(gx), len(gy)) < int(fuzzyMinDice*float64(len(gx)+len(gy))) {
				continue
			}
			need := fuzzyMinDice
			if min(len(gx), len(gy)) <= fuzzyMinLen { // n letters make n trigrams
				need = fuzzyShortDice
			}
			if d := gramDice(gx, gy); d >= need {
				cs = append(cs, stemPair{x, y, d})
			}
		}
	}
	return v.greedyPairs(cs)
}

// A stemPair is a candidate pairing of stem x of one sentence with stem y
// of the other, with its score.
type stemPair struct {
	x, y  int32
	score float64
}

// greedyPairs pairs stems one to one from the candidates, best score
// first, ties broken by the stems' text so that the result does not depend
// on which side is which. Cost: O(n log n) for n candidates, plus the
// matching.
func (v *vocab) greedyPairs(cs []stemPair) [][2]int32 {
	key := func(c stemPair) (string, string) {
		s, t := v.stems[c.x], v.stems[c.y]
		if s > t {
			s, t = t, s
		}
		return s, t
	}
	slices.SortFunc(cs, func(p, q stemPair) int {
		if c := cmp.Compare(q.score, p.score); c != 0 {
			return c
		}
		p1, p2 := key(p)
		q1, q2 := key(q)
		if c := strings.Compare(p1, q1); c != 0 {
			return c
		}
		return strings.Compare(p2, q2)
	})
	usedA, usedB := map[int32]bool{}, map[int32]bool{}
	var out [][2]int32
	for _, c := range cs {
		if usedA[c.x] || usedB[c.y] {
			continue
		}
		usedA[c.x], usedB[c.y] = true, true
		out = append(out, [2]int32{c.x, c.y})
	}
	return out
}

func (v *vocab) fuzzyCandidates(ids []int32) []int32 {
	var out []int32
	for _, id := range ids {
		if len(v.grams(id)) > 0 {
			out = append(out, id)
		}
	}
	return out
}

// grams returns the sorted character trigrams of a stem (see trigrams),
// or nil for a stem that never matches fuzzily (a number, or shorter than
// fuzzyMinLen). Computed once per stem.
func (v *vocab) grams(id int32) []uint64 {
	for int(id) >= len(v.trigrams) {
		v.trigrams = append(v.trigrams, nil)
		v.gramsDone = append(v.gramsDone, false)
	}
	if !v.gramsDone[id] {
		v.gramsDone[id] = true
		if !v.num[id] && utf8.RuneCountInString(v.stems[id]) >= fuzzyMinLen {
			v.trigrams[id] = trigrams(v.stems[id])
		}
	}
	return v.trigrams[id]
}

// gramDice is the Dice coefficient of two sorted sets of trigrams (see
// trigrams).
func gramDice(gs, gt []uint64) float64 {
	if len(gs)+len(gt) == 0 {
		return 0
	}
	shared, i, j := 0, 0, 0
	for i < len(gs) && j < len(gt) {
		switch {
		case gs[i] < gt[j]:
			i++
		case gt[j] < gs[i]:
			j++
		default:
			shared++
			i++
			j++
		}
	}
	return 2 * float64(shared) / float64(len(gs)+len(gt))
}

// trigrams returns the distinct trigrams of "#"+s+"#", each packed into a
// uint64 (three runes of 21 bits), sorted.
func trigrams(s string) []uint64 {
	rs := append(append([]rune{'#'}, []rune(s)...), '#')
	var out []uint64
	for i := 0; i+3 <= len(rs); i++ {
		out = append(out, uint64(rs[i])<<42|uint64(rs[i+1])<<21|uint64(rs[i+2]))
	}
	slices.Sort(out)
	return slices.Compact(out)
}
