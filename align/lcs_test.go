package align

import (
	"math/rand/v2"
	"testing"
)

// lcsReference is the plain dynamic programme that lcs must agree with.
func lcsReference(v *vocab, a, b []int32, fuzzy [][2]int32) int64 {
	isFuzzy := func(x, y int32) bool {
		for _, p := range fuzzy {
			if (p[0] == x && p[1] == y) || (p[0] == y && p[1] == x) {
				return true
			}
		}
		return false
	}
	prev, cur := make([]int64, len(b)+1), make([]int64, len(b)+1)
	for _, x := range a {
		for j, y := range b {
			best := max(prev[j+1], cur[j])
			if x == y {
				best = max(best, prev[j]+v.w[x])
			} else if isFuzzy(x, y) {
				best = max(best, prev[j]+min(v.w[x], v.w[y])/2)
			}
			cur[j+1] = best
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func TestLCSMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for iter := range 20000 {
		stems := 1 + r.IntN(12)
		v := &vocab{w: make([]int64, stems)}
		for i := range v.w {
			v.w[i] = 1 + r.Int64N(9000)
		}
		seq := func() []int32 {
			s := make([]int32, r.IntN(30))
			for i := range s {
				s[i] = int32(r.IntN(stems))
			}
			return s
		}
		a, b := seq(), seq()
		var fuzzy [][2]int32
		for range r.IntN(4) {
			fuzzy = append(fuzzy, [2]int32{int32(r.IntN(stems)), int32(r.IntN(stems))})
		}
		if got, want := v.lcs(a, b, fuzzy), lcsReference(v, a, b, fuzzy); got != want {
			t.Fatalf("iteration %d: lcs(%v, %v, %v) = %d, want %d", iter, a, b, fuzzy, got, want)
		}
	}
}

// benchLCSPairs returns pairs of word sequences shaped like candidate
// sentence pairs: about 25 words from a vocabulary of 400 stems, the
// second an edit of the first (a fifth of its words replaced, a few
// dropped).
func benchLCSPairs() (*vocab, [][2][]int32) {
	r := rand.New(rand.NewPCG(3, 4))
	v := &vocab{w: make([]int64, 400)}
	for i := range v.w {
		v.w[i] = 1 + r.Int64N(9000)
	}
	var pairs [][2][]int32
	for range 256 {
		a := make([]int32, 15+r.IntN(20))
		for i := range a {
			a[i] = int32(r.IntN(len(v.w)))
		}
		var b []int32
		for _, x := range a {
			switch r.IntN(10) {
			case 0, 1:
				b = append(b, int32(r.IntN(len(v.w))))
			case 2:
			default:
				b = append(b, x)
			}
		}
		pairs = append(pairs, [2][]int32{a, b})
	}
	return v, pairs
}

// BenchmarkLCS measures lcs on 256 edited sentence pairs per op.
func BenchmarkLCS(b *testing.B) {
	v, pairs := benchLCSPairs()
	for b.Loop() {
		for _, p := range pairs {
			v.lcs(p[0], p[1], nil)
		}
	}
}

// BenchmarkLCSReference: the plain programme on the same pairs.
func BenchmarkLCSReference(b *testing.B) {
	v, pairs := benchLCSPairs()
	for b.Loop() {
		for _, p := range pairs {
			lcsReference(v, p[0], p[1], nil)
		}
	}
}
