package align

import (
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/testdoc"
	"github.com/wirediff/wirediff/words"
)

// lightPairs returns pairs of documents to compare both ways: every pair
// of seed articles, two licences, a generated derived pair, a seed
// article against a generated document of many more sentences (which is
// analysed light without lightAlways), and two one-sentence documents.
func lightPairs(t *testing.T) [][2]*article.Document {
	t.Helper()
	read := func(rel string) *article.Document {
		data, err := os.ReadFile(filepath.Join("..", filepath.FromSlash(rel)))
		if err != nil {
			t.Fatal(err)
		}
		return testdoc.Parse(t, rel, string(data))
	}
	seeds, err := filepath.Glob(filepath.Join("..", "testdata", "seeds", "*.txt"))
	if err != nil || len(seeds) < 2 {
		t.Fatalf("seed articles: %v, %v", seeds, err)
	}
	var docs []*article.Document
	for _, p := range seeds {
		rel, _ := filepath.Rel("..", p)
		docs = append(docs, read(filepath.ToSlash(rel)))
	}
	var pairs [][2]*article.Document
	for i := range docs {
		for j := range docs {
			if i != j {
				pairs = append(pairs, [2]*article.Document{docs[i], docs[j]})
			}
		}
	}
	gb, gother := testdoc.Generated(t, "..", 48<<10, 3)
	one := func(s string) *article.Document { return testdoc.Parse(t, "one", s) }
	return append(pairs,
		[2]*article.Document{read("testdata/licenses/GPL-2"), read("testdata/licenses/GPL-3")},
		[2]*article.Document{gb, gother},
		[2]*article.Document{docs[0], gother},
		[2]*article.Document{one("The U.S. Department of Homeland Security said 1,200 agents were sent to Milan.\n"),
			one("DHS said it sent 1,200 agents to Milan, the U.S. said.\n")},
	)
}

// TestLightOtherSameResult compares each pair of lightPairs both ways
// with every OTHER analysed in full and with every OTHER analysed light
// (see analyseLight), with and without boilerplate, on one goroutine and
// with the concurrent paths forced: the comparisons must be equal, since
// a light OTHER only defers the full analysis of the sentences read
// beyond the candidate search.
func TestLightOtherSameResult(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(4))
	old := [3]int{candidatesMinPart, scoreMinPart, recordsMinPart}
	defer func() {
		candidatesMinPart, scoreMinPart, recordsMinPart = old[0], old[1], old[2]
		lightAlways = false
	}()
	for _, parts := range []int{1 << 30, 1} {
		candidatesMinPart, scoreMinPart, recordsMinPart = parts, parts, parts
		for k, p := range lightPairs(t) {
			for _, ab := range [][2]*article.Document{p, {p[1], p[0]}} {
				for _, opts := range []Options{{}, {IgnoreBoilerplate: true}} {
					lightAlways = false
					want := Compare(ab[0], ab[1], opts)
					lightAlways = true
					got := Compare(ab[0], ab[1], opts)
					if d := cmp.Diff(want, got); d != "" {
						t.Fatalf("pair %d (%s, %s), %+v, parts %d: light OTHER differs (-full +light):\n%s",
							k, ab[0].Name, ab[1].Name, opts, parts, d)
					}
				}
			}
		}
	}
}

// TestLightOtherSkipsAnalysis checks that a news article compared with a
// document of many more sentences leaves most of the latter's sentences
// analysed light: only those the matcher reads get the full analysis, and
// some it never reads.
func TestLightOtherSkipsAnalysis(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "testdata", "seeds", "000_c64f40ef166d9df3.txt"))
	if err != nil {
		t.Fatal(err)
	}
	news := testdoc.Parse(t, "seed", string(data))
	_, other := testdoc.Generated(t, "..", 128<<10, 3)
	oi := included(other, Options{})
	if !lightOther(len(included(news, Options{})), len(oi)) {
		t.Fatalf("%d sentences against %d: not analysed light", len(oi), len(included(news, Options{})))
	}
	m := Prepare(news, Options{}).matcher(other, oi)
	m.run()
	m.records(news, other, included(news, Options{}), oi)
	light := 0
	for _, l := range m.olight {
		if l {
			light++
		}
	}
	if light == 0 {
		t.Errorf("all %d OTHER sentences analysed in full after the comparison, want some left light", len(oi))
	}
}

// TestNoNormIsNoNorm checks that noNorm, the normalised text of a light
// sentence found nowhere in the BASE, is no sentence's normalised text.
func TestNoNormIsNoNorm(t *testing.T) {
	for _, s := range []string{"", " ", "  ", "\u00a0", "\u202f", " a ", "\t", "\n"} {
		if words.Normalize(s) == noNorm {
			t.Errorf("Normalize(%q) is noNorm", s)
		}
	}
}

// TestAppendFound checks that appendFound gives, for every OTHER sentence
// of a generated pair and under several limits, the numbers of the keys
// (appendKeys) that the BASE's index holds within the limit, each once.
func TestAppendFound(t *testing.T) {
	base, other := testdoc.Generated(t, "..", 48<<10, 3)
	b := Prepare(base, Options{})
	m := b.matcher(other, included(other, Options{}))
	for _, limit := range []int{1, 4, 1 << 30} {
		var ks []uint64
		checked := 0
		for j := range m.other {
			ks = appendKeys(ks, m.v, m.other[j])
			var want []int32
			for _, k := range ks {
				if n, ok := b.keys.ids[k]; ok && len(b.keys.posts[n]) <= limit {
					want = append(want, n)
				}
			}
			slices.Sort(want)
			got := b.keys.appendFound([]int32{-1}, m.v, m.other[j], limit)
			if got[0] != -1 || !slices.Equal(got[1:], want) {
				t.Fatalf("limit %d, sentence %d: appendFound %v, want %v after -1", limit, j, got, want)
			}
			checked += len(want)
		}
		if checked == 0 {
			t.Fatalf("limit %d: no key found: nothing checked", limit)
		}
	}
}
