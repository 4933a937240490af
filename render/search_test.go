package render

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/corpus"
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
		Candidates: 5,
		Compared:   4,
		Found:      3,
		Matches: []corpus.Match{
			{Path: "archive/2026/copy.txt", Reused: 1, Covered: 0.98, Evidence: corpus.Evidence{20, 30, 12}, Comparison: r.Comparisons[1]},
			{Path: "more/brief.html", Reused: 0.3141, Covered: 0.12, Evidence: corpus.Evidence{0, 3, 5}, Comparison: r.Comparisons[2]},
		},
		Problems: []corpus.Problem{
			{Path: "archive/logo.png", Err: &article.InputError{Name: "archive/logo.png", Problem: "looks like a PNG image"}},
			{Path: "more/locked", Err: errors.New("permission denied")},
		},
		MinReused:   0.1,
		Top:         2,
		MaxCompared: 4,
	}
}

func TestSearchGolden(t *testing.T) {
	none := searchResult()
	none.Matches, none.Found = nil, 0
	for _, tc := range []struct {
		file   string
		render func(*bytes.Buffer) error
	}{
		{"search.txt", func(b *bytes.Buffer) error { return SearchTerm(b, searchResult(), TermOptions{}) }},
		{"search.color.txt", func(b *bytes.Buffer) error { return SearchTerm(b, searchResult(), TermOptions{Color: true}) }},
		{"search.none.txt", func(b *bytes.Buffer) error { return SearchTerm(b, none, TermOptions{}) }},
		{"search.index.txt", func(b *bytes.Buffer) error {
			res := searchResult()
			res.Roots, res.Index, res.Found, res.Compared, res.MaxCompared = nil, "archive.index", 2, 5, 200
			return SearchTerm(b, res, TermOptions{})
		}},
		{"search.json", func(b *bytes.Buffer) error { return SearchJSON(b, searchResult(), "test") }},
	} {
		t.Run(tc.file, func(t *testing.T) {
			var got bytes.Buffer
			if err := tc.render(&got); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, tc.file, got.Bytes())
		})
	}
}

// The JSON of a search points into itself: each match at its document
// and comparison, whose base is the query.
func TestSearchJSONIndexes(t *testing.T) {
	var b bytes.Buffer
	res := searchResult()
	if err := SearchJSON(&b, res, "test"); err != nil {
		t.Fatal(err)
	}
	var out struct {
		Search struct {
			Query   int
			Matches []struct {
				Path                 string
				Document, Comparison int
			}
			Skipped []struct{ Path, Problem string }
		}
		Documents   []struct{ Name string }
		Comparisons []struct{ Base, Other int }
	}
	if err := json.Unmarshal(b.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Search.Matches) != len(res.Matches) || len(out.Comparisons) != len(res.Matches) {
		t.Fatalf("%d matches and %d comparisons, want %d", len(out.Search.Matches), len(out.Comparisons), len(res.Matches))
	}
	for i, m := range out.Search.Matches {
		c := out.Comparisons[m.Comparison]
		if c.Base != out.Search.Query || c.Other != m.Document || out.Documents[m.Document].Name != res.Matches[i].Comparison.Other.Name {
			t.Errorf("match %d (%s) points at document %d, comparison %d (%d with %d)", i, m.Path, m.Document, m.Comparison, c.Base, c.Other)
		}
	}
	if out.Search.Skipped[0].Problem != "looks like a PNG image" || out.Search.Skipped[1].Problem != "permission denied" {
		t.Errorf("skipped: %+v", out.Search.Skipped)
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

// The HTML of a search puts the ranking first, each row linking to its
// match's panel, with paths escaped.
func TestSearchHTML(t *testing.T) {
	res := searchResult()
	res.Matches[1].Path = "more/<b>brief</b>.html"
	var b bytes.Buffer
	if err := SearchHTML(&b, res, "test"); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	rank, panel := strings.Index(page, `<section class="ranking"`), strings.Index(page, `<section class="panel"`)
	if rank < 0 || panel < 0 || rank > panel {
		t.Fatalf("ranking at %d, first panel at %d: want the ranking first", rank, panel)
	}
	for _, want := range []string{
		"3 files carry 10% of the query or more; the best 2 shown",
		`<a href="#c1">archive/2026/copy.txt</a>`,
		`<a href="#c2">more/&lt;b&gt;brief&lt;/b&gt;.html</a>`,
		`id="c2"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
}

// The JSON of a search, of folders and of an index, matches the schema,
// and the schema holds the search section to its contract.
func TestSearchJSONSchema(t *testing.T) {
	s := compileSchema(t)
	res := searchResult()
	idx := searchResult()
	idx.Roots, idx.Index = nil, "archive.index"
	for _, r := range []*corpus.Result{res, idx} {
		var b bytes.Buffer
		if err := SearchJSON(&b, r, "test"); err != nil {
			t.Fatal(err)
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Validate(inst); err != nil {
			t.Errorf("search JSON does not match the schema: %v", err)
		}
		for _, tc := range []struct{ from, to string }{
			{`"found": 3`, `"found": -3`},
			{`"pairs": 3,`, `"pairs": "3",`},
			{`"max_compared": 4,`, ``},
		} {
			broken := strings.Replace(b.String(), tc.from, tc.to, 1)
			if broken == b.String() {
				t.Fatalf("%q not in the output", tc.from)
			}
			inst, err := jsonschema.UnmarshalJSON(strings.NewReader(broken))
			if err != nil {
				t.Fatal(err)
			}
			if s.Validate(inst) == nil {
				t.Errorf("the schema accepts %q for %q", tc.to, tc.from)
			}
		}
	}
}
