package check

import (
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/wirediff/wirediff/align"
	"github.com/wirediff/wirediff/article"
	"github.com/wirediff/wirediff/words"
)

// A Base is the BASE side of the checks, analysed once: its words, its
// quotations with their speakers, the numbers, dates and names of each
// sentence (each read when first asked for), and the words and names the
// spelling checks compare with. In an N-way run (one BASE, many OTHERs)
// it is made once with NewBase and shared by every Run, which then
// analyses only the OTHER side.
//
// After NewBase returns, a Base changes only by filling a sentence's
// slot the first time it is read (see sentence), under an atomic
// compare-and-swap, so any number of goroutines may use one at once.
type Base struct {
	doc   *article.Document
	words *docWords
	// quotes are the BASE quotations, attributed; index matches OTHER
	// quotations with them (its per-run state is copied, see forRun);
	// bySentence maps a BASE sentence to the quotations in it.
	quotes     []quote
	index      *quoteIndex
	bySentence map[int][]int
	// told holds, for each sentence, its numbers, amounts, dates and
	// times and its names, read on first use (see sentenceTold).
	told []atomic.Pointer[sentenceTold]
	// date is the day the article gives for itself (see articleDate).
	date  time.Time
	dated bool
	// known are the BASE's words (bare, and the parts of hyphenated
	// ones); names its capitalised words other than at a sentence start;
	// nameList the same in order, each once, acronyms and titles left
	// out (see nearName).
	known, names map[string]bool
	nameList     []baseName
}

// NewBase analyses d as the BASE of comparisons: what Run would otherwise
// do for each OTHER. Cost: linear in the size of d (one tokenization,
// quotations and attributions, the word inventory), plus the first use
// of the word list. The facts and names of a sentence are read when a
// run first asks for them (see Base.sentence): only sentences an OTHER
// changes are, and a derived copy leaves most of them identical.
func NewBase(d *article.Document) *Base {
	b := &Base{doc: d, words: newDocWords(d), bySentence: map[int][]int{},
		known: map[string]bool{}, names: map[string]bool{}}
	b.quotes = findQuotes(b.words)
	b.index = newQuoteIndex(d, b.quotes)
	for i, q := range b.quotes {
		for _, s := range q.Sentences {
			b.bySentence[s] = append(b.bySentence[s], i)
		}
	}
	b.told = make([]atomic.Pointer[sentenceTold], len(d.Sentences))
	b.date, b.dated = articleDate(d)
	for i := range b.words.count() {
		t := b.words.tok(i)
		bare := b.words.bareAt(i)
		if !t.Initial && words.IsCapitalised(t.Text) {
			if !b.names[bare] && !words.IsAcronym(t.Text) && !titles[bare] {
				b.nameList = append(b.nameList, baseName{key: bare, text: t.Text, sentence: sentenceAt(d, t.Start)})
			}
			b.names[bare] = true
		}
		b.known[bare] = true
		if strings.Contains(bare, "-") {
			for _, part := range strings.Split(bare, "-") {
				b.known[part] = true
			}
		}
	}
	return b
}

// A sentenceTold is what a sentence tells: its numbers, amounts, dates
// and times (see sentenceFacts) and its names (see sentenceNames).
type sentenceTold struct{ facts, names []factTok }

// readTold reads what sentence i of the document of w tells; sc is the
// caller's scratch.
func readTold(w *docWords, i int, sc *sentenceScratch) *sentenceTold {
	return &sentenceTold{facts: sentenceFacts(w, i, sc), names: sentenceNames(w, i, sc)}
}

// sentence returns what BASE sentence i tells, read on the first call
// and kept in b; nil for a sentence out of range. sc is the caller's
// scratch. Safe for concurrent use: two runs that ask at once may both
// read the sentence, and keep the same answer (the first one stored).
//
// Cost: the first call for a sentence tokenizes it and reads its facts
// and names; later calls, an atomic load.
func (b *Base) sentence(i int, sc *sentenceScratch) *sentenceTold {
	if i < 0 || i >= len(b.told) {
		return nil
	}
	if t := b.told[i].Load(); t != nil {
		return t
	}
	t := readTold(b.words, i, sc)
	if b.told[i].CompareAndSwap(nil, t) {
		return t
	}
	return b.told[i].Load()
}

// Document returns the document b was made from.
func (b *Base) Document() *article.Document { return b.doc }

// Quotes returns the BASE's quotations, as Quotes(d) would.
func (b *Base) Quotes() []Quote {
	out := make([]Quote, len(b.quotes))
	for i := range b.quotes {
		out[i] = b.quotes[i].Quote
	}
	return out
}

// An Other is the OTHER side of the checks, analysed before its
// comparison is known: its words and its quotations, attributed when
// their words alone show that the checks will read speakers (see
// PrepareOther). Run makes one itself; report makes it while align
// compares the two documents, on another processor.
//
// An Other serves one Run, which may complete it (attribute its
// quotations): it is not shared.
type Other struct {
	doc    *article.Document
	base   *Base
	words  *docWords
	quotes []quote
	// attributed says that the quotations have their speakers.
	attributed bool
	// names are the names of the BASE and the OTHER (see
	// misspellingNames); quiet, when not nil, says which OTHER
	// sentences the spelling checks cannot find anything in (see
	// quietSentences).
	names map[string]bool
	quiet []bool
}

// PrepareOther analyses d as the OTHER of a Run against b, as far as
// that needs no comparison: its words, its quotations, and their
// speakers when one of them may match a BASE quotation by its words (see
// quotesMayMatch); otherwise the speakers wait for Run, which knows the
// sentences the comparison links (see mayNeedSpeakers). The result is
// the same whichever does it. It only reads b and d, so it may run while
// align compares them.
//
// Cost: linear in the size of d: one tokenization and a scan for
// quotation marks, plus, when the speakers are needed, the analysis of
// the people of d (about as much again).
func (b *Base) PrepareOther(d *article.Document) *Other {
	o := &Other{doc: d, base: b, words: newDocWords(d)}
	o.names = misspellingNames(b, o.words)
	if len(d.Text) >= quietMinBytes {
		o.quiet = quietSentences(b, o.words, o.names)
	}
	o.quotes = unattributedQuotes(o.words)
	if quotesMayMatch(b.index, o.quotes) {
		attributeQuotes(o.words, o.quotes)
		o.attributed = true
	}
	return o
}

// A checkRun is the state of one Run: the comparison, the prepared BASE, and
// the OTHER side analysed once for all the checks.
type checkRun struct {
	c      *align.Comparison
	base   *Base
	other  *docWords
	quotes []quote // the OTHER's quotations, attributed by quoteChanges when needed
	// attributed says that quotes have their speakers already.
	attributed bool
	// names and quiet are those of the Other (see Other).
	names map[string]bool
	quiet []bool
	// concurrent says that the checks of this run go on several
	// goroutines (see concurrentMinBytes).
	concurrent bool
	// otherKnown are the OTHER's words (see otherWordSet), made once.
	otherKnown     map[string]bool
	otherKnownOnce sync.Once
	// diffs holds the sides of each record's word diff, by record, each
	// made on first use (see diff): the typos and the facts, which may
	// run at once, both read them.
	diffs []atomic.Pointer[linkDiff]
}

// A linkReader is what one goroutine of the facts keeps for itself
// while it reads the records of its range: what the OTHER sentences it
// has read tell (a record's OTHER sentences are its own, so ranges seldom
// read one twice, and never differently), and the words of one sentence
// at a time.
type linkReader struct {
	other   map[int]*sentenceTold
	scratch sentenceScratch
}

func newLinkReader() *linkReader {
	return &linkReader{other: map[int]*sentenceTold{}}
}

func newRun(c *align.Comparison, base *Base, o *Other) *checkRun {
	if o == nil || o.doc != c.Other || o.base != base {
		o = base.PrepareOther(c.Other)
	}
	// The OTHER's quotations are attributed only when quoteChanges may
	// read a speaker (see mayNeedSpeakers), if PrepareOther has not.
	return &checkRun{c: c, base: base, other: o.words, quotes: o.quotes, attributed: o.attributed, names: o.names, quiet: o.quiet,
		concurrent: len(c.Other.Text) >= concurrentMinBytes && runtime.GOMAXPROCS(0) > 1,
		diffs:      make([]atomic.Pointer[linkDiff], len(c.Sentences))}
}

// told returns what the sentences of record l tell, picked by pick (its
// facts or its names): those of its BASE sentences, read once for the
// Base, and those of its OTHER sentences, read once per linkReader.
func (r *checkRun) told(l align.SentenceLink, lr *linkReader, pick func(*sentenceTold) []factTok) (b, o []factTok) {
	for _, i := range l.Base {
		if t := r.base.sentence(i, &lr.scratch); t != nil {
			b = append(b, pick(t)...)
		}
	}
	for _, i := range l.Other {
		t, ok := lr.other[i]
		if !ok {
			t = readTold(r.other, i, &lr.scratch)
			lr.other[i] = t
		}
		o = append(o, pick(t)...)
	}
	return b, o
}

func toldFacts(t *sentenceTold) []factTok { return t.facts }
func toldNames(t *sentenceTold) []factTok { return t.names }

// A linkDiff is the word diff of one record read as its two sides: the
// BASE text (Equal and Delete chunks) and the OTHER text (Equal and
// Insert chunks), each tokenized once when there are changes, and its
// changes (each Delete with the Insert that follows it), as byte ranges
// of the two texts.
type linkDiff struct {
	bt, ot       string
	btoks, otoks []words.Compound
	changes      []change
}

// diff returns the linkDiff of record li, made on the first call and
// kept for the run. Safe for concurrent use: two goroutines that ask at
// once may both make it, and keep the same one (the first stored).
func (r *checkRun) diff(li int) *linkDiff {
	if d := r.diffs[li].Load(); d != nil {
		return d
	}
	bt, ot, chs := diffSides(r.c.Sentences[li].Diff)
	d := &linkDiff{bt: bt, ot: ot, changes: chs}
	// Only the words of a diff that swaps something are read: without
	// changes, neither side's words are looked at.
	if len(chs) > 0 {
		d.btoks, d.otoks = words.Compounds(bt, 0, true), words.Compounds(ot, 0, true)
	}
	if r.diffs[li].CompareAndSwap(nil, d) {
		return d
	}
	return r.diffs[li].Load()
}
