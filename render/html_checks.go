package render

// The findings of the editorial checks (package check) in the HTML page:
// the view the template "checks" of html/report.tmpl draws at the top of
// each panel.

import (
	"fmt"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/check"
)

// checksView is what the HTML template "checks" draws for one comparison.
type checksView struct {
	Summary string
	Items   []checkItemView
}

// checkItemView is one finding in the HTML page.
type checkItemView struct {
	Class  string // "check q-altered", "check typo", ...
	Symbol string // told by a symbol and a text as well as by colour
	Label  string // "quotation altered", "likely typo", ...
	Who    string // the speaker of a quotation
	Base   []pieceView
	Other  []pieceView
	Where  string // "other ¶7"
	Href   string // the row of the record holding the finding
	Quoted bool   // Base and Other are quotations, shown in quote marks
}

// newChecksView builds the view of r, the checks of comparison c drawn in
// the panel with id (rows are "<id>-r<record>", as in newRowView): the
// template "checks" of html/report.tmpl draws it at the top of the panel,
// before the table, each finding linking to the row of its OTHER sentence.
// A nil or empty r gives a view with no items, which the template leaves
// out.
func newChecksView(c *align.Comparison, r *check.Report, id string) checksView {
	var v checksView
	if r == nil {
		return v
	}
	v.Summary = checkCounts(r)
	rec := map[int]int{} // OTHER sentence -> its record
	if c != nil {
		for i, l := range c.Sentences {
			for _, s := range l.Other {
				rec[s] = i
			}
		}
	}
	href := func(s int) string {
		if i, ok := rec[s]; ok {
			return fmt.Sprintf("#%s-r%d", id, i)
		}
		return ""
	}
	for _, q := range r.Quotes {
		it := checkItemView{
			Class:  "check q-" + q.Change.String(),
			Symbol: "❝",
			Label:  "quotation " + q.Change.String(),
			Who:    quoteSpeakers(q),
			Where:  otherPara(c, firstOf(q.OtherSentences)),
			Href:   href(firstOf(q.OtherSentences)),
			Quoted: true,
		}
		if len(q.Diff) > 0 {
			for _, ch := range asWritten(q.Diff, c.Options.Strict, baseSide) {
				switch ch.Op {
				case align.Equal:
					it.Base = append(it.Base, pieceView{Text: ch.Text})
				case align.Delete:
					it.Base = append(it.Base, tagged("del", ch.Text)...)
				}
			}
			for _, ch := range asWritten(q.Diff, c.Options.Strict, otherSide) {
				switch ch.Op {
				case align.Equal:
					it.Other = append(it.Other, pieceView{Text: ch.Text})
				case align.Insert:
					it.Other = append(it.Other, tagged("ins", ch.Text)...)
				}
			}
		} else {
			it.Base = []pieceView{{Text: q.Base}}
			it.Other = []pieceView{{Text: q.Other}}
		}
		v.Items = append(v.Items, it)
	}
	for _, t := range r.Typos {
		it := checkItemView{Where: otherPara(c, t.Sentence), Href: href(t.Sentence)}
		switch t.Kind {
		case check.TypoVariant:
			it.Class, it.Symbol, it.Label = "check variant", "≈", "spelling variant"
		case check.TypoMisspelling:
			it.Class, it.Symbol, it.Label = "check misspelling", "?", "unknown word"
		default:
			it.Class, it.Symbol, it.Label = "check typo", "!", "likely typo"
		}
		if t.Base != "" {
			it.Base = tagged("del", t.Base)
		}
		it.Other = tagged("ins", t.Other)
		v.Items = append(v.Items, it)
	}
	for _, f := range r.Facts {
		v.Items = append(v.Items, checkItemView{
			Class: "check fact", Symbol: "#", Label: f.Kind.String() + " changed",
			Base: tagged("del", f.Base), Other: tagged("ins", f.Other),
			Where: otherPara(c, f.OtherSentence), Href: href(f.OtherSentence),
		})
	}
	return v
}
