package eval

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/internal/testdoc"
)

var (
	testBase = testdoc.New("base",
		testdoc.Body("By A Reporter"),
		testdoc.Body("(CNN) — Outrage is growing in Italy.", "“They don’t do immigration enforcement,” the spokesperson added."),
		testdoc.Body("Sala said no.", "Sala said yes.", "The end came."))
	testOther = testdoc.New("other",
		testdoc.Body("Anger grows in Italy.", `"They don't do immigration enforcement," she said.`),
		testdoc.Body("Sala said no.", "Something new."))
)

func TestParseGold(t *testing.T) {
	gold := `# comment

paraphrased
B: (CNN) — Outrage
O: Anger grows

edited moved
B: "They don't do
O: “They don’t do

identical optional
B: Sala said no
O: Sala said no

paraphrased
B: sala said YES
B: The end
O: Something new
`
	g, err := ParseGold("t.gold", []byte(gold), testBase, testOther)
	if err != nil {
		t.Fatal(err)
	}
	want := []Link{
		{Kind: align.Paraphrased, Base: []int{1}, Other: []int{0}, Line: 3},
		{Kind: align.Edited, Base: []int{2}, Other: []int{1}, Moved: true, Line: 7},
		{Kind: align.Identical, Base: []int{3}, Other: []int{2}, Optional: true, Line: 11},
		{Kind: align.Paraphrased, Base: []int{4, 5}, Other: []int{3}, Line: 15},
	}
	if diff := cmp.Diff(want, g.Links); diff != "" {
		t.Errorf("links mismatch (-want +got):\n%s", diff)
	}
}

func TestParseGoldErrors(t *testing.T) {
	tests := []struct{ name, gold, wantErr string }{
		{"no match", "edited\nB: Nothing like this\nO: Anger", `t.gold:2: prefix "Nothing like this" matches no sentence of base`},
		{"not at start", "edited\nB: is growing\nO: Anger", `sentence #1 contains it, not at its start`},
		{"ambiguous", "edited\nB: Sala said\nO: Anger", `matches 2 sentences of base (make it longer)`},
		{"bad label", "similar\nB: Sala said no\nO: Anger", `t.gold:1: label "similar"`},
		{"added label", "added\nB: Sala said no\nO: Anger", `want identical, edited or paraphrased`},
		{"bad flag", "edited moved later\nB: Sala said no\nO: Anger", `unknown flag "later"`},
		{"no other", "edited\nB: Sala said no\n", `t.gold:1: record needs at least one B: and one O: line`},
		{"prefix before label", "B: Sala said no\n", `before a label line`},
		{"missing blank line", "edited\nB: Sala said no\nO: Anger\nedited\n", `inside a record`},
		{"same sentence twice", "edited\nB: Sala said no\nB: Sala said no\nO: Anger", `names a sentence twice`},
		{"empty prefix", "edited\nB: “\nO: Anger", `empty prefix`},
		{"pair twice", "edited\nB: Sala said no\nO: Anger\n\nparaphrased\nB: Sala said no\nO: Anger",
			`t.gold:5: pair (B#3, O#0) already required by the record at line 1`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseGold("t.gold", []byte(tt.gold), testBase, testOther)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("error = %v, want one containing %q", err, tt.wantErr)
			}
		})
	}
	// A pair both required and optional is fine: optional adds nothing.
	ok := "edited\nB: Sala said no\nO: Anger\n\nparaphrased optional\nB: Sala said no\nO: Anger"
	if _, err := ParseGold("t.gold", []byte(ok), testBase, testOther); err != nil {
		t.Errorf("required and optional pair: %v", err)
	}
}

// testGold: base 1 -> other 0 paraphrased; base 2 -> other 1 edited,
// moved; base 3 -> other 2 optional; base {4,5} -> other 3 paraphrased.
// Base 0 is dropped.
func testGold(t *testing.T) *Gold {
	t.Helper()
	return &Gold{Name: "t", Base: testBase, Other: testOther, Links: []Link{
		{Kind: align.Paraphrased, Base: []int{1}, Other: []int{0}, Line: 3},
		{Kind: align.Edited, Base: []int{2}, Other: []int{1}, Moved: true, Line: 7},
		{Kind: align.Identical, Base: []int{3}, Other: []int{2}, Optional: true, Line: 11},
		{Kind: align.Paraphrased, Base: []int{4, 5}, Other: []int{3}, Line: 15},
	}}
}

func comparison(links ...align.SentenceLink) *align.Comparison {
	return &align.Comparison{Base: testBase, Other: testOther, Sentences: links}
}

func TestScore(t *testing.T) {
	tests := []struct {
		name string
		got  *align.Comparison
		want Result
	}{
		{
			name: "perfect",
			got: comparison(
				align.SentenceLink{Kind: align.Dropped, Base: []int{0}},
				align.SentenceLink{Kind: align.Paraphrased, Base: []int{1}, Other: []int{0}},
				align.SentenceLink{Kind: align.Edited, Base: []int{2}, Other: []int{1}, Moved: true},
				align.SentenceLink{Kind: align.Identical, Base: []int{3}, Other: []int{2}},
				align.SentenceLink{Kind: align.Paraphrased, Base: []int{4, 5}, Other: []int{3}},
			),
			want: Result{Links: Counts{TP: 4}, OptionalFound: 1,
				Confusion: [3][3]int{align.Edited: {align.Edited: 1}, align.Paraphrased: {align.Paraphrased: 3}},
				Dropped:   Counts{TP: 1}, Moved: Counts{TP: 1}},
		},
		{
			name: "half a merge, wrong label, spurious link, optional left out",
			got: comparison(
				align.SentenceLink{Kind: align.Edited, Base: []int{0}, Other: []int{2}},
				align.SentenceLink{Kind: align.Edited, Base: []int{1}, Other: []int{0}},
				align.SentenceLink{Kind: align.Edited, Base: []int{2}, Other: []int{1}},
				align.SentenceLink{Kind: align.Dropped, Base: []int{3}},
				align.SentenceLink{Kind: align.Paraphrased, Base: []int{4}, Other: []int{3}},
				align.SentenceLink{Kind: align.Dropped, Base: []int{5}},
			),
			want: Result{Links: Counts{TP: 3, FP: 1, FN: 1},
				Confusion: [3][3]int{align.Edited: {align.Edited: 1}, align.Paraphrased: {align.Edited: 1, align.Paraphrased: 1}},
				// Base 0 was linked (FN of "dropped"); base 5 dropped
				// but linked in gold (FP); base 3 is only optional.
				Dropped: Counts{FP: 1, FN: 1},
				// Other 2 is optional only: not counted.
				Added: Counts{},
				Moved: Counts{FN: 1},
				Mistakes: []Mistake{
					{What: "spurious", Base: 0, Other: 2, Got: align.Edited, BaseText: "By A Reporter", OtherText: "Sala said no."},
					{What: "label", Base: 1, Other: 0, Gold: align.Paraphrased, Got: align.Edited, Line: 3,
						BaseText: "(CNN) — Outrage is growing in Italy.", OtherText: "Anger grows in Italy."},
					{What: "missed", Base: 5, Other: 3, Gold: align.Paraphrased, Line: 15, BaseText: "The end came.", OtherText: "Something new."},
				}},
		},
		{
			name: "nothing linked, boilerplate left out",
			got: comparison(
				align.SentenceLink{Kind: align.Dropped, Base: []int{1, 2}},
				align.SentenceLink{Kind: align.Added, Other: []int{0, 1, 3}},
			),
			want: Result{Links: Counts{FN: 4},
				Dropped: Counts{FP: 2},
				Added:   Counts{FP: 3},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Score(testGold(t), tt.got)
			tt.want.Name = "t"
			if tt.name == "nothing linked, boilerplate left out" {
				got.Mistakes = nil // four misses, checked by the counts
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Score mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCounts(t *testing.T) {
	tests := []struct {
		c       Counts
		p, r, f float64
	}{
		{Counts{TP: 3, FP: 1, FN: 3}, 0.75, 0.5, 0.6},
		{Counts{}, 1, 1, 1},
		{Counts{FP: 2}, 0, 1, 0},
		{Counts{FN: 2}, 1, 0, 0},
	}
	for _, tt := range tests {
		if p, r, f := tt.c.Precision(), tt.c.Recall(), tt.c.F1(); p != tt.p || r != tt.r || f != tt.f {
			t.Errorf("%+v: P %v R %v F1 %v, want %v %v %v", tt.c, p, r, f, tt.p, tt.r, tt.f)
		}
	}
}

func TestLabelAccuracy(t *testing.T) {
	r := Result{Confusion: [3][3]int{{2, 0, 0}, {1, 3, 0}, {0, 2, 2}}}
	if got := r.LabelAccuracy(); got != 0.7 {
		t.Errorf("LabelAccuracy = %v, want 0.7", got)
	}
	for k, want := range map[align.Kind]struct {
		acc float64
		n   int
	}{align.Identical: {1, 2}, align.Edited: {0.75, 4}, align.Paraphrased: {0.5, 4}} {
		if acc, n := r.KindAccuracy(k); acc != want.acc || n != want.n {
			t.Errorf("KindAccuracy(%v) = %v, %d, want %v, %d", k, acc, n, want.acc, want.n)
		}
	}
	var empty Result
	if got := empty.LabelAccuracy(); got != 1 {
		t.Errorf("LabelAccuracy of nothing found = %v, want 1", got)
	}
}

// TestReportGolden checks the Markdown table, confusion matrix and mistake
// list against testdata/report.golden.
func TestReportGolden(t *testing.T) {
	g := testGold(t)
	a := Score(g, comparison(
		align.SentenceLink{Kind: align.Dropped, Base: []int{0}},
		align.SentenceLink{Kind: align.Paraphrased, Base: []int{1}, Other: []int{0}},
		align.SentenceLink{Kind: align.Edited, Base: []int{2}, Other: []int{1}, Moved: true},
		align.SentenceLink{Kind: align.Identical, Base: []int{3}, Other: []int{2}},
		align.SentenceLink{Kind: align.Paraphrased, Base: []int{4, 5}, Other: []int{3}},
	))
	a.Name = "perfect"
	b := Score(g, comparison(
		align.SentenceLink{Kind: align.Edited, Base: []int{0}, Other: []int{2}},
		align.SentenceLink{Kind: align.Edited, Base: []int{1}, Other: []int{0}},
		align.SentenceLink{Kind: align.Edited, Base: []int{2}, Other: []int{1}},
		align.SentenceLink{Kind: align.Paraphrased, Base: []int{4}, Other: []int{3}},
	))
	b.Name = "flawed"
	var out bytes.Buffer
	if err := Markdown(&out, []Result{a, b}); err != nil {
		t.Fatal(err)
	}
	out.WriteString("\n")
	if err := ConfusionTable(&out, Total([]Result{a, b})); err != nil {
		t.Fatal(err)
	}
	out.WriteString("\n")
	if err := WriteMistakes(&out, b); err != nil {
		t.Fatal(err)
	}
	testdoc.Golden(t, filepath.Join("testdata", "report.golden"), out.Bytes())
}

// FuzzParseGold checks that ParseGold never panics and that what it
// accepts is well formed.
func FuzzParseGold(f *testing.F) {
	f.Add("edited\nB: Sala said no\nO: Anger\n")
	f.Add("# c\n\nparaphrased moved optional\nB: sala said yes\nB: The end\nO: Something\n\nidentical\nB: By\nO: Sala")
	f.Add("B:\nO:\n\n\nedited\n")
	f.Fuzz(func(t *testing.T, data string) {
		g, err := ParseGold("f.gold", []byte(data), testBase, testOther)
		if err != nil {
			return
		}
		for _, l := range g.Links {
			if len(l.Base) == 0 || len(l.Other) == 0 || l.Kind > align.Paraphrased {
				t.Fatalf("malformed link %+v from %q", l, data)
			}
			for _, b := range l.Base {
				if b < 0 || b >= len(testBase.Sentences) {
					t.Fatalf("base index %d out of range", b)
				}
			}
			for _, o := range l.Other {
				if o < 0 || o >= len(testOther.Sentences) {
					t.Fatalf("other index %d out of range", o)
				}
			}
		}
	})
}
