// Package check finds the changes an editor looks for first when a story
// is copied: altered quotations, new typos and changed facts.
//
// It works on the result of align.Compare and adds to it: quotations are
// found and attributed in each article (Quotes) and matched across the two;
// the words replaced in edited sentences are checked for near misses and
// spelling variants, the capitalised words of the OTHER for near misses of
// the BASE's names, and the words of the OTHER that the BASE lacks against
// an English word list; numbers, dates, amounts and names are compared
// between linked sentences. Run does all three.
//
// Everything here is a pure function of the comparison: no I/O, no
// colours. Output is deterministic: findings come in the order of the
// OTHER article.
package check

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/words"
)

// A Report holds the findings of Run, each list in the order of the OTHER.
type Report struct {
	Quotes []QuoteChange
	Typos  []Typo
	Facts  []Fact
	// HeldBack counts the findings under MinConfidence that Confident
	// left out; Run leaves every finding in and HeldBack 0.
	HeldBack int
}

// MinConfidence is the confidence from which a finding is reported by
// default: under it a finding is more often a wrong alarm than a right
// one on the editorial benchmark (see README), and an editor is better
// served by silence than by a wrong alarm.
const MinConfidence = 0.5

// Confident returns a copy of r with only the findings of confidence
// MinConfidence or more, and HeldBack counting the others (added to r's
// own). A nil r gives nil. Cost: linear in the number of findings.
func (r *Report) Confident() *Report {
	if r == nil {
		return nil
	}
	out := &Report{HeldBack: r.HeldBack}
	for _, q := range r.Quotes {
		if q.Confidence >= MinConfidence {
			out.Quotes = append(out.Quotes, q)
		} else {
			out.HeldBack++
		}
	}
	for _, t := range r.Typos {
		if t.Confidence >= MinConfidence {
			out.Typos = append(out.Typos, t)
		} else {
			out.HeldBack++
		}
	}
	for _, f := range r.Facts {
		if f.Confidence >= MinConfidence {
			out.Facts = append(out.Facts, f)
		} else {
			out.HeldBack++
		}
	}
	return out
}

// A QuoteChange is a quotation of the OTHER that differs from the BASE
// quotation it comes from.
type QuoteChange struct {
	// Speaker is who the BASE says spoke, OtherSpeaker who the OTHER
	// says; either may be "" (see Quote.Speaker).
	Speaker, OtherSpeaker string
	// SpeakerConfidence and OtherSpeakerConfidence say how sure each
	// attribution is (see Quote.SpeakerConfidence): 1 for a speaker named
	// at the quotation, less for "he" or "the minister" resolved to a
	// name. A misattribution is confident only when both are
	// confidentSpeaker (0.7) or more and both speakers are names.
	SpeakerConfidence, OtherSpeakerConfidence float64
	// SameSpeaker says that Speaker and OtherSpeaker name one speaker:
	// they are equal, one is "", or one is the last words of the other
	// ("Sala" and "Giuseppe Sala"); then the longer of the two is the
	// speaker's name in full. Never true for a misattribution.
	SameSpeaker bool
	// Base is the BASE quotation, or the part of it the OTHER quotes
	// (the parts of several, joined by " … ", for a spliced quotation);
	// Other is the OTHER quotation. Neither has its quote marks.
	Base, Other string
	// Change says what changed:
	//
	//	altered        words changed, added or silently left out
	//	spliced        pieces of separate BASE quotations joined into one
	//	truncated      words left out where the OTHER puts an ellipsis
	//	paraphrased    other words, still inside quote marks, given to the
	//	               same named speaker
	//	misattributed  the same words given to another speaker
	//
	// When several apply, the first in the order misattributed, spliced,
	// truncated, altered is given. A quotation that only changed its
	// quote marks, punctuation, spelling (British or American), words in
	// brackets or contractions ("don’t", "do not") is unchanged, as is
	// an OTHER that quotes only part of a BASE quotation, word for word.
	Change QuoteKind
	// BaseSentences and OtherSentences are the indexes of the sentences
	// holding the quotation on each side.
	BaseSentences, OtherSentences []int
	// Records are the indexes in Comparison.Sentences of the records
	// that hold the changed quotation: those linking one of
	// OtherSentences, identical ones left out (the change is not in
	// them), in increasing order. Renderers mark these records.
	Records []int
	// Diff is a word diff of Base and Other (see align.WordDiff); nil for
	// a paraphrase.
	Diff []align.Chunk
	// Confidence, from 0 to 1, is how sure the check is that the change
	// is real (see MinConfidence); Reason says in one line why it was
	// reported.
	Confidence float64
	Reason     string
	// BaseStart, BaseEnd, OtherStart and OtherEnd are the byte offsets of
	// the quotations, quote marks included, in the Document.Text of each
	// side: from the first quotation drawn on to the end of the last. A
	// fabricated quotation's Base range is the reported speech it comes
	// from; -1 when there is none.
	BaseStart, BaseEnd, OtherStart, OtherEnd int
	// Pieces are, for a spliced quotation, the BASE quotations joined, in
	// full and in the order the OTHER quotes them, each with what the
	// BASE has between it and the next (Cut); nil otherwise.
	Pieces []QuotePiece
	// Removed are the BASE words a trimmed quotation leaves out, as
	// written, one entry per gap; nil otherwise.
	Removed []string
}

// A QuotePiece is one BASE quotation drawn on by a spliced quotation.
type QuotePiece struct {
	Text       string // the BASE quotation in full, without quote marks
	Start, End int    // byte offsets in the BASE Document.Text, marks included
	Sentence   int    // the BASE sentence where it starts
	// Cut is the BASE text between this quotation and the next piece,
	// as written, when the next piece follows it in the BASE; "" for the
	// last piece or when the next comes before it.
	Cut string
}

// concurrentMinBytes is the size of an OTHER from which Run checks its
// quotations and its typos each on a goroutine of its own, beside the
// facts, which read the records in ranges on all processors (see
// checkRun.facts): any size, as a news article's checks, which load
// patterns and tables on first use, gain too. A variable so that tests
// can take the sequential path too.
var concurrentMinBytes = 0

// Run checks comparison c for changed quotations, typos and changed facts.
// base is c.Base analysed by NewBase, shared by the runs of one BASE with
// many OTHERs; nil (or a Base of another document) has Run analyse
// c.Base itself. The result is the same either way.
//
// Cost: linear in the size of the documents and diffs, plus, for each
// OTHER quotation, a local alignment with at most 8 BASE quotations that
// share words with it (O(q·b) for quotations of q and b words, bounded by
// maxAlignCells), plus, for each capitalised OTHER word that neither the
// BASE nor the word list has, a bounded edit distance to each BASE name
// (see nearName), plus the first use of the word list (about 10 ms and
// 2 MB, once per process).
func Run(c *align.Comparison, base *Base) *Report {
	return RunPrepared(c, base, nil)
}

// RunPrepared is Run with the OTHER side analysed by base.PrepareOther
// (other), as far as it could be before the comparison: the same report
// as Run's. A nil other, or one prepared from another document or Base,
// is prepared here.
func RunPrepared(c *align.Comparison, base *Base, other *Other) *Report {
	r := &Report{}
	if c == nil || c.Base == nil || c.Other == nil {
		return r
	}
	if base == nil || base.doc != c.Base {
		base = NewBase(c.Base)
	}
	rn := newRun(c, base, other)
	// The quotations and the typos are checked beside the facts on a
	// large OTHER (see concurrentMinBytes): all three read the comparison
	// and the two documents' words; the quotations write only the
	// OTHER's quotations, which the others do not read, and the typos and
	// the facts share only the diff sides of records, each made once
	// (see checkRun.diff), so the findings are those of a run in turn.
	quotes := func() {
		r.Quotes = rn.quoteChanges()
		markQuoteRecords(c, r.Quotes)
	}
	typos := func() { r.Typos = rn.typos() }
	var aside sync.WaitGroup
	if rn.concurrent {
		aside.Go(quotes)
		aside.Go(typos)
	} else {
		quotes()
		typos()
	}
	facts := rn.facts()
	aside.Wait()
	r.Facts = dropSpeakerNames(facts, r.Quotes)
	sort.SliceStable(r.Typos, func(i, j int) bool { return r.Typos[i].Start < r.Typos[j].Start })
	sort.SliceStable(r.Facts, func(i, j int) bool { return r.Facts[i].OtherSentence < r.Facts[j].OtherSentence })
	assess(c, r, speakersOf(base.quotes), speakersOf(rn.quotes))
	return r
}

// dropSpeakerNames leaves out the changed names that are the two speakers
// of a changed quotation in the same OTHER sentence: the quotation's
// finding already says who speaks, and one change is one alarm.
func dropSpeakerNames(fs []Fact, qs []QuoteChange) []Fact {
	out := fs[:0]
	for _, f := range fs {
		dup := false
		for _, q := range qs {
			if f.Kind == FactName && slices.Contains(q.OtherSentences, f.OtherSentence) &&
				strings.Contains(q.OtherSpeaker, f.Other) && strings.Contains(q.Speaker, f.Base) {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, f)
		}
	}
	return out
}

// markQuoteRecords sets the SameSpeaker and the Records of each of qs.
func markQuoteRecords(c *align.Comparison, qs []QuoteChange) {
	if len(qs) == 0 {
		return
	}
	recs := map[int][]int{} // OTHER sentence -> the records holding it
	for ri, l := range c.Sentences {
		if l.Kind == align.Identical {
			continue
		}
		for _, o := range l.Other {
			recs[o] = append(recs[o], ri)
		}
	}
	for i := range qs {
		q := &qs[i]
		q.SameSpeaker = oneSpeaker(q)
		for _, s := range q.OtherSentences {
			q.Records = append(q.Records, recs[s]...)
		}
		slices.Sort(q.Records)
		q.Records = slices.Compact(q.Records)
	}
}

// oneSpeaker reports whether the two attributions of q name one speaker,
// as QuoteChange.SameSpeaker says.
func oneSpeaker(q *QuoteChange) bool {
	b, o := q.Speaker, q.OtherSpeaker
	switch {
	case q.Change == QuoteMisattributed:
		return false
	case b == "" || o == "" || b == o:
		return true
	}
	return endsName(b, o) || endsName(o, b)
}

// endsName reports whether short is the last words of full: "Sala" of
// "Giuseppe Sala", not "ala".
func endsName(full, short string) bool {
	return short != "" && strings.HasSuffix(full, " "+short)
}

// quoteChanges matches each quotation of the OTHER with the BASE
// quotations it comes from (see compareQuote); one that matches none is
// compared with the quotations of the BASE sentences its sentence is
// linked to (see paraphrasedQuote).
func (r *checkRun) quoteChanges() []QuoteChange {
	c := r.c
	base, other := r.base.quotes, r.quotes
	if len(other) == 0 {
		return nil
	}
	x := r.base.index.forRun()
	bySentence := r.base.bySentence
	linked := linkedBase(c)
	if !r.attributed && (attributeAll || mayNeedSpeakers(x, other, linked)) {
		attributeQuotes(r.other, other)
		r.attributed = true
	}
	var out []QuoteChange
	var prevMS []quoteMatch // the stretches of the last OTHER quotation, when unchanged
	// The BASE groups linked to a quotation's sentences, in order of first
	// appearance, are the same for the quotations of one sentence: they
	// are gathered again only when the sentences change, each group once
	// (marked in listed). A sentence with thousands of quotations would
	// otherwise cost the cube of their number.
	listed := make([]int, len(x.groups)) // the round that listed each group
	round := 0
	for i := range other {
		oq := &other[i]
		if i == 0 || !slices.Equal(oq.Sentences, other[i-1].Sentences) {
			round++
			x.linked = x.linked[:0]
			for _, s := range oq.Sentences {
				for _, b := range linked[s] {
					for _, q := range bySentence[b] {
						if g := x.groupOf[base[q].group]; listed[g] != round {
							listed[g] = round
							x.linked = append(x.linked, g)
						}
					}
				}
			}
		}
		qc, status, ms := x.compareQuote(oq)
		switch status {
		case quoteChanged:
			out = append(out, qc)
		case quoteUnmatched:
			if qc, ok := paraphrasedQuote(base, bySentence, oq, linked); ok {
				out = append(out, qc)
			} else if qc, ok := fabricatedQuote(r.base, oq, linked); ok {
				out = append(out, qc)
			}
		case quoteUnchanged:
			// Two pieces of one OTHER utterance ("A," he said, "C.")
			// that quote one BASE quotation with words left out between
			// them: trimmed, though each piece is word for word.
			if i > 0 && prevMS != nil && len(ms) == 1 && other[i-1].group == oq.group {
				p, m := prevMS[len(prevMS)-1], ms[0]
				if p.group == m.group && m.bFrom > p.bTo+1 {
					gap := quoteMatch{group: m.group, bFrom: p.bFrom, bTo: m.bTo}
					for j := p.bTo + 1; j < m.bFrom; j++ {
						gap.skipped = append(gap.skipped, j)
					}
					bq := &x.base[x.mainOwner(m)]
					out = append(out, QuoteChange{
						Speaker: bq.Speaker, OtherSpeaker: oq.Speaker,
						SpeakerConfidence: bq.SpeakerConfidence, OtherSpeakerConfidence: oq.SpeakerConfidence,
						Base: bq.Text, Other: other[i-1].Text + " … " + oq.Text, Change: QuoteTrimmed,
						BaseSentences:  slices.Clone(bq.Sentences),
						OtherSentences: append(slices.Clone(other[i-1].Sentences), oq.Sentences...),
						Removed:        x.skippedText([]quoteMatch{gap}),
						OtherStart:     other[i-1].Start, OtherEnd: oq.End, BaseStart: bq.Start, BaseEnd: bq.End,
						Diff:       align.WordDiff(bq.Text, other[i-1].Text+" "+oq.Text),
						Confidence: 0.8,
						Reason:     "the quotation is broken by its attribution and BASE words between the two pieces are left out",
					})
				}
			}
		}
		if status == quoteUnchanged {
			prevMS = ms
		} else {
			prevMS = nil
		}
	}
	return out
}

// linkedBase maps each OTHER sentence of c to the BASE sentences its
// records link it to, added and dropped records left out.
func linkedBase(c *align.Comparison) map[int][]int {
	linked := map[int][]int{}
	for _, l := range c.Sentences {
		if l.Kind == align.Added || l.Kind == align.Dropped {
			continue
		}
		for _, o := range l.Other {
			linked[o] = append(linked[o], l.Base...)
		}
	}
	return linked
}

// attributeAll, set by tests, has quoteChanges attribute the OTHER's
// quotations whatever mayNeedSpeakers says, as it did before that short
// cut: the findings must be the same either way.
var attributeAll = false

// mayNeedSpeakers reports whether quoteChanges may read the speaker of
// any of the OTHER quotations other, given the index x of the BASE
// quotations and the BASE sentences linked to each OTHER sentence. A
// speaker is read only for a quotation that compareQuote matches with a
// BASE quotation (which takes the same words, or a BASE group among its
// candidates) or that has a linked sentence (paraphrasedQuote and
// fabricatedQuote look nowhere else); any other quotation is unmatched
// whoever speaks, and gives no finding. When no quotation can be
// matched, as for a large document that shares no quotation with a news
// article, the people of the OTHER need not be analysed at all: that
// analysis is linear but heavy, about a fifth of the checks' time on
// such a document. The answer errs only towards true.
//
// Cost: one map look-up per quotation and per word quoted.
func mayNeedSpeakers(x *quoteIndex, other []quote, linked map[int][]int) bool {
	for i := range other {
		for _, s := range other[i].Sentences {
			if len(linked[s]) > 0 {
				return true
			}
		}
	}
	return quotesMayMatch(x, other)
}

// quotesMayMatch reports whether one of the quotations other may match a
// BASE quotation of x by its words (the words of one are those of a BASE
// quotation, or one of its words proposes BASE quotations), whatever
// sentences the comparison links: the part of mayNeedSpeakers that
// PrepareOther can answer before the comparison. Cost: one map look-up
// per quotation and per word quoted.
func quotesMayMatch(x *quoteIndex, other []quote) bool {
	for i := range other {
		oq := &other[i]
		if _, ok := x.exact[wordsKey(oq.words)]; ok {
			return true
		}
		for _, w := range oq.words {
			if x.proposes(w.key) {
				return true
			}
		}
	}
	return false
}

// fabricatedQuote reports an OTHER quotation that matches no BASE
// quotation but whose words the BASE gives as reported speech, outside
// quote marks, in a sentence linked to the quotation's: "He said the
// business doesn't fit" printed as "“The business doesn't fit,” he said".
// At least five words and three quarters of the quotation's words must
// be found, in order, in that sentence.
//
// Cost: one longest-common-subsequence per linked BASE sentence.
func fabricatedQuote(b *Base, oq *quote, linked map[int][]int) (QuoteChange, bool) {
	base, doc := b.quotes, b.doc
	o := oq.words
	n := countQuoteWords(o)
	if n < 5 || isWorkTitle(oq.Text) {
		return QuoteChange{}, false
	}
	inQuote := func(s article.Sentence) bool {
		for _, q := range base {
			if q.Start < s.End && q.End > s.Start {
				return true
			}
		}
		return false
	}
	for _, os := range oq.Sentences {
		for _, bs := range linked[os] {
			if bs < 0 || bs >= len(doc.Sentences) {
				continue
			}
			st := doc.Sentences[bs]
			if inQuote(st) {
				continue
			}
			bw := quoteWords(b.words, [][2]int{{st.Start, st.End}})
			if l := lcsWords(o, bw); l >= 5 && 4*l >= 3*n {
				conf, reason := 0.85, "the BASE reports these words as indirect speech, with no quote marks"
				if danglingClose(doc.Text[st.Start:st.End]) {
					conf, reason = 0.4, "the BASE sentence has a closing quote mark without its opening: perhaps the words are quoted there too"
				}
				return QuoteChange{
					Other: oq.Text, Base: strings.TrimSpace(doc.Text[st.Start:st.End]),
					Speaker: "", OtherSpeaker: oq.Speaker, Change: QuoteFabricated,
					OtherSpeakerConfidence: oq.SpeakerConfidence,
					BaseSentences:          []int{bs}, OtherSentences: slices.Clone(oq.Sentences),
					BaseStart: st.Start, BaseEnd: st.End, OtherStart: oq.Start, OtherEnd: oq.End,
					Diff:       align.WordDiff(doc.Text[st.Start:st.End], oq.Text),
					Confidence: conf,
					Reason:     reason,
				}, true
			}
		}
	}
	return QuoteChange{}, false
}

// isWorkTitle reports whether a quotation is the title of a work rather
// than words spoken ("Austin Powers: The Spy Who Shagged Me", "Long Day's
// Journey Into Night"): twelve words or fewer, at least two of four
// letters or more, every one of them capitalised. News puts titles in
// quote marks; an outlet that does so where the BASE did not invents no
// quotation.
func isWorkTitle(text string) bool {
	toks := words.Compounds(text, 0, true)
	if len(toks) == 0 || len(toks) > 12 {
		return false
	}
	long := 0
	for _, t := range toks {
		if utf8.RuneCountInString(t.Text) < 4 || words.HasDigit(t.Text) {
			continue
		}
		if !words.IsCapitalised(t.Text) {
			return false
		}
		long++
	}
	return long >= 2
}

// danglingClose reports whether sentence s has a closing double quote
// mark with no opening one before it: the quotation began in a sentence
// that is not there (cut from a longer text), so its words were quoted.
// A curly mark says which it is; a straight one closes when it is glued
// to the word before it and the sentence has an odd number of them.
func danglingClose(s string) bool {
	if i := strings.IndexAny(s, "“”"); i >= 0 && strings.HasPrefix(s[i:], "”") {
		return true
	}
	if strings.Count(s, "\"")%2 == 1 {
		i := strings.IndexByte(s, '"')
		return i > 0 && s[i-1] != ' ' && s[i-1] != '(' && s[i-1] != '\n'
	}
	return false
}

// lcsWords returns the length of the longest common subsequence of the
// keys of a and b. Cost: O(len(a)·len(b)).
func lcsWords(a, b []qword) int {
	if len(a)*len(b) > maxAlignCells {
		return 0
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			if a[i-1].key != "" && a[i-1].key == b[j-1].key {
				cur[j] = prev[j-1] + 1
			} else {
				cur[j] = max(prev[j], cur[j-1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// paraphrasedQuote compares an OTHER quotation that matches no BASE
// quotation word for word with the quotations of the BASE sentences linked
// to its own that both articles give to the same named speaker: the
// closest one that align.Classify would link to it makes it a paraphrase.
// Out of context, short quotations on one story resemble each other too
// often ("This is a militia that kills", "ICE is the militia that shoots
// people"), and so do two statements on it (the DHS's and the Italian
// interior ministry's in seeds 000 and 003), so a paraphrase is only
// claimed where the speaker says it is one utterance.
//
// Cost: one Classify per BASE quotation in a linked sentence.
func paraphrasedQuote(base []quote, bySentence map[int][]int, oq *quote, linked map[int][]int) (QuoteChange, bool) {
	if countQuoteWords(oq.words) < 3 {
		return QuoteChange{}, false
	}
	var candidates []int
	for _, s := range oq.Sentences {
		for _, b := range linked[s] {
			candidates = append(candidates, bySentence[b]...)
		}
	}
	slices.Sort(candidates)
	candidates = slices.Compact(candidates)
	best, bestScore := -1, 0.0
	for _, i := range candidates {
		bq := &base[i]
		if countQuoteWords(bq.words) < 3 {
			continue
		}
		// Other words are the same quotation only when both articles
		// name the same speaker: two statements on one story are often
		// paraphrases of each other.
		if !bq.proper || !oq.proper || !sameSpeaker(bq, oq) {
			continue
		}
		if _, score, ok := align.Classify(bq.Text, oq.Text); ok && score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return QuoteChange{}, false
	}
	bq := &base[best]
	return QuoteChange{
		Speaker: bq.Speaker, OtherSpeaker: oq.Speaker,
		SpeakerConfidence: bq.SpeakerConfidence, OtherSpeakerConfidence: oq.SpeakerConfidence,
		Base: bq.Text, Other: oq.Text, Change: QuoteParaphrased,
		BaseSentences: slices.Clone(bq.Sentences), OtherSentences: slices.Clone(oq.Sentences),
	}, true
}
