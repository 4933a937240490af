package check

import (
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/words"
)

// TestBaseShared checks that a Base made once and shared by the runs of
// one BASE with several OTHERs, at once, gives each run the report Run
// gives on its own, and that a Base of another document is not used.
func TestBaseShared(t *testing.T) {
	var cs []*align.Comparison
	for _, o := range []string{"001", "002", "003", "004"} {
		cs = append(cs, compareArticles(t, "000", o))
	}
	want := make([]*Report, len(cs))
	for i, c := range cs {
		want[i] = Run(c, nil)
	}
	base := NewBase(cs[0].Base)
	got := make([]*Report, len(cs))
	var wg sync.WaitGroup
	for i, c := range cs {
		wg.Go(func() { got[i] = Run(c, base) })
	}
	wg.Wait()
	for i := range cs {
		if d := cmp.Diff(want[i], got[i]); d != "" {
			t.Errorf("000–%d with a shared Base (-alone +shared):\n%s", i+1, d)
		}
	}
	// A Base of another document is not this comparison's.
	other := NewBase(loadArticle(t, "003"))
	if d := cmp.Diff(want[0], Run(cs[0], other)); d != "" {
		t.Errorf("Run with the Base of another document (-want +got):\n%s", d)
	}
	if len(base.Quotes()) != len(Quotes(cs[0].Base)) || base.Document() != cs[0].Base {
		t.Errorf("Base holds %d quotations of %p, Quotes finds %d in %p", len(base.Quotes()), base.Document(), len(Quotes(cs[0].Base)), cs[0].Base)
	}
}

// TestBaseSentenceTold checks that a Base reads the facts and names of
// a sentence only when a run asks for them, that what it keeps is what
// sentenceFacts and sentenceNames read, and that runs asking at once get
// one answer (run it with -race too).
func TestBaseSentenceTold(t *testing.T) {
	d := loadArticle(t, "000")
	base := NewBase(d)
	// A copy of the BASE links every sentence as identical: no fact is
	// compared, so none is read.
	Run(align.Compare(d, d, align.Options{}), base)
	for i := range base.told {
		if base.told[i].Load() != nil {
			t.Fatalf("sentence %d read by a run of an identical copy", i)
		}
	}
	const runs = 4
	got := make([][]*sentenceTold, runs)
	var wg sync.WaitGroup
	for g := range runs {
		wg.Go(func() {
			var sc sentenceScratch
			for i := range d.Sentences {
				got[g] = append(got[g], base.sentence(i, &sc))
			}
		})
	}
	wg.Wait()
	var sc sentenceScratch
	facts := 0
	for i := range d.Sentences {
		want := &sentenceTold{facts: sentenceFacts(base.words, i, &sc), names: sentenceNames(base.words, i, &sc)}
		facts += len(want.facts) + len(want.names)
		for g := range runs {
			if got[g][i] != got[0][i] {
				t.Errorf("sentence %d: runs kept different answers", i)
			}
		}
		if d := cmp.Diff(want, got[0][i], cmp.AllowUnexported(sentenceTold{}, factTok{})); d != "" {
			t.Errorf("sentence %d (-want +got):\n%s", i, d)
		}
	}
	if facts == 0 {
		t.Fatal("no facts or names in the seed: nothing tested")
	}
	if base.sentence(-1, &sc) != nil || base.sentence(len(d.Sentences), &sc) != nil {
		t.Error("a sentence out of range tells something")
	}
}

// TestDocWords checks that the words shared by the checks are those of
// each sentence, and that span gives the words inside a byte range.
func TestDocWords(t *testing.T) {
	d := parse(t, "Conte said “set -our own limits” on Tuesday. U.S. officials didn’t reply.\n\nA second paragraph.")
	w := newDocWords(d)
	var all []words.Compound
	for i, s := range d.Sentences {
		want := words.Compounds(s.Text, s.Start, true)
		if d := cmp.Diff(want, w.sentence(i)); d != "" {
			t.Errorf("sentence %d (-want +got):\n%s", i, d)
		}
		all = append(all, want...)
	}
	var got []words.Compound
	for i := range w.count() {
		got = append(got, w.tok(i))
		if w.keyAt(i) != words.Key(got[i].Text) || w.bareAt(i) != words.Bare(words.Key(got[i].Text)) {
			t.Errorf("word %d %q: key %q, bare %q", i, got[i].Text, w.keyAt(i), w.bareAt(i))
		}
		if w.index(got[i]) != i || w.key(got[i]) != w.keyAt(i) {
			t.Errorf("word %d %q: index %d, key %q", i, got[i].Text, w.index(got[i]), w.key(got[i]))
		}
	}
	if d := cmp.Diff(all, got); d != "" {
		t.Errorf("all words (-want +got):\n%s", d)
	}
	if w.sentence(-1) != nil || w.sentence(len(d.Sentences)) != nil {
		t.Errorf("sentence out of range has words")
	}
	start := len("Conte said “")
	end := start + len("set -our own limits")
	var texts []string
	for _, t := range w.span(start, end) {
		texts = append(texts, t.Text)
	}
	if d := cmp.Diff([]string{"set", "-our", "own", "limits"}, texts); d != "" {
		t.Errorf("span (-want +got):\n%s", d)
	}
	if len(w.span(end, start)) != 0 {
		t.Errorf("an empty range has words")
	}
}
