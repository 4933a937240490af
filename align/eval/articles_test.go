package eval

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Floors and ceilings of TestArticles, on the held-out part, a little
// outside the figures measured when they were set (held-out over seeds
// 1–3: link P 0.987, R 0.950, F1 0.968; planted look-alikes linked 0.049,
// 23 of 474; one link moves recall by 0.0005, one look-alike the share by
// 0.002): regression guards, not targets (see the README, "MSRP
// sentences inside articles").
const (
	articlesMinF1         = 0.96
	articlesMinRecall     = 0.94
	articlesMaxLookAlikes = 0.06
)

func readMSRPOrSkip(t *testing.T) []MSRPPair {
	t.Helper()
	root, err := ModuleRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	pairs, err := ReadMSRP(MSRPPath(root))
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("MSRP corpus not beside the repository (it is not part of it)")
	}
	if err != nil {
		t.Fatal(err)
	}
	return pairs
}

// TestArticles runs the article benchmark (see RunArticles): MSRP
// sentence pairs put back into composed articles with planted drops,
// moves, additions and look-alikes. go test ./align/eval -run Articles -v
// prints the tables.
func TestArticles(t *testing.T) {
	pairs := readMSRPOrSkip(t)
	if testing.Short() {
		t.Skip("about 1,000 article comparisons; skipped with -short")
	}
	parts, err := RunArticles(pairs)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := ArticlesMarkdown(&b, parts); err != nil {
		t.Fatal(err)
	}
	t.Logf("MSRP sentences inside articles:\n%s", b.String())
	h := parts[1]
	if got := h.Result.Links.F1(); got < articlesMinF1 {
		t.Errorf("held-out link F1: %.3f, want at least %.2f", got, articlesMinF1)
	}
	if got := h.Result.Links.Recall(); got < articlesMinRecall {
		t.Errorf("held-out link recall: %.3f, want at least %.2f", got, articlesMinRecall)
	}
	if got := h.Counts.LookAlikeShare(); got > articlesMaxLookAlikes {
		t.Errorf("held-out look-alikes linked: %.3f, want at most %.2f", got, articlesMaxLookAlikes)
	}
}

// TestComposeArticles: composing is deterministic, every truth link joins
// a pair's first sentence to its own second, planted look-alikes are
// second sentences of other stories, and no BASE holds two sentences of
// one story.
func TestComposeArticles(t *testing.T) {
	var pairs []MSRPPair
	for i := range 60 {
		id := 10000 * (i + 1)
		pairs = append(pairs, MSRPPair{Positive: i%5 != 4, ID1: strconv.Itoa(id), ID2: strconv.Itoa(id + 7),
			S1: fmt.Sprintf("The council of town %d voted on the budget for the harbour on Monday.", i),
			S2: fmt.Sprintf("On Monday the harbour budget was approved by town %d's council.", i)})
	}
	idx := make([]int, len(pairs))
	for i := range idx {
		idx[i] = i
	}
	a1, a2 := ComposeArticles(pairs, idx, 7), ComposeArticles(pairs, idx, 7)
	if diff := cmp.Diff(a1, a2); diff != "" {
		t.Fatalf("not deterministic (-first +second):\n%s", diff)
	}
	if len(a1) == 0 {
		t.Fatal("no article composed")
	}
	s1 := map[string]int{}
	s2 := map[string]int{}
	for i, p := range pairs {
		s1[p.S1], s2[p.S2] = i, i
	}
	span := storySpan(pairs, idx)
	for _, a := range a1 {
		var members []int
		for _, sp := range a.BaseSpans {
			i, ok := s1[a.Base[sp.Start:sp.End]]
			if !ok {
				t.Fatalf("%s: BASE sentence %q is no first sentence", a.Name, a.Base[sp.Start:sp.End])
			}
			for _, m := range members {
				if sameStory(pairs[i], pairs[m], span) {
					t.Errorf("%s: pairs %d and %d of one story", a.Name, i, m)
				}
			}
			members = append(members, i)
		}
		for _, l := range a.Truth {
			b, o := l.Base[0], l.Other[0]
			if s1[a.Base[b.Start:b.End]] != s2[a.Other[o.Start:o.End]] {
				t.Errorf("%s: truth joins %q and %q", a.Name, a.Base[b.Start:b.End], a.Other[o.Start:o.End])
			}
		}
		for _, p := range a.OtherSents {
			if p.Role != RoleInPlace && p.Role != RoleBeside {
				continue
			}
			j := s2[a.Other[p.Span.Start:p.Span.End]]
			if slices.Contains(members, j) {
				t.Errorf("%s: look-alike %q is the partner of a BASE sentence", a.Name, a.Other[p.Span.Start:p.Span.End])
			}
		}
	}
}
