package render

// The overview of an N-way comparison, an align.CoverageTable, in the
// terminal: which OTHER carried which paragraph of the BASE, and how much
// of each OTHER is the BASE. Term draws it before the comparisons.

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
)

// The ASCII symbols of the coverage table, for terminals and logs that
// lack the Unicode ones, and the colours of the symbols in a terminal.
var (
	coverSymbolsASCII = [...]string{align.Identical: "=", align.Edited: "~", align.Paraphrased: "%", align.Dropped: "."}
	coverSGR          = [...]string{align.Identical: "32", align.Edited: sgrEdit, align.Paraphrased: sgrPara, align.Dropped: sgrDim}
)

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
