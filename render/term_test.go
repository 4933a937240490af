package render

import (
	"bytes"
	"io"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
	"github.com/wirediff/wirediff/internal/testdoc"
	"github.com/wirediff/wirediff/report"
)

var ansi = regexp.MustCompile("\x1b\\[[0-9;]*m")

func term(t *testing.T, r *report.Report, o TermOptions) string {
	t.Helper()
	var b bytes.Buffer
	if err := Term(&b, r, o); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// lineWith returns the first line of out containing s, or fails.
func lineWith(t *testing.T, out, s string) string {
	t.Helper()
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, s) {
			return l
		}
	}
	t.Fatalf("no line contains %q in:\n%s", s, out)
	return ""
}

func TestTermPlainMarkers(t *testing.T) {
	out := term(t, storyReport(), TermOptions{})
	for _, tc := range []struct{ label, text string }{
		{"!quote ", "altered, Giuseppe Conte, other ¶3: “set [--our-]{+our+} own limits”"},
		{"checks ", "checks 1 quotation changed"},
		{"       ", "substantial edit: 4 sentences changed (1 reworded), 1 quotation changed, 2 added"},
		{"quote  ", "urged the government to “set [--our-]{+our+} own limits”"},
		{"edit   ", "Italy objects to ICE role at {+the+} Winter Olympics"},
		{"edit   ", "The Games {+— 冬季オリンピック —+} open on February 6 {+in Milan+}."},
		{"same   ", "Outrage is growing"},
		{"para - ", "Lawmakers urged Prime Minister"},
		{"     + ", "Meloni was urged by lawmakers"},
		{"add    ", "The White House did not respond"},
		{"drop   ", "“We cannot allow this,” he added."},
		{"moved  ", "now in other ¶2"},
		{"skip   ", "By Jane Doe, Wire"},
		{"¶1     ", "heading"},
	} {
		l := lineWith(t, out, tc.text)
		if !strings.HasPrefix(l, tc.label) {
			t.Errorf("line %q: want label %q", l, tc.label)
		}
	}
	if strings.Contains(out, "\x1b") {
		t.Errorf("plain output contains an escape character")
	}
	// The moved note follows its record.
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "moved") && !strings.Contains(lines[i-1], "Milan’s mayor") {
			t.Errorf("moved note %q does not follow the moved sentence but %q", l, lines[i-1])
		}
	}
}

func TestTermColor(t *testing.T) {
	out := term(t, storyReport(), TermOptions{Color: true, Width: 60})
	if strings.Contains(out, "[-") || strings.Contains(out, "{+") {
		t.Errorf("colour output still has wdiff markers")
	}
	for _, want := range []string{
		"\x1b[31;9m-our\x1b[0m \x1b[32;4mour\x1b[0m", // deleted red struck, inserted green underlined
		"\x1b[1;33mquote  \x1b[0m",                   // the altered quotation's label
		"\x1b[32madd    The White House",             // added in green
		"\x1b[31mdrop   “We cannot allow this,”",     // dropped in red
	} {
		if !strings.Contains(out, want) {
			t.Errorf("colour output lacks %q", want)
		}
	}
	// Every line closes what it opens, so each stands alone in a pager.
	for _, l := range strings.Split(out, "\n") {
		codes := ansi.FindAllString(l, -1)
		if len(codes) > 0 && codes[len(codes)-1] != "\x1b[0m" {
			t.Errorf("line ends with a style still on: %q", l)
		}
	}
	// Stripped of colour, the text is the same words as the plain output
	// without markers.
	plain := term(t, storyReport(), TermOptions{Width: 60})
	strip := func(s string) string {
		s = ansi.ReplaceAllString(s, "")
		s = strings.NewReplacer("-]{+", " ", "[-", "", "-]", "", "{+", "", "+}", "").Replace(s)
		return strings.Join(strings.Fields(s), " ")
	}
	if strip(out) != strip(plain) {
		t.Errorf("colour and plain output carry different text:\n%s\n---\n%s", strip(out), strip(plain))
	}
}

func TestTermWidth(t *testing.T) {
	for _, w := range []int{30, 50, 80, 100} {
		for _, o := range []TermOptions{{Width: w}, {Width: w, Color: true}, {Width: w, Order: OtherOrder}} {
			out := term(t, storyReport(), o)
			for _, l := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
				if got := textWidth(ansi.ReplaceAllString(l, "")); got > w {
					t.Errorf("width %d: line is %d columns: %q", w, got, l)
				}
			}
		}
	}
}

func TestTermSideBySide(t *testing.T) {
	for _, w := range []int{60, 100, 140} {
		for _, color := range []bool{false, true} {
			out := term(t, storyReport(), TermOptions{Width: w, SideBySide: true, Color: color})
			gutter := " | "
			if color {
				gutter = " │ "
			}
			col := -1
			body := strings.SplitN(out, "\n\n", 2)[1] // after the header
			for _, l := range strings.Split(strings.TrimRight(body, "\n"), "\n") {
				l = ansi.ReplaceAllString(l, "")
				if got := textWidth(l); got > w {
					t.Errorf("width %d: line is %d columns: %q", w, got, l)
				}
				i := strings.Index(l, strings.TrimRight(gutter, " "))
				if i < 0 {
					t.Errorf("width %d: line without gutter: %q", w, l)
					continue
				}
				// The gutter sits at the same column on every line,
				// wide characters included.
				at := textWidth(l[:i])
				if col < 0 {
					col = at
				} else if at != col {
					t.Errorf("width %d: gutter at column %d, not %d: %q", w, at, col, l)
				}
			}
			// Each side keeps its own markers.
			if !color {
				left, right := lineWith(t, body, "[--our-]"), lineWith(t, body, "{+our+}")
				if left != right {
					t.Errorf("deletion and insertion of one edit are on different rows:\n%q\n%q", left, right)
				}
				if strings.Index(left, "[--our-]") > strings.Index(left, gutter) ||
					strings.Index(left, "{+our+}") < strings.Index(left, gutter) {
					t.Errorf("deletion should be left and insertion right: %q", left)
				}
			}
		}
	}
}

func TestTermQuietAndStat(t *testing.T) {
	quiet := term(t, storyReport(), TermOptions{Quiet: true})
	if got := strings.Count(quiet, "\n"); got != 6 {
		t.Errorf("quiet output has %d lines, want the 4 header lines and 2 of checks:\n%s", got, quiet)
	}
	if !strings.HasSuffix(quiet, "\n!quote altered, Giuseppe Conte, other ¶3: “set [--our-]{+our+} own limits”\n") {
		t.Errorf("quiet output should end with the altered quotation:\n%s", quiet)
	}
	unchecked := storyReport()
	unchecked.Checks = nil
	if quiet := term(t, unchecked, TermOptions{Quiet: true}); strings.Count(quiet, "\n") != 4 || strings.Contains(quiet, "checks") {
		t.Errorf("quiet output without checks should be the 4 header lines:\n%s", quiet)
	}
	if !strings.Contains(quiet, "substantial edit: 4 sentences changed") || strings.Contains(quiet, "Outrage") {
		t.Errorf("quiet output should hold the verdict and no article text:\n%s", quiet)
	}

	// Two OTHERs with known counts: the bars are proportional.
	r := twoOthersReport()
	r.Comparisons[1].Summary = align.Summary{Identical: 3, Edited: 10, Added: 20, Dropped: 5, Reused: 0.5}
	stat := term(t, r, TermOptions{Stat: true, Width: 200})
	lines := strings.Split(strings.TrimRight(stat, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("stat has %d lines, want one per other and a total:\n%s", len(lines), stat)
	}
	for i, want := range []struct {
		name, counts, bar string
	}{
		{"outlet.html", "|  81% |  4~  2+  1-  1! |", "~~~~++-"},
		{"copy.txt", "|  50% | 10~ 20+  5-  0! |", strings.Repeat("~", 10) + strings.Repeat("+", 20) + strings.Repeat("-", 5)},
	} {
		l := lines[i]
		if !strings.HasPrefix(l, " "+want.name) || !strings.Contains(l, want.counts) || !strings.HasSuffix(l, "| "+want.bar) {
			t.Errorf("stat line %d = %q, want name %q, counts %q, bar %q", i, l, want.name, want.counts, want.bar)
		}
	}
	if !strings.Contains(lines[2], "2 others compared with wire.txt: 14 changed (~), 22 added (+), 6 dropped (-), 1 flagged by the checks (!);") {
		t.Errorf("stat total line = %q", lines[2])
	}
	// Without checks there is no column of findings; a comparison left
	// unchecked among checked ones gets a blank, not a 0.
	r.Checks = nil
	if stat := term(t, r, TermOptions{Stat: true, Width: 200}); !strings.Contains(stat, "|  81% |  4~  2+  1- | ~~~~++-") ||
		strings.Contains(stat, "!") {
		t.Errorf("stat without checks:\n%s", stat)
	}
	r.Checks = []*check.Report{{Typos: []check.Typo{{Kind: "variant"}}}}
	if stat := term(t, r, TermOptions{Stat: true, Width: 200}); !strings.Contains(stat, "|  81% |  4~  2+  1-  0! | ~~~~++-") ||
		!strings.Contains(stat, "|  50% | 10~ 20+  5-     | ~~~~") || !strings.Contains(stat, ", 0 flagged by the checks (!);") {
		t.Errorf("stat with a spelling variant only, and an unchecked comparison:\n%s", stat)
	}
	// A narrow width scales the bars down, keeping every count visible.
	narrow := term(t, r, TermOptions{Stat: true, Width: 50})
	for _, l := range strings.Split(narrow, "\n")[:2] {
		bar := l[strings.LastIndex(l, "| ")+2:]
		if len(bar) > 20 || !strings.Contains(bar, "~") || !strings.Contains(bar, "+") || !strings.Contains(bar, "-") {
			t.Errorf("narrow stat bar %q: want at most 20 characters with each kind shown", bar)
		}
	}
}

func TestTermOrderOther(t *testing.T) {
	base := term(t, storyReport(), TermOptions{})
	other := term(t, storyReport(), TermOptions{Order: OtherOrder})
	pos := func(out, s string) int { return strings.Index(out, s) }
	// Sala's sentence moved to the top in OTHER.
	if pos(base, "Milan’s mayor") < pos(base, "Outrage is growing") {
		t.Errorf("base order: the moved sentence should come after the opening one")
	}
	if pos(other, "Milan’s mayor") > pos(other, "Outrage is growing") {
		t.Errorf("other order: the moved sentence should come first")
	}
	if !strings.Contains(other, "was in base ¶5") {
		t.Errorf("other order should say where the moved sentence was")
	}
	if err := Term(&bytes.Buffer{}, storyReport(), TermOptions{Order: Order(7)}); err == nil {
		t.Errorf("an unknown order gave no error")
	}
}

func TestTermHostile(t *testing.T) {
	for _, color := range []bool{false, true} {
		out := term(t, hostileReport(), TermOptions{Color: color, Width: 60})
		// The only escape sequences are the renderer's own SGR codes.
		if rest := ansi.ReplaceAllString(out, ""); strings.ContainsAny(rest, "\x1b\x07\u009b") {
			t.Errorf("color %v: article control characters reached the output: %q", color, rest)
		}
		if !strings.Contains(out, "\uFFFD]0;owned\uFFFD") {
			t.Errorf("color %v: control characters should show as U+FFFD", color)
		}
	}
}

// TestTermNoRecords shows documents whose comparison has no record at all
// (everything left out): every sentence still appears, marked skip.
func TestTermNoRecords(t *testing.T) {
	base := testdoc.New("b", testdoc.Para{Role: article.Boilerplate, Sentences: []string{"All rights reserved."}})
	other := testdoc.New("o", testdoc.Para{Role: article.Boilerplate, Sentences: []string{"Copyright."}})
	r := &report.Report{Documents: []*article.Document{base, other},
		Comparisons: []*align.Comparison{{Base: base, Other: other, Options: align.Options{IgnoreBoilerplate: true}}}}
	out := term(t, r, TermOptions{})
	if !strings.Contains(out, "skip   All rights reserved.") || !strings.Contains(out, "skip   Copyright.") {
		t.Errorf("sentences outside every record are missing:\n%s", out)
	}
	if !strings.Contains(out, "shares nothing with the base") {
		t.Errorf("verdict missing:\n%s", out)
	}
}

// TestTermChecksPlace checks where the findings go: right after the header
// of their comparison, before its records, in every layout; none for a
// comparison without checks.
func TestTermChecksPlace(t *testing.T) {
	for _, o := range []TermOptions{{}, {Order: OtherOrder}, {SideBySide: true, Width: 100}, {Quiet: true}} {
		out := term(t, twoOthersReport(), o)
		lines := strings.Split(out, "\n")
		i := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, "checks ") })
		// The header's last line ends "… comes from the base", wrapped or not.
		if i < 4 || slices.Contains(lines[:i], "") || !strings.HasSuffix(lines[i-1], "from the base") {
			t.Errorf("%+v: the checks should follow the header directly:\n%s", o, out)
			continue
		}
		if !strings.HasPrefix(lines[i+1], "!quote ") || lines[i+2] != "" {
			t.Errorf("%+v: want the checks line, one !quote line and a blank line:\n%s", o, out)
		}
		// The second comparison was checked and found clean.
		if n := strings.Count(out, "checks "); n != 1 {
			t.Errorf("%+v: %d checks lines, want 1", o, n)
		}
	}
	// Checks for the second comparison only.
	r := twoOthersReport()
	r.Checks = []*check.Report{nil, {Facts: []check.Fact{{Base: "February 6", Other: "February 8", Kind: "date", BaseSentence: 7, OtherSentence: 7}}}}
	out := term(t, r, TermOptions{Quiet: true})
	if strings.Contains(out, "!quote") || !strings.HasSuffix(out, "\n!fact  date February 6 → February 8, other ¶5\n") {
		t.Errorf("checks of the second comparison only:\n%s", out)
	}
}

// TestReportChecksInvalid checks that findings pointing outside their
// documents are an error, not a panic or a wrong link.
func TestReportChecksInvalid(t *testing.T) {
	for name, f := range map[string]*check.Report{
		"quote base sentence":  {Quotes: []check.QuoteChange{{BaseSentences: []int{99}}}},
		"quote other sentence": {Quotes: []check.QuoteChange{{OtherSentences: []int{-1}}}},
		"quote diff op":        {Quotes: []check.QuoteChange{{Diff: []align.Chunk{{Op: 7}}}}},
		"typo sentence":        {Typos: []check.Typo{{Sentence: 99}}},
		"typo base sentence":   {Typos: []check.Typo{{BaseSentence: -2}}},
		"typo offsets":         {Typos: []check.Typo{{Start: 5, End: 1 << 20}}},
		"fact sentence":        {Facts: []check.Fact{{OtherSentence: 99}}},
	} {
		r := storyReport()
		r.Checks = []*check.Report{f}
		for _, render := range []func() error{
			func() error { return Term(io.Discard, r, TermOptions{}) },
			func() error { return JSON(io.Discard, r) },
			func() error { return HTML(io.Discard, r) },
		} {
			if err := render(); err == nil || !strings.Contains(err.Error(), "checks of comparison 0") {
				t.Errorf("%s: got error %v, want one about the checks", name, err)
			}
		}
	}
	r := storyReport()
	r.Checks = append(r.Checks, &check.Report{})
	if err := JSON(io.Discard, r); err == nil {
		t.Errorf("more check reports than comparisons gave no error")
	}
}
