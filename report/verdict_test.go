package report

import (
	"strings"
	"testing"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
)

func TestVerdict(t *testing.T) {
	// m builds measures: share from the base, share of the base carried,
	// share of the shared text changed.
	m := func(from, carried, changed float64) measures {
		return measures{Figures: Figures{FromBase: from, BaseCarried: carried}, changed: changed}
	}
	tests := []struct {
		s      align.Summary
		m      measures
		quotes int
		want   string
	}{
		{align.Summary{Identical: 20}, m(1, 1, 0), 0, "carries the base unchanged"},
		{align.Summary{Identical: 20, Added: 2, Dropped: 1}, m(0.9, 0.95, 0), 0,
			"carries the base sentences unchanged: 2 added, 1 dropped"},
		{align.Summary{Identical: 20, Moved: 1}, m(1, 1, 0), 0, "carries the base sentences unchanged: 1 moved"},
		{align.Summary{Identical: 17, Edited: 3}, m(0.95, 0.95, 0.02), 0, "light edit: 3 sentences changed"},
		{align.Summary{Identical: 17, Edited: 1}, m(0.95, 0.95, 0.01), 1, "light edit: 1 sentence changed, 1 quotation changed"},
		// Half the sentences edited, one word each: a light edit, not
		// a substantial one.
		{align.Summary{Identical: 2, Edited: 2}, m(1, 1, 0.03), 0, "light edit: 2 sentences changed"},
		{align.Summary{Identical: 5, Edited: 5}, m(0.8, 0.8, 0.3), 0, "substantial edit: 5 sentences changed"},
		{align.Summary{Identical: 2, Edited: 2, Paraphrased: 10}, m(0.8, 0.9, 0.8), 0, "light rewrite: 12 sentences changed (10 reworded)"},
		{align.Summary{Paraphrased: 10, Added: 30}, m(0.4, 0.5, 1), 0, "heavy rewrite: 10 sentences reworded, 30 added"},
		// Reworded, but most of the base carried: the count of
		// sentences alone would say heavy.
		{align.Summary{Edited: 3, Paraphrased: 7}, m(0.4, 0.8, 0.9), 0, "light rewrite: 10 sentences changed (7 reworded)"},
		{align.Summary{Identical: 1, Edited: 1, Added: 30}, m(0.1, 0.1, 0.1), 1,
			"shares little with the base: 2 sentences in common, 1 quotation changed, 30 added"},
		// An excerpt: little of the base, but all of it from the base.
		{align.Summary{Identical: 3, Dropped: 30}, m(1, 0.1, 0), 0, "carries the base sentences unchanged: 30 dropped"},
		{align.Summary{Added: 30, Dropped: 20}, m(0, 0, 0), 0, "shares nothing with the base"},
	}
	for _, tc := range tests {
		if got := verdict(tc.s, tc.m, tc.quotes); got != tc.want {
			t.Errorf("verdict(%+v, %+v, %d) = %q, want %q", tc.s, tc.m, tc.quotes, got, tc.want)
		}
	}
}

// TestVerdictOneWord compares two short articles that differ by one word
// in each of two paragraphs: by sentence counts half of it changed, by
// text a few bytes did, and the verdict says a light edit.
func TestVerdictOneWord(t *testing.T) {
	base := parse(t, "base", "The council approved the budget on Tuesday after a long debate.\n\n"+
		"The mayor said the plan would fund new schools across the city.\n\n"+
		"Opposition members voted against the measure in the final count.\n\n"+
		"The budget takes effect in January next year.\n")
	other := parse(t, "other", "The council approved the budget on Wednesday after a long debate.\n\n"+
		"The mayor said the plan would fund new schools across the region.\n\n"+
		"Opposition members voted against the measure in the final count.\n\n"+
		"The budget takes effect in January next year.\n")
	c, f := Compare(base, other, align.Options{})
	if c.Summary.Edited != 2 {
		t.Fatalf("summary %+v, want 2 edited", c.Summary)
	}
	if got := Verdict(c, f); !strings.HasPrefix(got, "light edit:") {
		t.Errorf("Verdict = %q, want a light edit", got)
	}
}

func parse(t *testing.T, name, text string) *article.Document {
	t.Helper()
	d, err := article.Parse(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return d
}
