package report

import (
	"fmt"
	"strings"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/check"
)

// Verdict sums up comparison c in one line an editor can act on, from
// its figures (FiguresOf), how much of the text it shares with BASE it
// changed (change), its summary and the number of quotations its checks
// f found changed (none when f is nil: c was not checked).
//
// The head word counts text, not sentences: a one-word change in each of
// two short paragraphs is a light edit, however few sentences there are.
// With "changed" the share of the shared text OTHER changed (words an edit
// inserted, and reworded sentences whole):
//
//	shares nothing with the base    no shared sentence
//	shares little with the base     under a third of either side is shared
//	carries the base unchanged      nothing changed, added or dropped
//	light edit                      changed at most a fifth
//	light rewrite                   changed half or more, carries 2/3 of the base or more
//	heavy rewrite                   changed half or more, carries less of the base
//	substantial edit                anything else
//
// followed by the counts that matter (changed, quotations changed, added,
// dropped, moved). The cut-offs are round fractions, calibrated on the
// seed articles (001 a light rewrite of 000, 003 sharing little with it,
// 004 a heavy paraphrase of it) and checked, held out, on licence pairs
// (LGPL 2 to 2.1 and GFDL 1.2 to 1.3 light edits, GPL 2 to 3 a
// substantial edit, MPL 1.1 to 2.0 a heavy rewrite); calibration_test.go
// holds both sets.
func Verdict(c *align.Comparison, f *check.Report) string {
	quotes := 0
	if f != nil {
		quotes = len(f.Quotes)
	}
	changed, reworded := change(c)
	return verdict(c.Summary, measures{Figures: FiguresOf(c), changed: changed, reworded: reworded}, quotes)
}

// measures are the text shares a verdict is drawn from.
type measures struct {
	Figures
	changed, reworded float64 // see change
}

// The verdict's cut-offs (see Verdict).
const (
	littleShared = 1.0 / 3 // both figures under it: shares little
	lightChange  = 1.0 / 5 // changed at most this: light edit
	rewriteFrom  = 1.0 / 2 // changed this or more: a rewrite
	lightCarried = 2.0 / 3 // a rewrite carrying this much of the base is light
)

func verdict(s align.Summary, m measures, quotes int) string {
	shared := s.Identical + s.Edited + s.Paraphrased
	changed := s.Edited + s.Paraphrased
	var head string
	var details []string
	if changed > 0 {
		d := plural(changed, "sentence") + " changed"
		if s.Paraphrased > 0 && s.Edited > 0 {
			d = fmt.Sprintf("%s (%d reworded)", d, s.Paraphrased)
		} else if s.Paraphrased > 0 {
			d = plural(changed, "sentence") + " reworded"
		}
		details = append(details, d)
	}
	if quotes > 0 {
		details = append(details, plural(quotes, "quotation")+" changed")
	}
	if s.Added > 0 {
		details = append(details, fmt.Sprintf("%d added", s.Added))
	}
	if s.Dropped > 0 {
		details = append(details, fmt.Sprintf("%d dropped", s.Dropped))
	}
	if s.Moved > 0 {
		details = append(details, fmt.Sprintf("%d moved", s.Moved))
	}
	switch {
	case shared == 0:
		return "shares nothing with the base"
	case m.FromBase < littleShared && m.BaseCarried < littleShared:
		head = "shares little with the base"
		if changed > 0 {
			details = details[1:] // the sentences in common say it
		}
		details = append([]string{plural(shared, "sentence") + " in common"}, details...)
	case changed == 0 && s.Added == 0 && s.Dropped == 0 && s.Moved == 0:
		return "carries the base unchanged"
	case changed == 0:
		head = "carries the base sentences unchanged"
	case m.changed <= lightChange:
		head = "light edit"
	case m.changed >= rewriteFrom && m.BaseCarried >= lightCarried:
		head = "light rewrite"
	case m.changed >= rewriteFrom:
		head = "heavy rewrite"
	default:
		head = "substantial edit"
	}
	if len(details) == 0 {
		return head
	}
	return head + ": " + strings.Join(details, ", ")
}

// plural returns "1 sentence" or "n sentences".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// Alarms counts the findings of f that need an editor's attention:
// changed quotations and facts, likely typos and unknown words, but not
// spelling variants, which are noted and are no error. A nil f (not
// checked) has none.
func Alarms(f *check.Report) int {
	if f == nil {
		return 0
	}
	n := len(f.Quotes) + len(f.Facts)
	for _, t := range f.Typos {
		if t.Kind != check.TypoVariant {
			n++
		}
	}
	return n
}

// Differs reports whether any OTHER departs from the BASE: any record
// that is not an identical sentence in its place. The findings of the
// checks need no test of their own: a changed quotation, word or fact
// changes its sentence, which is then edited, paraphrased or added. A
// comparison that compared nothing (with IgnoreBoilerplate, two articles
// of boilerplate only) cannot say that OTHER carries BASE, so it counts as
// a difference. The command exits with status 1 when it is true.
func (r *Report) Differs() bool {
	for _, c := range r.Comparisons {
		s := c.Summary
		if s.Edited+s.Paraphrased+s.Added+s.Dropped+s.Moved > 0 || len(c.Sentences) == 0 {
			return true
		}
	}
	return false
}
