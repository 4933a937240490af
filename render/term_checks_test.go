package render

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/check"
	"github.com/wirediff/wirediff/report"
)

// termChecksOf renders comparison c with its checks f through Term (Quiet:
// the header and the checks) and returns what follows the header: the
// lines of the checks.
func termChecksOf(t *testing.T, c *align.Comparison, f *check.Report, opts TermOptions) string {
	t.Helper()
	opts.Quiet = true
	r := &report.Report{Documents: []*article.Document{c.Base, c.Other}, Comparisons: []*align.Comparison{c},
		Checks: []*check.Report{f}, Version: "test"}
	var b bytes.Buffer
	if err := Term(&b, r, opts); err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(b.String(), "\n")
	for i, l := range lines {
		if strings.Contains(l, "checks") {
			return strings.Join(lines[i:], "")
		}
	}
	return ""
}

func TestTermChecks(t *testing.T) {
	c, r := checksComparison(), checksReport()
	got := termChecksOf(t, c, r, TermOptions{})
	want := `checks 2 quotations changed, 1 likely typo, 1 unknown word, 1 changed fact, 1 spelling variant
!quote altered, Conte, other ¶1: “set [--our-]{+our+} own limits”
!quote misattributed, Calenda (base: Sala), other ¶2: “This is a militia”
!typo  [-Italy-] → Italer, other ¶2
!spell unneccesary is not in the word list, other ¶2
!fact  number Two → Three, other ¶3
~spell organizations → organisations, a spelling variant, other ¶3
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("checks in Term (-want +got):\n%s", diff)
	}

	got = termChecksOf(t, c, r, TermOptions{Color: true})
	for i, l := range strings.Split(strings.TrimSuffix(got, "\n"), "\n") {
		if last := strings.LastIndex(l, "\x1b["); last >= 0 && !strings.HasPrefix(l[last:], "\x1b[0m") {
			t.Errorf("colour line %d leaves a style open: %q", i+1, l)
		}
		if strings.Contains(l, "[-") || strings.Contains(l, "{+") {
			t.Errorf("colour line %d has plain markers: %q", i+1, l)
		}
	}
	if !strings.Contains(got, "set \x1b[31;9m-our\x1b[0m \x1b[32;4mour\x1b[0m own") {
		t.Errorf("colour output does not strike -our for our:\n%q", got)
	}
}

func TestTermChecksWidth(t *testing.T) {
	got := termChecksOf(t, checksComparison(), checksReport(), TermOptions{Width: 40})
	if got == "" {
		t.Fatal("no checks written")
	}
	for _, l := range strings.Split(strings.TrimSuffix(got, "\n"), "\n") {
		if w := textWidth(l); w > 40 {
			t.Errorf("line wider than 40 columns (%d): %q", w, l)
		}
	}
}

func TestTermChecksEmptyAndHostile(t *testing.T) {
	for _, r := range []*check.Report{nil, {}} {
		if got := termChecksOf(t, checksComparison(), r, TermOptions{}); got != "" {
			t.Errorf("checks %v wrote %q; want nothing", r, got)
		}
	}
	r := &check.Report{Quotes: []check.QuoteChange{{
		Change: check.QuoteParaphrased, Speaker: "\x1b]0;pwned\x07Sala", Base: "a\x1b[2Jb", Other: "line one\n\nline two\r",
		OtherSentences: []int{2}, SameSpeaker: true,
	}}}
	out := termChecksOf(t, checksComparison(), r, TermOptions{})
	if strings.ContainsAny(out, "\x1b\x07\r") {
		t.Errorf("article text reached the terminal raw: %q", out)
	}
	if strings.Count(out, "\n") != 2 {
		t.Errorf("want a summary line and one finding line, got %q", out)
	}
}

// TestTermChecksUncertain checks that a finding under check.MinConfidence
// (shown with --all-findings) is marked "?" rather than "!" and says how
// sure it is, so that grep '^!' leaves it out.
func TestTermChecksUncertain(t *testing.T) {
	c, r := checksComparison(), checksReport()
	r.Quotes[1].Confidence, r.Quotes[1].Reason = 0.4, "the same words given to another speaker, but one of the two is not named"
	r.Facts[0].Confidence = 0.25
	r.Quotes[0].Confidence = 0.9
	got := termChecksOf(t, c, r, TermOptions{})
	for _, want := range []string{
		"\n!quote altered, Conte",
		"\n?quote misattributed, Calenda (base: Sala), other ¶2: “This is a militia” — the same words given to another speaker, but one of the two is not named (uncertain, confidence 0.40)\n",
		"\n?fact  number Two → Three, other ¶3 (uncertain, confidence 0.25)\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("output lacks %q:\n%s", want, got)
		}
	}
}
