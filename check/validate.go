package check

import (
	"fmt"

	"github.com/wirediff/wirediff/align"
)

// Validate reports the first index in the findings r of comparison c that
// points outside its documents or records, or a diff chunk of no known
// kind; a nil r (c was not checked) has none. Every Report that Run
// returns is valid; Validate is for the renderers, which refuse findings
// that would make them index out of range. Cost: linear in the size of
// the findings.
func (r *Report) Validate(c *align.Comparison) error {
	if r == nil {
		return nil
	}
	nb, no := len(c.Base.Sentences), len(c.Other.Sentences)
	inRange := func(what string, i, n int) error {
		if i < 0 || i >= n {
			return fmt.Errorf("%s sentence %d out of range (%d sentences)", what, i, n)
		}
		return nil
	}
	for i, q := range r.Quotes {
		for _, s := range q.BaseSentences {
			if err := inRange("base", s, nb); err != nil {
				return fmt.Errorf("quotation %d: %w", i, err)
			}
		}
		for _, s := range q.OtherSentences {
			if err := inRange("other", s, no); err != nil {
				return fmt.Errorf("quotation %d: %w", i, err)
			}
		}
		for j, ch := range q.Diff {
			if ch.Op < align.Equal || ch.Op > align.Insert {
				return fmt.Errorf("quotation %d: diff chunk %d has unknown op %d", i, j, int(ch.Op))
			}
		}
		for _, ri := range q.Records {
			if ri < 0 || ri >= len(c.Sentences) {
				return fmt.Errorf("quotation %d: record %d out of range (%d records)", i, ri, len(c.Sentences))
			}
		}
	}
	for i, t := range r.Typos {
		if err := inRange("other", t.Sentence, no); err != nil {
			return fmt.Errorf("typo %d: %w", i, err)
		}
		if t.BaseSentence != -1 {
			if err := inRange("base", t.BaseSentence, nb); err != nil {
				return fmt.Errorf("typo %d: %w", i, err)
			}
		}
		if t.Start < 0 || t.End < t.Start || t.End > len(c.Other.Text) {
			return fmt.Errorf("typo %d: offsets %d..%d outside the text (%d bytes)", i, t.Start, t.End, len(c.Other.Text))
		}
	}
	for i, ft := range r.Facts {
		if err := inRange("base", ft.BaseSentence, nb); err != nil {
			return fmt.Errorf("fact %d: %w", i, err)
		}
		if err := inRange("other", ft.OtherSentence, no); err != nil {
			return fmt.Errorf("fact %d: %w", i, err)
		}
	}
	return nil
}
