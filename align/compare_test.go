package align

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bigPair makes two documents of about size bytes each from the licence
// texts and seed articles in testdata: BASE is the pool of paragraphs
// repeated, each copy with 15% of its words replaced by other words of the
// pool (so copies are similar but not equal); OTHER is BASE edited the way
// a long document is: paragraphs dropped, reworded, moved and inserted.
// Deterministic (fixed PCG seed).
func bigPair(tb testing.TB, size int) (base, other string) {
	tb.Helper()
	var pool []string
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "licenses", "*"))
	seeds, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	for _, f := range append(files, seeds...) {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, p := range strings.Split(string(b), "\n\n") {
			if p = strings.TrimSpace(p); len(p) > 40 {
				pool = append(pool, strings.Join(strings.Fields(p), " "))
			}
		}
	}
	if len(pool) == 0 {
		tb.Fatal("no testdata")
	}
	var words []string
	for _, p := range pool {
		words = append(words, strings.Fields(p)...)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	mutate := func(p string, rate float64) string {
		f := strings.Fields(p)
		for i := range f {
			if rng.Float64() < rate {
				f[i] = words[rng.IntN(len(words))]
			}
		}
		return strings.Join(f, " ")
	}
	var bp []string
	n := 0
	for k := 0; n < size; k++ {
		p := mutate(pool[k%len(pool)], 0.15)
		bp = append(bp, p)
		n += len(p) + 2
	}
	var op []string
	var held []string
	for k, p := range bp {
		switch {
		case k%17 == 5: // dropped
		case k%13 == 3: // moved further down
			held = append(held, p)
		case k%7 == 1: // reworded
			op = append(op, mutate(p, 0.1))
		case k%19 == 0: // a new paragraph before this one
			op = append(op, mutate(pool[rng.IntN(len(pool))], 0.5), p)
		default:
			op = append(op, p)
		}
		if k%50 == 49 && len(held) > 0 {
			op = append(op, held...)
			held = held[:0]
		}
	}
	op = append(op, held...)
	return strings.Join(bp, "\n\n"), strings.Join(op, "\n\n")
}
