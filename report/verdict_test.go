package report

import (
	"testing"

	"github.com/wirediff/wirediff/align"
)

func TestVerdict(t *testing.T) {
	tests := []struct {
		s      align.Summary
		quotes int
		want   string
	}{
		{align.Summary{Identical: 20, Reused: 1}, 0, "carries the base unchanged"},
		{align.Summary{Identical: 20, Added: 2, Dropped: 1, Reused: 0.9}, 0,
			"carries the base sentences unchanged: 2 added, 1 dropped"},
		{align.Summary{Identical: 20, Moved: 1, Reused: 1}, 0, "carries the base sentences unchanged: 1 moved"},
		{align.Summary{Identical: 17, Edited: 3, Reused: 0.95}, 0, "light edit: 3 sentences changed"},
		{align.Summary{Identical: 17, Edited: 1, Reused: 0.95}, 1, "light edit: 1 sentence changed, 1 quotation changed"},
		{align.Summary{Identical: 6, Edited: 2, Paraphrased: 1, Added: 4, Reused: 0.7}, 2,
			"light edit: 3 sentences changed (1 reworded), 2 quotations changed, 4 added"},
		{align.Summary{Identical: 2, Edited: 2, Paraphrased: 10, Reused: 0.8}, 0, "heavy rewrite: 12 sentences changed (10 reworded)"},
		{align.Summary{Paraphrased: 10, Reused: 0.8}, 0, "heavy rewrite: 10 sentences reworded"},
		{align.Summary{Identical: 5, Edited: 5, Reused: 0.8}, 0, "substantial edit: 5 sentences changed"},
		{align.Summary{Identical: 1, Edited: 1, Added: 30, Reused: 0.1}, 1,
			"shares little with the base: 2 sentences in common, 1 quotation changed, 30 added"},
		{align.Summary{Added: 30, Dropped: 20}, 0, "shares nothing with the base"},
	}
	for _, tc := range tests {
		if got := verdict(tc.s, tc.quotes); got != tc.want {
			t.Errorf("verdict(%+v, %d) = %q, want %q", tc.s, tc.quotes, got, tc.want)
		}
	}
}
