package check

import (
	"fmt"
	"strings"
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

// quotedSentencePair compares two documents that are each one sentence
// of n quotations by three speakers (a transcript, or text whose
// sentences the segmenter cannot tell apart, reads so), a fifth of the
// OTHER's quotations with a word changed. Quotations and names that
// repeat within one record were once compared pair by pair, at a cost
// that grew with the cube of n.
func quotedSentencePair(b *testing.B, n int) (*align.Comparison, int) {
	b.Helper()
	vocab := strings.Fields("police officers agents border city council budget vote rally court judge ruling appeal market prices water storm flood school teachers")
	speakers := []string{"Smith", "Okafor", "Lindqvist"}
	var base, other strings.Builder
	for i := range n {
		var q []string
		for j := range 8 {
			q = append(q, vocab[(i*7+j*3+i/5)%len(vocab)])
		}
		bq := strings.Join(q, " ")
		oq := bq
		if i%5 == 2 {
			q[i%8] = "tomorrow"
			oq = strings.Join(q, " ")
		}
		sep := ", and "
		if i == n-1 {
			sep = "."
		}
		fmt.Fprintf(&base, "“%s,” said %s%s", bq, speakers[i%3], sep)
		fmt.Fprintf(&other, "“%s,” said %s%s", oq, speakers[i%3], sep)
	}
	bd, err := article.Parse("base", []byte(base.String()))
	if err != nil {
		b.Fatal(err)
	}
	od, err := article.Parse("other", []byte(other.String()))
	if err != nil {
		b.Fatal(err)
	}
	return align.Compare(bd, od, align.Options{}), len(bd.Text)
}

// BenchmarkRun times Run alone (the comparison is made once, outside the
// loop) on the seed pair 000–001, on the seeds repeated and lightly
// edited to 20 KB and 200 KB (quotations throughout), on a generated
// pair of about 1 MB, and on one sentence of 1,000 quotations (see
// quotedSentencePair).
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
	c, n = quotedSentencePair(b, 1000)
	pairs = append(pairs, pair{"quotes1sentence", c, n})
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
