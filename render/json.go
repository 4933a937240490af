package render

import (
	_ "embed"
	"fmt"
	"io"
	"time"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
	"github.com/wirediff/wirediff/report"
)

// schemaV1 is the JSON Schema (draft 2020-12) of the output of JSON,
// version 1. Later versions of the output may add fields but keep these.
//
//go:embed schema/v1.json
var schemaV1 []byte

// JSON writes r as one JSON object followed by a newline, in the version 1
// layout described by the JSON Schema render/schema/v1.json:
//
//	{"version": 1, "wirediff": "<program version>",
//	 "documents": [{"name", "title", "format", "text",
//	                "paragraphs": [{"role", "start", "end"}],
//	                "sentences": [{"paragraph", "text", "start", "end"}]}],
//	 "comparisons": [{"base", "other", "verdict",
//	                  "summary": {"identical", "edited", "paraphrased", "added",
//	                              "dropped", "moved", "reused"},
//	                  "quotes": [{"change", "speaker", "other_speaker", "base", "other",
//	                              "base_sentences": [], "other_sentences": [],
//	                              "diff": [{"op", "text"}]}],
//	                  "typos": [{"kind", "base", "other", "sentence", "base_sentence",
//	                             "start", "end"}],
//	                  "facts": [{"kind", "base", "other", "base_sentence", "other_sentence"}],
//	                  "paragraphs": [{"base": [], "other": [], "score"}],
//	                  "sentences": [{"kind", "base": [], "other": [], "score",
//	                                 "moved", "diff": [{"op", "text"}]}]}]}
//
// "base" and "other" of a comparison index "documents"; those of a record
// index the sentences (or paragraphs) of those documents, as do the
// sentence indexes of the findings. Offsets are bytes of "text". "quotes",
// "typos" and "facts" (the findings of r.Checks) are there, all three,
// exactly when the comparison was checked. Lists are never null, scores
// are rounded to three decimals, and the output is the same byte for byte
// for the same report.
func JSON(w io.Writer, r *report.Report) error {
	out, err := newJSONReport(r)
	if err != nil {
		return err
	}
	if err := writeJSON(w, out); err != nil {
		return fmt.Errorf("writing JSON: %w", err)
	}
	return nil
}

// newJSONReport validates r and converts it to the value JSON writes.
func newJSONReport(r *report.Report) (jsonReport, error) {
	if err := r.Validate(); err != nil {
		return jsonReport{}, fmt.Errorf("render: %w", err)
	}
	out := jsonReport{
		Version:     1,
		Wirediff:    r.Version,
		Documents:   make([]jsonDocument, len(r.Documents)),
		Comparisons: make([]jsonComparison, len(r.Comparisons)),
	}
	for i, d := range r.Documents {
		out.Documents[i] = newJSONDocument(d)
	}
	for i, c := range r.Comparisons {
		out.Comparisons[i] = newJSONComparison(c, r.DocIndex(c.Base), r.DocIndex(c.Other), r.ChecksOf(i))
	}
	if r.Coverage != nil {
		jc, err := newJSONCoverage(r, r.Coverage, r.BaseChoice)
		if err != nil {
			return jsonReport{}, err
		}
		out.Coverage = &jc
	}
	return out, nil
}

type jsonReport struct {
	Version     int              `json:"version"`
	Wirediff    string           `json:"wirediff"`
	Documents   []jsonDocument   `json:"documents"`
	Comparisons []jsonComparison `json:"comparisons"`
	Coverage    *jsonCoverage    `json:"coverage,omitempty"`
}

type jsonDocument struct {
	Name       string                  `json:"name"`
	Title      string                  `json:"title"`
	Format     string                  `json:"format"`
	Date       string                  `json:"date,omitempty"`
	Text       string                  `json:"text"`
	Paragraphs jsonList[jsonParagraph] `json:"paragraphs"`
	Sentences  jsonList[jsonSentence]  `json:"sentences"`
}

type jsonParagraph struct {
	Role  string `json:"role"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type jsonSentence struct {
	Paragraph int    `json:"paragraph"`
	Text      string `json:"text"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

type jsonComparison struct {
	Base    int         `json:"base"`
	Other   int         `json:"other"`
	Verdict string      `json:"verdict"`
	Summary jsonSummary `json:"summary"`
	// The "quotes", "typos" and "facts" lists; nil for a comparison that
	// was not checked, whose output then has none of the three (encoding/
	// json leaves out the fields of a nil embedded pointer).
	*jsonChecks
	Paragraphs jsonList[jsonParaLink] `json:"paragraphs"`
	Sentences  jsonList[jsonSentLink] `json:"sentences"`
}

type jsonSummary struct {
	Identical   int `json:"identical"`
	Edited      int `json:"edited"`
	Paraphrased int `json:"paraphrased"`
	Added       int `json:"added"`
	Dropped     int `json:"dropped"`
	Moved       int `json:"moved"`
	// FromBase and BaseCarried are the comparison's figures
	// (report.Figures); Reused is FromBase under its old name.
	FromBase    float64 `json:"from_base"`
	BaseCarried float64 `json:"base_carried"`
	Reused      float64 `json:"reused"`
}

type jsonParaLink struct {
	Base  []int   `json:"base"`
	Other []int   `json:"other"`
	Score float64 `json:"score"`
}

type jsonSentLink struct {
	Kind  string      `json:"kind"`
	Base  []int       `json:"base"`
	Other []int       `json:"other"`
	Score float64     `json:"score"`
	Moved bool        `json:"moved"`
	Diff  []jsonChunk `json:"diff"`
	// Evidence is present on linked records only.
	Evidence *jsonEvidence `json:"evidence,omitempty"`
}

type jsonEvidence struct {
	Names   []string `json:"names"`
	Numbers []string `json:"numbers"`
	Words   []string `json:"words"`
	Support string   `json:"support"`
}

type jsonChunk struct {
	Op   string `json:"op"`
	Text string `json:"text"`
	// Typographic is true on a delete and the insert after it that write
	// the same words in other quote marks, dashes, spaces or joiners.
	Typographic bool `json:"typographic,omitempty"`
}

func newJSONDocument(d *article.Document) jsonDocument {
	return jsonDocument{
		Name:   d.Name,
		Title:  d.Title,
		Format: d.Format,
		Date:   jsonDate(d.Date),
		Text:   d.Text,
		Paragraphs: newJSONList(len(d.Paragraphs), func(i int) jsonParagraph {
			p := d.Paragraphs[i]
			return jsonParagraph{Role: p.Role.String(), Start: p.Start, End: p.End}
		}),
		Sentences: newJSONList(len(d.Sentences), func(i int) jsonSentence {
			s := d.Sentences[i]
			return jsonSentence{Paragraph: s.Paragraph, Text: d.Text[s.Start:s.End], Start: s.Start, End: s.End}
		}),
	}
}

// jsonDate writes the date an article gives for itself in RFC 3339, in
// the zone it was given in; "" (and so no field) when it gives none.
func jsonDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.RFC3339)
}

func newJSONComparison(c *align.Comparison, base, other int, f *check.Report) jsonComparison {
	s := c.Summary
	fg := report.FiguresOf(c)
	jc := jsonComparison{
		Base:    base,
		Other:   other,
		Verdict: report.Verdict(c, f),
		Summary: jsonSummary{
			Identical: s.Identical, Edited: s.Edited, Paraphrased: s.Paraphrased,
			Added: s.Added, Dropped: s.Dropped, Moved: s.Moved,
			FromBase: round3(fg.FromBase), BaseCarried: round3(fg.BaseCarried),
			Reused: round3(fg.FromBase),
		},
		Paragraphs: newJSONList(len(c.Paragraphs), func(i int) jsonParaLink {
			p := c.Paragraphs[i]
			return jsonParaLink{Base: ints(p.Base), Other: ints(p.Other), Score: round3(p.Score)}
		}),
		Sentences: newJSONList(len(c.Sentences), func(i int) jsonSentLink {
			return newJSONSentLink(c.Sentences[i])
		}),
	}
	if f != nil {
		checks := newJSONChecks(f)
		jc.jsonChecks = &checks
	}
	return jc
}

// newJSONSentLink is one record of a comparison as JSON writes it.
func newJSONSentLink(l align.SentenceLink) jsonSentLink {
	jl := jsonSentLink{
		Kind:  l.Kind.String(),
		Base:  ints(l.Base),
		Other: ints(l.Other),
		Score: round3(l.Score),
		Moved: l.Moved,
		Diff:  make([]jsonChunk, len(l.Diff)),
	}
	for j, ch := range l.Diff {
		jl.Diff[j] = jsonChunk{Op: ch.Op.String(), Text: ch.Text, Typographic: ch.Typographic}
	}
	if e := l.Evidence; e != nil {
		jl.Evidence = &jsonEvidence{Names: strs(e.Names), Numbers: strs(e.Numbers), Words: strs(e.Words), Support: e.Support.String()}
	}
	return jl
}

// ints returns a copy of x that is never nil, so it encodes as [].
func ints(x []int) []int {
	return append(make([]int, 0, len(x)), x...)
}

// strs returns s, or an empty list for nil: lists are never null.
func strs(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
