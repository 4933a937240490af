package render

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/check"
	"github.com/wirediff/wirediff/internal/testdoc"
)

// describe writes units compactly: "r3" a record, "g5" the far end of moved
// record 5, "b1"/"o8" a loose base/other sentence; a paragraph mark comes
// first as "[b3]" or "[o4]" (side, paragraph index).
func describe(units []unit) []string {
	var out []string
	for _, u := range units {
		s := ""
		if m := u.mark; m != nil {
			s = fmt.Sprintf("[%s%d]", sideName(m.side)[:1], m.para)
		}
		switch u.kind {
		case unitRecord:
			s += fmt.Sprintf("r%d", u.rec)
		case unitGhost:
			s += fmt.Sprintf("g%d", u.rec)
		case unitLoose:
			s += fmt.Sprintf("%s%d", sideName(u.side)[:1], u.sent)
		}
		out = append(out, s)
	}
	return out
}

func TestReadingOrder(t *testing.T) {
	c := storyReport().Comparisons[0]
	tests := []struct {
		name    string
		primary side
		ghosts  bool
		want    []string
	}{
		{
			// Base order: the moved Sala sentence (r5) stays at its base
			// place; the added r7, r8 follow the quote (r3) they follow in
			// OTHER, in a paragraph of their own; loose boilerplate of
			// OTHER (o8) follows the last record before it.
			name: "base", primary: baseSide,
			want: []string{"[b0]r0", "[b1]b1", "[b2]r1", "r2", "[b3]r3", "[o3]r7", "r8", "[b3]r4", "[b4]r5", "r6", "[o5]o8", "[b5]b8"},
		},
		{
			name: "base with ghosts", primary: baseSide, ghosts: true,
			want: []string{"[b0]r0", "[o1]g5", "[b1]b1", "[b2]r1", "r2", "[b3]r3", "[o3]r7", "r8", "[b3]r4", "[b4]r5", "r6", "[o5]o8", "[b5]b8"},
		},
		{
			// Other order: the dropped r4 reads inline after the quote of
			// its own base paragraph; base loose sentences follow their
			// anchors.
			name: "other", primary: otherSide,
			want: []string{"[o0]r0", "[b1]b1", "[o1]r5", "r1", "[o2]r2", "r3", "r4", "[o3]r7", "r8", "[o4]r6", "[b5]b8", "[o5]o8"},
		},
		{
			name: "other with ghosts", primary: otherSide, ghosts: true,
			// The base place of the moved r5 is after the dropped r4.
			want: []string{"[o0]r0", "[b1]b1", "[o1]r5", "r1", "[o2]r2", "r3", "r4", "[b4]g5", "[o3]r7", "r8", "[o4]r6", "[b5]b8", "[o5]o8"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := describe(readingOrder(c, tc.primary, tc.ghosts))
			if d := cmp.Diff(tc.want, got); d != "" {
				t.Errorf("reading order (-want +got):\n%s", d)
			}
		})
	}
}

// TestReadingOrderEdges covers records the layout must not lose: added
// sentences before any shared one, a merge (two base sentences in one
// record), and a sentence claimed by two records.
func TestReadingOrderEdges(t *testing.T) {
	base := testdoc.New("b", testdoc.Body("A.", "B.", "C."))
	other := testdoc.New("o", testdoc.Body("New.", "A B.", "C."))
	c := &align.Comparison{Base: base, Other: other, Sentences: []align.SentenceLink{
		{Kind: align.Edited, Base: []int{0, 1}, Other: []int{1}},
		{Kind: align.Identical, Base: []int{2}, Other: []int{2}},
		{Kind: align.Added, Other: []int{0}},
		{Kind: align.Identical, Base: []int{2}, Other: []int{2}}, // duplicate claim
	}}
	got := describe(readingOrder(c, baseSide, true))
	want := []string{"[o0]r2", "[b0]r0", "r1", "r3"}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("reading order (-want +got):\n%s", d)
	}
	// Every record appears exactly once.
	seen := map[int]int{}
	for _, u := range readingOrder(c, otherSide, false) {
		if u.kind == unitRecord {
			seen[u.rec]++
		}
	}
	for i := range c.Sentences {
		if seen[i] != 1 {
			t.Errorf("record %d shown %d times in other order, want once", i, seen[i])
		}
	}
}

func TestQuoteRecords(t *testing.T) {
	c := &align.Comparison{Sentences: make([]align.SentenceLink, 4)}
	tests := []struct {
		name  string
		r     *check.Report
		marks []bool
		n     int
	}{
		{"not checked", nil, []bool{false, false, false, false}, 0},
		{"no quotation changed", &check.Report{}, []bool{false, false, false, false}, 0},
		{"two quotations, one spanning two records", &check.Report{Quotes: []check.QuoteChange{
			{Records: []int{1}}, {Records: []int{1, 3}},
		}}, []bool{false, true, false, true}, 2},
		{"a quotation in no record still counts", &check.Report{Quotes: []check.QuoteChange{{}}},
			[]bool{false, false, false, false}, 1},
		{"records out of range are ignored", &check.Report{Quotes: []check.QuoteChange{{Records: []int{-1, 4}}}},
			[]bool{false, false, false, false}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			marks := quoteRecords(c, tc.r)
			if diff := cmp.Diff(tc.marks, marks); diff != "" {
				t.Errorf("quoteRecords = %v; want %v (-want +got):\n%s", marks, tc.marks, diff)
			}
		})
	}
}
