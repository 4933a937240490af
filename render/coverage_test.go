package render

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/report"
)

// coverageReport is the story of storyReport compared with three OTHERs:
// the outlet's rewrite, a verbatim copy of its body, and a brief that
// keeps one sentence of the second paragraph, paraphrases the Sala line,
// and leaves the boilerplate out.
func coverageReport() *report.Report {
	r := storyReport()
	base := r.Documents[0]
	cp := *base
	cp.Name = "copy.txt"
	whole := &align.Comparison{Base: base, Other: &cp, Summary: align.Summary{Identical: len(base.Sentences), Reused: 1}}
	for i, s := range base.Sentences {
		whole.Sentences = append(whole.Sentences, align.SentenceLink{Kind: align.Identical, Base: []int{i}, Other: []int{i}, Score: 1,
			Diff: []align.Chunk{eq(s.Text)}})
	}
	brief := doc("brief.html", "ICE row",
		para{article.Body, []string{
			"Lawmakers urged Prime Minister Giorgia Meloni to intervene.",
			"Sala, Milan’s mayor, called the agents unwelcome.",
			"More later.",
		}},
	)
	short := &align.Comparison{Base: base, Other: brief, Options: align.Options{IgnoreBoilerplate: true}, Summary: align.Summary{Identical: 1, Paraphrased: 1, Added: 1, Dropped: 4, Reused: 0.75}, Sentences: []align.SentenceLink{
		{Kind: align.Dropped, Base: []int{2}},
		{Kind: align.Identical, Base: []int{3}, Other: []int{0}, Score: 1, Diff: []align.Chunk{eq(base.Sentences[3].Text)}},
		{Kind: align.Dropped, Base: []int{4}},
		{Kind: align.Dropped, Base: []int{5}},
		{Kind: align.Paraphrased, Base: []int{6}, Other: []int{1}, Score: 0.5},
		{Kind: align.Added, Other: []int{2}},
		{Kind: align.Dropped, Base: []int{7}},
	}}
	r.Documents = append(r.Documents, &cp, brief)
	r.Comparisons = append(r.Comparisons, whole, short)
	return r
}

func coverageOf(r *report.Report) *align.CoverageTable {
	t := align.Coverage(r.Comparisons)
	if t == nil {
		panic("no coverage table for the fixture")
	}
	return t
}

// checkGolden compares got with testdata/coverage/name, or rewrites it
// with -update.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "coverage", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if d := cmp.Diff(string(want), string(got)); d != "" {
		t.Errorf("output differs from %s (-want +got; go test -update rewrites it):\n%s", path, d)
	}
}

func TestCoverageGolden(t *testing.T) {
	jsonOf := func(r *report.Report, choice *report.BaseChoice) func(*bytes.Buffer) error {
		return func(b *bytes.Buffer) error {
			jc, err := newJSONCoverage(r, coverageOf(r), choice)
			if err != nil {
				return err
			}
			enc := json.NewEncoder(b)
			enc.SetIndent("", "  ")
			return enc.Encode(jc)
		}
	}
	term := func(r *report.Report, o coverageOptions) func(*bytes.Buffer) error {
		return func(b *bytes.Buffer) error { return coverageTerm(b, coverageOf(r), o) }
	}
	r := coverageReport()
	for _, tc := range []struct {
		file   string
		render func(*bytes.Buffer) error
	}{
		{"story.txt", term(r, coverageOptions{Width: 80})},
		{"story.ascii.txt", term(r, coverageOptions{Width: 80, ASCII: true})},
		{"story.color.txt", term(r, coverageOptions{Width: 80, Color: true})},
		{"story.sentences.txt", term(r, coverageOptions{Width: 60, Sentences: true})},
		{"story.json", jsonOf(r, &report.BaseChoice{Figures: []float64{0.61234, 0.5, 0.75, 0.2}})},
		{"story.html", func(b *bytes.Buffer) error {
			h, err := coverageHTML(coverageOf(r), nil)
			b.WriteString(string(h))
			return err
		}},
		{"hostile.txt", term(hostileReport(), coverageOptions{Width: 60})},
		{"seeds.txt", term(seedReport(t), coverageOptions{Width: 100})},
	} {
		t.Run(tc.file, func(t *testing.T) {
			var got, again bytes.Buffer
			if err := tc.render(&got); err != nil {
				t.Fatal(err)
			}
			if err := tc.render(&again); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), again.Bytes()) {
				t.Fatalf("two renderings differ:\n%s", cmp.Diff(got.String(), again.String()))
			}
			checkGolden(t, tc.file, got.Bytes())
		})
	}
}

// The table says what the records say: the copy carries every paragraph
// identical, the brief the third paragraph identical (one sentence of two)
// and the fifth paraphrased, and a paragraph left out of a comparison has
// an empty cell.
func TestCoverageTermCells(t *testing.T) {
	var b bytes.Buffer
	if err := coverageTerm(&b, coverageOf(coverageReport()), coverageOptions{Width: 200, ASCII: true}); err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{}
	for _, l := range strings.Split(b.String(), "\n") {
		if m := regexp.MustCompile(`^(¶\d+)\s+(.)    (.)    (.)  `).FindStringSubmatch(l); m != nil {
			rows[m[1]] = m[2] + m[3] + m[4]
		}
	}
	want := map[string]string{
		"¶1": "~= ", // heading: edited by the outlet, copied, not compared in the brief
		"¶2": " = ", // the byline: left out of the outlet's comparison and the brief's
		"¶3": "===", // the brief kept one sentence of two word for word
		"¶4": "~=.", // Conte: the outlet edited the quote, the brief dropped it
		"¶5": "==%", // Sala: the outlet moved it, the brief paraphrased it
		"¶6": " = ", // the copyright line
	}
	if diff := cmp.Diff(want, rows); diff != "" {
		t.Errorf("cells (-want +got):\n%s\n%s", diff, b.String())
	}
}

// Every cell of the HTML table links to a record row that the HTML report
// of the same comparisons has, and every column to a panel.
func TestCoverageHTMLLinks(t *testing.T) {
	for name, r := range map[string]*report.Report{"story": coverageReport(), "seeds": seedReport(t)} {
		t.Run(name, func(t *testing.T) {
			frag, err := coverageHTML(coverageOf(r), nil)
			if err != nil {
				t.Fatal(err)
			}
			var page bytes.Buffer
			if err := HTML(&page, r); err != nil {
				t.Fatal(err)
			}
			ids := map[string]bool{}
			z := html.NewTokenizer(&page)
			for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
				for _, a := range z.Token().Attr {
					if a.Key == "id" {
						ids[a.Val] = true
					}
				}
			}
			links := 0
			z = html.NewTokenizer(strings.NewReader(string(frag)))
			for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
				tok := z.Token()
				if tok.Type != html.StartTagToken || tok.Data != "a" {
					continue
				}
				for _, a := range tok.Attr {
					if a.Key == "href" {
						links++
						if !strings.HasPrefix(a.Val, "#") || !ids[a.Val[1:]] {
							t.Errorf("link %s leads nowhere in the report", a.Val)
						}
					}
				}
			}
			if links == 0 {
				t.Errorf("no links in the coverage table")
			}
		})
	}
}

// Article text in the HTML table is escaped, and terminal output has no
// control characters from it.
func TestCoverageHostile(t *testing.T) {
	r := hostileReport()
	base := doc("<b>base</b>.txt", "", para{article.Body, []string{"<script>alert(1)</script> \x1b[2J Council met."}})
	other := doc("x\x1b]0;t\x07.txt", "", para{article.Body, []string{"Council met."}})
	c := &align.Comparison{Base: base, Other: other, Sentences: []align.SentenceLink{{Kind: align.Paraphrased, Base: []int{0}, Other: []int{0}}}}
	r.Documents, r.Comparisons = []*article.Document{base, other}, []*align.Comparison{c}
	tab := coverageOf(r)
	frag, err := coverageHTML(tab, nil)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(frag), "<script>") || strings.Contains(string(frag), "<b>") {
		t.Errorf("article markup reached the HTML:\n%s", frag)
	}
	var b bytes.Buffer
	if err := coverageTerm(&b, tab, coverageOptions{}); err != nil {
		t.Fatal(err)
	}
	if strings.ContainsAny(b.String(), "\x1b\x07") {
		t.Errorf("control characters reached the terminal:\n%q", b.String())
	}
}

// The JSON section points into the report: documents, comparisons, and
// records that hold a sentence of the row.
func TestCoverageJSONIndexes(t *testing.T) {
	for name, r := range map[string]*report.Report{"story": coverageReport(), "seeds": seedReport(t)} {
		tab := coverageOf(r)
		jc, err := newJSONCoverage(r, tab, nil)
		if err != nil {
			t.Fatal(err)
		}
		if jc.BaseChoice != nil || jc.Base != 0 {
			t.Errorf("%s: base %d, base_choice %v", name, jc.Base, jc.BaseChoice)
		}
		for k := range tab.Others {
			c := r.Comparisons[jc.Comparisons[k]]
			if r.Documents[jc.Others[k]] != c.Other || jc.Outlets[k].Document != jc.Others[k] {
				t.Errorf("%s: column %d points at the wrong document or comparison", name, k)
			}
			for _, row := range jc.Sentences {
				cell := row.Cells[k]
				if cell.Kind == "skipped" {
					if cell.Record != -1 {
						t.Errorf("%s: skipped cell with record %d", name, cell.Record)
					}
					continue
				}
				l := c.Sentences[cell.Record]
				if l.Kind.String() != cell.Kind || !containsInt(l.Base, row.Index) {
					t.Errorf("%s: sentence %d of column %d: record %d (%s %v) does not hold it as %s", name, row.Index, k, cell.Record, l.Kind, l.Base, cell.Kind)
				}
			}
		}
	}
	// A table of documents the report lacks is refused.
	r := coverageReport()
	tab := coverageOf(r)
	r.Documents = r.Documents[:2]
	if _, err := newJSONCoverage(r, tab, nil); err == nil {
		t.Errorf("a table of documents not in the report: no error")
	}
}

func containsInt(x []int, v int) bool {
	for _, y := range x {
		if y == v {
			return true
		}
	}
	return false
}

func TestCoverageRefusesBrokenTables(t *testing.T) {
	good := coverageOf(coverageReport())
	broken := func(f func(*align.CoverageTable)) *align.CoverageTable {
		c := *good
		c.Paragraphs = append([]align.CoverageRow(nil), good.Paragraphs...)
		f(&c)
		return &c
	}
	for name, tab := range map[string]*align.CoverageTable{
		"nil":         nil,
		"short rows":  broken(func(c *align.CoverageTable) { c.Paragraphs = c.Paragraphs[1:] }),
		"short cells": broken(func(c *align.CoverageTable) { c.Paragraphs[0] = align.CoverageRow{Index: 0} }),
		"added kind": broken(func(c *align.CoverageTable) {
			c.Paragraphs[0] = align.CoverageRow{Index: 0, Cells: []align.CoverageCell{{Compared: true, Kind: align.Added}, {}, {}}}
		}),
		"outlets gone": broken(func(c *align.CoverageTable) { c.Outlets = nil }),
	} {
		if err := coverageTerm(&bytes.Buffer{}, tab, coverageOptions{}); err == nil {
			t.Errorf("%s: coverageTerm gave no error", name)
		}
		if _, err := coverageHTML(tab, nil); err == nil {
			t.Errorf("%s: coverageHTML gave no error", name)
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
