package render

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/internal/testdoc"
	"github.com/wirediff/wirediff/report"
)

// longStory is a story of four paragraphs and a copy with two sentences
// edited, one in ¶2 and one at the end of ¶4.
func longStory(edit bool) *report.Report {
	paras := [][]string{
		{"The mayor spoke on Monday.", "He was angry.", "The council met later.", "Nobody said much."},
		{"Agents arrive in February.", "Their role is advisory.", "The ministry confirmed it.", "Critics were not convinced."},
		{"The Games open on February 6.", "Tickets sold well.", "Hotels are full."},
		{"Security is tight.", "Police patrol the venues.", "The mayor will attend the opening."},
	}
	var bp, op []testdoc.Para
	for i, p := range paras {
		bp = append(bp, testdoc.Body(p...))
		q := append([]string(nil), p...)
		if edit && i == 1 {
			q[1] = "Their role is purely advisory."
		}
		if edit && i == 3 {
			q[2] = "The mayor will not attend the opening."
		}
		op = append(op, testdoc.Body(q...))
	}
	base, other := testdoc.New("wire.txt", bp...), testdoc.New("copy.txt", op...)
	return &report.Report{Documents: []*article.Document{base, other}, Comparisons: []*align.Comparison{align.Compare(base, other, align.Options{})}}
}

// By default the terminal shows the changes with Context unchanged
// sentences around them; longer runs fold into one line, and a sentence
// shown after a fold is under the mark of its own paragraph.
func TestTermContext(t *testing.T) {
	r := longStory(true)
	got := term(t, r, TermOptions{Elide: true, Context: 1})
	body := got[strings.Index(got, "\n\n")+2:]
	want := `       … 4 identical sentences …

¶2
same   Agents arrive in February.
edit   Their role is {+purely+} advisory.
same   The ministry confirmed it.
       … 5 identical sentences …

¶4
same   Police patrol the venues.
edit   The mayor will {+not+} attend the opening.
`
	if diff := cmp.Diff(want, body); diff != "" {
		t.Errorf("context 1 (-want +got):\n%s\nall:\n%s", diff, got)
	}

	// Context 0: the changes alone, each under its paragraph's mark
	// (that of ¶4 was folded away, and comes again).
	got = term(t, r, TermOptions{Elide: true, Context: 0})
	if strings.Contains(got, "same ") || !strings.Contains(got, "… 7 identical sentences …\n\n¶4\nedit   The mayor will") {
		t.Errorf("context 0:\n%s", got)
	}
	// Context 3 leaves one unchanged sentence between the two changes:
	// it is shown, not folded into a line as long.
	got = term(t, r, TermOptions{Elide: true, Context: 3})
	if strings.Count(got, "…") != 2 || !strings.Contains(got, "same   Tickets sold well.") {
		t.Errorf("context 3:\n%s", got)
	}
	// A large context shows everything, as does Elide off.
	full := term(t, r, TermOptions{})
	if got := term(t, r, TermOptions{Elide: true, Context: 20}); got != full || strings.Contains(full, "…") {
		t.Errorf("context 20 differs from the full output:\n%s", got)
	}

	// Side by side folds the same way.
	sbs := term(t, r, TermOptions{Elide: true, Context: 1, SideBySide: true, Width: 100})
	if !strings.Contains(sbs, "\n       … 5 identical sentences …\n") || strings.Contains(sbs, "He was angry") {
		t.Errorf("side by side with context 1:\n%s", sbs)
	}
}

// A sentence shown after a fold that swallowed its paragraph's mark gets
// the mark again.
func TestTermContextMark(t *testing.T) {
	r := longStory(true)
	got := term(t, r, TermOptions{Elide: true, Context: 0})
	lines := strings.Split(got, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "edit   The mayor will") && lines[i-1] != "¶4" && !strings.HasPrefix(lines[i-2], "¶4") {
			t.Errorf("the edit of ¶4 is not under its mark:\n%s", got)
		}
	}
}

// A copy with nothing changed prints one line, not every sentence.
func TestTermUnchanged(t *testing.T) {
	r := longStory(false)
	got := term(t, r, TermOptions{Elide: true, Context: 2})
	if want := "same   copy.txt carries the base unchanged (wire.txt): 14 identical sentences\n"; got != want {
		t.Errorf("unchanged copy: got %q, want %q", got, want)
	}
	// -q still prints the header; the full output every sentence.
	if got := term(t, r, TermOptions{Elide: true, Quiet: true}); !strings.HasPrefix(got, "base ") {
		t.Errorf("quiet unchanged copy: %q", got)
	}
	if got := term(t, r, TermOptions{}); strings.Count(got, "\nsame ") != 14 {
		t.Errorf("full unchanged copy:\n%s", got)
	}
}
