package render

// Rendering of the editorial checks (package check): changed quotations,
// typos and changed facts, shown for each comparison before the records,
// in every format. The pieces here are self-contained, for Term, JSON and
// HTML to call with the check.Report of each comparison.

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/check"
)

// SGR parameters of the check labels.
const (
	sgrAlarm   = "1;31" // a finding that needs an editor's eye
	sgrVariant = "2"    // a spelling variant: noted, not an error
)

// checkCounts sums up a report in words: "2 quotations changed, 1 likely
// typo, 1 changed fact"; "" when there is nothing to report. Spelling
// variants are counted apart, being no error.
func checkCounts(r *check.Report) string {
	typos, variants, misspelt := 0, 0, 0
	for _, t := range r.Typos {
		switch t.Kind {
		case check.TypoVariant:
			variants++
		case check.TypoMisspelling:
			misspelt++
		default:
			typos++
		}
	}
	var parts []string
	if n := len(r.Quotes); n > 0 {
		parts = append(parts, fmt.Sprintf("%s changed", plural(n, "quotation")))
	}
	if typos > 0 {
		parts = append(parts, plural(typos, "likely typo"))
	}
	if misspelt > 0 {
		parts = append(parts, plural(misspelt, "unknown word"))
	}
	if n := len(r.Facts); n > 0 {
		parts = append(parts, plural(n, "changed fact"))
	}
	if len(parts) == 0 && r.HeldBack > 0 {
		parts = append(parts, "nothing certain")
	}
	if variants > 0 {
		parts = append(parts, plural(variants, "spelling variant"))
	}
	return strings.Join(parts, ", ")
}

// heldBack says how many uncertain findings were left out.
func heldBack(n int) string {
	return plural(n, "uncertain finding") + " held back (--all-findings shows them)"
}

// otherPara returns "other ¶N" for OTHER sentence s of c, or "" when s is
// out of range.
func otherPara(c *align.Comparison, s int) string {
	if c == nil || c.Other == nil || s < 0 || s >= len(c.Other.Sentences) {
		return ""
	}
	return fmt.Sprintf("other ¶%d", c.Other.Sentences[s].Paragraph+1)
}

func firstOf(idx []int) int {
	if len(idx) == 0 {
		return -1
	}
	return lowest(idx)
}

// oneLine returns article text s on one line: every run of space
// (paragraph breaks included) made one space.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, unicode.IsSpace), " ")
}

// quoteSpeakers says who speaks in a changed quotation: "Giuseppe Conte",
// or "Calenda (base: Sala)" when the OTHER names another speaker. When
// the two name one speaker (q.SameSpeaker), the fuller name is given.
func quoteSpeakers(q check.QuoteChange) string {
	b, o := q.Speaker, q.OtherSpeaker
	if q.SameSpeaker {
		if len(o) > len(b) {
			return o
		}
		return b
	}
	return o + " (base: " + b + ")"
}

// quoteRecords reports, for each record of c, whether it holds a
// quotation that r found changed (see check.QuoteChange.Records); none
// when r is nil (c was not checked).
func quoteRecords(c *align.Comparison, r *check.Report) []bool {
	out := make([]bool, len(c.Sentences))
	if r == nil {
		return out
	}
	for _, q := range r.Quotes {
		for _, ri := range q.Records {
			if ri >= 0 && ri < len(out) {
				out[ri] = true
			}
		}
	}
	return out
}

// checks writes the findings of r, the checks of comparison c, for a
// terminal, one per line with a label in the margin:
//
//	checks 2 quotations changed, 1 likely typo, 1 changed fact
//	!quote altered, Giuseppe Conte, other ¶7: “set [--our-]{+our+} own limits”
//	!quote spliced, Conte, other ¶8: “After … We cannot allow this,” was “After …, we now learn …”
//	!typo  [-Italy-] → Italer, other ¶22
//	!spell unneccesary is not in the word list, other ¶20
//	!fact  number two → three, other ¶2
//	~spell organizations → organisations, a spelling variant, other ¶3
//
// so `grep '^!'` lists what needs an editor's eye. An altered quotation
// shows its word diff; the others show both texts. With t.opts.Color the
// markers give way to colours; t.opts.Width wraps lines. Nothing is
// written when r has no findings. Term calls it after the header of each
// comparison.
//
// Cost: linear in the size of the findings.
func (t *termWriter) checks(c *align.Comparison, r *check.Report) {
	if r == nil || len(r.Quotes)+len(r.Typos)+len(r.Facts)+r.HeldBack == 0 {
		return
	}
	t.row("checks", sgrBold, []span{{checkCounts(r), sgrBold}})
	if r.HeldBack > 0 {
		t.row("~held", sgrVariant, []span{{heldBack(r.HeldBack), sgrVariant}})
	}
	where := func(s int) string {
		if p := otherPara(c, s); p != "" {
			return ", " + p
		}
		return ""
	}
	for _, q := range r.Quotes {
		head := q.Change.String()
		if who := quoteSpeakers(q); who != "" {
			head += ", " + who
		}
		sp := []span{{head + where(firstOf(q.OtherSentences)) + ": ", ""}}
		if q.Change == check.QuoteAltered && len(q.Diff) > 0 {
			sp = append(sp, span{"“", ""})
			sp = append(sp, t.chunkSpans(oneLineDiff(q.Diff), "", true, true)...)
			sp = append(sp, span{"”", ""})
		} else {
			sp = append(sp, span{"“" + oneLine(q.Other) + "”", ""})
			switch {
			case len(q.Pieces) > 0:
				// Each BASE quotation in full, and what was cut
				// between them.
				for k, p := range q.Pieces {
					sp = append(sp, span{[]string{" joins ", " and "}[min(k, 1)], sgrDim}, span{"“" + oneLine(p.Text) + "”", sgrDim})
					if p.Cut != "" && k+1 < len(q.Pieces) {
						sp = append(sp, span{" (cut between them: ", sgrDim}, span{oneLine(p.Cut), sgrDel}, span{")", sgrDim})
					}
				}
			case q.Base != q.Other:
				sp = append(sp, span{" was ", sgrDim}, span{"“" + oneLine(q.Base) + "”", sgrDim})
			}
		}
		if q.Reason != "" {
			sp = append(sp, span{" — " + q.Reason, sgrDim})
		}
		t.row("!quote", sgrQuote, sp)
	}
	var variants []check.Typo
	for _, ty := range r.Typos {
		switch ty.Kind {
		case check.TypoVariant:
			variants = append(variants, ty)
		case check.TypoMisspelling:
			t.row("!spell", sgrAlarm, []span{{ty.Other, sgrAlarm}, {" is not in the word list" + where(ty.Sentence), ""}})
		default:
			t.row("!typo", sgrAlarm, append(t.marked(ty.Base, "[-", "-]", sgrDel),
				span{" → ", ""}, span{ty.Other, sgrIns}, span{where(ty.Sentence), ""}))
		}
	}
	for _, f := range r.Facts {
		t.row("!fact", sgrEdit, []span{{f.Kind.String() + " ", ""}, {oneLine(f.Base), sgrDel}, {" → ", ""},
			{oneLine(f.Other), sgrIns}, {where(f.OtherSentence), ""}})
	}
	for _, ty := range variants {
		t.row("~spell", sgrVariant, []span{{ty.Base + " → " + ty.Other + ", a spelling variant" + where(ty.Sentence), sgrVariant}})
	}
}

// oneLineDiff returns diff with every run of space in its chunks made one
// space, for a diff shown on one line.
func oneLineDiff(diff []align.Chunk) []align.Chunk {
	out := make([]align.Chunk, len(diff))
	for i, ch := range diff {
		text := strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return ' '
			}
			return r
		}, ch.Text)
		out[i] = align.Chunk{Op: ch.Op, Text: text}
	}
	return out
}

// The JSON form of a report's findings: the "quotes", "typos" and "facts"
// lists of a comparison, described by the "quote", "typo" and "fact"
// definitions of schema/v1.json.
type (
	jsonQuote struct {
		Change         string      `json:"change"`
		Speaker        string      `json:"speaker"`
		OtherSpeaker   string      `json:"other_speaker"`
		Base           string      `json:"base"`
		Other          string      `json:"other"`
		BaseSentences  []int       `json:"base_sentences"`
		OtherSentences []int       `json:"other_sentences"`
		Diff           []jsonChunk `json:"diff"`
		jsonFinding
		Pieces  []jsonPiece `json:"pieces"`
		Removed []string    `json:"removed"`
	}
	// jsonFinding is what every finding carries: how sure, why, and
	// where each text is (byte offsets; -1 when a side has none).
	jsonFinding struct {
		Confidence float64 `json:"confidence"`
		Reason     string  `json:"reason"`
		BaseStart  int     `json:"base_start"`
		BaseEnd    int     `json:"base_end"`
		OtherStart int     `json:"other_start"`
		OtherEnd   int     `json:"other_end"`
	}
	jsonPiece struct {
		Text     string `json:"text"`
		Start    int    `json:"start"`
		End      int    `json:"end"`
		Sentence int    `json:"sentence"`
		Cut      string `json:"cut"`
	}
	jsonTypo struct {
		Kind         string `json:"kind"`
		Base         string `json:"base"`
		Other        string `json:"other"`
		Sentence     int    `json:"sentence"`
		BaseSentence int    `json:"base_sentence"`
		Start        int    `json:"start"`
		End          int    `json:"end"`
		jsonFinding
	}
	jsonFact struct {
		Kind          string `json:"kind"`
		Base          string `json:"base"`
		Other         string `json:"other"`
		BaseSentence  int    `json:"base_sentence"`
		OtherSentence int    `json:"other_sentence"`
		jsonFinding
	}
	jsonChecks struct {
		Quotes   []jsonQuote `json:"quotes"`
		Typos    []jsonTypo  `json:"typos"`
		Facts    []jsonFact  `json:"facts"`
		HeldBack int         `json:"held_back"`
	}
)

// newJSONChecks converts r; its lists are never nil, so they encode as
// [] (a nil r gives three empty lists).
func newJSONChecks(r *check.Report) jsonChecks {
	out := jsonChecks{Quotes: []jsonQuote{}, Typos: []jsonTypo{}, Facts: []jsonFact{}}
	if r == nil {
		return out
	}
	for _, q := range r.Quotes {
		jq := jsonQuote{
			Change: q.Change.String(), Speaker: q.Speaker, OtherSpeaker: q.OtherSpeaker,
			Base: q.Base, Other: q.Other,
			BaseSentences: ints(q.BaseSentences), OtherSentences: ints(q.OtherSentences),
			Diff:        make([]jsonChunk, len(q.Diff)),
			jsonFinding: jsonFinding{q.Confidence, q.Reason, q.BaseStart, q.BaseEnd, q.OtherStart, q.OtherEnd},
			Pieces:      []jsonPiece{}, Removed: []string{},
		}
		for _, p := range q.Pieces {
			jq.Pieces = append(jq.Pieces, jsonPiece{p.Text, p.Start, p.End, p.Sentence, p.Cut})
		}
		jq.Removed = append(jq.Removed, q.Removed...)
		for i, ch := range q.Diff {
			jq.Diff[i] = jsonChunk{Op: ch.Op.String(), Text: ch.Text}
		}
		out.Quotes = append(out.Quotes, jq)
	}
	for _, t := range r.Typos {
		out.Typos = append(out.Typos, jsonTypo{
			Kind: t.Kind.String(), Base: t.Base, Other: t.Other,
			Sentence: t.Sentence, BaseSentence: t.BaseSentence, Start: t.Start, End: t.End,
			jsonFinding: jsonFinding{t.Confidence, t.Reason, t.BaseStart, t.BaseEnd, t.Start, t.End},
		})
	}
	for _, f := range r.Facts {
		out.Facts = append(out.Facts, jsonFact{
			Kind: f.Kind.String(), Base: f.Base, Other: f.Other,
			BaseSentence: f.BaseSentence, OtherSentence: f.OtherSentence,
			jsonFinding: jsonFinding{f.Confidence, f.Reason, f.BaseStart, f.BaseEnd, f.OtherStart, f.OtherEnd},
		})
	}
	out.HeldBack = r.HeldBack
	return out
}

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
			for _, ch := range q.Diff {
				switch ch.Op {
				case align.Equal:
					it.Base = append(it.Base, pieceView{Text: ch.Text})
					it.Other = append(it.Other, pieceView{Text: ch.Text})
				case align.Delete:
					it.Base = append(it.Base, tagged("del", ch.Text)...)
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
