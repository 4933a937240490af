package render

import (
	"fmt"
	"strings"

	"github.com/wirediff/wirediff/align"
)

// verdict sums up a comparison in one line an editor can act on, from its
// summary and the number of quotations its checks found changed (0 when
// it was not checked; see quoteRecords).
//
// The head word depends on the shared sentences (identical, edited or
// paraphrased records) and the changed ones (edited or paraphrased):
//
//	shares nothing with the base   no shared sentence
//	shares little with the base    under a quarter of OTHER's text reused
//	carries the base unchanged     nothing changed, added or dropped
//	light edit                     at most a third of the shared sentences changed
//	heavy rewrite                  over half of the shared sentences paraphrased
//	substantial edit               anything else
//
// followed by the counts that matter (changed, quotations changed, added,
// dropped, moved). The cut-offs are round fractions chosen for readability,
// not fitted to any data: the counts next to the verdict are the evidence.
func verdict(s align.Summary, quotes int) string {
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
	case s.Reused < 0.25:
		head = "shares little with the base"
		if changed > 0 {
			details = details[1:] // the sentences in common say it
		}
		details = append([]string{plural(shared, "sentence") + " in common"}, details...)
	case changed == 0 && s.Added == 0 && s.Dropped == 0 && s.Moved == 0:
		return "carries the base unchanged"
	case changed == 0:
		head = "carries the base sentences unchanged"
	case changed*3 <= shared:
		head = "light edit"
	case s.Paraphrased*2 > shared:
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
