package render

// The findings of the editorial checks (package check) in the JSON
// output: the "quotes", "typos" and "facts" lists of a checked comparison.

import "github.com/wirediff/wirediff/check"

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
	}
	jsonTypo struct {
		Kind         string `json:"kind"`
		Base         string `json:"base"`
		Other        string `json:"other"`
		Sentence     int    `json:"sentence"`
		BaseSentence int    `json:"base_sentence"`
		Start        int    `json:"start"`
		End          int    `json:"end"`
	}
	jsonFact struct {
		Kind          string `json:"kind"`
		Base          string `json:"base"`
		Other         string `json:"other"`
		BaseSentence  int    `json:"base_sentence"`
		OtherSentence int    `json:"other_sentence"`
	}
	jsonChecks struct {
		Quotes []jsonQuote `json:"quotes"`
		Typos  []jsonTypo  `json:"typos"`
		Facts  []jsonFact  `json:"facts"`
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
			Diff: make([]jsonChunk, len(q.Diff)),
		}
		for i, ch := range q.Diff {
			jq.Diff[i] = jsonChunk{Op: ch.Op.String(), Text: ch.Text, Typographic: ch.Typographic}
		}
		out.Quotes = append(out.Quotes, jq)
	}
	for _, t := range r.Typos {
		out.Typos = append(out.Typos, jsonTypo{
			Kind: t.Kind.String(), Base: t.Base, Other: t.Other,
			Sentence: t.Sentence, BaseSentence: t.BaseSentence, Start: t.Start, End: t.End,
		})
	}
	for _, f := range r.Facts {
		out.Facts = append(out.Facts, jsonFact{
			Kind: f.Kind.String(), Base: f.Base, Other: f.Other,
			BaseSentence: f.BaseSentence, OtherSentence: f.OtherSentence,
		})
	}
	return out
}
