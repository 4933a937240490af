package align

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/article"
)

// TestRepeatedPairsScoredOnce checks that scoring each pair of repeated
// texts once (see repeats) links as scoring every pair does, on documents
// that repeat their paragraphs in another order and with changes.
func TestRepeatedPairsScoredOnce(t *testing.T) {
	b0, o1, o3 := seed(t, "000").Text, seed(t, "001").Text, seed(t, "003").Text
	parse := func(name, text string) *article.Document {
		d, err := article.Parse(name, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	base := parse("base", b0+"\n\n"+o3+"\n\n"+b0)
	other := parse("other", o1+"\n\n"+b0+"\n\n"+o1+"\n\n"+o3)
	b := Prepare(base, Options{})
	oi := included(other, b.opts)
	repeated := 0
	for _, s := range repeats(other, oi) {
		if s >= 0 {
			repeated++
		}
	}
	if repeated == 0 {
		t.Fatal("no repeated sentence in OTHER: the test tests nothing")
	}
	links := func(once bool) []SentenceLink {
		m := b.matcher(other, oi)
		if !once {
			m.bsame, m.osame = nil, nil
		}
		m.run()
		return m.records(b.doc, other, b.inc, oi)
	}
	if d := cmp.Diff(links(false), links(true)); d != "" {
		t.Errorf("records (-every pair scored +repeats scored once):\n%s", d)
	}
}

func TestRepeats(t *testing.T) {
	d := &article.Document{Sentences: []article.Sentence{{Text: "A."}, {Text: "B."}, {Text: "A."}, {Text: "C."}, {Text: "B."}, {Text: "A."}}}
	got := repeats(d, []int{0, 1, 2, 3, 4, 5})
	if want := []int32{0, 1, 0, -1, 1, 0}; !cmp.Equal(got, want) {
		t.Errorf("repeats = %v, want %v", got, want)
	}
	if got := repeats(d, []int{1, 3, 5}); !cmp.Equal(got, []int32{-1, -1, -1}) {
		t.Errorf("repeats of sentences said once = %v, want all -1", got)
	}
}
