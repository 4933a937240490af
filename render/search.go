package render

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
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
	if res.Index != "" {
		read = fmt.Sprintf("        %s (%s) in the index %s", files, byteCount(res.Bytes), clean(res.Index))
	}
	if n := len(res.Problems); n > 0 {
		read += fmt.Sprintf("; %d skipped", n)
	}
	emit(line{{read, ""}})
	cands := fmt.Sprintf("        %s share text with it; %d compared", plural(res.Candidates, "file"), res.Compared)
	if res.Compared < res.Candidates {
		cands = fmt.Sprintf("        %s share text with it; the best %d compared (--max-compared)", plural(res.Candidates, "file"), res.Compared)
	}
	emit(line{{cands, ""}})
	threshold := percent(res.MinReused)
	if len(res.Matches) == 0 {
		if res.MinReused > 0 {
			emit(line{{fmt.Sprintf("        no file carries %d%% of it or more", threshold), ""}})
		} else {
			emit(line{{"        no file carries any of it", ""}})
		}
		return flush(bw)
	}
	found := max(res.Found, len(res.Matches))
	shown := ":"
	if len(res.Matches) < found {
		shown = fmt.Sprintf("; the best %d shown (--top):", len(res.Matches))
	}
	if res.MinReused > 0 {
		emit(line{{fmt.Sprintf("        %s %d%% of it or more%s", plural(found, "file")+carries(found), threshold, shown), ""}})
	} else {
		emit(line{{fmt.Sprintf("        %s some of it%s", plural(found, "file")+carries(found), shown), ""}})
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
	Path       string       `json:"path"`
	Document   int          `json:"document"`
	Comparison int          `json:"comparison"`
	Reused     float64      `json:"reused"`
	Covered    float64      `json:"covered"`
	Evidence   jsonEvidence `json:"evidence"`
}

// jsonEvidence counts the query's sampled signatures a file shares, by
// kind (corpus.Signature).
type jsonEvidence struct {
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
//	            "matches": [{"path", "document", "comparison", "reused", "covered",
//	                         "evidence": {"verbatim", "pairs", "words"}}],
//	            "skipped": [{"path", "problem"}]},
//	 "documents": [...], "comparisons": [...]}
//
// "documents" and "comparisons" are those of JSON for SearchReport(res):
// the query is document 0, match i is document i+1 and comparison i.
// "reused" is the share of the query's body text the file carries (the
// ranking key), "covered" the first pass's estimate, "evidence" the
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
		out.Search.Matches[i] = jsonMatch{Path: m.Path, Document: i + 1, Comparison: i, Reused: round3(m.Reused), Covered: round3(m.Covered),
			Evidence: jsonEvidence{Verbatim: e[corpus.Verbatim], Pairs: e[corpus.WordPair], Words: e[corpus.Word]}}
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

// searchRanking is the ranking table that SearchHTML puts first on the
// page, above the comparisons of the matches.
var searchRanking = template.Must(template.New("ranking").Parse(`<section class="ranking" aria-label="Files that carry text of the query">
<h2>{{.Found}} {{if eq .Found 1}}file carries{{else}}files carry{{end}} {{.Threshold}}% of the query or more{{if .Shown}}; the best {{.Shown}} shown{{end}}</h2>
<p class="muted">{{.Files}} files ({{.Size}}) {{.Where}}; {{.Candidates}} shared text with it, {{.Compared}} compared{{if .Skipped}}; {{.Skipped}} skipped{{end}}.</p>
{{if .Rows}}<table>
<thead><tr><th scope="col">reused</th><th scope="col">estimate</th><th scope="col">file</th><th scope="col">sentences</th></tr></thead>
<tbody>
{{- range .Rows}}
<tr><td>{{.Reused}}%</td><td>{{.Covered}}%</td><td><a href="#{{.Panel}}">{{.Path}}</a></td><td>{{.Counts}}</td></tr>
{{- end}}
</tbody>
</table>{{end}}
</section>
`))

// SearchHTML writes res as one HTML page: the ranking of the matches
// first (reused share, estimate, file, counts of linked sentences, each
// row linking to the match's comparison), then the comparisons as HTML
// draws them. Cost: that of HTML.
func SearchHTML(w io.Writer, res *corpus.Result, version string) error {
	var page bytes.Buffer
	if err := HTML(&page, res.Report(version)); err != nil {
		return err
	}
	type row struct {
		Reused, Covered int
		Path, Panel     string
		Counts          string
	}
	where := "under " + strings.Join(res.Roots, ", ")
	if res.Index != "" {
		where = "in the index " + res.Index
	}
	found := max(res.Found, len(res.Matches))
	v := struct {
		Found, Threshold, Shown, Files, Candidates, Compared, Skipped int
		Size, Where                                                   string
		Rows                                                          []row
	}{Found: found, Threshold: percent(res.MinReused), Files: res.Files, Size: byteCount(res.Bytes), Where: where,
		Candidates: res.Candidates, Compared: res.Compared, Skipped: len(res.Problems)}
	if len(res.Matches) < found {
		v.Shown = len(res.Matches)
	}
	for i, m := range res.Matches {
		s := m.Comparison.Summary
		v.Rows = append(v.Rows, row{Reused: percent(m.Reused), Covered: percent(m.Covered), Path: m.Path,
			Panel:  fmt.Sprintf("c%d", i+1), // the panel's id, as newComparisonView names it
			Counts: fmt.Sprintf("%d identical, %d edited, %d paraphrased", s.Identical, s.Edited, s.Paraphrased)})
	}
	var rank bytes.Buffer
	if err := searchRanking.Execute(&rank, v); err != nil {
		return fmt.Errorf("writing HTML: %w", err)
	}
	out := page.Bytes()
	at := bytes.Index(out, []byte("</header>\n"))
	if at < 0 {
		return errors.New("render: the report page has no header")
	}
	at += len("</header>\n")
	for _, part := range [][]byte{out[:at], rank.Bytes(), out[at:]} {
		if _, err := w.Write(part); err != nil {
			return fmt.Errorf("writing HTML: %w", err)
		}
	}
	return nil
}
