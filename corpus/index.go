package corpus

import (
	"slices"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/words"
)

// query is what the first pass looks for: the signatures of the query's
// body (querySignatures), and how many there are of each kind.
type query struct {
	doc   *article.Document
	sigs  []Signature // sorted, distinct
	total [kinds]int
	// table holds 1 + the index in sigs of each signature, by open
	// addressing on its bits above the kind (0 is an empty slot), so that
	// hitsRaw looks a file's signatures up without sorting them.
	table []int32
	// words holds the words of the query's body and the function words
	// (words.NewWordSet), and word what the scan needs of each: by the
	// words.SetWord of a file's word, whether it is a word of the query,
	// a function word, and words.Mix of its hash. Every signature of the
	// query is made of its words, so a file's word that is not among
	// them takes part in no signature the query has (fileEvidence).
	words *words.WordSet
	word  []queryWord
}

func newQuery(d *article.Document) *query {
	q := &query{doc: d, sigs: querySignatures(d)}
	for _, s := range q.sigs {
		q.total[s.Kind()]++
	}
	size := 64
	for size < 4*len(q.sigs) {
		size *= 2
	}
	q.table = make([]int32, size)
	for i, s := range q.sigs {
		j := q.slot(s)
		for q.table[j] != 0 {
			j = (j + 1) & (len(q.table) - 1)
		}
		q.table[j] = int32(i + 1)
	}
	q.buildWords()
	return q
}

// A queryWord is what the scan needs of a word of q.words, as a content
// word or a function word (words.SetWord), so that fileEvidence updates
// its state by masks, whatever the word, and branches only on the words
// that take part in signatures of the query.
type queryWord struct {
	mix uint64 // words.Mix of its hash
	// keepPrev is all ones for a function word (it leaves the last
	// content word as it is), 0 for a content word.
	keepPrev uint64
	// keepStreak is -1 for a word of the query's body (a run of them
	// goes on), 0 for any other.
	keepStreak int32
	// wordSig is the index in q.sigs of its Word signature, -1 when it
	// has none there.
	wordSig int32
	// queryContent: a word of the query's body, as a content word.
	queryContent bool
	function     bool
}

// buildWords fills q.words and q.word with the words of the query's
// body.
func (q *query) buildWords() {
	texts := queryTexts(q.doc)
	own := map[uint64]bool{}
	var buf []words.WordHash
	for _, text := range texts {
		buf = words.AppendWordHashes(buf[:0], text)
		for _, w := range buf {
			own[w.Hash] = true
		}
	}
	q.words = words.NewWordSet(texts...)
	q.word = make([]queryWord, 2*(q.words.Len()+1))
	q.word[0] = queryWord{wordSig: -1} // a word in none: a content word
	q.word[1] = queryWord{wordSig: -1, keepPrev: ^uint64(0), function: true}
	for i := 1; i <= q.words.Len(); i++ {
		h := q.words.Hash(i)
		for f := range 2 {
			w := queryWord{mix: words.Mix(h), wordSig: -1, function: f == 1}
			if w.function {
				w.keepPrev = ^uint64(0)
			}
			if own[h] {
				w.keepStreak = -1
				w.queryContent = !w.function
			}
			if m := max(w.mix, 1); w.queryContent && m < 1<<64/WordRate {
				w.wordSig = int32(q.index(wordSignature(m)))
			}
			q.word[2*i+f] = w
		}
	}
}

// fileEvidence returns what hitsRaw returns for the signatures of the
// text whose words are ws (q.words.AppendWords; signer.appendRaw for the
// signatures), without computing the signatures that hold a word the
// query does not have: a file word outside q.words only breaks the runs
// and pairs it is part of. Most words of an unrelated file are such
// words, or function words, and for them the cost is the look-up of
// q.words (no hash of the word) and a few operations on masks, instead
// of a hash, a mix, a rolled run, a pair hash and the probes of q.table
// for the signatures sampled. The evidence is the same as hitsRaw's
// unless a signature holding another word has the hash of one of the
// query's, which happens with probability about 2⁻⁶² per signature (or
// two words the same 64-bit hash, see words.WordSet). seen and epoch are
// as for hitsRaw.
func (q *query) fileEvidence(ws []words.SetWord, seen []uint32, epoch uint32) Evidence {
	var e Evidence
	const ring = 8              // ≥ ShingleSize, a power of two
	var own [ring]uint64        // the mixes of the last words
	streak := int32(0)          // query words in a row up to the current one
	lastContent := -ShingleSize // the last word that is not a function word
	prev := uint64(0)           // the last content word's mix; 0 if not a query word
	for i, sw := range ws {
		w := &q.word[sw]
		own[i&(ring-1)] = w.mix
		streak = (streak + 1) & w.keepStreak
		if !w.function {
			lastContent = i
		}
		if w.queryContent {
			if k := w.wordSig; k >= 0 && seen[k] != epoch {
				seen[k] = epoch
				e[Word]++
			}
			h := max(w.mix, 1)
			if prev != 0 && prev != h {
				if p, ok := pairSignature(prev, h); ok {
					q.hit(p, seen, epoch, &e)
				}
			}
			prev = h
		} else {
			prev &= w.keepPrev
		}
		if streak < ShingleSize || i-lastContent >= ShingleSize {
			continue
		}
		var run [ShingleSize]uint64
		for k := range run {
			run[k] = own[(i-ShingleSize+1+k)&(ring-1)]
		}
		if s, ok := runSignature(&run); ok {
			q.hit(s, seen, epoch, &e)
		}
	}
	return e
}

// index returns the index of s in q.sigs, -1 when s is not there.
func (q *query) index(s Signature) int {
	mask := len(q.table) - 1
	for j := q.slot(s); ; j = (j + 1) & mask {
		i := q.table[j] - 1
		if i < 0 || q.sigs[i] == s {
			return int(i)
		}
	}
}

// slot is where the probe for s starts in q.table.
func (q *query) slot(s Signature) int { return int(uint64(s)>>8) & (len(q.table) - 1) }

// hitsRaw counts, as hits does, the signatures of q in sigs, which may be
// unsorted and repeated: each is looked up in q.table, and seen (as long
// as q.sigs, reused from file to file) marks with epoch, a value not used
// for an earlier file, those already counted. Cost: O(len(sigs)). It is
// the definition that fileEvidence, which a search uses, is tested
// against.
func (q *query) hitsRaw(sigs []Signature, seen []uint32, epoch uint32) Evidence {
	var e Evidence
	for _, s := range sigs {
		q.hit(s, seen, epoch, &e)
	}
	return e
}

// hit counts s in e when it is one of the query's signatures and seen
// does not mark it with epoch yet (see hitsRaw).
func (q *query) hit(s Signature, seen []uint32, epoch uint32, e *Evidence) {
	mask := len(q.table) - 1
	for j := q.slot(s); ; j = (j + 1) & mask {
		i := q.table[j] - 1
		if i < 0 {
			return
		}
		if q.sigs[i] == s {
			if seen[i] != epoch {
				seen[i] = epoch
				e[s.Kind()]++
			}
			return
		}
	}
}

// searchable reports whether the query has enough to look for: a run of
// ShingleSize informative words, or a few content words.
func (q *query) searchable() bool {
	return q.total[Verbatim] > 0 || q.total[Word] >= 3
}

// Evidence is what the first pass found of the query in a file: how many
// of the query's sampled signatures of each kind (Verbatim, WordPair,
// Word) the file also has.
type Evidence [kinds]int

// hits counts the signatures of q in sorted, distinct sigs. Cost:
// O(len(sigs) + len(q.sigs)), a merge of two sorted lists.
func (q *query) hits(sigs []Signature) Evidence {
	var e Evidence
	i, j := 0, 0
	for i < len(q.sigs) && j < len(sigs) {
		switch a, b := q.sigs[i], sigs[j]; {
		case a < b:
			i++
		case a > b:
			j++
		default:
			e[a.Kind()]++
			i++
			j++
		}
	}
	return e
}

// Candidate floors: a file reaches the comparison when its evidence
// passes any of them. One sampled verbatim run (about sixteen runs of
// five words in common) is rarely a coincidence; two pairs of content
// words, or a fifth of the query's sampled content words (three at the
// least), catch a rewrite that keeps the story's names and words but no
// run of five. They were tuned on the seed rewrites and on generated
// collections (see the README for the figures on held-out collections).
const (
	minVerbatimHits = 1
	minPairHits     = 2
	minWordShare    = 0.2
	minWordHits     = 3
)

// candidate reports whether evidence e of a file passes a floor.
func (q *query) candidate(e Evidence) bool { return e.Candidate(q.total[Word]) }

// Candidate reports whether evidence e passes a candidate floor, words
// being the number of sampled content words of the document measured
// against (the query, in a search): the one rule that sends a pair of
// documents to the comparison, for search, its index and
// wirediff-archive alike.
func (e Evidence) Candidate(words int) bool {
	return e[Verbatim] >= minVerbatimHits || e[WordPair] >= minPairHits ||
		e[Word] >= minWordHits && float64(e[Word]) >= minWordShare*float64(words)
}

// estimate returns the first pass's estimate of the share of the query a
// file carries, from its evidence: the largest of the shares of the
// query's verbatim runs and pairs that it holds, and half the share of
// its content words (which texts on the same subject share without
// reuse). It ranks candidates for the comparison; the comparison
// measures the share.
func (q *query) estimate(e Evidence) float64 {
	share := func(k Kind) float64 {
		if q.total[k] == 0 {
			return 0
		}
		return float64(e[k]) / float64(q.total[k])
	}
	return slices.Max([]float64{share(Verbatim), share(WordPair), share(Word) / 2})
}
