package render

// The result of a reuse search (corpus.Search) in the terminal: the
// ranking of the files that carry text of the query. The comparisons of
// the matches are a report.Report like any other (corpus.Result.Report),
// drawn by Term or HTML after the ranking.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/wirediff/wirediff/corpus"
)

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
