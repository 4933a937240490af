package check

import (
	"fmt"
	"testing"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/align/eval"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/gendoc"
)

// genPair compares two generated documents of about size bytes
// (internal/gendoc, seed 1: licence texts reworked as copy is, with seed
// sentences added), for the benchmarks.
func genPair(b *testing.B, size int) (*align.Comparison, int) {
	b.Helper()
	root, err := eval.ModuleRoot(".")
	if err != nil {
		b.Fatal(err)
	}
	src, err := gendoc.LoadSources(root)
	if err != nil {
		b.Fatal(err)
	}
	p, err := gendoc.Generate(src, gendoc.Options{Size: size, Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	base, err := article.Parse("base", []byte(p.Base))
	if err != nil {
		b.Fatal(err)
	}
	other, err := article.Parse("other", []byte(p.Other))
	if err != nil {
		b.Fatal(err)
	}
	return align.Compare(base, other, align.Options{}), len(base.Text)
}

// BenchmarkRun times Run alone (the comparison is made once, outside the
// loop) on the seed pair 000–001, on the seeds repeated and lightly
// edited to 20 KB and 200 KB (quotations throughout), and on a generated
// pair of about 1 MB.
func BenchmarkRun(b *testing.B) {
	type pair struct {
		name string
		c    *align.Comparison
		n    int
	}
	seeds := compareArticles(b, "000", "001")
	pairs := []pair{{"seeds", seeds, len(seeds.Base.Text)}}
	for _, size := range []int{20_000, 200_000} {
		c, n := bigPair(b, size)
		pairs = append(pairs, pair{fmt.Sprintf("%dKB", size/1000), c, n})
	}
	c, n := genPair(b, 1<<20)
	pairs = append(pairs, pair{"gen1MB", c, n})
	Run(seeds, nil) // load the word list
	for _, p := range pairs {
		b.Run(p.name, func(b *testing.B) {
			b.SetBytes(int64(p.n))
			b.ReportAllocs()
			for b.Loop() {
				Run(p.c, nil)
			}
		})
	}
}

// BenchmarkRunN times the checks of an N-way run: seed 000 as BASE with
// the four other seeds, as report.Run makes them: the BASE analysed once
// (NewBase), then one Run per OTHER (comparisons made once, outside the
// loop).
func BenchmarkRunN(b *testing.B) {
	var cs []*align.Comparison
	for _, o := range []string{"001", "002", "003", "004"} {
		cs = append(cs, compareArticles(b, "000", o))
	}
	Run(cs[0], nil)
	b.ReportAllocs()
	for b.Loop() {
		base := NewBase(cs[0].Base)
		for _, c := range cs {
			Run(c, base)
		}
	}
}
