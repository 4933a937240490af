package align

import (
	"cmp"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"github.com/wirediff/wirediff/words"
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
	// wordDice is dice over the words that are not figures: how much of
	// the rest of the two sentences is the same words, in any order.
	wordDice float64
	// The counts and flags come last, the flags together: a pairScore is
	// held for every candidate pair, and packed so they take 16 bytes
	// instead of 48.
	// numShared counts the numbers of one side found on the other, equal,
	// nearly so or written another way (see compareNumbers).
	numShared int32
	// distinct counts the shared stems that name a participant of this
	// report rather than its kind of story: as informative as
	// rareMinWeight after weighting (so neither a common word nor a word
	// of the story found all over both articles) and not vocabulary of
	// the news beat (see isBeat): "Hartford", "helicopter", "forty", but
	// not "Nasdaq", "index" or "Monday". distinctWords counts those that
	// are not figures.
	distinct, distinctWords int32
	// numConflict is set when each side has a number the other lacks: a
	// changed figure, which an edit may show but a paraphrase may not hide.
	numConflict bool
	// factsDiffer is set when each side has more numbers of its own than
	// numbers in common: most figures differ, as when two market reports
	// give an index's move on different days (the "500" of "Standard &
	// Poor's 500" in common, the points and levels not); or when each
	// side has changedFiguresMin numbers of its own, whatever it shares:
	// a bond's price, yield and close of another day share the numbers of
	// the instrument's name ("30-year bond US30YT=RR", "/32"), not its
	// figures (see changedFiguresMin).
	factsDiffer bool
	// figureOnly is set when exactly one figure of each side is missing
	// from the other and the two count the same thing (the word after
	// each is the same, or neither is followed by a word): one figure
	// replaced by another ("at least 11 people" and "at least 13 people").
	figureOnly bool
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
	var shared, sharedNum int64
	onlyA, onlyB := v.only[0][:0], v.only[1][:0]
	i, j := 0, 0
	for i < len(a.set) || j < len(b.set) {
		switch {
		case j == len(b.set) || (i < len(a.set) && a.set[i] < b.set[j]):
			onlyA = append(onlyA, a.set[i])
			i++
		case i == len(a.set) || b.set[j] < a.set[i]:
			onlyB = append(onlyB, b.set[j])
			j++
		case v.num[a.set[i]] && !sameUnit(a.unitOf(a.set[i]), b.unitOf(a.set[i])):
			// The same number of different units ("$5", "5 percent")
			// is a figure of each side, not one they share.
			onlyA = append(onlyA, a.set[i])
			onlyB = append(onlyB, a.set[i])
			i++
			j++
		default:
			id := a.set[i]
			w := v.w[id]
			shared += 2 * w
			if v.num[id] {
				sharedNum += 2 * w
			}
			ps.sharedMax = max(ps.sharedMax, w)
			if w >= rareMinWeight && !v.beat[id] {
				ps.distinct++
				if !v.num[id] {
					ps.distinctWords++
				}
			}
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
	// fuzzy holds the fuzzy pairs, then the related ones; related is its
	// tail.
	fuzzy, related := v.chosen[:0], [][2]int32(nil)
	if tot > 0 && float64(shared)/float64(tot) >= fuzzyMinOverlap {
		fuzzy = v.fuzzyPairs(fuzzy, onlyA, onlyB)
		n := len(fuzzy)
		fuzzy = v.relatedPairs(fuzzy, onlyA, onlyB, a.content, b.content)
		related = fuzzy[n:]
	}
	v.only[0], v.only[1], v.chosen = onlyA, onlyB, fuzzy // for the next pair
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
	nShared, nA, nB := v.compareNumbers(a, b)
	ps.numShared = int32(nShared)
	ps.numConflict = nA > 0 && nB > 0
	ps.factsDiffer = nA > nShared && nB > nShared || nA >= changedFiguresMin && nB >= changedFiguresMin
	if wt := tot - v.weightOf(a.nums) - v.weightOf(b.nums); wt > 0 {
		ps.wordDice = min(1, float64(shared-sharedNum)/float64(wt))
	}
	ps.figureOnly = nA == 1 && nB == 1 && v.countedSame(a, b)
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

// changedFiguresMin: a pair in which each side has this many figures the
// other lacks is another report of the same kind, not one sentence with a
// figure corrected: never a paraphrase, and an edit only when most of it
// is kept in order (factsMinKept). On the MSRP tuning part it parts 6
// look-alikes (all bond reports of other days) and 1 of 1,968 positives
// (a Russell 2000 report of another hour, all its figures changed);
// held-out 4 look-alikes and no positive.
const changedFiguresMin = 2

// figureTolerance: two figures within this share of the larger are the
// same figure rounded, for matching ("14.7 pounds" and "about 15"): how
// far news rounds is words.RoundingTolerance.
const figureTolerance = words.RoundingTolerance

// compareNumbers compares the figures of two sentences: how many numbers
// of one side the other has, equal or nearly so (see hasFigure; the
// larger count of the two sides, so that the answer does not depend on
// which side is which), and how many of each side's numbers the other
// lacks. Cost: O(a·b) for a and b numbers and number words, a handful
// each; O((a+b)·log(a+b)) past figureIndexMin pairs (see figureIndex).
func (v *vocab) compareNumbers(a, b *sentence) (shared, onlyA, onlyB int) {
	inB, inA := 0, 0
	xa, xb := v.figuresFor(a, len(b.nums)), v.figuresFor(b, len(a.nums))
	for _, x := range a.nums {
		if v.hasFigureIn(b, xb, x, a.unitOf(x)) {
			inB++
		} else {
			onlyA++
		}
	}
	for _, y := range b.nums {
		if v.hasFigureIn(a, xa, y, b.unitOf(y)) {
			inA++
		} else {
			onlyB++
		}
	}
	return max(inA, inB), onlyA, onlyB
}

// weightOf returns the summed weight of the stems ids.
func (v *vocab) weightOf(ids []int32) int64 {
	var w int64
	for _, id := range ids {
		w += v.w[id]
	}
	return w
}

// countedSame reports whether the figure of a that b lacks and the figure
// of b that a lacks (one each, see compareNumbers) count the same thing:
// the word after the first occurrence of each, figures skipped, is the
// same stem, or neither has a word after it. Cost: O(a+b) words.
func (v *vocab) countedSame(a, b *sentence) bool {
	after := func(s, o *sentence) (int32, bool) {
		xo := v.figuresFor(o, len(s.words))
		for k, id := range s.words {
			if !v.num[id] || v.hasFigureIn(o, xo, id, s.unitOf(id)) {
				continue
			}
			for _, next := range s.words[k+1:] {
				if !v.num[next] {
					return next, true
				}
			}
			return -1, true
		}
		return -1, false
	}
	x, okA := after(a, b)
	y, okB := after(b, a)
	return okA && okB && x == y
}

// hasFigure reports whether s has the figure id of o: the same number, one
// equal to it rounded (see sameFigures), or the number written as a word
// ("eight per cent" and "8 percent"; see numberWords), in a unit that
// does not differ (see sameUnit).
func (v *vocab) hasFigure(s *sentence, id int32, o *sentence) bool {
	return v.hasFigureIn(s, nil, id, o.unitOf(id))
}

// hasFigureIn is hasFigure for a figure in unit, read in x, s's figure
// index, when there is one (see figuresFor).
func (v *vocab) hasFigureIn(s *sentence, x *figureIndex, id int32, unit words.Unit) bool {
	if x != nil {
		return x.has(v, s, id, unit)
	}
	for _, y := range s.nums {
		if (y == id || sameFigures(v.figureOf(id), v.figureOf(y))) && sameUnit(unit, s.unitOf(y)) {
			return true
		}
	}
	fig := v.figureOf(id)
	if !fig.ok {
		return false
	}
	f := fig.f
	for _, y := range s.content {
		if n, isNumber := numberWords()[v.stems[y]]; isNumber && n == f {
			return true
		}
	}
	return v.hasConverted(s, f, unit)
}

// hasConverted reports whether s has figure f, of measure unit, converted
// into another unit of that measure ("50 miles" and "80 kilometres"; see
// words.SameQuantity): an outlet that localises a story converts its
// figures, and they stay the story's figures. Cost: a pass over the
// numbers s writes with a unit, for a figure with a measure only.
func (v *vocab) hasConverted(s *sentence, f float64, unit words.Unit) bool {
	if !unit.IsMeasure() {
		return false
	}
	for _, u := range s.units {
		if g := v.figureOf(u.id); g.ok && words.SameQuantity(f, unit, g.f, u.unit) {
			return true
		}
	}
	return false
}

// figureIndexMin is the most figure comparisons that hasFigure makes one
// pair at a time for a pair of sentences; past it they go through a
// figureIndex. A news sentence has a handful of figures; a table or a
// list of numbers read as one sentence has thousands, and pair by pair
// they cost the square of their number (20,000 rows of numbers against
// themselves took minutes). A variable so that tests can take either
// path.
var figureIndexMin = 256

// A figureIndex holds the figures of one sentence by value, so that
// hasFigure's answer for a figure is a binary search and a look at the
// values within figureTolerance of it, not a pass over every figure.
// hasFigureIn gives the same answers with or without it.
type figureIndex struct {
	// byValue are the numbers of s that sameFigures can read (a value
	// above 0, no year), in increasing value.
	byValue []figureValue
	// words are the values of the number words among s's ordinary words,
	// sorted.
	words []float64
}

type figureValue struct {
	f  float64
	id int32
}

// figuresFor returns the figure index of s when queries figures are to be
// looked up in it and that would make more than figureIndexMin
// comparisons pair by pair, and nil otherwise. Cost: O(n log n) for n
// numbers of s, when made.
func (v *vocab) figuresFor(s *sentence, queries int) *figureIndex {
	if len(s.nums)*queries <= figureIndexMin {
		return nil
	}
	x := &figureIndex{}
	for _, y := range s.nums {
		if g := v.figureOf(y); g.ok && g.f > 0 && !g.year {
			x.byValue = append(x.byValue, figureValue{g.f, y})
		}
	}
	slices.SortFunc(x.byValue, func(a, b figureValue) int { return cmp.Compare(a.f, b.f) })
	for _, y := range s.content {
		if n, isNumber := numberWords()[v.stems[y]]; isNumber {
			x.words = append(x.words, n)
		}
	}
	slices.Sort(x.words)
	return x
}

// has is hasFigureIn without the index: the same number (s.nums is
// sorted), a number within figureTolerance (sameFigures: both values
// above 0, neither a year), in a unit that does not differ; or the value
// written as a number word, whatever its unit.
func (x *figureIndex) has(v *vocab, s *sentence, id int32, unit words.Unit) bool {
	if _, ok := slices.BinarySearch(s.nums, id); ok && sameUnit(unit, s.unitOf(id)) {
		return true
	}
	fig := v.figureOf(id)
	if !fig.ok {
		return false
	}
	f := fig.f
	if f > 0 && !fig.year {
		// |f-g| <= t·max(f, g) holds for g in [f(1-t), f/(1-t)]: the
		// window, widened by a rounding error, then the test itself.
		lo, hi := f*(1-figureTolerance)*(1-1e-9), f/(1-figureTolerance)*(1+1e-9)
		k, _ := slices.BinarySearchFunc(x.byValue, lo, func(e figureValue, t float64) int { return cmp.Compare(e.f, t) })
		for ; k < len(x.byValue) && x.byValue[k].f <= hi; k++ {
			e := x.byValue[k]
			if math.Abs(f-e.f) <= figureTolerance*max(f, e.f) && sameUnit(unit, s.unitOf(e.id)) {
				return true
			}
		}
	}
	if _, found := slices.BinarySearch(x.words, f); found {
		return true
	}
	return v.hasConverted(s, f, unit)
}

// numUnit is a number of a sentence and its unit.
type numUnit struct {
	id   int32
	unit words.Unit
}

// sameUnit reports whether two figures may measure the same thing: their
// units do not differ. A figure without a unit matches any ("shares
// closed at 14.10" and "at $14.10": news often drops the currency), but
// an amount is never a percentage: "$1.49" is not "1.5 percent" rounded,
// nor "$5" the same figure as "5 percent". The one owner of the rule for
// every comparison of figures (score's shared numbers, compareNumbers,
// countedSame). Cost: none.
func sameUnit(x, y words.Unit) bool {
	return x == words.NoUnit || y == words.NoUnit || x == y
}

// unitOf returns the unit of the number id of s (words.NoUnit when s writes
// it without one, or with two different ones). Cost: O(log n) for n
// numbers with a unit.
func (s *sentence) unitOf(id int32) words.Unit {
	if k, ok := slices.BinarySearchFunc(s.units, id, func(u numUnit, id int32) int { return int(u.id) - int(id) }); ok {
		return s.units[k].unit
	}
	return words.NoUnit
}

// unitsOf returns, sorted by stem, the numbers of all (every occurrence
// in a sentence, with its unit) that are always written with the same
// unit.
func unitsOf(all []numUnit) []numUnit {
	if len(all) == 0 {
		return nil
	}
	slices.SortStableFunc(all, func(x, y numUnit) int { return int(x.id) - int(y.id) })
	var out []numUnit
	for i := 0; i < len(all); {
		j := i + 1
		same := true
		for ; j < len(all) && all[j].id == all[i].id; j++ {
			same = same && all[j].unit == all[i].unit
		}
		if same && all[i].unit != words.NoUnit {
			out = append(out, all[i])
		}
		i = j
	}
	return out
}

// joinUnits returns the units of a and b read one after the other: a
// number keeps its unit when each side that has it writes it with that
// unit.
func joinUnits(a, b *sentence) []numUnit {
	var all []numUnit
	for _, s := range [2]*sentence{a, b} {
		for _, id := range s.nums {
			all = append(all, numUnit{id, s.unitOf(id)})
		}
	}
	return unitsOf(all)
}

// figureUnitAt returns the unit of the number spanning toks[first..last]
// of text (see words.Unit): money after a currency sign or before a
// money word, a percentage before "%", a percent word or "per cent" (see
// words.UnitWord), a measure after it ("50 miles", "38C", see
// words.MeasureAfter); a scale word between ("1.76 billion euros") is
// skipped. Cost: a look at the few tokens around.
func figureUnitAt(text string, toks []words.Token, first, last int) words.Unit {
	if first > 0 && toks[first-1].Kind == words.Punct {
		if r, _ := utf8.DecodeLastRuneInString(text[toks[first-1].Start:toks[first-1].End]); words.IsCurrencySign(r) {
			return words.Money
		}
	}
	next := func(i int) int {
		for i++; i < len(toks) && toks[i].Kind == words.Space; i++ {
		}
		return i
	}
	i := next(last)
	if i < len(toks) && toks[i].Kind == words.Punct && text[toks[i].Start] == '%' {
		return words.Percent
	}
	word := func(i int) string {
		if i >= len(toks) || toks[i].Kind != words.Word {
			return ""
		}
		return strings.ToLower(text[toks[i].Start:toks[i].End])
	}
	w := word(i)
	// Where a measure would start: after the figure's last digit (letters
	// glued to it, "38C", are its unit) or after its scale word.
	from := toks[last].End
	if t := text[toks[first].Start:toks[last].End]; strings.LastIndexAny(t, "0123456789") < len(t)-1 {
		from = toks[first].Start + strings.LastIndexAny(t, "0123456789") + 1
	}
	if _, scale := words.ScaleWord(w); scale {
		from = toks[i].End
		i = next(i)
		w = word(i)
	}
	if w == "per" && word(next(i)) == "cent" {
		return words.Percent
	}
	if u := words.UnitWord(w); u != words.NoUnit {
		return u
	}
	u, _ := words.MeasureAfter(text[from:])
	return u
}

// numberWords returns the stems of the number words that news writes for
// small figures and round tens (see words.NumberWord), with their values:
// from two to ninety-nine, and a dozen. Scale words ("hundred",
// "million") are read with the digits before them, not as figures alone.
var numberWords = sync.OnceValue(func() map[string]float64 {
	m := map[string]float64{}
	for w, v := range words.NumberWords() {
		if v >= 2 && v < 100 {
			m[english.Stem(w, true)] = v
		}
	}
	return m
})

// sameFigures reports whether the figures of two number words are one
// figure rounded: both decimal numbers (thousands separators allowed),
// within figureTolerance of the larger. Years and other integers of four
// digits or more must be equal: 2002 is not 2003.
func sameFigures(x, y figure) bool {
	if !x.ok || !y.ok || x.f <= 0 || y.f <= 0 || x.year || y.year {
		return false
	}
	return math.Abs(x.f-y.f) <= figureTolerance*max(x.f, y.f)
}

// A figure is what a number word is worth: its value, whether it reads
// as a number at all (see parseFigure), and whether it is written like a
// year (see isYear).
type figure struct {
	f        float64
	ok, year bool
}

// readFigure reads the figure of number word s.
func readFigure(s string) figure {
	f, ok := parseFigure(s)
	return figure{f: f, ok: ok, year: isYear(s)}
}

// figureOf returns the figure of stem id: from figs for a number among
// the stems finish saw, read now for any other (a stem of a sentence
// analysed since, or a word that is no number).
func (v *vocab) figureOf(id int32) figure {
	if g, ok := v.figs[id]; ok {
		return g
	}
	return readFigure(v.stems[id])
}

// parseFigure returns the value of a number word, read without the
// letters glued to it (see figureCore).
func parseFigure(s string) (float64, bool) {
	f, err := strconv.ParseFloat(strings.ReplaceAll(figureCore(s), ",", ""), 64)
	return f, err == nil
}

// maxAffix is the most letters glued to a figure that figureCore strips on
// either side: a currency ("US", "NZ"), a scale or unit ("bn", "m", "c",
// "ft"), an ordinal ending ("th").
const maxAffix = 3

// figureCore returns a number word without the letters glued before or
// after its digits ("US1.06" and "1.06", "1.76bn" and "1.76", "NZ75c" and
// "75", "11th" and "11"), so that a figure written another way is the
// same figure. A word with more letters around its digits is returned
// whole.
func figureCore(s string) string {
	isDigit := func(r rune) bool { return r >= '0' && r <= '9' }
	isLetter := func(r rune) bool { return r >= 'a' && r <= 'z' }
	i := strings.IndexFunc(s, isDigit)
	j := strings.LastIndexFunc(s, isDigit)
	if i < 0 || i > maxAffix || len(s)-1-j > maxAffix {
		return s
	}
	if strings.IndexFunc(s[:i], func(r rune) bool { return !isLetter(r) }) >= 0 ||
		strings.IndexFunc(s[j+1:], func(r rune) bool { return !isLetter(r) }) >= 0 {
		return s
	}
	return s[i : j+1]
}

// numberEnd returns the index of the last token of the number that starts
// at toks[k], toks being words.Tokenize(s): words.NumberEnd's groups of
// digits joined by a dot or comma, where the first group may follow up to
// maxAffix letters and the last may run into them ("US1.06", "1.76bn"), as
// figureCore reads them. It returns k when toks[k] starts no such number.
func numberEnd(s string, toks []words.Token, k int) int {
	// Without an ASCII digit a word starts no number (lower-casing makes
	// none): most words are done here, without a lower-cased copy.
	if !hasASCIIDigit(s[toks[k].Start:toks[k].End]) {
		return k
	}
	group := func(t words.Token, first bool) bool {
		w := s[t.Start:t.End]
		core := figureCore(strings.ToLower(w))
		if core == "" || strings.Trim(core, "0123456789") != "" {
			return false
		}
		if first {
			return strings.HasSuffix(w, core)
		}
		return strings.HasPrefix(w, core)
	}
	if !group(toks[k], true) {
		return words.NumberEnd(s, toks, k)
	}
	for k+2 < len(toks) && toks[k+1].End-toks[k+1].Start == 1 && (s[toks[k+1].Start] == '.' || s[toks[k+1].Start] == ',') &&
		group(toks[k+2], false) && isDigits(s[toks[k].Start:toks[k].End][len(s[toks[k].Start:toks[k].End])-1:]) {
		k += 2
	}
	return k
}

// hasASCIIDigit reports whether s has a digit from 0 to 9.
func hasASCIIDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// isDigits reports whether s is one or more ASCII digits.
func isDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// isYear reports whether s is written like a year: four digits from 1000.
func isYear(s string) bool {
	s = figureCore(s)
	return len(s) == 4 && s[0] >= '1' && s[0] <= '2' && strings.Trim(s, "0123456789") == ""
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
// the result does not depend on which side is which. The pairs are
// appended to dst.
func (v *vocab) fuzzyPairs(dst [][2]int32, a, b []int32) [][2]int32 {
	v.running[0], v.running[1] = v.fuzzyCandidates(v.running[0][:0], a), v.fuzzyCandidates(v.running[1][:0], b)
	a, b = v.running[0], v.running[1]
	if len(a) == 0 || len(b) == 0 || len(a)*len(b) > fuzzyMaxWork {
		return dst
	}
	cs := v.cands[:0]
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
			if d, ok := gramDiceAtLeast(gx, gy, need); ok {
				cs = append(cs, stemPair{x, y, d})
			}
		}
	}
	v.cands = cs
	return v.greedyPairs(dst, cs)
}

// A stemPair is a candidate pairing of stem x of one sentence with stem y
// of the other, with its score.
type stemPair struct {
	x, y  int32
	score float64
}

// greedyPairs pairs stems one to one from the candidates, best score
// first, ties broken by the stems' text so that the result does not depend
// on which side is which, and appends the pairs to dst. Cost: O(n log n)
// for n candidates, plus O(n·k) for k pairs chosen (a handful: at most the
// shorter side's stems).
func (v *vocab) greedyPairs(dst [][2]int32, cs []stemPair) [][2]int32 {
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
	start := len(dst)
	for _, c := range cs {
		if !slices.ContainsFunc(dst[start:], func(p [2]int32) bool { return p[0] == c.x || p[1] == c.y }) {
			dst = append(dst, [2]int32{c.x, c.y})
		}
	}
	return dst
}

// fuzzyCandidates appends to dst the stems of ids that can match fuzzily.
func (v *vocab) fuzzyCandidates(dst, ids []int32) []int32 {
	for _, id := range ids {
		if len(v.grams(id)) > 0 {
			dst = append(dst, id)
		}
	}
	return dst
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

// gramDiceAtLeast returns the Dice coefficient of two sorted sets of
// trigrams (see trigrams) and whether it is need or more; it gives up
// (0, false) as soon as the trigrams left cannot bring it to need: most
// stems a fuzzy match compares share few trigrams, and the merge then
// stops after a few. The bound is the coefficient's own formula with
// every trigram left shared, so it decides as the whole merge would.
func gramDiceAtLeast(gs, gt []uint64, need float64) (float64, bool) {
	total := float64(len(gs) + len(gt))
	if total == 0 {
		return 0, 0 >= need
	}
	// reachable reports whether shared and all the trigrams still to
	// read on the shorter side could make need.
	reachable := func(shared, i, j int) bool {
		return 2*float64(shared+min(len(gs)-i, len(gt)-j))/total >= need
	}
	shared, i, j := 0, 0, 0
	for i < len(gs) && j < len(gt) {
		switch {
		case gs[i] < gt[j]:
			i++
			if !reachable(shared, i, j) {
				return 0, false
			}
		case gt[j] < gs[i]:
			j++
			if !reachable(shared, i, j) {
				return 0, false
			}
		default:
			shared++
			i++
			j++
		}
	}
	d := 2 * float64(shared) / total
	return d, d >= need
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
