package words

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

// AppendWordHashes with ChainHashes gives the hashes of Shingles, for
// every k, on the seed articles and on awkward text.
func TestWordHashesMatchShingles(t *testing.T) {
	texts := []string{
		"", "and in the", "Milan’s mayor, Giuseppe Sala: “No.” BECAUSE Between through",
		"Città di Milano, ÉTÉ — isn't it? 3.5% of 1,200 ʼquotedʼ words",
	}
	texts = append(texts, seedTexts(t)...)
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
}

// isStopWord reports whether h is the hash of one of stopWords.
func isStopWord(h uint64) bool { return stopWords[h] }

// referenceWordHashes is AppendWordHashes written plainly, a rune at a
// time: the words lower-cased, apostrophes inside a word dropped, each
// hashed whole by wordHash.
func referenceWordHashes(text string) []WordHash {
	var out []WordHash
	var word []byte
	ascii := true
	end := func() {
		if len(word) > 0 {
			h := wordHash(string(word))
			out = append(out, WordHash{h, ascii && isStopWord(h)})
		}
		word, ascii = word[:0], true
	}
	for _, r := range text {
		switch {
		case IsWordRune(r):
			// A function word is written in ASCII: "İ" (whose lower
			// case is "i") is a word of its own, not the pronoun.
			ascii = ascii && r < utf8.RuneSelf
			r = unicode.ToLower(r)
			word = utf8.AppendRune(word, r)
		case (r == '\'' || r == '’' || r == 'ʼ') && len(word) > 0:
		default:
			end()
		}
	}
	end()
	return out
}

// The fast loops of AppendWordHashes give the words of the plain
// definition on awkward texts and the seed articles.
func TestWordHashesMatchReference(t *testing.T) {
	texts := []string{
		"", "a", "A", "'", "x'", "'x", "don't DON’T donʼt dont", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
		"Città di Milano, ÉTÉ — isn't it? 3.5% of 1,200 ʼquotedʼ words", "naïveté’s café-au-lait ÀÉÎÕÜ",
		"\xff\xfeabc\xc3", "a\x00b\x7fc", "İstanbul ΣΟΦΊΑ straße", "[@`{/:]", "The AND of in because between through",
	}
	texts = append(texts, seedTexts(t)...)
	for _, text := range texts {
		if got, want := AppendWordHashes(nil, text), referenceWordHashes(text); !slices.Equal(got, want) {
			t.Fatalf("%.60q: %d hashes, want %d (or different values)", text, len(got), len(want))
		}
	}
}

func FuzzWordHashes(f *testing.F) {
	for _, s := range []string{"Milan’s mayor", "abc'def q", "ÉTÉ 3.5%", "\xffa", "The and"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if got, want := AppendWordHashes(nil, text), referenceWordHashes(text); !slices.Equal(got, want) {
			t.Fatalf("%q: got %v, want %v", text, got, want)
		}
	})
}

// BenchmarkWordHashes hashes the words of the seed articles.
func BenchmarkWordHashes(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	var text []byte
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		text = append(text, data...)
	}
	s := string(text)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	var buf []WordHash
	for b.Loop() {
		buf = AppendWordHashes(buf[:0], s)
	}
}

// seedTexts returns the text of every seed article.
func seedTexts(t testing.TB) []string {
	t.Helper()
	var texts []string
	for _, p := range globTestdata(t, "seeds/*.txt") {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}
