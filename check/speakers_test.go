package check

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/internal/gendoc"
)

// TestLazySpeakers: Run gives the same report whether the OTHER's
// quotations are attributed only when mayNeedSpeakers says a speaker may
// be read, or always (attributeAll), on the pairs of truth.txt, on
// generated derived pairs, and on news articles against generated text
// they share little with; and the short cut is taken on some of them, so
// that this test covers it.
func TestLazySpeakers(t *testing.T) {
	type pair struct {
		name string
		c    *align.Comparison
	}
	var pairs []pair
	for _, p := range readTruth(t) {
		pairs = append(pairs, pair{p.base + " " + p.other, compareArticles(t, p.base, p.other)})
	}
	src, err := gendoc.LoadSources("..")
	if err != nil {
		t.Fatal(err)
	}
	seed := loadArticle(t, "000")
	for s := uint64(1); s <= 4; s++ {
		g, err := gendoc.Generate(src, gendoc.Options{Size: 24 << 10, Seed: s})
		if err != nil {
			t.Fatal(err)
		}
		b, o := parse(t, g.Base), parse(t, g.Other)
		pairs = append(pairs,
			pair{fmt.Sprintf("generated %d", s), align.Compare(b, o, align.Options{})},
			pair{fmt.Sprintf("seed 000 against generated %d", s), align.Compare(seed, o, align.Options{})})
	}
	// A BASE whose quotation no OTHER quotation shares a word with.
	pairs = append(pairs, pair{"unrelated quotations", align.Compare(
		parse(t, `“Prices of grain will fall,” the farmer said. The harvest was good.`),
		parse(t, `The harvest was good. “We will open a school,” he said. “Children need it,” added Maria Rossi.`),
		align.Options{})})

	shortCut, early, late := 0, 0, 0
	for _, p := range pairs {
		lazy := Run(p.c, nil)
		attributeAll = true
		full := Run(p.c, nil)
		attributeAll = false
		if diff := cmp.Diff(full, lazy); diff != "" {
			t.Errorf("%s: report with speakers left out differs (-always +lazy):\n%s", p.name, diff)
		}
		// Prepared before the comparison (as report does on a large
		// OTHER), the speakers given then or by Run.
		base := NewBase(p.c.Base)
		o := base.PrepareOther(p.c.Other)
		if o.attributed {
			early++
		} else if len(o.quotes) > 0 {
			late++
		}
		if diff := cmp.Diff(full, RunPrepared(p.c, base, o)); diff != "" {
			t.Errorf("%s: report with the OTHER prepared first differs (-always +prepared):\n%s", p.name, diff)
		}
		r := newRun(p.c, base, nil)
		if len(r.quotes) > 0 && !mayNeedSpeakers(r.base.index, r.quotes, linkedBase(p.c)) {
			shortCut++
		}
	}
	t.Logf("%d of %d pairs take the short cut; PrepareOther attributes the quotations of %d and leaves %d to Run", shortCut, len(pairs), early, late)
	if shortCut == 0 {
		t.Error("no pair takes the short cut: the test covers nothing")
	}
	if early == 0 || late == 0 {
		t.Error("PrepareOther attributes the quotations of every pair or of none: the test does not cover both")
	}
}
