package words

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestShingles(t *testing.T) {
	same := []struct{ name, a, b string }{
		{"case and punctuation", "Milan’s mayor, Giuseppe Sala: “No.”", "milans MAYOR giuseppe sala no"},
		{"straight and curly apostrophes", "the agents’ presence isn't welcome", "the agents' presence isnt welcome"},
		{"hyphens and dashes split words", "set -our own limits — now", "set our own limits now"},
		{"spaces and line breaks", "Winter\n\nOlympics\u00a0in  Milan", "winter olympics in milan"},
		{"non-ASCII letters", "Città di Milano, ÉTÉ", "città di milano été"},
	}
	for _, tc := range same {
		t.Run(tc.name, func(t *testing.T) {
			a, b := Shingles(nil, tc.a, 2), Shingles(nil, tc.b, 2)
			if len(a) == 0 || !slices.Equal(a, b) {
				t.Errorf("Shingles(%q) = %x\nShingles(%q) = %x\nwant equal and not empty", tc.a, a, tc.b, b)
			}
		})
	}
	counts := []struct {
		text string
		k    int
		want int
	}{
		{"", 3, 0},
		{"two words", 3, 0},
		{"three words here", 3, 1},
		{"one two three four five six", 5, 2},
		{"a b c d", 1, 4},
	}
	for _, tc := range counts {
		if got := len(Shingles(nil, tc.text, tc.k)); got != tc.want {
			t.Errorf("len(Shingles(%q, %d)) = %d, want %d", tc.text, tc.k, got, tc.want)
		}
	}
	// A run of function words says nothing: its hash is 0, and a run with
	// one content word is not.
	if got := Shingles(nil, "and in the", 3); !slices.Equal(got, []uint64{0}) {
		t.Errorf("Shingles(\"and in the\") = %x, want [0]", got)
	}
	if got := Shingles(nil, "and in Milan", 3); len(got) != 1 || got[0] == 0 {
		t.Errorf("Shingles(\"and in Milan\") = %x, want one non-zero hash", got)
	}
	// Order matters, and appending keeps what dst held.
	ab, ba := Shingles(nil, "mayor Milan", 2), Shingles(nil, "Milan mayor", 2)
	if ab[0] == ba[0] {
		t.Errorf("\"mayor Milan\" and \"Milan mayor\" hash alike")
	}
	if got := Shingles([]uint64{7}, "mayor Milan", 2); !slices.Equal(got, []uint64{7, ab[0]}) {
		t.Errorf("Shingles appended to [7] = %x, want [7 %x]", got, ab[0])
	}
}

// Every shingle of a real text is distinct from every other unless the
// words are: no collisions on the seeds and licences.
func TestShinglesNoCollision(t *testing.T) {
	seen := map[uint64]string{}
	for _, name := range append(globTestdata(t, "seeds/*.txt"), globTestdata(t, "licenses/*")...) {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		// The words as Shingles reads them, spelled out.
		noApostrophes := strings.NewReplacer("'", "", "’", "", "ʼ", "").Replace(string(data))
		words := strings.FieldsFunc(strings.ToLower(noApostrophes), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.Is(unicode.M, r)
		})
		hs := Shingles(nil, string(data), 3)
		if len(hs) != len(words)-2 {
			t.Fatalf("%s: %d shingles for %d words", name, len(hs), len(words))
		}
		for i, h := range hs {
			key := strings.Join(words[i:i+3], " ")
			if prev, ok := seen[h]; ok && prev != key && h != 0 {
				t.Errorf("%q and %q share hash %x", prev, key, h)
			}
			seen[h] = key
		}
	}
}

// globTestdata returns the files of the module's testdata that match
// pattern, failing the test when there are none.
func globTestdata(t testing.TB, pattern string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "testdata", filepath.FromSlash(pattern)))
	if err != nil || len(files) == 0 {
		t.Fatalf("no testdata for %s", pattern)
	}
	return files
}
