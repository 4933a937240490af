package check

import (
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/testdoc"
)

// misspellings passes over the sentences quietSentences found quiet: the
// findings are those of reading every sentence, on each ordered pair of
// seeds, each seed against a generated document, and a generated pair
// (a typo in a quiet sentence would be lost; one found in a sentence
// thought quiet would be new).
func TestQuietSentencesSameResult(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	var seeds []*article.Document
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, parse(t, string(data)))
	}
	genBase, genOther := testdoc.Generated(t, "..", 96<<10, 7)
	var pairs [][2]*article.Document
	for _, a := range seeds {
		for _, b := range seeds {
			if a != b {
				pairs = append(pairs, [2]*article.Document{a, b})
			}
		}
		pairs = append(pairs, [2]*article.Document{a, genOther})
	}
	pairs = append(pairs, [2]*article.Document{genBase, genOther})
	defer func(n int) { quietMinBytes = n }(quietMinBytes)
	typos, quietOnes, loud := 0, 0, 0
	for i, p := range pairs {
		c := align.Compare(p[0], p[1], align.Options{})
		b := NewBase(p[0])
		quietMinBytes = math.MaxInt
		want := RunPrepared(c, b, b.PrepareOther(p[1]))
		quietMinBytes = 0
		o := b.PrepareOther(p[1])
		if len(o.quiet) != len(p[1].Sentences) {
			t.Fatalf("pair %d: %d quiet flags for %d sentences", i, len(o.quiet), len(p[1].Sentences))
		}
		for _, q := range o.quiet {
			if q {
				quietOnes++
			} else {
				loud++
			}
		}
		if diff := cmp.Diff(want, RunPrepared(c, b, o)); diff != "" {
			t.Errorf("pair %d (%s, %s): passing over quiet sentences changes the report (-all +quiet passed over):\n%s", i, p[0].Name, p[1].Name, diff)
		}
		typos += len(want.Typos)
	}
	if typos == 0 || quietOnes == 0 || loud == 0 {
		t.Errorf("%d typos, %d quiet and %d other sentences: the test compares too little", typos, quietOnes, loud)
	}
}
