package render

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/testdoc"
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
	brief := testdoc.New("brief.html",
		testdoc.Body(
			"Lawmakers urged Prime Minister Giorgia Meloni to intervene.",
			"Sala, Milan’s mayor, called the agents unwelcome.",
			"More later.",
		),
	)
	brief.Title = "ICE row"
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
			testdoc.Golden(t, filepath.Join("testdata", "coverage", tc.file), got.Bytes())
		})
	}
}

// Article text in the HTML table is escaped, and terminal output has no
// control characters from it.
func TestCoverageHostile(t *testing.T) {
	r := hostileReport()
	base := testdoc.New("<b>base</b>.txt", testdoc.Body("<script>alert(1)</script> \x1b[2J Council met."))
	other := testdoc.New("x\x1b]0;t\x07.txt", testdoc.Body("Council met."))
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
