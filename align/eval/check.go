package eval

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/words"
)

// Check verifies the invariants that every Comparison made with opts must
// keep, whatever the quality of its alignment:
//
//   - each record has a valid Kind; Added records have only OTHER
//     sentences, Dropped records only BASE sentences, links both;
//   - sentence indexes are in range and each sentence is in at most one
//     record; without IgnoreBoilerplate every sentence is in exactly one,
//     with it every body sentence is;
//   - Score is in [0,1], and 0 for Added and Dropped;
//   - Identical records have an all-Equal Diff, or one whose changes only
//     replace words by their other spelling (words.SpellingVariant); the
//     Diff of an Edited or Identical record spells the BASE sentences
//     (Equal and Delete chunks) and the OTHER sentences (Equal and Insert
//     chunks), up to white space and words.Normalize; other records have
//     no Diff;
//   - Summary counts the records by kind, Moved counts moved records, and
//     Reused is in [0,1].
//
// It returns all violations joined, or nil. Cost: linear in the size of
// the comparison.
func Check(c *align.Comparison, opts align.Options) error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }

	seen := [2][]int{make([]int, len(c.Base.Sentences)), make([]int, len(c.Other.Sentences))}
	var sum align.Summary
	for ri, s := range c.Sentences {
		switch s.Kind {
		case align.Identical:
			sum.Identical++
		case align.Edited:
			sum.Edited++
		case align.Paraphrased:
			sum.Paraphrased++
		case align.Added:
			sum.Added++
		case align.Dropped:
			sum.Dropped++
		default:
			bad("record %d: invalid kind %d", ri, int(s.Kind))
			continue
		}
		if s.Moved {
			sum.Moved++
		}
		nb, no := len(s.Base), len(s.Other)
		switch {
		case s.Kind == align.Added && (nb != 0 || no == 0),
			s.Kind == align.Dropped && (nb == 0 || no != 0),
			s.Kind < align.Added && (nb == 0 || no == 0):
			bad("record %d: %v with %d BASE and %d OTHER sentences", ri, s.Kind, nb, no)
		}
		for side, idx := range [2][]int{s.Base, s.Other} {
			for _, i := range idx {
				if i < 0 || i >= len(seen[side]) {
					bad("record %d: sentence index %d out of range", ri, i)
					continue
				}
				seen[side][i]++
			}
		}
		if math.IsNaN(s.Score) || s.Score < 0 || s.Score > 1 {
			bad("record %d: score %v outside [0,1]", ri, s.Score)
		}
		if (s.Kind == align.Added || s.Kind == align.Dropped) && s.Score != 0 {
			bad("record %d: %v with score %v", ri, s.Kind, s.Score)
		}
		checkDiff(c, ri, s, bad)
	}

	for side, doc := range [2]*article.Document{c.Base, c.Other} {
		name := [2]string{"BASE", "OTHER"}[side]
		for i, n := range seen[side] {
			body := doc.Paragraphs[doc.Sentences[i].Paragraph].Role == article.Body
			switch {
			case n > 1:
				bad("%s sentence %d is in %d records", name, i, n)
			case n == 0 && (!opts.IgnoreBoilerplate || body):
				bad("%s sentence %d is in no record: %q", name, i, clip(doc.Sentences[i].Text, 60))
			}
		}
	}

	got := c.Summary
	got.Reused = 0
	if got != sum {
		bad("summary %+v, records count %+v", got, sum)
	}
	if r := c.Summary.Reused; math.IsNaN(r) || r < 0 || r > 1 {
		bad("summary: Reused %v outside [0,1]", r)
	}
	return errors.Join(errs...)
}

// checkDiff checks the Diff of record ri.
func checkDiff(c *align.Comparison, ri int, s align.SentenceLink, bad func(string, ...any)) {
	if s.Kind != align.Identical && s.Kind != align.Edited {
		if s.Diff != nil {
			bad("record %d: %v with a diff", ri, s.Kind)
		}
		return
	}
	var base, other strings.Builder
	for _, ch := range s.Diff {
		switch ch.Op {
		case align.Equal:
			base.WriteString(ch.Text)
			other.WriteString(ch.Text)
		case align.Delete:
			base.WriteString(ch.Text)
		case align.Insert:
			other.WriteString(ch.Text)
		default:
			bad("record %d: chunk with invalid op %d", ri, int(ch.Op))
		}
	}
	if s.Kind == align.Identical {
		checkVariants(ri, s.Diff, bad)
	}
	want := func(doc *article.Document, idx []int) string {
		var b strings.Builder
		for _, i := range idx {
			if i >= 0 && i < len(doc.Sentences) {
				b.WriteString(doc.Sentences[i].Text)
			}
		}
		return b.String()
	}
	if d, w := loose(base.String()), loose(want(c.Base, s.Base)); d != w {
		bad("record %d: diff's BASE side %q differs from the BASE text %q", ri, clip(d, 60), clip(w, 60))
	}
	if d, w := loose(other.String()), loose(want(c.Other, s.Other)); d != w {
		bad("record %d: diff's OTHER side %q differs from the OTHER text %q", ri, clip(d, 60), clip(w, 60))
	}
}

// checkVariants checks the diff of an identical record: all Equal, or
// changes that pair words spelt the British and the American way (a
// Delete followed by an Insert of as many words, each pair of words spelling
// variants or equal but for case).
func checkVariants(ri int, diff []align.Chunk, bad func(string, ...any)) {
	for k := 0; k < len(diff); k++ {
		switch diff[k].Op {
		case align.Equal:
			continue
		case align.Delete:
			if k+1 < len(diff) && diff[k+1].Op == align.Insert {
				a, b := strings.Fields(diff[k].Text), strings.Fields(diff[k+1].Text)
				ok := len(a) == len(b)
				for i := 0; ok && i < len(a); i++ {
					x, y := strings.Trim(a[i], punct), strings.Trim(b[i], punct)
					ok = strings.EqualFold(x, y) || words.SpellingVariant(x, y)
				}
				if ok {
					k++
					continue
				}
			}
		}
		bad("record %d: identical with a change that is not a spelling variant: %q", ri, diff[k].Text)
		return
	}
}

// punct is what surrounds a word in a diff chunk.
const punct = ".,;:!?\"'“”‘’()[]—–-"

// loose is s as a diff must spell it: normalised like words.Normalize
// (a chunk shared by both sides may carry either side's quotes or case),
// without white space (chunks may split spaces differently).
func loose(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, words.Normalize(s))
}
