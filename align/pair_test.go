package align

import (
	"math/rand/v2"
	"testing"
)

// TestPairOrder checks that a pair gives back its cand (sentences,
// identity, score, strength) and that lessPair orders pairs as less
// orders their cands, ties on strength and on the diagonal included.
func TestPairOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	m := &matcher{base: make([]*sentence, 37), other: make([]*sentence, 23)}
	var ps []pair
	for range 400 {
		var s pairScore
		s.dice = float64(r.IntN(4)) / 4 // few values: many ties
		s.kept = float64(r.IntN(3)) / 3
		m.scores = append(m.scores, s)
		i, j, same := r.IntN(len(m.base)), r.IntN(len(m.other)), r.IntN(5) == 0
		p := newPair(i, j, int32(len(m.scores)-1), same)
		if c := m.cand(&p); c.b0 != i || c.b1 != i+1 || c.o0 != j || c.o1 != j+1 || c.same != same || c.ps != s || c.strength != strength(s, same) {
			t.Fatalf("pair (%d, %d, %v, %v) as a cand: %+v", i, j, s, same, c)
		}
		ps = append(ps, p)
	}
	sign := func(x int) int { return min(max(x, -1), 1) }
	for a := range ps {
		for b := range ps {
			ca, cb := m.cand(&ps[a]), m.cand(&ps[b])
			if got, want := sign(m.lessPair(&ps[a], &ps[b])), sign(m.less(ca, cb)); got != want {
				t.Fatalf("lessPair(%+v, %+v) = %d, less gives %d", ca, cb, got, want)
			}
		}
	}
}
