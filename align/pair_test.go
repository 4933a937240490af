package align

import (
	"math/rand/v2"
	"testing"
)

// TestPairOrder checks that a pair holds its cand (sentences, identity,
// strength) and that lessPair orders pairs as less orders their cands,
// ties on strength and on the diagonal included.
func TestPairOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	m := &matcher{base: make([]sentence, 37), other: make([]sentence, 23)}
	var ps []pair
	for range 400 {
		var s pairScore
		s.dice = float64(r.IntN(4)) / 4 // few values: many ties
		s.kept = float64(r.IntN(3)) / 3
		i, j, same := r.IntN(len(m.base)), r.IntN(len(m.other)), r.IntN(5) == 0
		p := newPair(i, j, s, same)
		if c := p.cand(); c.b0 != i || c.b1 != i+1 || c.o0 != j || c.o1 != j+1 || c.same != same || c.ps != s || c.strength != strength(s, same) {
			t.Fatalf("newPair(%d, %d, %v, %v).cand() = %+v", i, j, s, same, c)
		}
		ps = append(ps, p)
	}
	sign := func(x int) int { return min(max(x, -1), 1) }
	for a := range ps {
		for b := range ps {
			if got, want := sign(m.lessPair(&ps[a], &ps[b])), sign(m.less(ps[a].cand(), ps[b].cand())); got != want {
				t.Fatalf("lessPair(%+v, %+v) = %d, less gives %d", ps[a].cand(), ps[b].cand(), got, want)
			}
		}
	}
}
