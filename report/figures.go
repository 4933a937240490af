package report

import "github.com/wirediff/wirediff/align"

// Figures are the two shares of text a comparison is summed up by,
// everywhere wirediff shows one: the terminal header, the HTML page,
// JSON, the coverage table, search and the reason for --base auto. Both
// are shares of body text in bytes (headings, bylines, captions and
// boilerplate do not count), in [0, 1], computed by align.Shares from the
// comparison's records; a side without body text has 0.
type Figures struct {
	// FromBase is the share of OTHER's body text that comes from BASE:
	// its sentences in identical, edited or paraphrased records. The rest
	// is OTHER's own text. It is align.Summary.Reused, unrounded.
	FromBase float64
	// BaseCarried is the share of BASE's body text that OTHER carries:
	// BASE's sentences in identical, edited or paraphrased records. The
	// rest was dropped.
	BaseCarried float64
}

// FiguresOf returns the figures of c.
//
// Cost: O(records + sentences).
func FiguresOf(c *align.Comparison) Figures {
	base, other := align.Shares(c)
	return Figures{FromBase: other.Linked(), BaseCarried: base.Linked()}
}

// Figures returns the figures of comparison i of r, or zero figures
// when there is no such comparison.
func (r *Report) Figures(i int) Figures {
	if r == nil || i < 0 || i >= len(r.Comparisons) || r.Comparisons[i] == nil {
		return Figures{}
	}
	return FiguresOf(r.Comparisons[i])
}

// change measures how much of the text OTHER shares with BASE it changed:
// of the bytes of OTHER in identical, edited or paraphrased records,
// reworded is the share in paraphrased records, and changed adds to it the
// words an edit inserted (its Insert chunks; a typographic pair only when
// the comparison is Strict, as it is then an edit). A one-word change in a
// long sentence is a few bytes of change, not a changed sentence.
//
// Cost: O(records + diff chunks).
func change(c *align.Comparison) (changed, reworded float64) {
	var linked, edits, para int
	for _, r := range c.Sentences {
		n := 0
		for _, s := range r.Other {
			if s >= 0 && s < len(c.Other.Sentences) {
				n += c.Other.Sentences[s].End - c.Other.Sentences[s].Start
			}
		}
		switch r.Kind {
		case align.Identical:
			linked += n
		case align.Edited:
			linked += n
			for _, ch := range r.Diff {
				if ch.Op == align.Insert && (!ch.Typographic || c.Options.Strict) {
					edits += len(ch.Text)
				}
			}
		case align.Paraphrased:
			linked += n
			para += n
		}
	}
	if linked == 0 {
		return 0, 0
	}
	return float64(edits+para) / float64(linked), float64(para) / float64(linked)
}
