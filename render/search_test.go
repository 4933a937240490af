package render

import (
	"bytes"
	"errors"
	"path/filepath"
	"testing"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/corpus"
	"github.com/wirediff/wirediff/internal/testdoc"
)

// searchResult is a hand-made search result: the story's wire found
// copied whole and in a brief (the OTHERs of coverageReport), and one file
// skipped.
func searchResult() *corpus.Result {
	r := coverageReport()
	return &corpus.Result{
		Query:      r.Documents[0],
		Roots:      []string{"archive", "more"},
		Files:      1234,
		Bytes:      5_432_100,
		Candidates: 3,
		Compared:   3,
		Matches: []corpus.Match{
			{Path: "archive/2026/copy.txt", Reused: 1, Covered: 0.98, Comparison: r.Comparisons[1]},
			{Path: "more/brief.html", Reused: 0.3141, Covered: 0.12, Comparison: r.Comparisons[2]},
		},
		Problems: []corpus.Problem{
			{Path: "archive/logo.png", Err: &article.InputError{Name: "archive/logo.png", Problem: "looks like a PNG image"}},
			{Path: "more/locked", Err: errors.New("permission denied")},
		},
		MinReused: 0.1,
		Top:       10,
	}
}

func TestSearchGolden(t *testing.T) {
	none := searchResult()
	none.Matches = nil
	for _, tc := range []struct {
		file   string
		render func(*bytes.Buffer) error
	}{
		{"search.txt", func(b *bytes.Buffer) error { return SearchTerm(b, searchResult(), TermOptions{}) }},
		{"search.color.txt", func(b *bytes.Buffer) error { return SearchTerm(b, searchResult(), TermOptions{Color: true}) }},
		{"search.none.txt", func(b *bytes.Buffer) error { return SearchTerm(b, none, TermOptions{}) }},
		{"search.json", func(b *bytes.Buffer) error { return SearchJSON(b, searchResult(), "test") }},
	} {
		t.Run(tc.file, func(t *testing.T) {
			var got bytes.Buffer
			if err := tc.render(&got); err != nil {
				t.Fatal(err)
			}
			testdoc.Golden(t, filepath.Join("testdata", "coverage", tc.file), got.Bytes())
		})
	}
}

// The comparisons of a search draw as any report does.
func TestSearchReport(t *testing.T) {
	res := searchResult()
	r := res.Report("test")
	if r.Documents[0] != res.Query || len(r.Comparisons) != 2 || r.Comparisons[1] != res.Matches[1].Comparison {
		t.Fatalf("Report: %d documents, %d comparisons", len(r.Documents), len(r.Comparisons))
	}
	for name, f := range map[string]func(*bytes.Buffer) error{
		"term": func(b *bytes.Buffer) error { return Term(b, r, TermOptions{}) },
		"html": func(b *bytes.Buffer) error { return HTML(b, r) },
		"json": func(b *bytes.Buffer) error { return JSON(b, r) },
	} {
		if err := f(&bytes.Buffer{}); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	broken := searchResult()
	broken.Matches[0].Comparison = nil
	if err := SearchTerm(&bytes.Buffer{}, broken, TermOptions{}); err == nil {
		t.Errorf("a match without a comparison: no error")
	}
	if err := SearchTerm(&bytes.Buffer{}, nil, TermOptions{}); err == nil {
		t.Errorf("no result: no error")
	}
}
