package render

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/corpus"
)

// This file draws the result of a reuse search (corpus.Search): the
// ranking of the files that carry text of the query. The comparisons of
// the matches are a report.Report like any other (corpus.Result.Report), drawn by Term or
// HTML after the ranking, or held in the same JSON object (SearchJSON).

// SearchTerm writes the ranking of res: what was searched, how many files
// were read and skipped, then one line per match with the share of the
// query it carries (by comparison), the index's estimate, the path and
// its counts of linked sentences.
//
//	search  query.txt — Title of the query
//	        10,000 files (51.0 MiB) under coll; 10 skipped
//	        20 files share text with it; 20 compared
//	        3 files carry 10% of it or more:
//
//	  reused  index  file
//	    100%   100%  coll/00/00/000000.txt  30 identical
//	     72%    65%  coll/00/25/002500.txt  19 identical, 3 edited, 1 paraphrased
//
// Only opts.Color is used. Cost: linear in the number of matches.
func SearchTerm(w io.Writer, res *corpus.Result, opts TermOptions) error {
	if res == nil || res.Query == nil {
		return errors.New("render: no search result")
	}
	for _, m := range res.Matches {
		if m.Comparison == nil || m.Comparison.Base != res.Query || m.Comparison.Other == nil {
			return fmt.Errorf("render: match %s has no comparison with the query", m.Path)
		}
	}
	bw := bufio.NewWriter(w)
	emit := lineEmitter(bw, opts.Color)
	q := clean(res.Query.Name)
	if res.Query.Title != "" {
		q += " — " + clean(res.Query.Title)
	}
	emit(line{{"search  ", sgrBold}, {q, sgrBold}})
	where := make([]string, len(res.Roots))
	for i, r := range res.Roots {
		where[i] = clean(r)
	}
	files := thousands(res.Files) + " files"
	if res.Files == 1 {
		files = "1 file"
	}
	read := fmt.Sprintf("        %s (%s) under %s", files, byteCount(res.Bytes), strings.Join(where, ", "))
	if n := len(res.Problems); n > 0 {
		read += fmt.Sprintf("; %d skipped", n)
	}
	emit(line{{read, ""}})
	emit(line{{fmt.Sprintf("        %s share text with it; %d compared", plural(res.Candidates, "file"), res.Compared), ""}})
	threshold := percent(res.MinReused)
	if len(res.Matches) == 0 {
		if res.MinReused > 0 {
			emit(line{{fmt.Sprintf("        no file carries %d%% of it or more", threshold), ""}})
		} else {
			emit(line{{"        no file carries any of it", ""}})
		}
		return flush(bw)
	}
	if res.MinReused > 0 {
		emit(line{{fmt.Sprintf("        %s %d%% of it or more:", plural(len(res.Matches), "file")+carries(len(res.Matches)), threshold), ""}})
	} else {
		emit(line{{fmt.Sprintf("        %s some of it:", plural(len(res.Matches), "file")+carries(len(res.Matches))), ""}})
	}
	emit(nil)
	emit(line{{"  reused  index  file", sgrDim}})
	for _, m := range res.Matches {
		s := m.Comparison.Summary
		var counts []string
		for _, c := range []struct {
			n    int
			name string
		}{{s.Identical, "identical"}, {s.Edited, "edited"}, {s.Paraphrased, "paraphrased"}} {
			if c.n > 0 {
				counts = append(counts, fmt.Sprintf("%d %s", c.n, c.name))
			}
		}
		emit(line{
			{fmt.Sprintf("  %5d%%  %4d%%  ", percent(m.Reused), percent(m.Covered)), ""},
			{clean(m.Path), sgrBold},
			{"  " + strings.Join(counts, ", "), sgrDim},
		})
	}
	return flush(bw)
}

func carries(n int) string {
	if n == 1 {
		return " carries"
	}
	return " carry"
}

func flush(bw *bufio.Writer) error {
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing search result: %w", err)
	}
	return nil
}

// thousands writes n with a comma between groups of three digits.
func thousands(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// byteCount writes a size the way people read it: "700 bytes", "1.5 KiB",
// "51.0 MiB".
func byteCount(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	case n == 1:
		return "1 byte"
	}
	return fmt.Sprintf("%d bytes", n)
}

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
	Query      int           `json:"query"`
	Roots      []string      `json:"roots"`
	Files      int           `json:"files"`
	Bytes      int64         `json:"bytes"`
	Candidates int           `json:"candidates"`
	Compared   int           `json:"compared"`
	MinReused  float64       `json:"min_reused"`
	Top        int           `json:"top"`
	Matches    []jsonMatch   `json:"matches"`
	Skipped    []jsonProblem `json:"skipped"`
}

type jsonMatch struct {
	Path       string  `json:"path"`
	Document   int     `json:"document"`
	Comparison int     `json:"comparison"`
	Reused     float64 `json:"reused"`
	Covered    float64 `json:"covered"`
}

type jsonProblem struct {
	Path    string `json:"path"`
	Problem string `json:"problem"`
}

// SearchJSON writes res as one JSON object followed by a newline:
//
//	{"version": 1, "wirediff": "<program version>",
//	 "search": {"query": 0, "roots": [], "files", "bytes", "candidates", "compared",
//	            "min_reused", "top",
//	            "matches": [{"path", "document", "comparison", "reused", "covered"}],
//	            "skipped": [{"path", "problem"}]},
//	 "documents": [...], "comparisons": [...]}
//
// "documents" and "comparisons" are those of JSON for SearchReport(res):
// the query is document 0, match i is document i+1 and comparison i.
// "reused" is the share of the query's body text the file carries (the
// ranking key), "covered" the index's estimate. Lists are never null.
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
			Roots:      append([]string{}, res.Roots...),
			Files:      res.Files,
			Bytes:      res.Bytes,
			Candidates: res.Candidates,
			Compared:   res.Compared,
			MinReused:  round3(res.MinReused),
			Top:        res.Top,
			Matches:    make([]jsonMatch, len(res.Matches)),
			Skipped:    make([]jsonProblem, len(res.Problems)),
		},
		Documents:   make([]jsonDocument, len(r.Documents)),
		Comparisons: make([]jsonComparison, len(r.Comparisons)),
	}
	for i, m := range res.Matches {
		out.Search.Matches[i] = jsonMatch{Path: m.Path, Document: i + 1, Comparison: i, Reused: round3(m.Reused), Covered: round3(m.Covered)}
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
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
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
