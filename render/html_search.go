package render

// The HTML page of a reuse search (corpus.Search): the ranking of the
// matches first, then their comparisons as HTML draws any report.

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/wirediff/wirediff/corpus"
)

// searchRanking draws the ranking table, html/search.tmpl, that
// SearchHTML puts first on the page.
var searchRanking = template.Must(template.New("search.tmpl").ParseFS(htmlFiles, "html/search.tmpl"))

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
