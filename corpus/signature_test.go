package corpus

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/words"
)

func seed(t testing.TB, name string) *article.Document {
	t.Helper()
	d, err := article.Load(context.Background(), filepath.Join("..", "testdata", "seeds", name), article.LoadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// shared counts, by kind, the signatures of q that are in d.
func shared(q, d []Signature) (hits, total [kinds]int) {
	for _, s := range q {
		total[s.Kind()]++
		if _, ok := slices.BinarySearch(d, s); ok {
			hits[s.Kind()]++
		}
	}
	return hits, total
}

func TestSignaturesShape(t *testing.T) {
	d := seed(t, wireName)
	sigs := Signatures(d)
	if !slices.IsSorted(sigs) || len(slices.Compact(slices.Clone(sigs))) != len(sigs) {
		t.Fatalf("signatures not sorted and distinct")
	}
	if !slices.Equal(sigs, TextSignatures(d.Text)) {
		t.Errorf("Signatures and TextSignatures of the same text differ")
	}
	var n [kinds]int
	for _, s := range sigs {
		n[s.Kind()]++
	}
	for k := range kinds {
		if n[k] == 0 {
			t.Errorf("no %s signature in the wire story", k)
		}
	}
	// The wire has about 500 words: the sample keeps a few dozen of each.
	if len(sigs) < 60 || len(sigs) > 300 {
		t.Errorf("%d signatures (%v by kind), want about 150", len(sigs), n)
	}
	if Signatures(nil) != nil || len(TextSignatures("")) != 0 || len(TextSignatures("the and of")) != 0 {
		t.Errorf("empty or function-word text gives signatures")
	}
}

// Case, punctuation and the order of a pair do not change signatures.
func TestSignaturesNormalise(t *testing.T) {
	a := TextSignatures("Prime Minister Giorgia Meloni met the Winter Olympics committee in Milan on Tuesday, officials said.")
	b := TextSignatures("prime minister giorgia meloni met the winter olympics committee in milan on tuesday officials said")
	if !slices.Equal(a, b) {
		t.Errorf("case and punctuation change the signatures")
	}
	var sg signer
	x := sg.appendRaw(nil, "Meloni Giorgia")
	y := sg.appendRaw(nil, "Giorgia Meloni")
	slices.Sort(x)
	slices.Sort(y)
	if !slices.Equal(x, y) {
		t.Errorf("a pair in the other order has other signatures")
	}
}

// The rewrites of the wire in the seeds share signatures with it, the
// paraphrase (004) through content words rather than runs of words.
func TestSignaturesOfRewrites(t *testing.T) {
	q := querySignatures(seed(t, wireName))
	for _, tc := range []struct {
		name     string
		minWords float64
	}{
		{"001_e4d2f7d4ad65d4f5.txt", 0.3},
		{"004_f996ef66bb436ca1.txt", 0.3},
	} {
		hits, total := shared(q, Signatures(seed(t, tc.name)))
		if w := float64(hits[Word]) / float64(total[Word]); w < tc.minWords {
			t.Errorf("%s shares %.2f of the wire's sampled words, want at least %.2f", tc.name, w, tc.minWords)
		}
		if hits[WordPair] == 0 {
			t.Errorf("%s shares no word pair with the wire", tc.name)
		}
	}
	hits, total := shared(q, Signatures(seed(t, wireName)))
	if hits != total {
		t.Errorf("the wire shares %v of its own %v signatures", hits, total)
	}
}

// appendRawDirect computes the signatures of appendRaw from their
// definitions, each run's polynomial summed afresh: the rolling version
// must give the same signatures.
func appendRawDirect(dst []Signature, text string) []Signature {
	hs := words.AppendWordHashes(nil, text)
	m := make([]uint64, len(hs))
	for i, w := range hs {
		m[i] = words.Mix(w.Hash)
	}
	for i := 0; i+ShingleSize <= len(hs); i++ {
		var r uint64
		informative := false
		for j := i; j < i+ShingleSize; j++ {
			r = r*runBase + m[j]
			informative = informative || !hs[j].Function
		}
		if informative && r != 0 && r>>(64-log2(VerbatimRate)) == 0 {
			dst = append(dst, Signature(r&^3)|Signature(Verbatim))
		}
	}
	prev := uint64(0)
	for i, w := range hs {
		if w.Function {
			continue
		}
		h := max(m[i], 1)
		if h>>(64-log2(WordRate)) == 0 {
			dst = append(dst, Signature(h&^3)|Signature(Word))
		}
		if prev != 0 && prev != h {
			a, b := min(prev, h), max(prev, h)
			if p := mix(a*0x9e3779b97f4a7c15 ^ b); p>>(64-log2(PairRate)) == 0 {
				dst = append(dst, Signature(p&^3)|Signature(WordPair))
			}
		}
		prev = h
	}
	return dst
}

// The rolling computation of the signatures gives those of their
// definitions, on the seeds and on short or awkward texts.
func TestSignaturesRollingSameValues(t *testing.T) {
	texts := []string{"", "a", "and in the of to", "Milan Milan Milan mayor", "the the the the Milan the the the the the",
		"Città di Milano, ÉTÉ — isn't it? 3.5% of 1,200 ʼquotedʼ words"}
	for _, name := range []string{wireName, "001_e4d2f7d4ad65d4f5.txt", "002_5abd8e9c77b91b8e.txt", "003_b030a8d00d13db10.txt", "004_f996ef66bb436ca1.txt"} {
		texts = append(texts, seed(t, name).Text)
	}
	for _, text := range texts {
		want := appendRawDirect(nil, text)
		slices.Sort(want)
		want = slices.Compact(want)
		if got := TextSignatures(text); !slices.Equal(got, want) {
			t.Errorf("rolling gives %d signatures, the definitions %d, on %.40q", len(got), len(want), text)
		}
	}
}

// BenchmarkSignatures computes the signatures of the seed texts (the
// hashing of the first pass, without reading or sorting).
func BenchmarkSignatures(b *testing.B) {
	var texts []string
	n := 0
	for _, name := range []string{wireName, "001_e4d2f7d4ad65d4f5.txt", "002_5abd8e9c77b91b8e.txt", "003_b030a8d00d13db10.txt", "004_f996ef66bb436ca1.txt"} {
		texts = append(texts, seed(b, name).Text)
		n += len(texts[len(texts)-1])
	}
	b.SetBytes(int64(n))
	var sg signer
	var dst []Signature
	for b.Loop() {
		for _, t := range texts {
			dst = sg.appendRaw(dst[:0], t)
		}
	}
}

// log2 returns the base-2 logarithm of a power of two.
func log2(n uint64) uint {
	k := uint(0)
	for n > 1 {
		n >>= 1
		k++
	}
	return k
}
