package align

import (
	"iter"
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

// candidatesMinPart is the fewest OTHER sentences whose proposals are
// gathered on a goroutine of their own (see spread): a news article's are
// gathered on the calling goroutine. A variable so that tests can take
// the concurrent path on small inputs.
var candidatesMinPart = 2048

type pairIdx struct{ i, j int }

// A keyIndex is the BASE's side of the candidate search, built once per
// BASE (see Base): the sentences of each key (an informative stem, or a
// pair of adjacent stems), and the sentences of each normalised text.
type keyIndex struct {
	ids   map[uint64]int32 // key -> its number, an index in posts and keys
	posts [][]int32        // by key number: BASE sentences, ascending
	keys  []uint64         // by key number: the key
	norms map[string][]int // normalised text -> BASE sentences, ascending
}

// keysOf yields the keys of s, in no particular order and possibly more
// than once: its stems of background informativeness keyMinInfo or more,
// and its pairs of adjacent stems. They depend on the stems alone, not on
// the weights of a comparison. It is the one definition of a key, read by
// the index (appendKeys) and the search (appendFound).
func keysOf(v *vocab, s *sentence) iter.Seq[uint64] {
	return func(yield func(uint64) bool) {
		for _, id := range s.set {
			if v.info[id] >= keyMinInfo && !yield(uint64(id)) {
				return
			}
		}
		for k := 1; k < len(s.words); k++ {
			if !yield((uint64(s.words[k-1])+1)<<32 | uint64(s.words[k])) {
				return
			}
		}
	}
}

// appendKeys returns the sorted distinct keys of s (see keysOf), written
// over ks[:0].
func appendKeys(ks []uint64, v *vocab, s *sentence) []uint64 {
	ks = ks[:0]
	for k := range keysOf(v, s) {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return slices.Compact(ks)
}

// appendFound appends to ns the numbers of the distinct keys of s (see
// keysOf) that x holds in at most limit BASE sentences, in ascending
// order of number, and returns the result. It is appendKeys looked up in
// x, without sorting the keys that x lacks (most of a large OTHER's).
func (x *keyIndex) appendFound(ns []int32, v *vocab, s *sentence, limit int) []int32 {
	from := len(ns)
	for k := range keysOf(v, s) {
		if n, ok := x.ids[k]; ok && len(x.posts[n]) <= limit {
			ns = append(ns, n)
		}
	}
	slices.Sort(ns[from:])
	return append(ns[:from], slices.Compact(ns[from:])...)
}

// newKeyIndex indexes the BASE sentences base; same gives the repeats
// among them (see repeats; nil for none), whose keys are those of their
// first occurrence and are not worked out again (a generated 1 MB text
// has 824 distinct texts among 6,638 sentences).
//
// The key numbers of the distinct sentences are listed first, in one
// flat list, and counted for every sentence; the postings then go into
// one array, each key's list a slice of it of the right size, instead of
// a list per key grown by appending.
//
// Cost: O(keys of the distinct sentences of base) for the keys, plus one
// posting per key of each sentence, in one array of their number.
func newKeyIndex(v *vocab, base []*sentence, same []int32) *keyIndex {
	x := &keyIndex{ids: map[uint64]int32{}, norms: map[string][]int{}}
	var ks []uint64
	var found []int32                 // key numbers of the distinct sentences
	span := make([][2]int, len(base)) // sentence i's are found[span[i][0]:span[i][1]]
	var count []int32                 // by key number: the sentences with the key
	for i := range base {
		if f := repeatOf(same, i); f >= 0 {
			span[i] = span[f]
		} else {
			from := len(found)
			ks = appendKeys(ks, v, base[i])
			for _, k := range ks {
				n, ok := x.ids[k]
				if !ok {
					n = int32(len(x.keys))
					x.ids[k] = n
					x.keys = append(x.keys, k)
					count = append(count, 0)
				}
				found = append(found, n)
			}
			span[i] = [2]int{from, len(found)}
		}
		for _, n := range found[span[i][0]:span[i][1]] {
			count[n]++
		}
		x.norms[base[i].norm] = append(x.norms[base[i].norm], i)
	}
	total := 0
	for _, c := range count {
		total += int(c)
	}
	flat := make([]int32, total)
	x.posts = make([][]int32, len(x.keys))
	off := 0
	for n, c := range count {
		x.posts[n] = flat[off : off : off+int(c)]
		off += int(c)
	}
	for i := range base {
		for _, n := range found[span[i][0]:span[i][1]] {
			x.posts[n] = append(x.posts[n], int32(i))
		}
	}
	return x
}

// repeatOf returns the first occurrence of sentence k when same (see
// repeats) says it is a repeat, and -1 otherwise (also for a nil same).
func repeatOf(same []int32, k int) int {
	if k < len(same) {
		if f := same[k]; f >= 0 && int(f) < k {
			return int(f)
		}
	}
	return -1
}

// candidates returns the sorted, distinct pairs (i, j) to score: the top
// proposals of every sentence on both sides, plus pairs of sentences with
// equal normalised text. x is the index of base.
//
// The OTHER sentences are taken in ranges on up to GOMAXPROCS goroutines
// (see spread), each with its own key lists, counts, accumulator and
// proposals for the BASE sentences, merged in order afterwards: counts
// are sums, and a topK keeps the best under a total order, so it holds
// the same items whatever order they are offered in. Keys are looked up
// in the index once, and then handled by their number.
//
// Cost: O(keys of other · postingCap), the BASE's side being in x.
func candidates(v *vocab, x *keyIndex, base, other []*sentence) []pairIdx {
	keyWeight := func(n int32) int64 {
		k := x.keys[n]
		if k>>32 != 0 {
			return bigramKeyWeight
		}
		return v.w[k]
	}
	limit := postingCap(len(base), len(other))
	// The keys of each OTHER sentence that can propose anything: those
	// found in 1 to limit BASE sentences, by number. They are kept in one
	// flat list per range (sentence j's are keys[start[j]-off:start[j+1]-off],
	// off the start of its range's list), and only they are counted, so
	// that a large OTHER against a small BASE holds little.
	parts := partsFor(len(other), candidatesMinPart)
	start := make([]int, len(other)+1)
	keys := make([][]int32, parts)
	counts := make([][]int32, parts) // by key number, OTHER sentences with it
	spread(len(other), parts, func(part, lo, hi int) {
		var ks []int32
		df := make([]int32, len(x.posts))
		for j := lo; j < hi; j++ {
			from := len(ks)
			ks = x.appendFound(ks, v, other[j], limit)
			for _, n := range ks[from:] {
				df[n]++
			}
			start[j+1] = len(ks) // relative to the range's list
		}
		keys[part], counts[part] = ks, df
	})
	dfOther := counts[0]
	for _, df := range counts[1:] {
		for n, c := range df {
			dfOther[n] += c
		}
	}

	// Shared key weight is a sum over keys, and a topK keeps the best
	// proposals under a total order (weight, then index): accumulating by
	// OTHER sentence over the BASE's postings finds the same pairs as the
	// other way round.
	topOther := make([]topK, len(other))
	topBases := make([][]topK, parts)
	spread(len(other), parts, func(part, lo, hi int) {
		topBase := make([]topK, len(base))
		acc := make([]int64, len(base))
		var touched []int32
		ks := keys[part]
		from := 0
		for j := lo; j < hi; j++ {
			touched = touched[:0]
			for _, n := range ks[from:start[j+1]] {
				if dfOther[n] > int32(limit) {
					continue
				}
				w := keyWeight(n)
				for _, i := range x.posts[n] {
					if acc[i] == 0 {
						touched = append(touched, i)
					}
					acc[i] += w
				}
			}
			from = start[j+1]
			for _, i := range touched {
				topOther[j].add(acc[i], int(i))
				topBase[i].add(acc[i], j)
				acc[i] = 0
			}
		}
		topBases[part] = topBase
	})
	topBase := topBases[0]
	for _, tb := range topBases[1:] {
		for i := range tb {
			for _, e := range tb[i].items {
				topBase[i].add(e.w, e.idx)
			}
		}
	}

	same := samePairs(x, other)
	// The pairs sorted by BASE and then OTHER index, each once: counted
	// by BASE sentence, the OTHER indices of each BASE sentence's pairs
	// are put in its bucket, then each bucket (most hold a few dozen) is
	// sorted and its repeats dropped. Linear but for the small sorts,
	// where sorting all the pairs as one list was most of the time the
	// candidate search spent on one processor.
	at := make([]int32, len(base)+1)
	for i := range topBase {
		at[i+1] += int32(len(topBase[i].items))
	}
	for j := range topOther {
		for _, e := range topOther[j].items {
			at[e.idx+1]++
		}
	}
	for _, p := range same {
		at[p.i+1]++
	}
	for i := range base {
		at[i+1] += at[i]
	}
	js := make([]int32, at[len(base)])
	next := slices.Clone(at[:len(base)])
	put := func(i, j int) {
		js[next[i]] = int32(j)
		next[i]++
	}
	for i := range topBase {
		for _, e := range topBase[i].items {
			put(i, e.idx)
		}
	}
	for j := range topOther {
		for _, e := range topOther[j].items {
			put(e.idx, j)
		}
	}
	for _, p := range same {
		put(p.i, p.j)
	}
	same, next = nil, nil
	// Each bucket sorted and its repeats dropped in place, the buckets
	// moved down over the room freed (at[i] becomes where bucket i now
	// starts).
	n := int32(0)
	for i := range base {
		b := js[at[i]:at[i+1]]
		slices.Sort(b)
		at[i] = n
		for k, j := range b {
			if k == 0 || j != b[k-1] {
				js[n] = j
				n++
			}
		}
	}
	at[len(base)] = n
	out := make([]pairIdx, n)
	for i := range base {
		for k := at[i]; k < at[i+1]; k++ {
			out[k] = pairIdx{i, int(js[k])}
		}
	}
	return out
}

// samePairs returns pairs of sentences with equal normalised text. When a
// sentence occurs many times on both sides, each occurrence is paired only
// with the occurrences at about the same rank on the other side.
func samePairs(x *keyIndex, other []*sentence) []pairIdx {
	where := map[string][]int{}
	var order []string // OTHER's texts found in BASE, by first occurrence
	for j := range other {
		n := other[j].norm
		if len(x.norms[n]) == 0 {
			continue
		}
		if len(where[n]) == 0 {
			order = append(order, n)
		}
		where[n] = append(where[n], j)
	}
	occ := x.norms
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

// add offers a proposal. Most proposals to a sentence come after its
// list is full and weigh less than the last of it: that case is decided
// here, small enough to be inlined in the candidate search's inner loop;
// the rest call insert.
func (t *topK) add(w int64, idx int) {
	if len(t.items) < candidatesPerSentence || w >= t.items[candidatesPerSentence-1].w {
		t.insert(w, idx) // which decides a tie with the last too
	}
}

// insert puts a proposal that belongs in the list in its place.
func (t *topK) insert(w int64, idx int) {
	better := func(a, b topItem) bool { return a.w > b.w || (a.w == b.w && a.idx < b.idx) }
	it := topItem{w, idx}
	if len(t.items) == candidatesPerSentence && !better(it, t.items[len(t.items)-1]) {
		return
	}
	pos := len(t.items)
	for pos > 0 && better(it, t.items[pos-1]) {
		pos--
	}
	if t.items == nil {
		// Room for all at once: most sentences receive more proposals
		// than they keep.
		t.items = make([]topItem, 0, candidatesPerSentence)
	}
	if len(t.items) < candidatesPerSentence {
		t.items = append(t.items, topItem{})
	}
	copy(t.items[pos+1:], t.items[pos:len(t.items)-1])
	t.items[pos] = it
}
