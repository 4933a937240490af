package align

import (
	"slices"

	"github.com/wirediff/wirediff/article"
)

// A Base is a BASE document analysed once for comparisons with any number
// of OTHERs (an N-way run): its sentences split into words and stemmed,
// its stems numbered, its candidate index and its normalised texts
// grouped. Compare(base, other, opts) is Prepare(base, opts).Compare(other),
// and gives the same result.
//
// A Base is read-only once prepared: Compare may be called from several
// goroutines at once.
type Base struct {
	doc  *article.Document
	opts Options
	inc  []int  // included sentences (see included)
	v    *vocab // the BASE's stems; each comparison extends a copy
	// sent are the included sentences analysed, not yet weighed (weights
	// depend on OTHER); repeats share one (see repeats).
	sent []*sentence
	par  []int
	role []article.Role
	lens []int
	keys *keyIndex
	// same gives, for each included sentence whose text the BASE repeats,
	// the first included sentence with that text; -1 for a sentence said
	// once (see repeats).
	same []int32
	// once says that the Base serves one comparison only (the function
	// Compare): its sentences are then weighed in place, not copied.
	once bool
}

// Prepare analyses base for comparisons under opts (see Base).
//
// Cost: O(N) for N bytes of base: tokenizing, stemming and indexing its
// sentences, which each Base.Compare then skips.
func Prepare(base *article.Document, opts Options) *Base {
	return newBase(base, opts, included(base, opts))
}

// newBase prepares the sentences inc of base.
func newBase(base *article.Document, opts Options, inc []int) *Base {
	b := &Base{doc: base, opts: opts, inc: inc, v: newVocab()}
	b.same = repeats(base, inc)
	b.sent = make([]*sentence, len(inc))
	for k, i := range inc {
		if f := b.same[k]; f >= 0 && int(f) < k {
			b.sent[k] = b.sent[f] // see repeats
		} else {
			s := b.v.analyse(base.Sentences[i].Text)
			b.sent[k] = &s
		}
		b.v.count(b.sent[k])
	}
	b.par, b.role, b.lens = paragraphsOf(base, inc), rolesOf(base, inc), lengthsOf(base, inc)
	b.keys = newKeyIndex(b.v, b.sent, b.same)
	return b
}

// repeats returns, for each sentence inc[k] of d whose text d has more
// than once among inc, the first k with that text, and -1 for every other
// sentence. Sentences of equal text are analysed alike, so a pair's score
// is the score of the first pair of the same texts: on a document that
// repeats its paragraphs (a licence, boilerplate, a generated test
// document) the matcher scores each pair of texts once. Cost: one map
// entry per included sentence.
//
// A repeated sentence is analysed once, too: a later repeat is a copy of
// the first one's analysis, sharing its normalised text and its stem
// lists, which nothing changes once made. Reading the same text again
// would give the same analysis and number no new stem (every word of it
// has its id from the first reading), so the numbering of the stems is
// the same as well; the document frequencies still count every sentence
// (vocab.count). A document that repeats its paragraphs is then analysed,
// and held, once per distinct sentence.
func repeats(d *article.Document, inc []int) []int32 {
	same := make([]int32, len(inc))
	first := make(map[string]int32, len(inc))
	for k, i := range inc {
		t := d.Sentences[i].Text
		j, ok := first[t]
		if !ok {
			first[t] = int32(k)
			same[k] = -1
			continue
		}
		same[k], same[j] = j, j
	}
	return same
}

// Document returns the BASE document.
func (b *Base) Document() *article.Document { return b.doc }

// Options returns the options the Base was prepared with.
func (b *Base) Options() Options { return b.opts }

// Compare aligns the sentences and paragraphs of the BASE and other, as
// the function Compare does (see there for the contract and the cost),
// with the BASE's share of the analysis already done.
func (b *Base) Compare(other *article.Document) *Comparison {
	return b.compare(other, false)
}

// compare is Compare; once says that b serves this comparison only (the
// function Compare), so that its candidate index can be let go as soon as
// the candidates are found, which lowers the peak memory of a pair.
func (b *Base) compare(other *article.Document, once bool) *Comparison {
	opts := b.opts
	c := &Comparison{Base: b.doc, Other: other, Options: opts}
	oi := included(other, opts)
	if once {
		b.once = true
	}
	m := b.matcher(other, oi)
	if once {
		b.keys, b.sent = nil, nil
	}
	m.run()
	m.release()

	c.Sentences = m.records(b.doc, other, b.inc, oi)
	if opts.Strict {
		for k, r := range c.Sentences {
			if r.Kind == Identical && slices.ContainsFunc(r.Diff, func(ch Chunk) bool { return ch.Typographic }) {
				c.Sentences[k].Kind = Edited
			}
		}
	}
	c.Paragraphs = paragraphLinks(b.doc, other, c.Sentences)
	c.Summary = summarize(other, c.Sentences)
	return c
}

// matcher analyses the included sentences oi of other in a vocab that
// extends the BASE's, weighs both sides and returns a matcher with nothing
// linked yet. Stem ids come out as if both documents had been analysed
// together, BASE first.
//
// An OTHER of many more sentences than the BASE (see lightOther) is
// analysed light (see analyseLight): only the few of its sentences that
// the matcher reads beyond the candidate search are analysed in full,
// when it first reads them (see matcher.oth), with the same result.
func (b *Base) matcher(other *article.Document, oi []int) *matcher {
	v := b.v.extend()
	bs := b.sent
	if !b.once {
		// Weighed for this OTHER: a copy of each (repeats still share).
		bs = make([]*sentence, len(b.sent))
		for k, s := range b.sent {
			if f := b.same[k]; f >= 0 && int(f) < k {
				bs[k] = bs[f]
			} else {
				c := *s
				bs[k] = &c
			}
		}
	}
	os := make([]*sentence, len(oi))
	osame := repeats(other, oi)
	light := lightOther(len(bs), len(os))
	for k, j := range oi {
		var s sentence
		if f := osame[k]; f >= 0 && int(f) < k {
			os[k] = os[f] // see repeats
			v.count(os[k])
			continue
		} else if light {
			s = v.analyseLight(other.Sentences[j].Text)
			if len(b.keys.norms[s.norm]) == 0 {
				// Its text is no BASE sentence's: the candidate search
				// (samePairs) needs it no more, and the full analysis
				// computes it again.
				s.norm = noNorm
			}
		} else {
			s = v.analyse(other.Sentences[j].Text)
			if ks := b.keys.norms[s.norm]; len(ks) > 0 {
				// The text of a BASE sentence: one copy of it.
				s.norm = bs[ks[0]].norm
			}
		}
		os[k] = &s
		v.count(os[k])
	}
	v.finish(len(bs) + len(os))
	for k := range bs {
		if f := b.same[k]; f < 0 || int(f) == k {
			v.weigh(bs[k]) // once for a sentence and its repeats
		}
	}
	if !light {
		for k := range os {
			if f := osame[k]; f < 0 || int(f) == k {
				v.weigh(os[k])
			}
		}
	}
	m := newMatcher(v, bs, os, b.par, paragraphsOf(other, oi))
	if light {
		m.otext = func(j int) string { return other.Sentences[oi[j]].Text }
		m.olight = make([]bool, len(os))
		for k := range m.olight {
			m.olight[k] = true
		}
	}
	m.brole, m.orole = b.role, rolesOf(other, oi)
	m.blen, m.olen = b.lens, lengthsOf(other, oi)
	m.keys = b.keys
	m.bsame, m.osame = b.same, osame
	return m
}

// lightOtherMinFactor is how many times the BASE's sentences an OTHER
// must have to be analysed light (see Base.matcher): a news article
// looked for in a large file, whose candidates are a few of the OTHER's
// sentences (the seed article against 50 MB: 14,300 of 310,000), so that
// analysing the rest in full is most of the comparison's work. Between
// documents of comparable size nearly every sentence is a candidate, and
// analysing them twice would cost more than it saves.
const lightOtherMinFactor = 16

// noNorm stands for the normalised text of a sentence analysed light
// whose text is no BASE sentence's: no normalised text is, since
// words.Normalize removes leading and trailing space.
const noNorm = " "

// lightAlways makes every OTHER analysed light, so that tests can compare
// the two ways on any input.
var lightAlways = false

// lightOther reports whether an OTHER of no included sentences is
// analysed light against a BASE of nb.
func lightOther(nb, no int) bool {
	return lightAlways || no >= lightOtherMinFactor*max(nb, 1)
}
