package render

// The findings of the editorial checks (package check) in the JSON
// output: the "quotes", "typos" and "facts" lists of a checked comparison.

import "github.com/wirediff/wirediff/check"

// The JSON form of a report's findings: the "quotes", "typos" and "facts"
// lists of a comparison, described by the "quote", "typo" and "fact"
// definitions of schema/v1.json.
type (
	jsonQuote struct {
		Change       string `json:"change"`
		Speaker      string `json:"speaker"`
		OtherSpeaker string `json:"other_speaker"`
		// How sure each attribution is: 1 named at the quotation, less
		// for "he" or "the minister" resolved to a name.
		SpeakerConfidence      float64     `json:"speaker_confidence"`
		OtherSpeakerConfidence float64     `json:"other_speaker_confidence"`
		Base                   string      `json:"base"`
		Other                  string      `json:"other"`
		BaseSentences          []int       `json:"base_sentences"`
		OtherSentences         []int       `json:"other_sentences"`
		Diff                   []jsonChunk `json:"diff"`
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
			SpeakerConfidence: round3(q.SpeakerConfidence), OtherSpeakerConfidence: round3(q.OtherSpeakerConfidence),
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
			jq.Diff[i] = jsonChunk{Op: ch.Op.String(), Text: ch.Text, Typographic: ch.Typographic}
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
