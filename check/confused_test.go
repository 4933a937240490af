package check

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/testdoc"
	"github.com/wirediff/wirediff/words"
)

// TestConfusedOnRealPairs measures the confused-word rule on real
// rewrites: the MSRP pairs (two outlets' sentences of one story, both
// directions) in which one sentence has a word the rule knows and the
// other a word of its group. Every finding the rule makes there is listed
// in testdata/confused-msrp.golden, with the pair's line in the corpus:
// since both sentences were published, a finding is either a slip of one
// outlet or a false alarm, and the line is read to tell which. Lines are split as
// the editorial benchmark splits them (every fifth held out).
func TestConfusedOnRealPairs(t *testing.T) {
	if testing.Short() {
		t.Skip("reads the MSRP corpus")
	}
	f, err := os.Open(msrpPath)
	if err != nil {
		t.Skipf("MSRP corpus not available: %v", err)
	}
	defer f.Close()
	var b strings.Builder
	b.WriteString("# go test ./check -run TestConfusedOnRealPairs [-update]\n")
	var pairs, found [2]int
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 0; sc.Scan(); n++ {
		fs := strings.Split(sc.Text(), "\t")
		if n == 0 || len(fs) != 5 || !mayConfuse(fs[3], fs[4]) {
			continue
		}
		part := 0
		if n%5 == 4 {
			part = 1
		}
		for _, pr := range [][2]string{{fs[3], fs[4]}, {fs[4], fs[3]}} {
			pairs[part]++
			base, err := article.Parse("base.txt", []byte(pr[0]))
			if err != nil {
				t.Fatal(err)
			}
			other, err := article.Parse("other.txt", []byte(pr[1]))
			if err != nil {
				t.Fatal(err)
			}
			for _, ty := range Run(align.Compare(base, other, align.Options{}), nil).Typos {
				if ty.Reason == confusedReason {
					found[part]++
					fmt.Fprintf(&b, "line %d (quality %s): %q → %q\n", n+1, fs[0], ty.Base, ty.Other)
				}
			}
		}
	}
	fmt.Fprintf(&b, "tuning: %d pairs with a confusable each side, %d findings\n", pairs[0], found[0])
	fmt.Fprintf(&b, "held-out: %d pairs with a confusable each side, %d findings\n", pairs[1], found[1])
	testdoc.Golden(t, filepath.Join("testdata", "confused-msrp.golden"), []byte(b.String()))
}

// mayConfuse reports whether sentence a has a word of a group of
// confusables and b another word of the same group.
func mayConfuse(a, b string) bool {
	inB := map[string]bool{}
	for _, w := range strings.Fields(b) {
		inB[words.Key(strings.Trim(w, "\"',.;:!?()"))] = true
	}
	for _, w := range strings.Fields(a) {
		for _, o := range words.ConfusedWith(words.Key(strings.Trim(w, "\"',.;:!?()"))) {
			if inB[o] {
				return true
			}
		}
	}
	return false
}
