package align

import (
	"math"
	"slices"
)

// Candidate search. Scoring every BASE sentence against every OTHER one
// costs O(n·m) pair scores; instead an inverted index of keys (informative
// stems, and pairs of adjacent stems so that sentences made of common
// words are found too) proposes, for each sentence, the few sentences of
// the other side that share the most key weight with it. Only those pairs
// are scored.
const (
	// candidatesPerSentence is how many proposals each sentence keeps
	// (by shared key weight). A sentence has one counterpart, or two in a
	// merge; the rest leaves room for near-duplicates.
	candidatesPerSentence = 8
	// keyMinInfo leaves the ~100 most frequent English stems (the, you,
	// of…; background informativeness below 4) out of the unigram keys.
	keyMinInfo = 4.0
	// bigramKeyWeight is what a shared pair of adjacent stems adds to a
	// proposal's rank (thousandths, like stem weights): about one mid-rare word.
	bigramKeyWeight = 4000
)

// postingCap returns the most sentences a key may occur in, on either
// side, and still be used: a key found everywhere (a word of the story, a
// sentence repeated a hundred times) proposes nothing useful and would make
// the search quadratic. Cost of the search is at most
// O((n+m) · keys per sentence · postingCap).
func postingCap(n, m int) int {
	return 64 + int(math.Sqrt(float64(max(n, m))))
}

type pairIdx struct{ i, j int }

// candidates returns the sorted, distinct pairs (i, j) to score: the top
// proposals of every sentence on both sides, plus pairs of sentences with
// equal normalised text.
func candidates(v *vocab, base, other []sentence) []pairIdx {
	keysOf := func(s *sentence) []uint64 {
		var ks []uint64
		for _, id := range s.set {
			if v.info[id] >= keyMinInfo {
				ks = append(ks, uint64(id))
			}
		}
		for k := 1; k < len(s.words); k++ {
			ks = append(ks, (uint64(s.words[k-1])+1)<<32|uint64(s.words[k]))
		}
		slices.Sort(ks)
		return slices.Compact(ks)
	}
	keyWeight := func(k uint64) int64 {
		if k>>32 != 0 {
			return bigramKeyWeight
		}
		return v.w[k]
	}
	baseKeys := make([][]uint64, len(base))
	dfBase := map[uint64]int{}
	for i := range base {
		baseKeys[i] = keysOf(&base[i])
		for _, k := range baseKeys[i] {
			dfBase[k]++
		}
	}
	index := map[uint64][]int32{}
	for j := range other {
		for _, k := range keysOf(&other[j]) {
			index[k] = append(index[k], int32(j))
		}
	}
	limit := postingCap(len(base), len(other))

	topBase := make([]topK, len(base))
	topOther := make([]topK, len(other))
	acc := make([]int64, len(other))
	var touched []int32
	for i := range base {
		touched = touched[:0]
		for _, k := range baseKeys[i] {
			post := index[k]
			if len(post) == 0 || len(post) > limit || dfBase[k] > limit {
				continue
			}
			w := keyWeight(k)
			for _, j := range post {
				if acc[j] == 0 {
					touched = append(touched, j)
				}
				acc[j] += w
			}
		}
		for _, j := range touched {
			topBase[i].add(acc[j], int(j))
			topOther[j].add(acc[j], i)
			acc[j] = 0
		}
	}

	var out []pairIdx
	for i := range topBase {
		for _, e := range topBase[i].items {
			out = append(out, pairIdx{i, e.idx})
		}
	}
	for j := range topOther {
		for _, e := range topOther[j].items {
			out = append(out, pairIdx{e.idx, j})
		}
	}
	out = append(out, samePairs(base, other)...)
	slices.SortFunc(out, func(a, b pairIdx) int {
		if a.i != b.i {
			return a.i - b.i
		}
		return a.j - b.j
	})
	return slices.Compact(out)
}

// samePairs returns pairs of sentences with equal normalised text. When a
// sentence occurs many times on both sides, each occurrence is paired only
// with the occurrences at about the same rank on the other side.
func samePairs(base, other []sentence) []pairIdx {
	where := map[string][]int{}
	for j := range other {
		where[other[j].norm] = append(where[other[j].norm], j)
	}
	occ := map[string][]int{}
	var order []string
	for i := range base {
		n := base[i].norm
		if len(where[n]) == 0 {
			continue
		}
		if len(occ[n]) == 0 {
			order = append(order, n)
		}
		occ[n] = append(occ[n], i)
	}
	const near = 2
	var out []pairIdx
	for _, n := range order {
		p, q := occ[n], where[n]
		if len(p)*len(q) <= 4*candidatesPerSentence {
			for _, i := range p {
				for _, j := range q {
					out = append(out, pairIdx{i, j})
				}
			}
			continue
		}
		for a := range p {
			b0 := a * len(q) / len(p)
			for b := max(0, b0-near); b <= min(len(q)-1, b0+near); b++ {
				out = append(out, pairIdx{p[a], q[b]})
			}
		}
		for b := range q {
			a0 := b * len(p) / len(q)
			for a := max(0, a0-near); a <= min(len(p)-1, a0+near); a++ {
				out = append(out, pairIdx{p[a], q[b]})
			}
		}
	}
	return out
}

// topK keeps the candidatesPerSentence best proposals, ranked by weight
// and then by lower index.
type topK struct{ items []topItem }

type topItem struct {
	w   int64
	idx int
}

func (t *topK) add(w int64, idx int) {
	better := func(a, b topItem) bool { return a.w > b.w || (a.w == b.w && a.idx < b.idx) }
	it := topItem{w, idx}
	if len(t.items) == candidatesPerSentence && !better(it, t.items[len(t.items)-1]) {
		return
	}
	pos := len(t.items)
	for pos > 0 && better(it, t.items[pos-1]) {
		pos--
	}
	if len(t.items) < candidatesPerSentence {
		t.items = append(t.items, topItem{})
	}
	copy(t.items[pos+1:], t.items[pos:len(t.items)-1])
	t.items[pos] = it
}
