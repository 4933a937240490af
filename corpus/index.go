package corpus

import (
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/words"
)

// queryIndex is the set of the query's shingles with where each occurs.
//
// Invariants: ids maps each distinct informative shingle of the query to
// its id in [0, shingles); first[id] lists the word positions at which
// that shingle starts, ascending; words is the number of words of the
// query's text that was indexed.
type queryIndex struct {
	ids      map[uint64]int32
	first    [][]int32
	shingles int
	words    int
}

// newQueryIndex indexes the shingles of d that align.BodyShingles gives:
// those of its body paragraphs (all of its paragraphs when it has no body
// paragraph), each paragraph on its own, so that no shingle runs across
// two. Cost: O(len(d.Text)).
func newQueryIndex(d *article.Document) *queryIndex {
	q := &queryIndex{ids: map[uint64]int32{}}
	hashes, first, n := align.BodyShingles(d, shingleSize)
	for x, h := range hashes {
		id, ok := q.ids[h]
		if !ok {
			id = int32(len(q.first))
			q.ids[h] = id
			q.first = append(q.first, nil)
		}
		q.first[id] = append(q.first[id], int32(first[x]))
	}
	q.words = n
	q.shingles = len(q.first)
	return q
}

// scanner counts a file's hits on a queryIndex. Each worker has its own:
// its buffers are reused from file to file, so scanning allocates only
// what reading the file takes.
type scanner struct {
	q       *queryIndex
	buf     []uint64
	hit     []bool  // by shingle id: seen in the current file
	hits    []int32 // the ids set in hit, to clear them
	covered []bool  // by query word
}

func (q *queryIndex) newScanner() *scanner {
	return &scanner{q: q, hit: make([]bool, q.shingles), covered: make([]bool, q.words)}
}

// coverage returns the share of the query's words that lie in a shingle
// of text, and forgets text. Cost: O(len(text)) plus O(shingleSize) per
// occurrence in the query of a shingle hit.
func (s *scanner) coverage(text string) float64 {
	s.buf = words.Shingles(s.buf[:0], text, shingleSize)
	for _, h := range s.buf {
		if h == 0 {
			continue
		}
		if id, ok := s.q.ids[h]; ok && !s.hit[id] {
			s.hit[id] = true
			s.hits = append(s.hits, id)
		}
	}
	if len(s.hits) == 0 {
		return 0
	}
	n := 0
	for _, id := range s.hits {
		s.hit[id] = false
		for _, w := range s.q.first[id] {
			for i := w; i < w+shingleSize; i++ {
				if !s.covered[i] {
					s.covered[i] = true
					n++
				}
			}
		}
	}
	for _, id := range s.hits {
		for _, w := range s.q.first[id] {
			clear(s.covered[w : w+shingleSize])
		}
	}
	s.hits = s.hits[:0]
	return float64(n) / float64(s.q.words)
}
