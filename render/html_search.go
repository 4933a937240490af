package render

// The result of a reuse search (corpus.Search) as one HTML page: what was
// searched and the ranking of the matches first, then the comparisons of
// the matches as in HTML.

import (
	"fmt"
	"io"
	"strings"

	"github.com/wirediff/wirediff/corpus"
	"github.com/wirediff/wirediff/report"
)

// searchView is the search summary the page template draws first.
type searchView struct {
	Read     string // "5 files (20.1 KiB) under ."
	Shared   string // "2 files share text with it; 2 compared"
	Found    string // "2 files carry 10% of it or more:"
	Matches  []matchView
	Problems []string
}

type matchView struct {
	Href                  string
	Path                  string
	BaseCarried, FromBase int // percent (report.Figures)
	Counts                string
}

// SearchHTML writes res as one self-contained page, as HTML does: first
// the search (files read, the ranking of the matches by how much of the
// query each carries, with links to their comparisons), then the
// comparisons of the matches, the query being their BASE.
//
// Cost: that of HTML on res.Report.
func SearchHTML(w io.Writer, res *corpus.Result, version string) error {
	r := res.Report(version)
	v := &searchView{}
	where := make([]string, len(res.Roots))
	for i, root := range res.Roots {
		where[i] = clean(root)
	}
	v.Read = fmt.Sprintf("%s (%s) under %s", plural(res.Files, "file"), byteCount(res.Bytes), strings.Join(where, ", "))
	if res.Index != "" {
		v.Read = fmt.Sprintf("%s (%s) in the index %s", plural(res.Files, "file"), byteCount(res.Bytes), clean(res.Index))
	}
	if n := len(res.Problems); n > 0 {
		v.Read += fmt.Sprintf("; %d skipped", n)
	}
	share := " share"
	if res.Candidates == 1 {
		share = " shares"
	}
	v.Shared = fmt.Sprintf("%s text with it; %d compared", plural(res.Candidates, "file")+share, res.Compared)
	if res.Compared < res.Candidates {
		v.Shared = fmt.Sprintf("%s text with it; the best %d compared (--max-compared)", plural(res.Candidates, "file")+share, res.Compared)
	}
	found := max(res.Found, len(res.Matches))
	shown := ":"
	if len(res.Matches) < found {
		shown = fmt.Sprintf("; the best %d shown (--top):", len(res.Matches))
	}
	switch {
	case len(res.Matches) == 0 && res.MinReused > 0:
		v.Found = fmt.Sprintf("No file carries %d%% of it or more.", percent(res.MinReused))
	case len(res.Matches) == 0:
		v.Found = "No file carries any of it."
	case res.MinReused > 0:
		v.Found = fmt.Sprintf("%s %d%% of it or more%s", plural(found, "file")+carries(found), percent(res.MinReused), shown)
	default:
		v.Found = plural(found, "file") + carries(found) + " some of it" + shown
	}
	for i, m := range res.Matches {
		f := report.FiguresOf(m.Comparison)
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
		v.Matches = append(v.Matches, matchView{
			Href: fmt.Sprintf("#c%d", i+1), Path: m.Path,
			BaseCarried: percent(f.BaseCarried), FromBase: percent(f.FromBase),
			Counts: strings.Join(counts, ", "),
		})
	}
	for _, p := range res.Problems {
		v.Problems = append(v.Problems, p.Path+": "+problemText(p.Err))
	}
	return htmlReport(w, r, v)
}
