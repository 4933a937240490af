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
	// HeldBack says how many uncertain findings were left out ("" for
	// none), as the terminal's ~held line does.
	HeldBack string
	Items    []checkItemView
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
	// Pieces are, for a spliced quotation, the BASE quotations it joins,
	// each in full with what the BASE has between it and the next.
	Pieces []splicePieceView
	Reason string // why it was reported, in one line
	// Uncertain is set for a finding under check.MinConfidence (shown
	// with --all-findings only): "uncertain, confidence 0.40".
	Uncertain string
}

// splicePieceView is one BASE quotation of a splice and the text cut
// after it ("" for none).
type splicePieceView struct {
	Text, Cut string
}

// uncertain says how sure a finding under check.MinConfidence is; "" for
// a confident one, and for one whose confidence was never set (0: a
// report made by hand, not by check.Run).
func uncertain(conf float64) string {
	if conf >= check.MinConfidence || conf == 0 {
		return ""
	}
	return fmt.Sprintf("uncertain, confidence %.2f", conf)
}

// newChecksView builds the view of r, the checks of comparison c drawn in
// the panel with id (rows are "<id>-r<record>", as in newRowView): the
// template "checks" of html/report.tmpl draws it at the top of the panel,
// before the table, each finding linking to the row of its OTHER sentence.
// Like the terminal, it shows a splice's BASE quotations with what was cut
// between them, each finding's reason, the confidence of an uncertain
// finding (one shown with --all-findings), and how many were held back.
// A nil or empty r gives a view with no items and nothing held back,
// which the template leaves out.
func newChecksView(c *align.Comparison, r *check.Report, id string) checksView {
	var v checksView
	if r == nil {
		return v
	}
	v.Summary = checkCounts(r)
	if r.HeldBack > 0 {
		v.HeldBack = heldBack(r.HeldBack)
	}
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
			Reason: q.Reason, Uncertain: uncertain(q.Confidence),
		}
		for k, p := range q.Pieces {
			pv := splicePieceView{Text: p.Text}
			if k+1 < len(q.Pieces) {
				pv.Cut = p.Cut
			}
			it.Pieces = append(it.Pieces, pv)
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
		it := checkItemView{Where: otherPara(c, t.Sentence), Href: href(t.Sentence),
			Reason: t.Reason, Uncertain: uncertain(t.Confidence)}
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
			Reason: f.Reason, Uncertain: uncertain(f.Confidence),
		})
	}
	return v
}
