package check

import (
	"fmt"
	"strings"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/words"
)

// Reasons and confidences of the findings whose check does not set its
// own. A misattribution is only confident when both speakers are names;
// a paraphrase inside quote marks and a word missing from the word list
// are often right but often not, so they sit just above MinConfidence.
var (
	quoteReasons = map[QuoteKind]string{
		QuoteAltered:       "words inside the quotation changed",
		QuoteSpliced:       "separate BASE quotations joined into one",
		QuoteTruncated:     "BASE words left out where the OTHER puts an ellipsis",
		QuoteParaphrased:   "other words inside quote marks, given to the same speaker",
		QuoteMisattributed: "the same words given to another speaker",
		QuoteTrimmed:       "BASE words left out with no ellipsis to say so",
		QuoteExtended:      "words added to the BASE quotation",
		QuoteFabricated:    "the BASE gives these words as reported speech",
	}
	quoteConfidence = map[QuoteKind]float64{
		QuoteAltered: 0.9, QuoteSpliced: 0.9, QuoteTruncated: 0.8, QuoteParaphrased: 0.6,
		QuoteMisattributed: 0.85, QuoteTrimmed: 0.85, QuoteExtended: 0.85, QuoteFabricated: 0.85,
	}
	typoReasons = map[TypoKind]string{
		TypoNearMiss:    "a near miss of the BASE word",
		TypoVariant:     "the same word spelt the other side of the Atlantic",
		TypoMisspelling: "in neither the BASE nor the word list",
	}
	typoConfidence = map[TypoKind]float64{TypoNearMiss: 0.85, TypoVariant: 0.9, TypoMisspelling: 0.6, TypoFused: 0.85}
)

// assess gives each finding of r the confidence, reason and offsets its
// check left unset. Cost: linear in the findings and their sentences.
//
// baseSpeakers and otherSpeakers are the speakers (see speakersOf) of all
// the quotations of each side.
func assess(c *align.Comparison, r *Report, baseSpeakers, otherSpeakers map[string]bool) {
	for i := range r.Quotes {
		q := &r.Quotes[i]
		if q.Confidence == 0 {
			q.Confidence = quoteConfidence[q.Change]
			if q.Change == QuoteMisattributed {
				switch {
				case !isProperName(q.Speaker) || !isProperName(q.OtherSpeaker):
					q.Confidence = 0.4
					q.Reason = "the same words given to another speaker, but one of the two is not named"
				case namedNear(c.Base, q.BaseSentences, q.OtherSpeaker, baseSpeakers) || namedNear(c.Other, q.OtherSentences, q.Speaker, otherSpeakers):
					q.Confidence = 0.4
					q.Reason = "the same words given to another speaker, but the two speakers are named beside the quotation on both sides: perhaps one attribution was read wrong"
				case q.SpeakerConfidence < confidentSpeaker || q.OtherSpeakerConfidence < confidentSpeaker:
					q.Confidence = 0.4
					side, who, conf := "BASE", q.Speaker, q.SpeakerConfidence
					if q.OtherSpeakerConfidence < q.SpeakerConfidence {
						side, who, conf = "OTHER", q.OtherSpeaker, q.OtherSpeakerConfidence
					}
					q.Reason = fmt.Sprintf("the same words given to another speaker, but the %s's attribution is not certain: %s only probably (%.2f)", side, who, conf)
				}
			}
		}
		if q.Reason == "" {
			q.Reason = quoteReasons[q.Change]
		}
		if q.OtherStart == 0 && q.OtherEnd == 0 {
			q.OtherStart, q.OtherEnd = span(c.Other, q.OtherSentences)
		}
		if q.BaseStart == 0 && q.BaseEnd == 0 {
			q.BaseStart, q.BaseEnd = span(c.Base, q.BaseSentences)
		}
	}
	for i := range r.Typos {
		t := &r.Typos[i]
		if t.Confidence == 0 {
			t.Confidence = typoConfidence[t.Kind]
		}
		if t.Reason == "" {
			t.Reason = typoReasons[t.Kind]
		}
		if t.BaseStart == 0 && t.BaseEnd == 0 {
			t.BaseStart, t.BaseEnd = -1, -1
			if t.Base != "" && t.BaseSentence >= 0 && t.BaseSentence < len(c.Base.Sentences) {
				s := c.Base.Sentences[t.BaseSentence]
				if k := strings.Index(c.Base.Text[s.Start:s.End], t.Base); k >= 0 {
					t.BaseStart, t.BaseEnd = s.Start+k, s.Start+k+len(t.Base)
				}
			}
		}
	}
	for i := range r.Facts {
		f := &r.Facts[i]
		if f.Confidence == 0 {
			f.Confidence = 0.8
		}
	}
}

// isProperName reports whether a speaker is a name ("Sala", "Giuseppe
// Sala") rather than a description ("a DHS spokesperson", "the post"),
// or a name that ends with a post or a party: a post alone ("Prime
// Minister", "Gen"), "Connecticut Democrat", "Coke spokesman".
func isProperName(s string) bool {
	if s == "" {
		return false
	}
	ws := strings.Fields(s)
	for _, w := range ws {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	last := lastName(s)
	return !titles[last] && !honorifics[last] && !partyWords[last]
}

// lastName returns the last word of a speaker's name, bare ("sala" of
// "Giuseppe Sala"), or "".
func lastName(speaker string) string {
	ws := strings.Fields(speaker)
	if len(ws) == 0 {
		return ""
	}
	return words.Bare(ws[len(ws)-1])
}

// speakersOf returns the last names (lastName) of the speakers of qs.
func speakersOf(qs []quote) map[string]bool {
	m := map[string]bool{}
	for _, q := range qs {
		if n := lastName(q.Speaker); n != "" {
			m[n] = true
		}
	}
	return m
}

// partyWords end a description of a politician by place and party.
var partyWords = wordSet(`democrat democrats republican republicans`)

// namedNear reports whether the last word of speaker (a name) is a word of
// sentences idx of d, and d quotes no one of that name (speakers): a
// speaker the other side names right beside the same quotation, not as
// the speaker of another ("…," Nicky Webster, a spokesman for
// Hempleman-Adams, said), is more likely misread there than replaced.
// Two speakers who both speak on one side, and whose quotations the other
// side swaps, stay a confident misattribution.
func namedNear(d *article.Document, idx []int, speaker string, speakers map[string]bool) bool {
	last := lastName(speaker)
	if last == "" || speakers[last] {
		return false
	}
	for _, i := range idx {
		if i < 0 || i >= len(d.Sentences) {
			continue
		}
		s := d.Sentences[i]
		for _, t := range words.Compounds(d.Text[s.Start:s.End], 0, false) {
			if words.Bare(t.Text) == last {
				return true
			}
		}
	}
	return false
}

// span returns the byte range of sentences idx of d, or -1, -1.
func span(d *article.Document, idx []int) (int, int) {
	start, end := -1, -1
	for _, i := range idx {
		if i < 0 || i >= len(d.Sentences) {
			continue
		}
		if start < 0 || d.Sentences[i].Start < start {
			start = d.Sentences[i].Start
		}
		end = max(end, d.Sentences[i].End)
	}
	return start, end
}
