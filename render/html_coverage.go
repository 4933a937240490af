package render

// The overview of an N-way comparison, an align.CoverageTable, in the
// HTML page: the view that html/coverage.tmpl draws as the page's first
// section, styled by html/coverage.css.

import (
	"bytes"
	"fmt"
	"html/template"
	"sync"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
)

// coverageView is what coverageTemplate draws.
type coverageView struct {
	Base     string
	Columns  []coverColumnView
	Rows     []coverRowView
	Carried  []int // base carried, percent, per column
	FromBase []int // from base, percent, per column
	Legend   []coverLegendView
}

type coverColumnView struct {
	N           int
	Name, Title string
	Href        string // the panel of that comparison
}

type coverRowView struct {
	Label, Role, Text string
	Cells             []coverCellView
}

type coverCellView struct {
	Class, Symbol, Label, Title, Href string
}

type coverLegendView struct{ Class, Symbol, Label string }

// coverageTemplate draws the coverage table, html/coverage.tmpl, as the
// first view of the HTML report. Article text goes through html/template's
// escaping like the rest of the page. Parsed on first use, as htmlPage.
var coverageTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("coverage.tmpl").ParseFS(htmlFiles, "html/coverage.tmpl"))
})

// coverageHTML returns the coverage section of the HTML report for t.
// anchor(k, record) is the fragment that shows record of the k-th
// comparison, and anchor(k, -1) that comparison's panel; nil means the
// HTML report's own anchors ("#c1" for the first comparison's panel,
// "#c1-r3" for its record 3).
//
// Cost: linear in the size of the table.
func coverageHTML(t *align.CoverageTable, anchor func(k, record int) string) (template.HTML, error) {
	if err := t.Validate(); err != nil {
		return "", fmt.Errorf("render: %w", err)
	}
	if anchor == nil {
		anchor = func(k, record int) string {
			if record < 0 {
				return fmt.Sprintf("#c%d", k+1)
			}
			return fmt.Sprintf("#c%d-r%d", k+1, record)
		}
	}
	v := coverageView{Base: t.Base.Name}
	for _, k := range []align.Kind{align.Identical, align.Edited, align.Paraphrased, align.Dropped} {
		v.Legend = append(v.Legend, coverLegendView{Class: "k-" + k.String(), Symbol: coverSymbols[k], Label: coverLabels[k]})
	}
	for k, d := range t.Others {
		v.Columns = append(v.Columns, coverColumnView{N: k + 1, Name: d.Name, Title: d.Title, Href: anchor(k, -1)})
		v.Carried = append(v.Carried, percent(t.Outlets[k].Base.Linked()))
		v.FromBase = append(v.FromBase, percent(t.Outlets[k].Text.Linked()))
	}
	for _, row := range t.Paragraphs {
		if !row.Compared() {
			continue
		}
		p := t.Base.Paragraphs[row.Index]
		rv := coverRowView{Label: fmt.Sprintf("¶%d", row.Index+1), Text: excerpt(t.Base.Text[p.Start:p.End], 90)}
		if p.Role != article.Body {
			rv.Role = p.Role.String()
		}
		for k, c := range row.Cells {
			name := t.Others[k].Name
			if !c.Compared {
				rv.Cells = append(rv.Cells, coverCellView{Class: "k-skipped", Label: "not compared", Title: name + ": not compared"})
				continue
			}
			label := coverLabels[c.Kind]
			title := fmt.Sprintf("%s: %s", name, label)
			if c.Kind != align.Dropped {
				title += fmt.Sprintf(", %d%% of the paragraph carried", percent(c.Carried))
			}
			if c.Moved {
				title += ", moved"
			}
			rv.Cells = append(rv.Cells, coverCellView{
				Class:  "k-" + c.Kind.String(),
				Symbol: coverSymbols[c.Kind],
				Label:  label,
				Title:  title,
				Href:   anchor(k, c.Record),
			})
		}
		v.Rows = append(v.Rows, rv)
	}
	var b bytes.Buffer
	if err := coverageTemplate().Execute(&b, v); err != nil {
		return "", fmt.Errorf("writing coverage table: %w", err)
	}
	return template.HTML(b.String()), nil
}
