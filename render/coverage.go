package render

import (
	"bufio"
	"bytes"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/report"
)

// This file draws the overview of an N-way comparison, an
// align.CoverageTable: which OTHER carried which paragraph of the BASE,
// and how much of each OTHER is the BASE. coverageTerm draws it for a
// terminal; coverageHTML and newJSONCoverage are the pieces of it that the
// HTML and JSON reports hold.

// Symbols of the coverage table, by label. The Unicode set matches the
// HTML report's; the ASCII set is for terminals and logs that lack it.
var (
	coverSymbols      = [...]string{align.Identical: "=", align.Edited: "~", align.Paraphrased: "≈", align.Dropped: "·"}
	coverSymbolsASCII = [...]string{align.Identical: "=", align.Edited: "~", align.Paraphrased: "%", align.Dropped: "."}
	coverSGR          = [...]string{align.Identical: "32", align.Edited: sgrEdit, align.Paraphrased: sgrPara, align.Dropped: sgrDim}
)

// coverLabels name the labels of cells as the legend and screen readers
// say them.
var coverLabels = [...]string{align.Identical: "identical", align.Edited: "edited", align.Paraphrased: "paraphrased", align.Dropped: "absent"}

// coverageOptions choose how coverageTerm draws a table.
type coverageOptions struct {
	// Color colours the symbols. coverageTerm never looks at the
	// terminal itself: the caller decides.
	Color bool
	// ASCII draws the symbols = ~ % . instead of = ~ ≈ ·, for terminals
	// and logs that cannot show them.
	ASCII bool
	// Sentences draws one row per BASE sentence instead of per paragraph.
	Sentences bool
	// Width is the number of columns the lines fit in, by cutting the
	// excerpt that ends each row; 0 means 80. The cells themselves are
	// never cut.
	Width int
}

// coverCol is the width of one column of cells: a percentage ("100%")
// and a space before it.
const coverCol = 5

// coverageTerm writes t as a compact table: a row per BASE paragraph (or
// sentence) with its number, one column per OTHER holding the symbol of
// what that OTHER did with it (= identical, ~ edited, ≈ paraphrased,
// · absent: the best label among its sentences), and the start of its
// text. Two lines under the rows give, per OTHER, the share of the BASE it
// carries and the share of it that is its own (not from the BASE); a
// legend numbers the OTHERs. Rows left out of every comparison (boilerplate
// with --ignore-boilerplate) are not drawn.
//
//	coverage of wire.txt by 3 others: = identical  ~ edited  ≈ paraphrased  · absent
//
//	        1    2    3
//	¶1      =    ~    ·    The mayor of Milan said the agents are…
//	¶2      =    ·    ≈    The Games open on Feb. 6 in Milan.
//	base  100%  40%  33%   share of the base each one carries
//	own     0%  20%  80%   share of each one that is its own
//
//	  1  outlet1.txt
//	  …
//
// Cost: linear in the size of the table.
func coverageTerm(w io.Writer, t *align.CoverageTable, opts coverageOptions) error {
	if err := t.Validate(); err != nil {
		return fmt.Errorf("render: %w", err)
	}
	width := opts.Width
	if width <= 0 {
		width = 80
	}
	symbols := coverSymbols
	if opts.ASCII {
		symbols = coverSymbolsASCII
	}
	rows, unit := t.Paragraphs, "¶"
	if opts.Sentences {
		rows, unit = t.Sentences, "s"
	}
	labelW := len(fmt.Sprint(len(rows))) + 2 + 1 // "¶12" and at least one space
	labelW = max(labelW, 6)                      // "base  ", "own   "

	bw := bufio.NewWriter(w)
	emit := lineEmitter(bw, opts.Color)

	head := line{{fmt.Sprintf("coverage of %s by %s:", clean(t.Base.Name), plural(len(t.Others), "other")), sgrBold}}
	for _, k := range []align.Kind{align.Identical, align.Edited, align.Paraphrased, align.Dropped} {
		head = append(head, span{"  ", ""}, span{symbols[k], coverSGR[k]}, span{" " + coverLabels[k], ""})
	}
	emit(head)
	emit(nil)

	cols := line{{strings.Repeat(" ", labelW), ""}}
	for k := range t.Others {
		cols = append(cols, span{fmt.Sprintf("%*d ", coverCol-1, k+1), ""})
	}
	emit(cols)
	excerptW := max(width-labelW-coverCol*len(t.Others)-3, 10)
	for _, row := range rows {
		if !row.Compared() {
			continue
		}
		label := fmt.Sprintf("%s%d", unit, row.Index+1)
		l := line{{label + strings.Repeat(" ", labelW-textWidth(label)), ""}}
		for _, c := range row.Cells {
			sym := " "
			k := c.Kind
			if c.Compared {
				sym = symbols[k]
			}
			l = append(l, span{strings.Repeat(" ", coverCol-1-textWidth(sym)), ""}, span{sym, coverSGR[k]}, span{" ", ""})
		}
		var text string
		var ro article.Role
		if opts.Sentences {
			text = sentText(t.Base, row.Index)
			ro = role(t.Base, t.Base.Sentences[row.Index].Paragraph)
		} else {
			p := t.Base.Paragraphs[row.Index]
			text = t.Base.Text[p.Start:p.End]
			ro = p.Role
		}
		if ro != article.Body {
			text = "[" + ro.String() + "] " + text
		}
		l = append(l, span{"  " + excerpt(text, excerptW), roleSGR(ro)})
		emit(l)
	}
	for _, sum := range []struct {
		label, note string
		share       func(align.Outlet) float64
	}{
		{"base", "share of the base each one carries", func(o align.Outlet) float64 { return o.Base.Linked() }},
		{"own", "share of each one that is its own", func(o align.Outlet) float64 { return o.Text.Unlinked }},
	} {
		l := line{{sum.label + strings.Repeat(" ", labelW-len(sum.label)), ""}}
		for _, o := range t.Outlets {
			l = append(l, span{fmt.Sprintf("%*d%%", coverCol-1, percent(sum.share(o))), ""})
		}
		l = append(l, span{"   " + sum.note, sgrDim})
		emit(l)
	}
	emit(nil)
	for k, d := range t.Others {
		name := clean(d.Name)
		if d.Title != "" {
			name += " — " + clean(d.Title)
		}
		emit(line{{fmt.Sprintf("%*d  %s", coverCol-2, k+1, excerpt(name, max(width-coverCol, 20))), ""}})
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing coverage table: %w", err)
	}
	return nil
}

// excerpt returns the start of s on one line, cut at a word boundary to
// at most width columns with an ellipsis when cut.
func excerpt(s string, width int) string {
	s = strings.Join(strings.FieldsFunc(clean(s), isBreak), " ")
	if textWidth(s) <= width {
		return s
	}
	var b strings.Builder
	w := 0
	lastSpace := -1
	for _, r := range s {
		rw := textWidth(string(r))
		if w+rw > width-1 {
			break
		}
		if r == ' ' {
			lastSpace = b.Len()
		}
		b.WriteRune(r)
		w += rw
	}
	out := b.String()
	if lastSpace > width/2 {
		out = out[:lastSpace]
	}
	return strings.TrimRight(out, " ") + "…"
}

// baseReason says in one line which document was chosen as the BASE and
// why, from the figures of align.ChooseBase (figures[i] belongs to
// docs[i]): the share of its text the others carry, and the runner-up's.
func baseReason(docs []*article.Document, chosen int, figures []float64) string {
	if chosen < 0 || chosen >= len(docs) || len(figures) != len(docs) {
		return ""
	}
	s := fmt.Sprintf("base: %s, chosen as the source: the others carry on average %d%% of its text", clean(docs[chosen].Name), percent(figures[chosen]))
	next := -1
	for i := range docs {
		if i != chosen && (next < 0 || figures[i] > figures[next]) {
			next = i
		}
	}
	if next >= 0 {
		s += fmt.Sprintf(" (next: %s, %d%%)", clean(docs[next].Name), percent(figures[next]))
	}
	return s
}

// jsonCoverage is the top-level "coverage" section of the JSON report:
//
//	"coverage": {"base": 0, "others": [1, 2], "comparisons": [0, 1],
//	  "paragraphs": [{"index": 0, "cells": [{"kind", "record", "moved", "carried"}]}],
//	  "sentences":  [same, per sentence],
//	  "outlets": [{"document", "carried", "own",
//	               "base": {"identical", "edited", "paraphrased", "unlinked"},
//	               "text": {same}}],
//	  "base_choice": {"shared": [0.17, 0.16]}}
//
// Cells are in the order of "others"; "record" indexes the sentence
// records of that column's comparison (-1 when the row was not compared,
// whose kind is then "skipped"); "carried" is the share of the row's text
// in linked records. "carried" of an outlet is the share of the base it
// carries, "own" the share of its own text not from the base.
// "base_choice" is there only when the base was chosen automatically.
type jsonCoverage struct {
	Base        int               `json:"base"`
	Others      []int             `json:"others"`
	Comparisons []int             `json:"comparisons"`
	Paragraphs  []jsonCoverageRow `json:"paragraphs"`
	Sentences   []jsonCoverageRow `json:"sentences"`
	Outlets     []jsonOutlet      `json:"outlets"`
	BaseChoice  *jsonBaseChoice   `json:"base_choice,omitempty"`
}

type jsonCoverageRow struct {
	Index int                `json:"index"`
	Cells []jsonCoverageCell `json:"cells"`
}

type jsonCoverageCell struct {
	Kind    string  `json:"kind"`
	Record  int     `json:"record"`
	Moved   bool    `json:"moved"`
	Carried float64 `json:"carried"`
}

type jsonOutlet struct {
	Document int       `json:"document"`
	Carried  float64   `json:"carried"`
	Own      float64   `json:"own"`
	Base     jsonShare `json:"base"`
	Text     jsonShare `json:"text"`
}

type jsonShare struct {
	Identical   float64 `json:"identical"`
	Edited      float64 `json:"edited"`
	Paraphrased float64 `json:"paraphrased"`
	Unlinked    float64 `json:"unlinked"`
}

type jsonBaseChoice struct {
	Shared []float64 `json:"shared"`
}

// newJSONCoverage builds the "coverage" section for t, whose documents
// must be in r (choice may be nil).
func newJSONCoverage(r *report.Report, t *align.CoverageTable, choice *report.BaseChoice) (jsonCoverage, error) {
	if err := t.Validate(); err != nil {
		return jsonCoverage{}, fmt.Errorf("render: %w", err)
	}
	jc := jsonCoverage{
		Base:        r.DocIndex(t.Base),
		Others:      make([]int, len(t.Others)),
		Comparisons: make([]int, len(t.Others)),
		Paragraphs:  jsonCoverageRows(t.Paragraphs),
		Sentences:   jsonCoverageRows(t.Sentences),
		Outlets:     make([]jsonOutlet, len(t.Outlets)),
	}
	if jc.Base < 0 {
		return jsonCoverage{}, fmt.Errorf("render: the coverage base %s is not in the report", t.Base.Name)
	}
	for k, d := range t.Others {
		jc.Others[k] = r.DocIndex(d)
		jc.Comparisons[k] = r.ComparisonIndex(t.Base, d)
		if jc.Others[k] < 0 || jc.Comparisons[k] < 0 {
			return jsonCoverage{}, fmt.Errorf("render: the coverage of %s is not in the report", d.Name)
		}
		o := t.Outlets[k]
		jc.Outlets[k] = jsonOutlet{
			Document: jc.Others[k],
			Carried:  round3(o.Base.Linked()),
			Own:      round3(o.Text.Unlinked),
			Base:     newJSONShare(o.Base),
			Text:     newJSONShare(o.Text),
		}
	}
	if choice != nil {
		jc.BaseChoice = &jsonBaseChoice{Shared: make([]float64, len(choice.Figures))}
		for i, f := range choice.Figures {
			jc.BaseChoice.Shared[i] = round3(f)
		}
	}
	return jc, nil
}

func jsonCoverageRows(rows []align.CoverageRow) []jsonCoverageRow {
	out := make([]jsonCoverageRow, len(rows))
	for i, row := range rows {
		jr := jsonCoverageRow{Index: row.Index, Cells: make([]jsonCoverageCell, len(row.Cells))}
		for k, c := range row.Cells {
			if !c.Compared {
				jr.Cells[k] = jsonCoverageCell{Kind: "skipped", Record: -1}
				continue
			}
			jr.Cells[k] = jsonCoverageCell{Kind: c.Kind.String(), Record: c.Record, Moved: c.Moved, Carried: round3(c.Carried)}
		}
		out[i] = jr
	}
	return out
}

func newJSONShare(s align.Share) jsonShare {
	return jsonShare{Identical: round3(s.Identical), Edited: round3(s.Edited), Paraphrased: round3(s.Paraphrased), Unlinked: round3(s.Unlinked)}
}

// coverageView is what coverageTemplate draws.
type coverageView struct {
	Base    string
	Columns []coverColumnView
	Rows    []coverRowView
	Carried []int // percent, per column
	Own     []int
	Legend  []coverLegendView
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

// coverageTemplate is the coverage table as the first view of the HTML
// report. Article text goes through html/template's escaping like the
// rest of the page.
var coverageTemplate = template.Must(template.New("coverage").Parse(`<section class="coverage" aria-labelledby="coverage-h">
<h2 id="coverage-h">What each article carried of {{.Base}}</h2>
<p class="legend">{{range $i, $l := .Legend}}{{if $i}} · {{end}}<span class="{{$l.Class}}"><span class="sym" aria-hidden="true">{{$l.Symbol}}</span> {{$l.Label}}</span>{{end}}. A cell shows the closest version of the paragraph in that article; follow it to the detail.</p>
<table class="cov">
<thead><tr><th scope="col">Base paragraph</th>{{range .Columns}}<th scope="col"><a href="{{.Href}}" title="{{.Name}}{{with .Title}} — {{.}}{{end}}">{{.N}}</a></th>{{end}}</tr></thead>
<tbody>
{{- range .Rows}}
<tr><th scope="row"><span class="pn">{{.Label}}</span>{{with .Role}} <span class="role">{{.}}</span>{{end}} <span class="ex">{{.Text}}</span></th>{{range .Cells}}<td class="{{.Class}}">{{if .Href}}<a href="{{.Href}}" title="{{.Title}}">{{else}}<span title="{{.Title}}">{{end}}<span aria-hidden="true">{{.Symbol}}</span><span class="sr">{{.Label}}</span>{{if .Href}}</a>{{else}}</span>{{end}}</td>{{end}}</tr>
{{- end}}
</tbody>
<tfoot>
<tr><th scope="row">Share of the base it carries</th>{{range .Carried}}<td>{{.}}%</td>{{end}}</tr>
<tr><th scope="row">Share of it that is its own</th>{{range .Own}}<td>{{.}}%</td>{{end}}</tr>
</tfoot>
</table>
<ol class="cov-names">{{range .Columns}}<li><a href="{{.Href}}">{{.Name}}</a>{{with .Title}} <span class="doctitle">“{{.}}”</span>{{end}}</li>{{end}}</ol>
</section>
`))

// coverageCSS styles the coverage section; it goes with the page's CSS
// (and so under its Content-Security-Policy hash), using its colours.
const coverageCSS = `
.coverage { margin: 1rem 0; }
.cov { border-collapse: collapse; }
.cov th, .cov td { border-bottom: 1px solid var(--border); padding: .15rem .5rem; }
.cov thead th, .cov td, .cov tfoot td { text-align: center; }
.cov tbody th { text-align: left; font-weight: normal; max-width: 40rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.cov .pn { color: var(--muted); margin-right: .25rem; }
.cov .role { color: var(--muted); font-style: italic; }
.cov td a, .cov td span[title] { display: block; text-decoration: none; color: inherit; min-width: 1.5rem; }
.cov td.k-identical { background: var(--ins-bg); }
.cov td.k-edited { color: var(--edit); font-weight: bold; }
.cov td.k-paraphrased { color: var(--para); font-weight: bold; }
.cov td.k-dropped { background: var(--drop-bg); color: var(--muted); }
.cov tfoot th { text-align: left; font-weight: normal; color: var(--muted); }
.cov-names { color: var(--muted); }
`

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
		v.Own = append(v.Own, percent(t.Outlets[k].Text.Unlinked))
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
	if err := coverageTemplate.Execute(&b, v); err != nil {
		return "", fmt.Errorf("writing coverage table: %w", err)
	}
	return template.HTML(b.String()), nil
}
