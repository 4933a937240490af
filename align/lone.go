package align

import (
	"maps"
	"math"
	"slices"
)

// The lone pair: two one-sentence documents. Nothing around the two
// sentences supports or contradicts a link, and there is no rival to beat:
// the evidence is the pair alone. Hand thresholds serve articles, where
// the order of the text confirms most links; for the lone pair a single
// calibrated score decides instead: a logistic model over the pair's
// signals (loneSignals), its weights learnt from the tuning part of the
// MSRP benchmark (paraphrases against look-alikes: see eval.RunMSRP) and
// written to lone_model.go by go generate ./align (TestLoneModel in
// lone_test.go, the learner). The operating point is fixed on the tuning
// part so that at most loneMaxLookAlikes of its look-alikes link. (Its
// go:generate line is in related.go, after the tables it is learnt on:
// go generate runs a package's files in the order of their names.)

// loneMaxLookAlikes is the share of the tuning part's look-alikes that the
// model may link: the aim of the MSRP benchmark (see README, Accuracy).
const loneMaxLookAlikes = 0.02

// loneSignalNames names the signals of loneSignals, in order; the learnt
// model (lone_model.go) holds one weight per name, in this order.
var loneSignalNames = [...]string{
	"dice", "kept", "keptContent", "wordDice", "lnInter", "lnSharedMax", "lnContentMax",
	"distinct", "distinctWords", "lengthRatio", "numConflict", "numShared", "factsDiffer",
	"figureOnly", "corroborated", "longestRun", "lnRunWeight", "names", "lnNameWeight",
	"lnPhrase", "confident", "editLike", "unrivalledRule", "standsAlone", "plausible",
}

// loneSignals returns the signals of a lone pair: those of pairScore, the
// verdicts of the hand rules on them (a rule is evidence too), and the
// structure of what the two share: the longest run of words both keep
// together ("in the hands of the negotiators") and its weight, and the
// shared names (stems capitalised on both sides: the same people and
// places make a look-alike as often as a paraphrase: "Ozzy Osbourne" in
// two reports of his recovery). Weights count in units of a thousandth of
// a stem weight, logs as ln(1+w) of whole units. Cost: O(n·m) for n and m
// words (the longest run), as the LCS of score.
func (v *vocab) loneSignals(a, b *sentence, ps pairScore, same bool) [len(loneSignalNames)]float64 {
	run, runW := v.longestRun(a.words, b.words)
	var names int
	var nameW int64
	for id := range common(a.set, b.set) {
		if v.num[id] || slices.Contains(a.content, id) || slices.Contains(b.content, id) {
			continue
		}
		names++
		nameW += v.w[id]
	}
	ln := func(w int64) float64 { return math.Log1p(float64(w) / 1000) }
	bf := func(x bool) float64 {
		if x {
			return 1
		}
		return 0
	}
	unrivalled := ps.dice >= mutualMinDice && plausible(ps) && ps.inter >= linkMinWeight &&
		ps.sharedMax >= rareMinWeight && standsAlone(ps, same) && ps.distinct >= unrivalledMinDistinct
	return [...]float64{
		ps.dice, ps.kept, ps.keptContent, ps.wordDice, ln(ps.inter), ln(ps.sharedMax), ln(ps.contentMax),
		float64(ps.distinct), float64(ps.distinctWords), ps.lengthRatio, bf(ps.numConflict), float64(ps.numShared), bf(ps.factsDiffer),
		bf(ps.figureOnly), bf(corroborated(ps)), float64(run), ln(runW), float64(names), ln(nameW),
		ln(v.sharedPhrase(a, b)), bf(confident(ps, same)), bf(editLike(ps)), bf(unrivalled), bf(standsAlone(ps, same)), bf(plausible(ps)),
	}
}

// loneScore is the model's log-odds that a lone pair says the same thing
// (see lone_model.go): each signal standardised by the tuning part's mean
// and spread, weighted, summed.
func loneScore(x [len(loneSignalNames)]float64) float64 {
	s := loneModel.bias
	for i, xi := range x {
		s += loneModel.weight[i] * (xi - loneModel.mean[i]) / loneModel.spread[i]
	}
	return s
}

// loneLinks reports whether a lone pair is linked: identical, or admitted
// by loneAdmits and scored above the model's operating point.
func (v *vocab) loneLinks(a, b *sentence, ps pairScore, same bool) bool {
	return same || loneAdmits(ps, same) && loneScore(v.loneSignals(a, b, ps, same)) > loneModel.threshold
}

// loneAdmits reports whether the model may link a lone pair at all: it
// passes the checks every paraphrase must pass besides similarity
// (plausible: a changed figure corroborated, figures not mostly changed,
// an ordinary word in common, comparable lengths), or is linked wherever
// it lies (confident: an edit that shows its changed figures). The model
// weighs how much alike two sentences are, not whether they report other
// facts: another day's bond report is as alike as a paraphrase. The model
// is learnt on the pairs it admits.
func loneAdmits(ps pairScore, same bool) bool {
	return plausible(ps) || confident(ps, same)
}

// longestRun returns the length of the longest run of stems found, in
// order and adjacent, in both sequences, and the greatest weight of such a
// run (the two need not be the same run). Cost: O(n·m) time, O(m) space
// for sentences; past longestRunTable cells, O(n+m) time and O(m) maps
// (longestRunLinear), which gives the same answers: a giant sentence
// of a few words repeated on each side took minutes.
func (v *vocab) longestRun(a, b []int32) (int, int64) {
	if len(a)*len(b) > longestRunTable {
		return v.longestRunLinear(a, b)
	}
	n := make([]int, len(b)+1)
	w := make([]int64, len(b)+1)
	var best int
	var bestW int64
	for _, x := range a {
		for j := len(b); j >= 1; j-- {
			if b[j-1] == x {
				n[j], w[j] = n[j-1]+1, w[j-1]+v.w[x]
				best, bestW = max(best, n[j]), max(bestW, w[j])
			} else {
				n[j], w[j] = 0, 0
			}
		}
	}
	return best, bestW
}

// longestRunTable is the size of the table (words of one sentence times
// words of the other) past which longestRun reads the runs from a suffix
// automaton instead: about a millisecond of table.
const longestRunTable = 1 << 20

// longestRunLinear is longestRun by a suffix automaton of b: walking a
// through it gives, at each word of a, the longest run of b's words that
// ends there, and since every weight is positive the heaviest run ending
// there is that longest one, whose weight is a difference of a's prefix
// sums. Cost: O(len(a)+len(b)) steps, a map of transitions per state
// (at most 2·len(b) states).
func (v *vocab) longestRunLinear(a, b []int32) (int, int64) {
	type state struct {
		len, link int
		next      map[int32]int
	}
	st := make([]state, 1, 2*len(b)+1)
	st[0] = state{link: -1, next: map[int32]int{}}
	last := 0
	for _, x := range b {
		cur := len(st)
		st = append(st, state{len: st[last].len + 1, next: map[int32]int{}})
		p := last
		for p >= 0 {
			if _, ok := st[p].next[x]; ok {
				break
			}
			st[p].next[x] = cur
			p = st[p].link
		}
		switch {
		case p < 0:
			st[cur].link = 0
		case st[st[p].next[x]].len == st[p].len+1:
			st[cur].link = st[p].next[x]
		default:
			q := st[p].next[x]
			clone := len(st)
			st = append(st, state{len: st[p].len + 1, link: st[q].link, next: maps.Clone(st[q].next)})
			for p >= 0 && st[p].next[x] == q {
				st[p].next[x] = clone
				p = st[p].link
			}
			st[q].link, st[cur].link = clone, clone
		}
		last = cur
	}
	prefix := make([]int64, len(a)+1)
	for i, x := range a {
		prefix[i+1] = prefix[i] + v.w[x]
	}
	var best int
	var bestW int64
	at, n := 0, 0
	for i, x := range a {
		for at > 0 {
			if _, ok := st[at].next[x]; ok {
				break
			}
			at = st[at].link
			n = st[at].len
		}
		if next, ok := st[at].next[x]; ok {
			at, n = next, n+1
		} else {
			at, n = 0, 0
		}
		if n > 0 {
			best = max(best, n)
			bestW = max(bestW, prefix[i+1]-prefix[i+1-n])
		}
	}
	return best, bestW
}
