package words

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// AppendWordHashes with ChainHashes gives the hashes of Shingles, for
// every k, on the seed articles and on awkward text.
func TestWordHashesMatchShingles(t *testing.T) {
	texts := []string{
		"", "and in the", "Milan’s mayor, Giuseppe Sala: “No.” BECAUSE Between through",
		"Città di Milano, ÉTÉ — isn't it? 3.5% of 1,200 ʼquotedʼ words",
	}
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	for _, text := range texts {
		hs := AppendWordHashes(nil, text)
		for _, k := range []int{1, 2, 5} {
			want := Shingles(nil, text, k)
			var got []uint64
			for p := 0; p+k <= len(hs); p++ {
				got = append(got, ChainHashes(hs[p:p+k]))
			}
			if !slices.Equal(got, want) {
				t.Fatalf("k=%d: chained word hashes differ from Shingles on %.40q", k, text)
			}
		}
		for _, w := range hs {
			if w.Function != isStopWord(w.Hash) {
				t.Fatalf("function word flag of %x is %v, want %v", w.Hash, w.Function, !w.Function)
			}
		}
	}
	if len(paths) == 0 {
		t.Log("no seed articles found; tested on the built-in texts only")
	}
}

// isStopWord reports whether h is the hash of one of stopWords.
func isStopWord(h uint64) bool { return stopWords[h] }
