package render

import (
	"bufio"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
	"github.com/wirediff/wirediff/report"
)

//go:embed html/report.tmpl html/report.css html/report.js html/coverage.tmpl html/coverage.css
var htmlFiles embed.FS

// htmlAssets are the page's style, script and Content-Security-Policy,
// made on first use: a run that writes no HTML does not read or hash
// them (a quarter of a millisecond at start-up).
type htmlAssets struct {
	// css is the page's one style element: its own styles, then those of
	// the coverage table (html/coverage.css, using the page's colours),
	// after a blank line; all of it is under the Content-Security-Policy
	// hash.
	css, js string
	// csp allows the page's own style and script (by hash) and nothing
	// else: no request to any host, no other script even if some text were
	// to slip through unescaped.
	csp string
}

var (
	htmlAssetsOnce = sync.OnceValue(func() htmlAssets {
		a := htmlAssets{css: mustRead("html/report.css") + "\n" + mustRead("html/coverage.css"), js: mustRead("html/report.js")}
		a.csp = "default-src 'none'; style-src " + cspHash(a.css) + "; script-src " + cspHash(a.js) +
			"; img-src 'none'; base-uri 'none'; form-action 'none'"
		return a
	})
	// htmlPage is parsed on first use: a run that writes no HTML does not
	// pay for it (about 1 ms and 2,000 allocations at start-up).
	htmlPage = sync.OnceValue(func() *template.Template {
		return template.Must(template.New("report.tmpl").ParseFS(htmlFiles, "html/report.tmpl"))
	})
)

func mustRead(name string) string {
	b, err := htmlFiles.ReadFile(name)
	if err != nil {
		panic(err) // embedded at build time: cannot happen
	}
	return string(b)
}

// cspHash returns the Content-Security-Policy source that allows exactly
// the inline element whose content is s.
func cspHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return "'sha256-" + base64.StdEncoding.EncodeToString(h[:]) + "'"
}

// HTML writes r as one self-contained HTML page: styles and script inline,
// no request to any other host (a Content-Security-Policy forbids it), so
// the file opens from disk, prints, and follows the reader's light or dark
// setting.
//
// Each OTHER gets a panel (tabs when there are several) with a summary
// (verdict, counts, the two figures, from base and base carried, as
// bars, legend, previous/next change buttons, also keys p and n), the findings of its checks when r.Checks
// has any (changed quotations first, then typos and changed facts, each
// linking to its row), and a table: BASE on the left, OTHER on the
// right, aligned sentences on one row. Every sentence is focusable;
// hovering or focusing one highlights its partner. Edited sentences show
// deleted words struck through on the left and inserted words underlined on
// the right; moved sentences link to their place in OTHER and back. Labels
// are told by a symbol and a text for screen readers as well as by colour.
//
// All article text goes through html/template, so markup in an article is
// shown as text and never runs.
//
// Cost: linear in the size of the documents; the page holds each text about
// twice (once per column).
func HTML(w io.Writer, r *report.Report) error {
	return htmlReport(w, r, nil)
}

// htmlReport writes r as HTML does, with the summary of a search, when
// search is not nil, as the page's first view.
func htmlReport(w io.Writer, r *report.Report, search *searchView) error {
	if err := r.Validate(); err != nil {
		err = fmt.Errorf("render: %w", err)
		return err
	}
	assets := htmlAssetsOnce()
	p := pageView{
		Version: r.Version,
		CSP:     assets.csp,
		CSS:     template.CSS(assets.css),
		JS:      template.JS(assets.js),
		Tabs:    len(r.Comparisons) > 1,
		Search:  search,
	}
	if len(r.Documents) > 0 {
		p.Base = docView{Name: r.Documents[0].Name, Title: r.Documents[0].Title}
	}
	var others []string
	for i, c := range r.Comparisons {
		p.Comparisons = append(p.Comparisons, newComparisonView(c, i, r.ChecksOf(i)))
		others = append(others, c.Other.Name)
	}
	if r.Coverage != nil {
		cov, err := coverageHTML(r.Coverage, nil)
		if err != nil {
			return err
		}
		p.Coverage = cov
	}
	if r.BaseChoice != nil {
		p.BaseReason = baseReason(r.Documents, r.BaseChoice)
	}
	p.Title = "wirediff: " + p.Base.Name
	if len(others) > 0 {
		p.Title += " vs " + strings.Join(others, ", ")
	}
	bw := bufio.NewWriter(w)
	if err := htmlPage().Execute(bw, p); err != nil {
		return fmt.Errorf("writing HTML: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing HTML: %w", err)
	}
	return nil
}

// pageView is what the template draws.
type pageView struct {
	Title, Version string
	CSP            string
	CSS            template.CSS
	JS             template.JS
	Tabs           bool
	Base           docView
	Comparisons    []comparisonView
	Coverage       template.HTML
	BaseReason     string
	Search         *searchView // a search's summary, drawn first
}

type docView struct{ Name, Title string }

type comparisonView struct {
	ID, TabID   string
	Selected    bool
	Other       docView
	Verdict     string
	Counts      []countView
	FromBase    int // percent (report.Figures)
	BaseCarried int // percent
	Changes     int
	Rows        []rowView
	BaseColumn  string
	OtherColumn string
	Checks      checksView
}

type countView struct {
	Class, Symbol, Label string
	N                    int
}

type rowView struct {
	Mark        *markView
	ID          string
	Class       string
	Change      bool // a stop for previous/next change (the row has class "change")
	Symbol      string
	Kind        string // read by screen readers: what the row is
	Title       string // shown on hover over the symbol
	Base, Other cellView
}

type markView struct{ Base, Other string }

type cellView struct {
	Present bool
	Link    string // shared by the sentences of one record
	Class   string
	Label   string // read by screen readers before the text
	Pieces  []pieceView
	Title   string // shown on hover: the similarity of a paraphrase
	Note    string // where a moved sentence went
	Href    string
	Badge   string
}

type pieceView struct {
	Tag  string // "", "del" or "ins"
	Text string
}

var kindSymbols = [...]string{"=", "~", "≈", "+", "−"}

func newComparisonView(c *align.Comparison, i int, f *check.Report) comparisonView {
	id := fmt.Sprintf("c%d", i+1)
	quotes := quoteRecords(c, f)
	s := c.Summary
	v := comparisonView{
		ID:          id,
		TabID:       id + "-tab",
		Selected:    i == 0,
		Other:       docView{Name: c.Other.Name, Title: c.Other.Title},
		Verdict:     report.Verdict(c, f),
		FromBase:    percent(report.FiguresOf(c).FromBase),
		BaseCarried: percent(report.FiguresOf(c).BaseCarried),
		Counts: []countView{
			{"k-identical", kindSymbols[align.Identical], "identical", s.Identical},
			{"k-edited", kindSymbols[align.Edited], "edited", s.Edited},
			{"k-paraphrased", kindSymbols[align.Paraphrased], "paraphrased", s.Paraphrased},
			{"k-added", kindSymbols[align.Added], "added", s.Added},
			{"k-dropped", kindSymbols[align.Dropped], "dropped", s.Dropped},
			{"k-moved", "↕", "moved", s.Moved},
		},
		BaseColumn:  c.Base.Name,
		OtherColumn: c.Other.Name,
		Checks:      newChecksView(c, f, id),
	}
	for _, u := range readingOrder(c, baseSide, true) {
		row := newRowView(c, id, u, quotes)
		if row.Change {
			v.Changes++
		}
		v.Rows = append(v.Rows, row)
	}
	return v
}

// roleClass is the CSS class of text from a paragraph with role ro.
func roleClass(ro article.Role) string { return "r-" + ro.String() }

func newRowView(c *align.Comparison, id string, u unit, quotes []bool) rowView {
	var row rowView
	if m := u.mark; m != nil {
		label := paraLabel(m)
		if m.role != article.Body {
			label += " · " + m.role.String()
		}
		row.Mark = &markView{}
		if m.side == baseSide {
			row.Mark.Base = label
		} else {
			row.Mark.Other = label
		}
	}
	switch u.kind {
	case unitLoose:
		d := u.side.doc(c)
		sn := d.Sentences[u.sent]
		row.ID = fmt.Sprintf("%s-%s%d", id, sideName(u.side)[:1], u.sent)
		row.Class = "row k-skipped"
		row.Symbol = "·"
		row.Kind = "left out of the comparison"
		row.Title = "left out of the comparison (" + role(d, sn.Paragraph).String() + ")"
		cell := cellView{
			Present: true,
			Class:   "s " + roleClass(role(d, sn.Paragraph)),
			Label:   sideTitle(u.side) + ", not compared:",
			Pieces:  []pieceView{{Text: sentText(d, u.sent)}},
		}
		if u.side == baseSide {
			row.Base = cell
		} else {
			row.Other = cell
		}
		return row
	case unitGhost:
		l := &c.Sentences[u.rec]
		row.ID = fmt.Sprintf("%s-g%d", id, u.rec)
		row.Class = "row ghost k-" + l.Kind.String()
		row.Symbol = "↕"
		row.Kind = "moved here"
		row.Title = "moved: in the base this is in ¶" + fmt.Sprint(firstPara(c.Base, l.Base)+1)
		row.Other = cellView{
			Present: true,
			Link:    fmt.Sprintf("%s-%d", id, u.rec),
			Class:   "s " + roleClass(role(c.Other, firstPara(c.Other, l.Other))),
			Label:   "Other, moved here from the base:",
			Pieces:  []pieceView{{Text: sentenceText(c.Other, l.Other)}},
			Note:    fmt.Sprintf("↑ moved from base ¶%d", firstPara(c.Base, l.Base)+1),
			Href:    fmt.Sprintf("#%s-r%d", id, u.rec),
		}
		return row
	}

	l := &c.Sentences[u.rec]
	kind := l.Kind.String()
	row.ID = fmt.Sprintf("%s-r%d", id, u.rec)
	row.Class = "row k-" + kind
	row.Symbol = kindSymbols[l.Kind]
	row.Kind = kind
	row.Title = kind
	link := fmt.Sprintf("%s-%d", id, u.rec)
	moved := l.Moved && len(l.Base) > 0 && len(l.Other) > 0
	if l.Kind != align.Identical || moved {
		row.Change = true
		row.Class += " change"
	}
	switch l.Kind {
	case align.Identical, align.Edited, align.Paraphrased:
		row.Title = fmt.Sprintf("%s, similarity %.2f", kind, round3(l.Score))
	}
	if quotes[u.rec] {
		row.Class += " quote"
		row.Title += ", inside a quotation"
		row.Kind += " inside a quotation"
	}
	if moved {
		row.Class += " moved"
		row.Symbol += "↕"
		row.Title += ", moved"
		row.Kind += ", moved"
	}
	cell := func(s side) cellView {
		d := s.doc(c)
		idx := s.sents(l)
		if len(idx) == 0 {
			return cellView{}
		}
		cv := cellView{
			Present: true,
			Link:    link,
			Class:   "s " + roleClass(role(d, firstPara(d, idx))),
			Label:   sideTitle(s) + ", " + row.Kind + ":",
		}
		if l.Kind == align.Paraphrased {
			cv.Title = row.Title
		}
		if l.Kind == align.Edited && len(l.Diff) > 0 {
			cv.Pieces = diffPieces(asWritten(l.Diff, c.Options.Strict, s), s)
		} else {
			cv.Pieces = []pieceView{{Text: sentenceText(d, idx)}}
		}
		return cv
	}
	row.Base = cell(baseSide)
	row.Other = cell(otherSide)
	if quotes[u.rec] {
		row.Other.Badge = "quotation changed"
	}
	if moved {
		row.Other.Note = fmt.Sprintf("↓ now in other ¶%d", firstPara(c.Other, l.Other)+1)
		row.Other.Href = fmt.Sprintf("#%s-g%d", id, u.rec)
	}
	return row
}

// tagged returns text marked with tag, its leading and trailing spaces left
// outside so that no underline or strike runs into the next word.
func tagged(tag, text string) []pieceView {
	core := strings.TrimFunc(text, isBreak)
	if core == "" {
		return []pieceView{{Text: text}}
	}
	i := strings.Index(text, core)
	var out []pieceView
	if i > 0 {
		out = append(out, pieceView{Text: text[:i]})
	}
	out = append(out, pieceView{Tag: tag, Text: core})
	if rest := text[i+len(core):]; rest != "" {
		out = append(out, pieceView{Text: rest})
	}
	return out
}

func sideTitle(s side) string {
	if s == baseSide {
		return "Base"
	}
	return "Other"
}

// diffPieces returns the pieces of side s of a diff: equal text plain,
// BASE's deleted words in <del> on the BASE side, OTHER's inserted ones in
// <ins> on the OTHER side. A word changed into a near-identical one (see
// wordEdit) marks only the characters that changed, as the terminal does.
func diffPieces(diff []align.Chunk, s side) []pieceView {
	var out []pieceView
	add := func(ch align.Chunk) {
		switch {
		case ch.Op == align.Equal:
			out = append(out, pieceView{Text: ch.Text})
		case ch.Op == align.Delete && s == baseSide:
			out = append(out, tagged("del", ch.Text)...)
		case ch.Op == align.Insert && s == otherSide:
			out = append(out, tagged("ins", ch.Text)...)
		}
	}
	for i := 0; i < len(diff); i++ {
		ch := diff[i]
		if ch.Op == align.Delete && i+1 < len(diff) && diff[i+1].Op == align.Insert {
			if chars, ok := wordEdit(ch.Text, diff[i+1].Text); ok && !markerLike(chars) {
				for _, c := range chars {
					add(c)
				}
				i++
				continue
			}
		}
		add(ch)
	}
	return out
}
