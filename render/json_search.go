package render

// The result of a reuse search (corpus.Search) as JSON: the ranking and
// the comparisons of the matches in one object (SearchJSON).

import (
	"errors"
	"fmt"
	"io"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/corpus"
	"github.com/wirediff/wirediff/report"
)

// jsonSearchReport is the JSON of a search: the "search" section, then the
// documents and comparisons of the matches as in the report of JSON.
type jsonSearchReport struct {
	Version     int              `json:"version"`
	Wirediff    string           `json:"wirediff"`
	Search      jsonSearch       `json:"search"`
	Documents   []jsonDocument   `json:"documents"`
	Comparisons []jsonComparison `json:"comparisons"`
}

type jsonSearch struct {
	Query       int           `json:"query"`
	Roots       []string      `json:"roots"`
	Index       string        `json:"index,omitempty"`
	Files       int           `json:"files"`
	Bytes       int64         `json:"bytes"`
	Candidates  int           `json:"candidates"`
	Compared    int           `json:"compared"`
	Found       int           `json:"found"`
	MinReused   float64       `json:"min_reused"`
	Top         int           `json:"top"`
	MaxCompared int           `json:"max_compared"`
	Matches     []jsonMatch   `json:"matches"`
	Skipped     []jsonProblem `json:"skipped"`
}

type jsonMatch struct {
	Path       string             `json:"path"`
	Document   int                `json:"document"`
	Comparison int                `json:"comparison"`
	Reused     float64            `json:"reused"`
	Covered    float64            `json:"covered"`
	Evidence   jsonSearchEvidence `json:"evidence"`
	// BaseCarried and FromBase are the comparison's figures
	// (report.Figures), the query being its BASE; Reused is BaseCarried
	// under its old name.
	BaseCarried float64 `json:"base_carried"`
	FromBase    float64 `json:"from_base"`
}

// jsonSearchEvidence counts the query's sampled signatures a file shares, by
// kind (corpus.Signature).
type jsonSearchEvidence struct {
	Verbatim int `json:"verbatim"`
	Pairs    int `json:"pairs"`
	Words    int `json:"words"`
}

type jsonProblem struct {
	Path    string `json:"path"`
	Problem string `json:"problem"`
}

// SearchJSON writes res as one JSON object followed by a newline:
//
//	{"version": 1, "wirediff": "<program version>",
//	 "search": {"query": 0, "roots": [], "index" (searches of an index only),
//	            "files", "bytes", "candidates", "compared", "found",
//	            "min_reused", "top", "max_compared",
//	            "matches": [{"path", "document", "comparison", "base_carried", "from_base",
//	                         "reused", "covered", "evidence": {"verbatim", "pairs", "words"}}],
//	            "skipped": [{"path", "problem"}]},
//	 "documents": [...], "comparisons": [...]}
//
// "documents" and "comparisons" are those of JSON for SearchReport(res):
// the query is document 0, match i is document i+1 and comparison i.
// "base_carried" is the share of the query's body text the file carries
// (the ranking key; "reused" is the same figure under its old name),
// "from_base" the share of the file's body text that comes from the query
// (report.Figures), "covered" the first pass's estimate, "evidence" the
// query's signatures the file shares. "found" counts the files that carry
// min_reused or more; "matches" holds the best "top" of them. Lists are
// never null.
func SearchJSON(w io.Writer, res *corpus.Result, version string) error {
	r := res.Report(version)
	if err := r.Validate(); err != nil {
		err = fmt.Errorf("render: %w", err)
		return err
	}
	out := jsonSearchReport{
		Version:  1,
		Wirediff: version,
		Search: jsonSearch{
			Roots:       append([]string{}, res.Roots...),
			Index:       res.Index,
			Files:       res.Files,
			Bytes:       res.Bytes,
			Candidates:  res.Candidates,
			Compared:    res.Compared,
			Found:       max(res.Found, len(res.Matches)),
			MinReused:   round3(res.MinReused),
			Top:         res.Top,
			MaxCompared: res.MaxCompared,
			Matches:     make([]jsonMatch, len(res.Matches)),
			Skipped:     make([]jsonProblem, len(res.Problems)),
		},
		Documents:   make([]jsonDocument, len(r.Documents)),
		Comparisons: make([]jsonComparison, len(r.Comparisons)),
	}
	for i, m := range res.Matches {
		e := m.Evidence
		f := report.FiguresOf(m.Comparison)
		out.Search.Matches[i] = jsonMatch{Path: m.Path, Document: i + 1, Comparison: i, Reused: round3(m.Reused), Covered: round3(m.Covered),
			Evidence:    jsonSearchEvidence{Verbatim: e[corpus.Verbatim], Pairs: e[corpus.WordPair], Words: e[corpus.Word]},
			BaseCarried: round3(f.BaseCarried), FromBase: round3(f.FromBase)}
	}
	for i, p := range res.Problems {
		out.Search.Skipped[i] = jsonProblem{Path: p.Path, Problem: problemText(p.Err)}
	}
	for i, d := range r.Documents {
		out.Documents[i] = newJSONDocument(d)
	}
	for i, c := range r.Comparisons {
		out.Comparisons[i] = newJSONComparison(c, 0, i+1, r.ChecksOf(i))
	}
	if err := writeJSON(w, out); err != nil {
		return fmt.Errorf("writing JSON: %w", err)
	}
	return nil
}

// problemText says what is wrong with a skipped file, without its path.
func problemText(err error) string {
	var ie *article.InputError
	if errors.As(err, &ie) {
		return ie.Problem
	}
	if err == nil {
		return ""
	}
	return err.Error()
}
