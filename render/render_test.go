package render

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
	"github.com/wirediff/wirediff/internal/testdoc"
	"github.com/wirediff/wirediff/report"
)

// TestBrokenReport gives each renderer reports that do not hold together:
// each must return an error naming the problem, never panic or write a
// half-true page.
func TestBrokenReport(t *testing.T) {
	tests := []struct {
		name    string
		corrupt func(r *report.Report)
		want    string
	}{
		{"nil report", nil, "nil report"},
		{"nil document", func(r *report.Report) { r.Documents[1] = nil }, "document 1 is nil"},
		{"nil comparison", func(r *report.Report) { r.Comparisons[0] = nil }, "comparison 0 is nil"},
		{"document not in report", func(r *report.Report) { r.Documents = r.Documents[:1] }, "not in the report"},
		{"sentence out of range", func(r *report.Report) { r.Comparisons[0].Sentences[2].Other = []int{99} }, "other sentence 99 out of range"},
		{"negative sentence", func(r *report.Report) { r.Comparisons[0].Sentences[2].Base = []int{-1} }, "base sentence -1 out of range"},
		{"empty record", func(r *report.Report) { r.Comparisons[0].Sentences[2] = align.SentenceLink{Kind: align.Identical} }, "record 2 is empty"},
		{"unknown kind", func(r *report.Report) { r.Comparisons[0].Sentences[2].Kind = 9 }, "unknown kind 9"},
		{"unknown op", func(r *report.Report) { r.Comparisons[0].Sentences[0].Diff[0].Op = 7 }, "unknown op 7"},
		{"paragraph out of range", func(r *report.Report) { r.Comparisons[0].Paragraphs[0].Base = []int{40} }, "base paragraph 40 out of range"},
		{"offsets past the text", func(r *report.Report) { r.Documents[0].Sentences[0].End = 1 << 20 }, "outside paragraph 0"},
		{"sentence in no paragraph", func(r *report.Report) { r.Documents[1].Sentences[0].Paragraph = 30 }, "paragraph 30 out of order or out of range"},
	}
	renderers := map[string]func(*report.Report) error{
		"JSON": func(r *report.Report) error { return JSON(&bytes.Buffer{}, r) },
		"HTML": func(r *report.Report) error { return HTML(&bytes.Buffer{}, r) },
		"Term": func(r *report.Report) error { return Term(&bytes.Buffer{}, r, TermOptions{}) },
		"Stat": func(r *report.Report) error { return Term(&bytes.Buffer{}, r, TermOptions{Stat: true}) },
	}
	for _, tc := range tests {
		for name, render := range renderers {
			var r *report.Report
			if tc.corrupt != nil {
				r = storyReport()
				tc.corrupt(r)
			}
			err := render(r)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%s, %s: error %v, want one containing %q", name, tc.name, err, tc.want)
			}
		}
	}
}

// failWriter fails every write.
type failWriter struct{}

var errDiskFull = errors.New("disk full")

func (failWriter) Write([]byte) (int, error) { return 0, errDiskFull }

func TestWriteErrors(t *testing.T) {
	for name, err := range map[string]error{
		"JSON": JSON(failWriter{}, storyReport()),
		"HTML": HTML(failWriter{}, storyReport()),
		"Term": Term(failWriter{}, storyReport(), TermOptions{}),
	} {
		if !errors.Is(err, errDiskFull) {
			t.Errorf("%s: error %v, want one wrapping the writer's", name, err)
		}
	}
}

// TestEmptyReport renders a report with a BASE and no OTHER.
func TestEmptyReport(t *testing.T) {
	base := testdoc.New("b", testdoc.Body("One."))
	r := &report.Report{Documents: []*article.Document{base}}
	var j, h, s bytes.Buffer
	if err := JSON(&j, r); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(j.String(), `"comparisons": []`) {
		t.Errorf("JSON: want an empty list of comparisons:\n%s", j.String())
	}
	if err := HTML(&h, r); err != nil {
		t.Fatal(err)
	}
	if err := Term(&s, r, TermOptions{Stat: true}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(s.String(), "0 others compared") {
		t.Errorf("stat: %q", s.String())
	}
}

func TestPercent(t *testing.T) {
	for _, tc := range []struct {
		x    float64
		want int
	}{{0, 0}, {0.001, 1}, {0.004, 1}, {0.5, 50}, {0.8123, 81}, {0.996, 99}, {0.9999, 100}, {1, 100}, {-1, 0}, {2, 100}} {
		if got := percent(tc.x); got != tc.want {
			t.Errorf("percent(%v) = %d, want %d", tc.x, got, tc.want)
		}
	}
}

func TestQuoteSpeakers(t *testing.T) {
	for _, tc := range []struct {
		base, other string
		same        bool
		want        string
	}{
		{"Giuseppe Conte", "Giuseppe Conte", true, "Giuseppe Conte"},
		{"Giuseppe Sala", "Sala", true, "Giuseppe Sala"},
		{"Sala", "Giuseppe Sala", true, "Giuseppe Sala"},
		{"", "Sala", true, "Sala"},
		{"Sala", "", true, "Sala"},
		{"", "", true, ""},
		{"Sala", "Calenda", false, "Calenda (base: Sala)"},
		{"Giuseppe Sala", "Sala", false, "Sala (base: Giuseppe Sala)"},
	} {
		q := check.QuoteChange{Speaker: tc.base, OtherSpeaker: tc.other, SameSpeaker: tc.same}
		if got := quoteSpeakers(q); got != tc.want {
			t.Errorf("speakers %q, %q (same %v): got %q, want %q", tc.base, tc.other, tc.same, got, tc.want)
		}
	}
}

func TestBaseReason(t *testing.T) {
	docs := []*article.Document{{Name: "a.txt"}, {Name: "wire.txt"}, {Name: "b.txt"}}
	got := baseReason(docs, 1, []float64{0.2, 0.614, 0.3})
	want := "base: wire.txt, chosen as the source: the others carry on average 61% of its text (next: b.txt, 30%)"
	if got != want {
		t.Errorf("baseReason = %q\nwant %q", got, want)
	}
	if got := baseReason(docs, 5, nil); got != "" {
		t.Errorf("baseReason with a bad index = %q, want empty", got)
	}
}
