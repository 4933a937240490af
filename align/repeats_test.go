package align

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/article"
)

// TestRepeatedPairsScoredOnce checks that scoring each pair of repeated
// texts once, and making the record of each 1–1 link of repeated texts
// once (see repeats), links and records as doing it for every pair does,
// on documents that repeat their paragraphs in another order and with
// changes.
func TestRepeatedPairsScoredOnce(t *testing.T) {
	b0, o1, o3 := seed(t, "000").Text, seed(t, "001").Text, seed(t, "003").Text
	parse := func(name, text string) *article.Document {
		d, err := article.Parse(name, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	again := 0 // 1–1 links whose texts an earlier link has too
	for _, c := range []struct{ base, other []string }{
		{[]string{b0, o3, b0}, []string{o1, b0, o1, o3}},
		{[]string{b0, o1, b0, o1}, []string{o1, b0, o3, o1, b0}},
	} {
		base := parse("base", strings.Join(c.base, "\n\n"))
		other := parse("other", strings.Join(c.other, "\n\n"))
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
			if once {
				seen := map[[2]int32]bool{}
				for _, l := range m.links {
					if key, ok := m.repeatedLink(l); ok {
						if seen[key] {
							again++
						}
						seen[key] = true
					}
				}
			}
			return m.records(b.doc, other, b.inc, oi)
		}
		if d := cmp.Diff(links(false), links(true)); d != "" {
			t.Errorf("records (-every pair scored +repeats scored once):\n%s", d)
		}
	}
	if again == 0 {
		t.Error("no two links of the same texts: no record made again")
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

// TestRepeatsAnalysedOnce: a Base and a matcher copy the analysis of a
// repeated sentence from its first repeat (see repeats); the sentences,
// the stem numbering and the document frequencies are those of analysing
// every sentence in turn.
func TestRepeatsAnalysedOnce(t *testing.T) {
	s0, s1 := seed(t, "000"), seed(t, "001")
	twice := func(d *article.Document) *article.Document {
		return textDoc(d.Name, d.Text+"\n\n"+d.Text+"\n\nTHE U.S. SAID SO, said the U.S. Federal Reserve.\n\nThe U.S. Federal Reserve said so.\n\nTHE U.S. SAID SO, said the U.S. Federal Reserve.")
	}
	base, other := twice(s0), twice(s1)
	bi, oi := included(base, Options{}), included(other, Options{})
	for _, light := range []bool{false, true} {
		lightAlways = light
		m := newBase(base, Options{}, bi).matcher(other, oi)
		lightAlways = false

		v := newVocab()
		var bs, os []sentence
		for _, i := range bi {
			bs = append(bs, v.analyse(base.Sentences[i].Text))
			v.count(&bs[len(bs)-1])
		}
		v = v.extend()
		for _, j := range oi {
			var s sentence
			if light {
				s = v.analyseLight(other.Sentences[j].Text)
			} else {
				s = v.analyse(other.Sentences[j].Text)
			}
			os = append(os, s)
			v.count(&os[len(os)-1])
		}
		v.finish(len(bs) + len(os))
		for k := range bs {
			v.weigh(&bs[k])
			if !reflect.DeepEqual(bs[k], *m.base[k]) {
				t.Fatalf("light %v: BASE sentence %d: %+v, analysed alone %+v", light, k, *m.base[k], bs[k])
			}
		}
		for k := range os {
			if !light {
				v.weigh(&os[k])
			} else if m.other[k].norm == noNorm {
				continue // not needed by the candidate search (see Base.matcher)
			}
			if !reflect.DeepEqual(os[k], *m.other[k]) {
				t.Fatalf("light %v: OTHER sentence %d: %+v, analysed alone %+v", light, k, *m.other[k], os[k])
			}
		}
		if !slices.Equal(v.stems, m.v.stems) || !slices.Equal(v.df, m.v.df) || !slices.Equal(v.w, m.v.w) {
			t.Errorf("light %v: stems, frequencies or weights differ from analysing every sentence", light)
		}
	}
}

// TestKeyIndexRepeats: the key index of a BASE with repeats, whose keys
// are worked out once per text, is the one of keys worked out for every
// sentence (same nil), and holds each key's sentences in order: what
// candidates reads is the same.
func TestKeyIndexRepeats(t *testing.T) {
	for _, names := range [][]string{{"000", "001"}, {"002", "004"}, {"003"}} {
		var text []string
		for _, n := range names {
			text = append(text, seed(t, n).Text)
		}
		// Paragraphs repeated, in another order, as in a generated text.
		doc := textDoc("base", strings.Join(text, "\n\n")+"\n\n"+strings.Join(reversed(text), "\n\n"))
		b := newBase(doc, Options{}, included(doc, Options{}))
		repeated := 0
		for k := range b.same {
			if repeatOf(b.same, k) >= 0 {
				repeated++
			}
		}
		if repeated == 0 {
			t.Fatalf("%v: no repeats to test", names)
		}
		want := newKeyIndex(b.v, b.sent, nil)
		got := newKeyIndex(b.v, b.sent, b.same)
		if !reflect.DeepEqual(got.ids, want.ids) || !reflect.DeepEqual(got.keys, want.keys) || !reflect.DeepEqual(got.norms, want.norms) {
			t.Errorf("%v: key numbers or texts differ with repeats", names)
		}
		if len(got.posts) != len(want.posts) {
			t.Fatalf("%v: %d posting lists, want %d", names, len(got.posts), len(want.posts))
		}
		for n := range want.posts {
			if !slices.Equal(got.posts[n], want.posts[n]) || !slices.IsSorted(got.posts[n]) {
				t.Fatalf("%v: key %d: postings %v, want %v, ascending", names, n, got.posts[n], want.posts[n])
			}
		}
		// The sentences of every key: those whose keys (appendKeys) hold it.
		for i, s := range b.sent {
			for _, k := range appendKeys(nil, b.v, s) {
				if _, in := slices.BinarySearch(got.posts[got.ids[k]], int32(i)); !in {
					t.Fatalf("%v: sentence %d missing from the postings of its key %x", names, i, k)
				}
			}
		}
	}
}

func reversed(s []string) []string {
	r := slices.Clone(s)
	slices.Reverse(r)
	return r
}
