package check

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/testdoc"
)

// A truthPair is one pair of testdata/truth.txt with its expected
// findings.
type truthPair struct {
	set, base, other string
	items            []truthItem
}

type truthItem struct {
	check string   // quote, typo, misspelling, fact
	kinds []string // acceptable kinds; "-" for misspellings
	text  string
}

func readTruth(tb testing.TB) []truthPair {
	tb.Helper()
	f, err := os.Open(filepath.Join("testdata", "truth.txt"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var pairs []truthPair
	set := ""
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if name, ok := strings.CutPrefix(line, "set "); ok {
			set = name
			continue
		}
		fields := strings.SplitN(line, " ", 3)
		if len(fields) != 3 {
			tb.Fatalf("truth.txt:%d: want three fields, got %q", n, line)
		}
		if fields[0] == "pair" {
			pairs = append(pairs, truthPair{set: set, base: fields[1], other: fields[2]})
			continue
		}
		if len(pairs) == 0 {
			tb.Fatalf("truth.txt:%d: finding before any pair", n)
		}
		p := &pairs[len(pairs)-1]
		p.items = append(p.items, truthItem{check: fields[0], kinds: strings.Split(fields[1], "|"), text: fields[2]})
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return pairs
}

var (
	articleMu    sync.Mutex
	articleCache = map[string]*article.Document{}
)

// loadArticle reads a seed ("000") or a fixture ("000-number") by name.
func loadArticle(tb testing.TB, name string) *article.Document {
	tb.Helper()
	articleMu.Lock()
	defer articleMu.Unlock()
	if d, ok := articleCache[name]; ok {
		return d
	}
	path := filepath.Join("..", "testdata", "checks", name+".txt")
	if !strings.Contains(name, "-") {
		m, _ := filepath.Glob(filepath.Join("..", "testdata", "seeds", name+"_*.txt"))
		if len(m) != 1 {
			tb.Fatalf("seed %s: found %d files", name, len(m))
		}
		path = m[0]
	}
	d := testdoc.Load(tb, path)
	articleCache[name] = d
	return d
}

func compareArticles(tb testing.TB, base, other string) *align.Comparison {
	return align.Compare(loadArticle(tb, base), loadArticle(tb, other), align.Options{})
}

// A finding is one item of a Report, as truth.txt names it.
type finding struct{ check, kind, text string }

func findingsOf(r *Report) []finding {
	var out []finding
	for _, q := range r.Quotes {
		out = append(out, finding{"quote", q.Change.String(), q.Other})
	}
	for _, t := range r.Typos {
		if t.Kind == TypoMisspelling {
			out = append(out, finding{"misspelling", "-", t.Other})
		} else {
			out = append(out, finding{"typo", t.Kind.String(), t.Other})
		}
	}
	for _, f := range r.Facts {
		out = append(out, finding{"fact", f.Kind.String(), f.Other})
	}
	return out
}

func (it truthItem) matches(f finding) bool {
	if f.check != it.check || !slices.Contains(it.kinds, f.kind) {
		return false
	}
	if f.check == "typo" || f.check == "misspelling" {
		return f.text == it.text
	}
	return strings.Contains(f.text, it.text)
}

// score compares the findings of one pair with its truth: the findings
// that match a truth item, those that match none (false alarms), and the
// truth items matched by no finding (misses).
func score(p truthPair, fs []finding) (hits, alarms []finding, misses []truthItem) {
	used := make([]bool, len(p.items))
	for _, f := range fs {
		hit := false
		for i, it := range p.items {
			if !used[i] && it.matches(f) {
				used[i], hit = true, true
				break
			}
		}
		if hit {
			hits = append(hits, f)
		} else {
			alarms = append(alarms, f)
		}
	}
	for i, it := range p.items {
		if !used[i] {
			misses = append(misses, it)
		}
	}
	return hits, alarms, misses
}

// strictSet reports whether the findings of the pairs of a set must be
// exactly as labelled.
func strictSet(set string) bool {
	return set == "self" || strings.HasSuffix(set, "fixtures")
}

// TestEvaluate runs every pair of testdata/truth.txt, checks the findings
// that must be exact (no finding on a seed against itself; every fixture
// change found and nothing else), and compares the precision and recall
// of each check, with the false alarms and misses, to
// testdata/eval.golden. Run with -update to rewrite it.
func TestEvaluate(t *testing.T) {
	type tally struct{ hit, alarm, miss int }
	checks := []string{"quote", "typo", "misspelling", "fact"}
	var sets []string
	tallies := map[string]*tally{}
	pairs := readTruth(t)
	for _, p := range pairs {
		if !slices.Contains(sets, p.set) {
			sets = append(sets, p.set)
			for _, c := range checks {
				tallies[p.set+"/"+c] = &tally{}
			}
		}
	}
	var detail strings.Builder
	for _, p := range pairs {
		r := Run(compareArticles(t, p.base, p.other), nil)
		hits, alarms, misses := score(p, findingsOf(r))
		set := p.set
		for _, f := range hits {
			tallies[set+"/"+f.check].hit++
		}
		for _, f := range alarms {
			tallies[set+"/"+f.check].alarm++
			fmt.Fprintf(&detail, "%s %s: false alarm: %s %s %q\n", p.base, p.other, f.check, f.kind, f.text)
		}
		for _, it := range misses {
			tallies[set+"/"+it.check].miss++
			fmt.Fprintf(&detail, "%s %s: missed: %s %s %q\n", p.base, p.other, it.check, strings.Join(it.kinds, "|"), it.text)
		}
		if strictSet(set) && (len(alarms) > 0 || len(misses) > 0) {
			t.Errorf("%s with %s: %d false alarms, %d misses (see below)", p.base, p.other, len(alarms), len(misses))
		}
	}
	var b strings.Builder
	b.WriteString("| pairs | check | correct | false alarms | missed | precision | recall |\n")
	b.WriteString("|---|---|---:|---:|---:|---:|---:|\n")
	for _, s := range sets {
		for _, c := range checks {
			n := tallies[s+"/"+c]
			fmt.Fprintf(&b, "| %s | %s | %d | %d | %d | %s | %s |\n", s, c, n.hit, n.alarm, n.miss,
				ratio(n.hit, n.hit+n.alarm), ratio(n.hit, n.hit+n.miss))
		}
	}
	b.WriteString("\n")
	b.WriteString(detail.String())
	got := b.String()
	testdoc.Golden(t, filepath.Join("testdata", "eval.golden"), []byte(got))
}

// ratio formats a/b as a share, or "–" when b is 0.
func ratio(a, b int) string {
	if b == 0 {
		return "–"
	}
	return fmt.Sprintf("%.2f", float64(a)/float64(b))
}
